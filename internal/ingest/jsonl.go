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
	outletFields
}

// outletFields are what a record says of its outlet besides its name:
// its site (source_url, site, or news-please's source_domain) and ratings
// (the ABP corpus's bias and bias_num, or outlet_lean and
// outlet_factuality), or all of them as Parallax writes them
// (outlet_input).
type outletFields struct {
	SourceURL        string               `json:"source_url"`
	Site             string               `json:"site"`
	Bias             json.RawMessage      `json:"bias"`
	BiasNum          json.RawMessage      `json:"bias_num"`
	OutletLean       json.RawMessage      `json:"outlet_lean"`
	OutletFactuality json.RawMessage      `json:"outlet_factuality"`
	OutletInput      *article.OutletInput `json:"outlet_input"`
}

// outletInput gathers a record's outlet fields; nil when it has none.
func (r *record) outletInput() *article.OutletInput {
	in := article.OutletInput{}
	if r.OutletInput != nil {
		in = *r.OutletInput
	}
	in.Site = firstOf(r.SourceURL, r.Site, in.Site, r.SourceDomain)
	if l := rawString(r.OutletLean); l != "" {
		in.Lean, in.Field = l, "outlet_lean"
	} else if b := rawString(r.Bias); b != "" {
		in.Lean, in.LeanRaw, in.Field = b, rawString(r.BiasNum), "bias"
	}
	if f := rawString(r.OutletFactuality); f != "" {
		in.Factuality = f
	}
	if in == (article.OutletInput{}) {
		return nil
	}
	return &in
}

// readJSONL reads one article per line. A line that is not a JSON object,
// lacks text, or is over the size limit is reported with its line number
// and skipped; the other lines are still read. Lines are read here, one at
// a time, and parsed on all cores (parallelParse); items come out in line
// order.
func readJSONL(ctx context.Context, name string, br *bufio.Reader, opt Options, emit Emit) error {
	max := opt.maxSize()
	pp := newParallelParse(ctx, func(r rec) Item { return parseRecord(r.input, r.line, r.tooLong, max, opt) }, emit)
	err := readLines(ctx, name, &lineReader{br: br, max: max}, pp.add)
	if cerr := pp.close(); cerr != nil {
		return cerr
	}
	return err
}

// readLines hands each non-blank line to add, with its name (file:LINE);
// a read error, or going over the limit on a compressed input, ends the
// input with an item that reports it.
func readLines(ctx context.Context, name string, lr *lineReader, add func(rec) error) error {
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		input := fmt.Sprintf("%s:%d", name, n)
		line, tooLong, err := lr.next()
		if errors.Is(err, ErrTotalTooLarge) {
			return add(rec{input: name, item: &Item{Input: name, Err: fmt.Errorf("%w, in line %d", err, n)}})
		}
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

func parseRecord(input string, line []byte, tooLong bool, max int64, opt Options) Item {
	if tooLong {
		return Item{Input: input, Err: fmt.Errorf("%w: line over %d bytes", ErrTooLarge, max)}
	}
	var warnings []string
	if !utf8.Valid(line) {
		warnings = append(warnings, "invalid UTF-8 replaced with U+FFFD")
	}
	if kind := jsonKind(line); kind != "object" {
		if kind == "" || !json.Valid(line) {
			var v any
			err := json.Unmarshal(line, &v)
			return Item{Input: input, Warnings: warnings, Err: fmt.Errorf("invalid JSON: %w", err)}
		}
		return Item{Input: input, Warnings: warnings, Err: fmt.Errorf("%w: a JSON %s, not an object", ErrNotArticle, kind)}
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
	a.OutletInput = r.outletInput()
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

// jsonKind names the kind of JSON value that doc starts with: "object",
// "array", "string", "number", "true", "false" or "null"; "" when it
// starts with none.
func jsonKind(doc []byte) string {
	doc = bytes.TrimLeft(doc, " \t\r\n")
	if len(doc) == 0 {
		return ""
	}
	switch c := doc[0]; {
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	case c == '"':
		return "string"
	case c == '-' || (c >= '0' && c <= '9'):
		return "number"
	}
	for _, lit := range []string{"true", "false", "null"} {
		if bytes.HasPrefix(doc, []byte(lit)) {
			return lit
		}
	}
	return ""
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
	if len(elems) == 0 {
		return emitErr(ctx, emit, name, fmt.Errorf("%w: an empty JSON array", ErrNotArticle))
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
