package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
)

// record is one JSON Lines article. It accepts Parallax's own field names
// (as `parallax articles --json` writes them), news-please's (maintext,
// date_publish, source_domain, …) and those of the corpora in shared/data
// (body, published, outlet, lang).
type record struct {
	ID           string          `json:"id"`
	URL          string          `json:"url"`
	Title        string          `json:"title"`
	Outlet       string          `json:"outlet"`
	SourceDomain string          `json:"source_domain"`
	Authors      json.RawMessage `json:"authors"`
	Author       json.RawMessage `json:"author"`
	Published    json.RawMessage `json:"published"`
	DatePublish  json.RawMessage `json:"date_publish"`
	Date         json.RawMessage `json:"date"`
	Language     string          `json:"language"`
	Lang         string          `json:"lang"`
	Paragraphs   []string        `json:"paragraphs"`
	Body         string          `json:"body"`
	Maintext     string          `json:"maintext"`
	Text         string          `json:"text"`
	Categories   json.RawMessage `json:"categories"`
	Tags         json.RawMessage `json:"tags"`
	Excerpt      string          `json:"excerpt"`
	Description  string          `json:"description"`
	Image        string          `json:"image"`
	ImageURL     string          `json:"image_url"`
}

// readJSONL reads one article per line. A line that is not a JSON object,
// lacks text, or is over the size limit is reported with its line number
// and skipped; the other lines are still read. Lines are read here, one at
// a time, and parsed on all cores (parallelParse); items come out in line
// order.
func readJSONL(ctx context.Context, name string, br *bufio.Reader, opt Options, emit Emit) error {
	max := opt.maxSize()
	pp := newParallelParse(ctx, func(r rec) Item { return parseRecord(r.input, r.line, r.tooLong, max, opt) }, emit)
	err := readLines(ctx, name, br, max, pp.add)
	if cerr := pp.close(); cerr != nil {
		return cerr
	}
	return err
}

// readLines hands each non-blank line of br to add, with its name
// (file:LINE); a read error ends the input with an item that reports it.
func readLines(ctx context.Context, name string, br *bufio.Reader, max int64, add func(rec) error) error {
	var line []byte
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		input := fmt.Sprintf("%s:%d", name, n)
		var tooLong bool
		var err error
		line, tooLong, err = readLine(br, line[:0], max)
		if err != nil && !errors.Is(err, io.EOF) {
			return add(rec{input: input, item: &Item{Input: input, Err: fmt.Errorf("read: %w", err)}})
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if len(bytes.TrimSpace(line)) > 0 || tooLong {
			if aerr := add(rec{input: input, line: line, tooLong: tooLong}); aerr != nil {
				return aerr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine appends the next line of br to buf, without its newline. A line
// longer than max is consumed but not kept, and tooLong is set.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+2 { // the content, then CR LF
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimRight(buf, "\r\n")
		if int64(len(line)) > max {
			return line[:0], true, err
		}
		return line, tooLong, err
	}
}

func parseRecord(input string, line []byte, tooLong bool, max int64, opt Options) Item {
	if tooLong {
		return Item{Input: input, Err: fmt.Errorf("%w: line over %d bytes", ErrTooLarge, max)}
	}
	var warnings []string
	if !utf8.Valid(line) {
		warnings = append(warnings, "invalid UTF-8 replaced with U+FFFD")
	}
	var r record
	if err := json.Unmarshal(line, &r); err != nil {
		return Item{Input: input, Warnings: warnings, Err: fmt.Errorf("invalid JSON: %w", err)}
	}
	a := &article.Article{
		ExternalID: r.ID,
		URL:        r.URL,
		Title:      r.Title,
		Outlet:     firstOf(r.Outlet, r.SourceDomain),
		Language:   firstOf(r.Language, r.Lang),
		Excerpt:    firstOf(r.Excerpt, r.Description),
		Image:      firstOf(r.Image, r.ImageURL),
		Source:     article.Source{Location: input},
	}
	a.Authors = append(rawList(r.Authors, &warnings, "authors"), rawList(r.Author, &warnings, "author")...)
	a.Categories = rawList(r.Categories, &warnings, "categories")
	a.Tags = rawList(r.Tags, &warnings, "tags")
	for _, raw := range []json.RawMessage{r.Published, r.DatePublish, r.Date} {
		if s := rawString(raw); s != "" {
			d, err := article.ParseDate(s)
			if err != nil {
				warnings = append(warnings, err.Error())
			}
			a.Published = d
			break
		}
	}
	switch {
	case len(r.Paragraphs) > 0:
		a.Paragraphs = r.Paragraphs
	default:
		a.Paragraphs = article.SplitParagraphs(firstOf(r.Body, r.Maintext, r.Text))
	}
	return finish(input, string(JSONL), a, warnings, opt)
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// rawString reads a JSON string (or number) value; "" for null or absent.
func rawString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return strings.Trim(string(raw), `"`)
}

// rawList reads a JSON list of strings (or of objects with a name), a
// single string, or null. A single string is split at ", " only when it
// holds a list written as text in brackets.
func rawList(raw json.RawMessage, warnings *[]string, field string) []string {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if s == "" {
			return nil
		}
		return []string{s}
	}
	var l []json.RawMessage
	if err := json.Unmarshal(raw, &l); err != nil {
		*warnings = append(*warnings, fmt.Sprintf("field %q: expected text or a list", field))
		return nil
	}
	var out []string
	for _, e := range l {
		var es string
		if json.Unmarshal(e, &es) == nil {
			out = append(out, es)
			continue
		}
		var named struct {
			Name string `json:"name"`
		}
		if json.Unmarshal(e, &named) == nil && named.Name != "" {
			out = append(out, named.Name)
		}
	}
	return out
}

// startsArray reports whether a JSON document starts with '['.
func startsArray(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(head) > 0 && head[0] == '['
}

// readJSONArray reads a JSON array of articles (such as `parallax articles
// --json` writes), whole, within the size limit. An element that is not an
// article is reported as file[INDEX] and the others are still read.
func readJSONArray(ctx context.Context, name string, data []byte, opt Options, emit Emit) error {
	var elems []json.RawMessage
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &elems); err != nil {
		return emitErr(ctx, emit, name, fmt.Errorf("invalid JSON array: %w", err))
	}
	for i, e := range elems {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := emit(parseRecord(fmt.Sprintf("%s[%d]", name, i), e, false, opt.maxSize(), opt)); err != nil {
			return err
		}
	}
	return nil
}
