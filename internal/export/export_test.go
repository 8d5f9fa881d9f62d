package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
	"github.com/parallax-news/parallax/internal/stories"
	"github.com/parquet-go/parquet-go"
)

// hostile are texts a CSV writer gets wrong if it is careless: quotes,
// commas, line breaks of every kind, formulas, non-ASCII, invalid UTF-8.
var hostile = []string{
	`plain`,
	`He said "no", then left`,
	"two\nlines",
	"crlf\r\nline",
	"a, b, c",
	`=HYPERLINK("http://evil.example","click")`,
	"+1", "-2", "@SUM(A1)",
	"Kyiv — Київ ✓",
	"",
	"trailing space ",
	"\"",
}

// testTable is a small table of hostile text.
func testTable() *sliceTable {
	t := &sliceTable{name: "test", cols: []Column{{"n", Int}, {"text", String}, {"list", Strings}, {"share", Float}, {"ok", Bool}, {"at", Time}}}
	for i, s := range hostile {
		t.rows = append(t.rows, Row{int64(i), s, []string{s, "x"}, 0.25 * float64(i), i%2 == 0, time.Date(2026, 3, 1, 12, 0, i, 0, time.UTC)})
	}
	t.rows = append(t.rows, Row{nil, nil, nil, nil, nil, time.Time{}})
	return t
}

// guarded is what a text cell holds after the formula guard.
func guarded(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func writeTable(t *testing.T, format string, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	n, err := Write(context.Background(), &b, testTable(), format, opt)
	if err != nil || n != int64(len(hostile)+1) {
		t.Fatalf("Write %s = %d, %v", format, n, err)
	}
	return b.Bytes()
}

// TestCSVReadsBack: encoding/csv reads back every cell as written (text
// cells formula-guarded unless RawCSV), one header row, CRLF line ends.
func TestCSVReadsBack(t *testing.T) {
	for _, raw := range []bool{false, true} {
		b := writeTable(t, CSV, Options{RawCSV: raw})
		if !bytes.HasPrefix(b, []byte("n,text,list,share,ok,at\r\n")) {
			t.Fatalf("header: %q", b[:40])
		}
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != len(hostile)+2 {
			t.Fatalf("%d records, want %d", len(recs), len(hostile)+2)
		}
		for i, s := range hostile {
			want := s
			if !raw {
				want = guarded(s)
			}
			// encoding/csv reads a quoted CRLF as LF.
			want = strings.ReplaceAll(want, "\r\n", "\n")
			if got := recs[i+1][1]; got != want {
				t.Errorf("raw=%v row %d: text %q, want %q", raw, i, got, want)
			}
		}
		if last := recs[len(recs)-1]; strings.Join(last, "") != "" {
			t.Errorf("the null row reads %q", last)
		}
		if recs[2][3] != "0.25" || recs[1][4] != "true" || recs[1][5] != "2026-03-01T12:00:00Z" || recs[1][2] != "plain; x" {
			t.Errorf("typed cells: %q", recs[1:3])
		}
	}
}

// TestCSVPython: Python's csv module reads the same cells back, exactly
// (it keeps a quoted CRLF as it is).
func TestCSVPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not on the PATH: the check of the CSV with Python's csv module is skipped")
	}
	path := filepath.Join(t.TempDir(), "t.csv")
	if err := os.WriteFile(path, writeTable(t, CSV, Options{RawCSV: true}), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", `import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(json.dumps(list(csv.reader(f, strict=True))))`, path).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var recs [][]string
	if err := json.Unmarshal(out, &recs); err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(hostile)+2 || strings.Join(recs[0], ",") != "n,text,list,share,ok,at" {
		t.Fatalf("python read %d records, header %q", len(recs), recs[0])
	}
	for i, s := range hostile {
		if got := recs[i+1][1]; got != s {
			t.Errorf("row %d: python reads %q, want %q", i, got, s)
		}
	}
}

// TestJSONLReadsBack: each line is one object with the columns as keys,
// nulls null, lists arrays, times RFC 3339.
func TestJSONLReadsBack(t *testing.T) {
	b := writeTable(t, JSONL, Options{})
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != len(hostile)+1 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, s := range hostile {
		var row struct {
			N    int64     `json:"n"`
			Text string    `json:"text"`
			List []string  `json:"list"`
			At   time.Time `json:"at"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &row); err != nil {
			t.Fatalf("line %d: %v: %s", i, err, lines[i])
		}
		if row.N != int64(i) || row.Text != s || len(row.List) != 2 || row.List[0] != s || row.At.Second() != i {
			t.Errorf("line %d: %+v", i, row)
		}
	}
	if last := lines[len(lines)-1]; last != `{"n":null,"text":null,"list":[],"share":null,"ok":null,"at":null}` {
		t.Errorf("null row: %s", last)
	}
}

// TestParquetReadsBack: the Parquet file keeps the columns in order and
// every value, nulls included, across row groups.
func TestParquetReadsBack(t *testing.T) {
	var b bytes.Buffer
	if _, err := Write(context.Background(), &b, testTable(), Parquet, Options{RowGroup: 4}); err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, fl := range f.Schema().Fields() {
		names = append(names, fl.Name())
	}
	if strings.Join(names, ",") != "n,text,list,share,ok,at" || len(f.RowGroups()) != 4 {
		t.Fatalf("columns %q, %d row groups", names, len(f.RowGroups()))
	}
	r := parquet.NewReader(f)
	for i := range len(hostile) + 1 {
		m := map[string]any{}
		if err := r.Read(&m); err != nil {
			t.Fatalf("row %d: %v", i, err)
		}
		if i == len(hostile) {
			if m["text"] != nil || m["n"] != nil {
				t.Errorf("null row: %v", m)
			}
			continue
		}
		list, _ := m["list"].([]any)
		if m["text"] != hostile[i] || m["n"] != int64(i) || len(list) != 2 || m["share"] != 0.25*float64(i) {
			t.Errorf("row %d: %#v", i, m)
		}
	}
}

// TestOpenRefuses: an unknown table, a lean filter, storylines and a query
// with nothing to search for are refused with a reason.
func TestOpenRefuses(t *testing.T) {
	for _, tc := range []struct {
		table string
		f     Filter
		want  error
	}{
		{"nope", Filter{}, ErrUnknownTable},
		{"articles", Filter{Lean: "left"}, store.ErrNoLean},
		{"articles", Filter{Lean: "up"}, ErrBadFilter},
		{"storylines", Filter{Outlet: "Harbour Post"}, ErrBadFilter},
		{"events", Filter{Query: `"" *`}, store.ErrBadQuery},
	} {
		if _, err := Open(context.Background(), tc.table, nil, nil, tc.f); !errors.Is(err, tc.want) {
			t.Errorf("Open(%s, %+v) = %v, want %v", tc.table, tc.f, err, tc.want)
		}
	}
	if err := CheckFormat("xlsx"); !errors.Is(err, ErrBadFormat) {
		t.Errorf("CheckFormat(xlsx) = %v", err)
	}
}

// TestTablesOnSamples exports every table of the sample articles and
// checks what the filters keep.
func TestTablesOnSamples(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "e.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, err := samples.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if _, err := copies.Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := stories.Update(ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	rows := func(table string, f Filter) [][]string {
		t.Helper()
		tb, err := Open(ctx, table, st, nil, f)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := Write(ctx, &b, tb, CSV, Options{}); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	all := rows("articles", Filter{})
	if len(all) != len(arts)+1 || all[0][0] != "id" || all[0][len(all[0])-1] != "text" {
		t.Fatalf("articles: %d rows, header %q", len(all), all[0])
	}
	for _, r := range all[1:] {
		if r[11] == "" {
			t.Errorf("article %s has no event", r[0])
		}
	}
	courier := rows("articles", Filter{Outlet: "Valmora Courier"})
	if len(courier) < 2 || len(courier) >= len(all) {
		t.Errorf("--outlet: %d rows of %d", len(courier)-1, len(all)-1)
	}
	for _, r := range courier[1:] {
		if r[1] != "Valmora Courier" {
			t.Errorf("--outlet kept %q", r[:2])
		}
	}
	since, _ := time.Parse("2006-01-02", "2026-04-01")
	for _, r := range rows("articles", Filter{Since: since})[1:] {
		if r[5] < "2026-04" {
			t.Errorf("--since kept %s published %s", r[0], r[5])
		}
	}
	if got := rows("articles", Filter{Query: "dockworkers"}); len(got) < 3 {
		t.Errorf("--query: %d rows", len(got)-1)
	}
	ev := rows("events", Filter{})
	if len(ev) < 4 {
		t.Errorf("events: %d rows", len(ev)-1)
	}
	for _, r := range ev[1:] {
		for _, c := range []int{2, 3, 9} { // first, last, updated
			if _, err := time.Parse(time.RFC3339Nano, r[c]); r[c] != "" && err != nil {
				t.Errorf("events %s: %s %q is not RFC 3339", r[0], ev[0][c], r[c])
			}
		}
	}
	sl := rows("storylines", Filter{})
	if len(sl) < 2 || sl[0][4] != "events" {
		t.Errorf("storylines: %d rows, header %q", len(sl)-1, sl[0])
	}
	events := 0
	for _, r := range sl[1:] {
		n, err := strconv.Atoi(r[4])
		if err != nil || n < 1 {
			t.Errorf("storyline %s has %q events", r[0], r[4])
		}
		events += n
	}
	if events != len(ev)-1 {
		t.Errorf("storylines hold %d events, the events table %d", events, len(ev)-1)
	}
	cp := rows("copies", Filter{})
	if len(cp) < 2 || cp[0][18] != "credits_source" || cp[0][20] != "direction_known" {
		t.Errorf("copies: %d rows, header %q", len(cp)-1, cp[0])
	}
	for _, table := range []string{"quotes", "names", "numbers"} {
		got := rows(table, Filter{Outlet: "Continental Wire"})
		if len(got) < 3 {
			t.Errorf("%s: %d rows", table, len(got)-1)
		}
		for _, r := range got[1:] {
			if r[1] != "Continental Wire" || r[3] == "" {
				t.Errorf("%s: row %q", table, r)
			}
		}
	}

	// Lean: refused while no outlet is rated, then by the records' sides.
	if _, err := Open(ctx, "articles", st, nil, Filter{Lean: "left"}); !errors.Is(err, store.ErrNoLean) {
		t.Errorf("--lean with no ratings: %v", err)
	}
	if _, err := st.SyncOutlets(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := st.EditOutlets(ctx, []store.OutletEdit{
		{Ref: "Valmora Courier", MustExist: true, Ratings: []outlet.Rating{{Kind: outlet.KindLean, Label: outlet.LabelLeanLeft, Source: "me"}}},
		{Ref: "Continental Wire", MustExist: true, Ratings: []outlet.Rating{{Kind: outlet.KindLean, Label: outlet.LabelRight, Source: "me"}}},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SyncOutlets(ctx); err != nil {
		t.Fatal(err)
	}
	left := rows("articles", Filter{Lean: "left"})
	if len(left) != len(courier) {
		t.Errorf("--lean left: %d rows, want Valmora Courier's %d", len(left)-1, len(courier)-1)
	}
	for _, r := range left[1:] {
		if r[1] != "Valmora Courier" {
			t.Errorf("--lean left kept %q", r[:2])
		}
	}
	both := rows("articles", Filter{Lean: "left, right"})
	wire := rows("articles", Filter{Outlet: "Continental Wire"})
	if len(both)-1 != len(courier)-1+len(wire)-1 {
		t.Errorf("--lean left,right: %d rows, want %d + %d", len(both)-1, len(courier)-1, len(wire)-1)
	}
	if got := rows("articles", Filter{Lean: "center"}); len(got) != 1 {
		t.Errorf("--lean center (no center outlet): %d rows", len(got)-1)
	}
	evBoth, evLeft := rows("events", Filter{Lean: "left,right"}), rows("events", Filter{Lean: "left"})
	if len(evBoth) < 2 || len(evBoth) > len(evLeft) {
		t.Errorf("events --lean left,right: %d rows, --lean left: %d", len(evBoth)-1, len(evLeft)-1)
	}
	for _, r := range evBoth[1:] {
		if !strings.Contains(r[4], "Valmora Courier") || !strings.Contains(r[4], "Continental Wire") {
			t.Errorf("events --lean left,right kept %s of outlets %q", r[0], r[4])
		}
	}
	if _, err := Open(ctx, "articles", st, nil, Filter{Lean: "north"}); !errors.Is(err, ErrBadFilter) {
		t.Errorf("--lean north: %v", err)
	}
}

// FuzzCSV: any text written to CSV reads back the same with encoding/csv
// (a quoted CRLF reads as LF), and a row is always one record.
func FuzzCSV(f *testing.F) {
	for _, s := range hostile {
		f.Add(s, "second")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8Valid(a) || !utf8Valid(b) {
			return // the writer repairs invalid UTF-8; checked elsewhere
		}
		tb := &sliceTable{name: "f", cols: []Column{{"a", String}, {"b", String}}, rows: []Row{{a, b}}}
		var buf bytes.Buffer
		if _, err := Write(context.Background(), &buf, tb, CSV, Options{RawCSV: true}); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(&buf)
		r.LazyQuotes = false
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("read back %q, %q: %v", a, b, err)
		}
		norm := func(s string) string {
			// encoding/csv reads CRLF as LF inside quotes, and drops a
			// lone trailing CR of an unquoted field; the writer quotes
			// any field with a CR, so only the first applies.
			return strings.ReplaceAll(s, "\r\n", "\n")
		}
		if len(recs) != 2 || recs[1][0] != norm(a) || recs[1][1] != norm(b) {
			t.Fatalf("wrote %q, %q; read %q", a, b, recs)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
