package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/klauspost/compress/gzip" // about 1.5 times as fast as compress/gzip, same API
	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/bounded"
	"github.com/parallax-news/parallax/internal/extract"
	"github.com/parallax-news/parallax/internal/warc"
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
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = p + string(filepath.Separator) // a link named on the command line is followed
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				bad = append(bad, Item{Input: path, Err: unwrapPathError(err)})
				return nil
			}
			name := d.Name()
			if path != root && strings.HasPrefix(name, ".") {
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
	if head, _ := br.Peek(4096); warc.HasWARCName(name) || warc.Sniff(head) {
		return readWARC(ctx, name, br, opt, emit)
	}
	inner := name
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == gzipMagic[0] && magic[1] == gzipMagic[1] {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emitErr(ctx, emit, name, fmt.Errorf("gzip: %w", err))
		}
		defer zr.Close()
		var dec io.Reader = zr
		if max := opt.maxTotal(); max > 0 {
			dec = &capReader{r: zr, max: max}
		}
		br = bufio.NewReaderSize(dec, 64<<10)
		inner = strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".GZ")
		size = -1
	}
	head, err := br.Peek(8192)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return emitErr(ctx, emit, name, readErr(err))
	}
	if len(strings.TrimSpace(string(head))) == 0 && (len(head) < 8192) {
		return emitErr(ctx, emit, name, ErrEmpty)
	}
	if isBinary(head) {
		return emitErr(ctx, emit, name, ErrBinary)
	}
	format := Detect(inner, head)
	if format == JSONL && !startsArray(head) {
		return readJSONL(ctx, name, br, opt, emit)
	}
	max := opt.maxSize()
	if size > max {
		return emitErr(ctx, emit, name, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, size, max))
	}
	data, tooLarge, err := bounded.ReadAll(br, max)
	if err != nil {
		return emitErr(ctx, emit, name, readErr(err))
	}
	if tooLarge {
		return emitErr(ctx, emit, name, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max))
	}
	if i := bytes.IndexByte(data, 0); i >= 0 { // text never holds a NUL byte
		return emitErr(ctx, emit, name, fmt.Errorf("%w (a NUL byte at offset %d)", ErrBinary, i))
	}
	if format == JSONL { // a JSON array of articles, as `articles --json` writes
		return readJSONArray(ctx, name, data, opt, emit)
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

// readErr describes a failure to read an input.
func readErr(err error) error {
	if errors.Is(err, ErrTotalTooLarge) {
		return err
	}
	return fmt.Errorf("read: %w", err)
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

// readWARC reads a WARC archive (.warc or .warc.gz, detected by name or by
// content) as a stream and emits one item per HTML response record, named
// "file#record-id" (or "file#offset"), in file order. Pages are extracted
// on all cores. Pages without main text (indexes, login pages) are skipped
// silently; bad records are reported and reading goes on.
func readWARC(ctx context.Context, name string, r io.Reader, opt Options, emit Emit) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pages := warc.NewPages(r, opt.maxSize())
	pages.MaxDecompressed = opt.maxTotal()
	type job struct {
		page  *warc.Page
		input string
		out   chan Item
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job)
	order := make(chan job, 4*workers)
	go func() { // read the records in order; bounded look-ahead
		defer close(jobs)
		defer close(order)
		for ctx.Err() == nil {
			p, err := pages.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			j := job{out: make(chan Item, 1)}
			var re *warc.RecordError
			switch {
			case errors.As(err, &re):
				j.input = warcInput(name, re.ID, re.Offset)
				if re.InStream {
					j.out <- Item{Input: j.input, Err: fmt.Errorf("%w (the record starts %d bytes into the decompressed stream)", re.Err, re.Offset)}
				} else {
					j.out <- Item{Input: j.input, Err: re.Err}
				}
			case errors.Is(err, warc.ErrDecompressedLimit):
				j.out <- Item{Input: name, Err: fmt.Errorf("%w: stopped after %d bytes", ErrTotalTooLarge, opt.maxTotal())}
			case err != nil:
				j.out <- Item{Input: name, Err: err}
			default:
				j.page, j.input = p, warcInput(name, p.ID, p.Offset)
			}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			if j.page != nil {
				select {
				case jobs <- j:
				case <-ctx.Done():
					return
				}
			}
			if err != nil && re == nil {
				return // the file cannot be read further
			}
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- warcItem(ctx, j.input, j.page, opt)
			}
		}()
	}
	for j := range order {
		var it Item
		select {
		case it = <-j.out:
		case <-ctx.Done():
			return ctx.Err()
		}
		if it.Input == "" {
			continue // no main text: not an article
		}
		if err := emit(it); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// warcInput names one record of a WARC file: by its id, else by its
// offset (of its gzip member, or in the decompressed stream of a file
// compressed as one stream; see warc.Record).
func warcInput(name, id string, offset int64) string {
	if id != "" {
		return name + "#" + id
	}
	return fmt.Sprintf("%s#%d", name, offset)
}

// warcItem extracts one archived page; an Item with no Input when the page
// has no main text.
func warcItem(ctx context.Context, input string, p *warc.Page, opt Options) Item {
	doc, err := extract.HTML(ctx, bytes.NewReader(p.Body), extract.Options{URL: p.URL, MaxBytes: opt.maxSize()})
	if errors.Is(err, extract.ErrNoText) || errors.Is(err, extract.ErrEmpty) || errors.Is(err, extract.ErrNotHTML) {
		return Item{}
	}
	if err != nil {
		return Item{Input: input, Err: fmt.Errorf("html: %w", err)}
	}
	a := FromDocument(doc)
	if a.URL == "" {
		a.URL = p.URL
	}
	a.Source.Location = input
	it := finish(input, "warc", a, nil, opt)
	if errors.Is(it.Err, article.ErrNoText) {
		return Item{}
	}
	return it
}
