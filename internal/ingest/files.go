package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Input is one file to read, found by Expand.
type Input struct {
	// Path is the file's path as given or found; "-" is standard input.
	Path string
	// Size is the file's size in bytes, -1 when unknown.
	Size int64
}

// Expand turns paths into the files to read: files as given, directories
// walked recursively in lexical order (skipping hidden entries and files
// that are never articles, such as images), "-" as standard input. Paths
// that cannot be read are returned as failed items.
func Expand(paths []string) ([]Input, []Item) {
	var ins []Input
	var bad []Item
	for _, p := range paths {
		if p == "-" {
			ins = append(ins, Input{Path: "-", Size: -1})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			bad = append(bad, Item{Input: p, Err: unwrapPathError(err)})
			continue
		}
		if !fi.IsDir() {
			ins = append(ins, Input{Path: p, Size: fi.Size()})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				bad = append(bad, Item{Input: path, Err: unwrapPathError(err)})
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || skipExt[strings.ToLower(filepath.Ext(strings.TrimSuffix(name, ".gz")))] {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				bad = append(bad, Item{Input: path, Err: unwrapPathError(err)})
				return nil
			}
			if !info.Mode().IsRegular() && info.Mode()&fs.ModeSymlink == 0 {
				return nil
			}
			if info.Mode()&fs.ModeSymlink != 0 {
				if info, err = os.Stat(path); err != nil {
					bad = append(bad, Item{Input: path, Err: unwrapPathError(err)})
					return nil
				}
				if info.IsDir() {
					return nil // do not follow directory links: no cycles
				}
			}
			ins = append(ins, Input{Path: path, Size: info.Size()})
			return nil
		})
		if err != nil {
			bad = append(bad, Item{Input: p, Err: err})
		}
	}
	sort.SliceStable(bad, func(i, j int) bool { return bad[i].Input < bad[j].Input })
	return ins, bad
}

// unwrapPathError drops the path from an *fs.PathError, since the Item
// already names the input.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// ReadFile reads one input (a file, or "-" for stdin) and emits its
// articles or its failure. Only an error from emit or a cancelled context
// is returned.
func ReadFile(ctx context.Context, in Input, stdin io.Reader, opt Options, emit Emit) error {
	if in.Path == "-" {
		return ReadStream(ctx, "-", stdin, -1, opt, emit)
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return emitErr(ctx, emit, in.Path, unwrapPathError(err))
	}
	defer f.Close()
	return ReadStream(ctx, in.Path, f, in.Size, opt, emit)
}

// ReadStream reads one document stream named name (its name chooses the
// reader together with its content; a gzip stream is decompressed first).
// size is the stream's size when known, else -1: a document over the size
// limit is refused after reading no more than its first bytes.
func ReadStream(ctx context.Context, name string, r io.Reader, size int64, opt Options, emit Emit) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if opt.Progress != nil {
		r = &countingReader{r: r, report: opt.Progress}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	inner := name
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == gzipMagic[0] && magic[1] == gzipMagic[1] {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emitErr(ctx, emit, name, fmt.Errorf("gzip: %w", err))
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
		inner = strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".GZ")
		size = -1
	}
	head, err := br.Peek(8192)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return emitErr(ctx, emit, name, fmt.Errorf("read: %w", err))
	}
	if len(strings.TrimSpace(string(head))) == 0 && (len(head) < 8192) {
		return emitErr(ctx, emit, name, ErrEmpty)
	}
	if isBinary(head) {
		return emitErr(ctx, emit, name, ErrBinary)
	}
	format := Detect(inner, head)
	if format == JSONL {
		return readJSONL(ctx, name, br, opt, emit)
	}
	max := opt.maxSize()
	if size > max {
		return emitErr(ctx, emit, name, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, size, max))
	}
	data, err := io.ReadAll(io.LimitReader(br, max+1))
	if err != nil {
		return emitErr(ctx, emit, name, fmt.Errorf("read: %w", err))
	}
	if int64(len(data)) > max {
		return emitErr(ctx, emit, name, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max))
	}
	var item Item
	switch format {
	case HTML:
		item = readHTML(ctx, name, data, opt)
	case Markdown:
		item = readMarkdown(name, data, opt)
	default:
		item = readText(name, data, opt)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return emit(item)
}

// countingReader reports the bytes read through it.
type countingReader struct {
	r      io.Reader
	report func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.report(int64(n))
	}
	return n, err
}
