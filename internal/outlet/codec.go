package outlet

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Row is one row of an outlets file: fields of an outlet's record, and up
// to one lean and one factuality rating (of the outlet, or of Section).
// Several rows may describe one outlet.
type Row struct {
	// Line is where the row is in its file (1-based; the header is line
	// 1 of a CSV file).
	Line     int
	ID       string
	Name     string
	Aliases  []string
	Domains  []string
	Kind     string
	Country  string
	Language string
	Owner    string
	Section  string
	Lean     *Rating
	Fact     *Rating
}

// Columns are the columns of an outlets file, in the order Export writes
// them. CSV files name them in a header line; JSON Lines files use them as
// keys.
var Columns = []string{"id", "name", "aliases", "domains", "kind", "country", "language", "owner", "section",
	"lean", "lean_label", "lean_scale", "lean_raw", "lean_source", "lean_date", "lean_provenance",
	"factuality", "factuality_source", "factuality_date", "factuality_provenance"}

// columnSynonyms are other names accepted for columns.
var columnSynonyms = map[string]string{
	"outlet": "name", "source_name": "name", "publication": "name", "alias": "aliases",
	"domain": "domains", "site": "domains", "sites": "domains", "url": "domains", "website": "domains", "source_url": "domains",
	"bias": "lean", "bias_rating": "lean", "rating": "lean", "lean_value": "lean", "bias_label": "lean_label",
	"rating_source": "lean_source", "bias_source": "lean_source", "lean_rated": "lean_date",
	"factual_reporting": "factuality", "facts": "factuality", "owner_name": "owner", "ownership": "owner",
	"type": "kind", "lang": "language",
}

// MaxRowBytes bounds one row (a JSON line, or a CSV record).
const MaxRowBytes = 1 << 20

// Format is an outlets file's format.
type Format string

// Formats of outlets files.
const (
	CSV   Format = "csv"
	JSONL Format = "jsonl"
)

// FormatOf picks a file's format from its name, else its first bytes: a
// line that starts with "{" is JSON Lines, anything else CSV.
func FormatOf(name string, head []byte) Format {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".csv"), strings.HasSuffix(n, ".tsv"):
		return CSV
	case strings.HasSuffix(n, ".jsonl"), strings.HasSuffix(n, ".ndjson"), strings.HasSuffix(n, ".json"):
		return JSONL
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) > 0 && head[0] == '{' {
		return JSONL
	}
	return CSV
}

// RowError is a row that could not be read: where it is and why.
type RowError struct {
	Line int
	Err  error
}

func (e RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e RowError) Unwrap() error { return e.Err }

// Read reads an outlets file. A row that cannot be read is returned as a
// RowError and the others are still read; an error that stops reading
// (not CSV or JSON at all, an unreadable stream) is returned last.
// Unknown columns are reported once as warnings.
func Read(r io.Reader, f Format) (rows []Row, bad []RowError, warnings []string, err error) {
	if f == JSONL {
		return readJSONL(r)
	}
	return readCSV(r)
}

func readCSV(r io.Reader) ([]Row, []RowError, []string, error) {
	br := bufio.NewReader(r)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	cr := csv.NewReader(&limitedLines{r: br})
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = false
	head, err := cr.Read()
	if err == io.EOF {
		return nil, nil, nil, errors.New("empty file: want a header line naming the columns (name, domains, lean …)")
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("header: %w", err)
	}
	if len(head) == 1 && strings.Contains(head[0], "\t") {
		return nil, nil, nil, errors.New("header: columns separated by tabs; save the file as CSV (commas)")
	}
	cols, warnings, err := mapColumns(head)
	if err != nil {
		return nil, nil, nil, err
	}
	var rows []Row
	var bad []RowError
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			if errors.Is(pe.Err, csv.ErrFieldCount) {
				err = nil
			} else {
				bad = append(bad, RowError{pe.Line, pe.Err})
				if errors.Is(pe.Err, errLineTooLong) {
					return rows, bad, warnings, pe.Err
				}
				continue
			}
		}
		if err != nil {
			return rows, bad, warnings, err
		}
		line := 0
		if len(rec) > 0 {
			line, _ = cr.FieldPos(0)
		}
		fields := map[string]string{}
		blank := true
		for i, v := range rec {
			if i < len(cols) && cols[i] != "" {
				fields[cols[i]] = v
			}
			blank = blank && strings.TrimSpace(v) == ""
		}
		if blank {
			continue
		}
		row, err := rowOf(line, fields, splitList)
		if err != nil {
			bad = append(bad, RowError{line, err})
			continue
		}
		rows = append(rows, row)
	}
	return rows, bad, warnings, nil
}

// mapColumns names each column of a header; "" marks a column to ignore.
func mapColumns(head []string) ([]string, []string, error) {
	cols := make([]string, len(head))
	seen := map[string]bool{}
	var warnings, unknown []string
	for i, h := range head {
		c := canonicalColumn(h)
		switch {
		case c == "":
			if strings.TrimSpace(h) != "" {
				unknown = append(unknown, strings.TrimSpace(h))
			}
		case seen[c]:
			return nil, nil, fmt.Errorf("header: column %q appears twice", c)
		default:
			seen[c] = true
			cols[i] = c
		}
	}
	if !seen["name"] && !seen["id"] {
		return nil, nil, fmt.Errorf("header: no name (or id) column among %q; the columns are %s", head, strings.Join(Columns, ", "))
	}
	if len(unknown) > 0 {
		warnings = append(warnings, fmt.Sprintf("columns ignored (unknown): %s", strings.Join(unknown, ", ")))
	}
	return cols, warnings, nil
}

func canonicalColumn(h string) string {
	c := strings.ToLower(strings.TrimSpace(h))
	c = strings.NewReplacer(" ", "_", "-", "_").Replace(c)
	for _, col := range Columns {
		if c == col {
			return c
		}
	}
	return columnSynonyms[c]
}

func readJSONL(r io.Reader) ([]Row, []RowError, []string, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var rows []Row
	var bad []RowError
	unknown := map[string]bool{}
	for n := 1; ; n++ {
		line, err := readLine(br)
		if err != nil && err != io.EOF {
			if errors.Is(err, errLineTooLong) {
				bad = append(bad, RowError{n, err})
				if err2 := skipLine(br); err2 == io.EOF {
					break
				}
				continue
			}
			return rows, bad, nil, err
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			row, rerr := parseJSONRow(n, t, unknown)
			if rerr != nil {
				bad = append(bad, RowError{n, rerr})
			} else {
				rows = append(rows, row)
			}
		}
		if err == io.EOF {
			break
		}
	}
	var warnings []string
	if len(unknown) > 0 {
		warnings = append(warnings, fmt.Sprintf("keys ignored (unknown): %s", strings.Join(sortedKeys(unknown), ", ")))
	}
	return rows, bad, warnings, nil
}

func parseJSONRow(n int, line []byte, unknown map[string]bool) (Row, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		return Row{}, fmt.Errorf("invalid JSON: %w", err)
	}
	fields := map[string]string{}
	lists := map[string][]string{}
	for k, raw := range obj {
		c := canonicalColumn(k)
		if c == "" {
			unknown[k] = true
			continue
		}
		if _, dup := fields[c]; dup {
			return Row{}, fmt.Errorf("key %q given twice (as %q)", c, k)
		}
		if c == "aliases" || c == "domains" {
			var l []string
			if json.Unmarshal(raw, &l) == nil {
				lists[c] = l
				fields[c] = ""
				continue
			}
		}
		s, err := scalar(raw)
		if err != nil {
			return Row{}, fmt.Errorf("key %q: %w", k, err)
		}
		fields[c] = s
	}
	return rowOf(n, fields, func(s string) []string { return splitList(s) }, lists)
}

// scalar reads a JSON string, number, boolean or null as text.
func scalar(raw json.RawMessage) (string, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", err
	}
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), nil
	case bool:
		return strconv.FormatBool(x), nil
	}
	return "", errors.New("want text or a number")
}

// splitList splits a list written in one field: "a; b" or "a|b", and
// commas when no semicolon or bar is used.
func splitList(s string) []string {
	sep := ";"
	switch {
	case strings.Contains(s, ";"):
	case strings.Contains(s, "|"):
		sep = "|"
	default:
		sep = ","
	}
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// rowOf checks and converts the fields of one row.
func rowOf(line int, f map[string]string, split func(string) []string, lists ...map[string][]string) (Row, error) {
	get := func(k string) string { return strings.TrimSpace(f[k]) }
	for k, v := range f {
		if !utf8.ValidString(v) {
			return Row{}, fmt.Errorf("%s: not UTF-8 text", k)
		}
		if len(v) > 4096 && k != "aliases" && k != "domains" {
			return Row{}, fmt.Errorf("%s: longer than 4096 bytes", k)
		}
	}
	row := Row{Line: line, ID: get("id"), Name: get("name"), Kind: strings.ToLower(get("kind")), Country: get("country"),
		Language: strings.ToLower(get("language")), Owner: get("owner"), Section: get("section")}
	if row.ID == "" && row.Name == "" {
		return Row{}, errors.New("no name and no id")
	}
	if row.ID != "" && Slug(row.ID) != row.ID {
		return Row{}, fmt.Errorf("id %q: want lower-case letters, digits and hyphens (such as %q)", row.ID, Slug(row.ID))
	}
	list := func(k string) []string {
		for _, l := range lists {
			if v, ok := l[k]; ok {
				var out []string
				for _, s := range v {
					if s = strings.TrimSpace(s); s != "" {
						out = append(out, s)
					}
				}
				return out
			}
		}
		if s := get(k); s != "" {
			return split(s)
		}
		return nil
	}
	row.Aliases = list("aliases")
	for _, d := range list("domains") {
		k := DomainKey(d)
		if k == "" {
			return Row{}, fmt.Errorf("domain %q: not an address that names one outlet (a hosting platform's or an aggregator's own address, or unreadable)", d)
		}
		row.Domains = append(row.Domains, k)
	}
	if row.Kind != "" && !validKind(row.Kind) {
		return Row{}, fmt.Errorf("kind %q: want one of %s", row.Kind, strings.Join(Kinds, ", "))
	}
	if l := get("lean"); l != "" || get("lean_label") != "" {
		r, err := leanOf(l, get("lean_label"), get("lean_scale"))
		if err != nil {
			return Row{}, err
		}
		r.Section, r.Source, r.Date = row.Section, get("lean_source"), get("lean_date")
		if raw := get("lean_raw"); raw != "" {
			r.Raw = raw
		}
		if r.Provenance, err = provenanceOf(get("lean_provenance")); err != nil {
			return Row{}, fmt.Errorf("lean_provenance: %w", err)
		}
		if err := checkDate(r.Date); err != nil {
			return Row{}, fmt.Errorf("lean_date: %w", err)
		}
		row.Lean = &r
	}
	if fl := get("factuality"); fl != "" {
		l, err := ParseFactuality(fl)
		if err != nil {
			return Row{}, err
		}
		r := Rating{Kind: KindFactuality, Section: row.Section, Label: l, Source: get("factuality_source"), Date: get("factuality_date")}
		if l != fl {
			r.Raw = fl
		}
		if r.Provenance, err = provenanceOf(get("factuality_provenance")); err != nil {
			return Row{}, fmt.Errorf("factuality_provenance: %w", err)
		}
		if err := checkDate(r.Date); err != nil {
			return Row{}, fmt.Errorf("factuality_date: %w", err)
		}
		row.Fact = &r
	}
	return row, nil
}

// leanOf reads a lean given as a label or a number (on scale), with an
// optional label that names a number's place.
func leanOf(lean, label, scale string) (Rating, error) {
	sc, err := ParseScale(scale)
	if err != nil {
		return Rating{}, err
	}
	r := Rating{Kind: KindLean}
	if lean != "" {
		v, l, err := ParseLean(lean, sc)
		if err != nil {
			return Rating{}, err
		}
		r.Value, r.Label = &v, l
		if _, numErr := strconv.ParseFloat(lean, 64); numErr == nil && sc != DefaultScale {
			r.Raw = lean + " on " + strconv.FormatFloat(sc.Min, 'f', -1, 64) + ".." + strconv.FormatFloat(sc.Max, 'f', -1, 64)
		} else if numErr != nil && !strings.EqualFold(lean, l) {
			r.Raw = lean
		}
	}
	if label != "" {
		_, l, err := ParseLean(label, DefaultScale)
		if err != nil || !isLabel(label) {
			return Rating{}, fmt.Errorf("lean_label %q: want left, lean-left, center, lean-right or right", label)
		}
		r.Label = l
		if r.Value == nil {
			v := leanValues[l]
			r.Value = &v
		}
	}
	return r, nil
}

func isLabel(s string) bool {
	_, ok := leanSynonyms[normLabel(s)]
	return ok
}

func provenanceOf(s string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", FromImport, FromInput:
		return FromImport, nil
	case FromUser:
		return FromUser, nil
	}
	return "", fmt.Errorf("want user or import, not %q", s)
}

func checkDate(s string) error {
	if s == "" || !dateKey(s).IsZero() {
		return nil
	}
	return fmt.Errorf("want a date as YYYY-MM-DD (or YYYY-MM, YYYY), not %q", s)
}

func validKind(k string) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// ExportRows turns outlet records into rows: one per outlet with its
// record fields and its first lean and factuality of the whole outlet,
// then one per further rating. Ratings with provenance FromInput are left
// out unless withInput; they come back from the articles.
func ExportRows(outlets []Outlet, withInput bool) []Row {
	var rows []Row
	for _, o := range outlets {
		base := Row{ID: o.ID, Name: o.Name, Aliases: o.Aliases, Domains: o.Domains, Kind: o.Kind, Country: o.Country, Language: o.Language, Owner: o.Owner}
		bySection := map[string][]Rating{}
		var sections []string
		for _, r := range o.Ratings {
			if r.Provenance == FromInput && !withInput {
				continue
			}
			if _, ok := bySection[r.Section]; !ok {
				sections = append(sections, r.Section)
			}
			bySection[r.Section] = append(bySection[r.Section], r)
		}
		sort.Strings(sections)
		first := true
		if len(sections) == 0 || sections[0] != "" {
			rows = append(rows, base)
			first = false
		}
		for _, s := range sections {
			var leans, facts []Rating
			for _, r := range bySection[s] {
				if r.Kind == KindLean {
					leans = append(leans, r)
				} else {
					facts = append(facts, r)
				}
			}
			for i := 0; i < max(len(leans), len(facts)); i++ {
				row := Row{ID: o.ID, Name: o.Name, Section: s}
				if first {
					row, first = base, false
				}
				if i < len(leans) {
					r := leans[i]
					row.Lean = &r
				}
				if i < len(facts) {
					r := facts[i]
					row.Fact = &r
				}
				rows = append(rows, row)
			}
		}
	}
	return rows
}

// fields returns a row's values by column.
func (r Row) fields() map[string]string {
	f := map[string]string{"id": r.ID, "name": r.Name, "aliases": strings.Join(r.Aliases, "; "),
		"domains": strings.Join(r.Domains, "; "), "kind": r.Kind, "country": r.Country, "language": r.Language,
		"owner": r.Owner, "section": r.Section}
	if l := r.Lean; l != nil {
		if l.Value != nil {
			f["lean"] = strconv.FormatFloat(math.Round(*l.Value*1000)/1000, 'f', -1, 64)
		}
		f["lean_label"], f["lean_raw"], f["lean_source"], f["lean_date"], f["lean_provenance"] = l.Label, l.Raw, l.Source, l.Date, l.Provenance
	}
	if x := r.Fact; x != nil {
		f["factuality"], f["factuality_source"], f["factuality_date"], f["factuality_provenance"] = x.Label, x.Source, x.Date, x.Provenance
	}
	return f
}

// Write writes rows as an outlets file in the given format.
func Write(w io.Writer, f Format, rows []Row) error {
	if f == JSONL {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			vals := r.fields()
			obj := map[string]any{}
			for _, c := range Columns {
				if v := vals[c]; v != "" {
					obj[c] = v
				}
			}
			if len(r.Aliases) > 0 {
				obj["aliases"] = r.Aliases
			}
			if len(r.Domains) > 0 {
				obj["domains"] = r.Domains
			}
			if r.Lean != nil && r.Lean.Value != nil {
				obj["lean"] = math.Round(*r.Lean.Value*1000) / 1000
			}
			if err := enc.Encode(obj); err != nil {
				return err
			}
		}
		return nil
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(Columns); err != nil {
		return err
	}
	rec := make([]string, len(Columns))
	for _, r := range rows {
		vals := r.fields()
		for i, c := range Columns {
			rec[i] = vals[c]
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

var errLineTooLong = fmt.Errorf("line longer than %d bytes", MaxRowBytes)

// readLine reads one line (without its end) of at most MaxRowBytes.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > MaxRowBytes+2 {
			return nil, errLineTooLong
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

// skipLine consumes the rest of a line.
func skipLine(br *bufio.Reader) error {
	for {
		_, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			continue
		}
		return err
	}
}

// limitedLines passes a CSV stream through, failing on a line longer than
// MaxRowBytes so that one bad line cannot take all memory.
type limitedLines struct {
	r   *bufio.Reader
	run int
}

func (l *limitedLines) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for _, b := range p[:n] {
		if b == '\n' {
			l.run = 0
		} else if l.run++; l.run > MaxRowBytes {
			return 0, errLineTooLong
		}
	}
	return n, err
}
