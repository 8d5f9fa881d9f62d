package outlet

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestReadCSV(t *testing.T) {
	f, err := os.Open("testdata/outlets.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, bad, warnings, err := Read(f, CSV)
	if err != nil || len(bad) > 0 || len(warnings) > 0 {
		t.Fatalf("Read: %v, bad %v, warnings %v", err, bad, warnings)
	}
	if len(rows) != 5 {
		t.Fatalf("%d rows, want 5", len(rows))
	}
	vt := rows[0]
	if vt.Name != "Valmora Times" || !reflect.DeepEqual(vt.Aliases, []string{"Valmora Times - News", "VT"}) ||
		!reflect.DeepEqual(vt.Domains, []string{"valmoratimes.example"}) || vt.Kind != "news" || vt.Owner != "Valmora Media Group" {
		t.Errorf("row 1: %+v", vt)
	}
	if l := vt.Lean; l == nil || l.Label != LabelLeanLeft || *l.Value != -0.5 || l.Source != "Made-up Ratings Desk" || l.Date != "2025-11-02" || l.Provenance != FromImport {
		t.Errorf("row 1 lean: %+v", vt.Lean)
	}
	if f := vt.Fact; f == nil || f.Label != "high" || f.Source != "Made-up Fact Desk" {
		t.Errorf("row 1 factuality: %+v", vt.Fact)
	}
	if op := rows[1]; op.Section != "Opinion" || op.Lean == nil || op.Lean.Section != "Opinion" || op.Lean.Label != LabelLeft {
		t.Errorf("row 2 (a section's lean): %+v", op)
	}
	if hp := rows[2].Lean; hp == nil || hp.Label != LabelLeanRight || *hp.Value != 0.286 || hp.Raw != "12 on -42..42" {
		t.Errorf("row 3 lean on a scale: %+v", hp)
	}
	if rows[4].Lean != nil || rows[4].Fact != nil {
		t.Errorf("row 5 has ratings: %+v", rows[4])
	}
}

func TestReadBadRows(t *testing.T) {
	in := "Name,Bias,Domain,Colour\n" +
		"Good Gazette,left,goodgazette.example,blue\n" +
		"Bad Lean,leftish,badlean.example,\n" +
		",left,nameless.example,\n" +
		"Platform Writer,left,https://medium.com/,\n" +
		"Bad Kind,left,badkind.example,\n" +
		"\"Broken,left\n"
	rows, bad, warnings, err := Read(strings.NewReader(in), CSV)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(rows) != 2 || rows[0].Name != "Good Gazette" || rows[1].Name != "Bad Kind" {
		t.Errorf("rows: %+v", rows)
	}
	var lines []int
	for _, b := range bad {
		lines = append(lines, b.Line)
	}
	if !reflect.DeepEqual(lines, []int{3, 4, 5, 7}) {
		t.Errorf("bad rows at lines %v (%v), want 3, 4, 5 and 7", lines, bad)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "Colour") {
		t.Errorf("warnings %v, want one naming the unknown column", warnings)
	}
	for _, in := range []string{"", "colour\nblue\n", "name,name\nx,y\n"} {
		if _, _, _, err := Read(strings.NewReader(in), CSV); err == nil {
			t.Errorf("Read(%q): want an error", in)
		}
	}
	// A kind outside the list is refused.
	if _, bad, _, _ := Read(strings.NewReader("name,kind\nX,tabloid\n"), CSV); len(bad) != 1 {
		t.Errorf("kind tabloid: %v, want refused", bad)
	}
}

func TestReadJSONL(t *testing.T) {
	in := `{"name": "Valmora Times", "domains": ["valmoratimes.example"], "lean": -0.5, "lean_source": "Made-up Ratings Desk"}
{"outlet": "Harbour Post", "site": "harbourpost.example", "bias": "lean right", "factuality": "mixed", "stars": 5}
not json
{"name": "Scale Daily", "lean": 30, "lean_scale": "-42..42"}
{"name": "X", "name ": "Y"}
`
	rows, bad, warnings, err := Read(strings.NewReader(in), JSONL)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(rows) != 3 || rows[0].Lean.Label != LabelLeanLeft || rows[1].Lean.Label != LabelLeanRight || rows[1].Fact.Label != "mixed" ||
		!reflect.DeepEqual(rows[1].Domains, []string{"harbourpost.example"}) || rows[2].Lean.Label != LabelRight {
		t.Errorf("rows: %+v", rows)
	}
	if len(bad) != 2 || bad[0].Line != 3 || bad[1].Line != 5 {
		t.Errorf("bad: %v, want lines 3 and 5", bad)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "stars") {
		t.Errorf("warnings: %v", warnings)
	}
}

func TestExportRoundTrip(t *testing.T) {
	v := func(f float64) *float64 { return &f }
	outlets := []Outlet{
		{ID: "valmora-times", Name: "Valmora Times", Aliases: []string{"VT", "Valmora Times - News"}, Domains: []string{"valmoratimes.example"},
			Kind: KindNews, Country: "Valmora", Language: "en", Owner: "Valmora Media Group, Ltd",
			Ratings: []Rating{
				{Kind: KindLean, Label: LabelLeanLeft, Value: v(-0.5), Source: "Made-up Ratings Desk", Date: "2025-11-02", Provenance: FromImport},
				{Kind: KindLean, Label: LabelLeft, Value: v(-0.8), Source: "Other Made-up Chart", Date: "2026-01", Provenance: FromUser},
				{Kind: KindLean, Section: "Opinion", Label: LabelLeft, Value: v(-1), Source: "Made-up Ratings Desk", Provenance: FromImport},
				{Kind: KindFactuality, Label: "high", Source: "Made-up Fact Desk", Date: "2025-10-01", Provenance: FromImport},
				{Kind: KindLean, Label: LabelCenter, Value: v(0), Source: "bias", Provenance: FromInput, Articles: 3},
			}},
		{ID: "reddin-radio", Name: "Reddin Radio", Domains: []string{"reddinradio.example"}},
		{ID: "opinion-only", Name: "Opinion Only", Ratings: []Rating{{Kind: KindLean, Section: "Opinion", Label: LabelRight, Value: v(1), Source: "Desk", Provenance: FromImport}}},
	}
	for _, f := range []Format{CSV, JSONL} {
		var buf bytes.Buffer
		rows := ExportRows(outlets, false)
		if err := Write(&buf, f, rows); err != nil {
			t.Fatal(err)
		}
		back, bad, warnings, err := Read(bytes.NewReader(buf.Bytes()), f)
		if err != nil || len(bad) > 0 || len(warnings) > 0 {
			t.Fatalf("%s: read back: %v %v %v\n%s", f, err, bad, warnings, buf.String())
		}
		for i := range back {
			back[i].Line = 0
		}
		if !reflect.DeepEqual(back, rows) {
			t.Errorf("%s round trip:\n got %+v\nwant %+v\n%s", f, back, rows, buf.String())
		}
		var again bytes.Buffer
		if err := Write(&again, f, back); err != nil || again.String() != buf.String() {
			t.Errorf("%s: writing what was read gives other bytes:\n%s\n%s", f, buf.String(), again.String())
		}
		if strings.Contains(buf.String(), `"bias"`) || strings.Contains(buf.String(), ",bias,") {
			t.Errorf("%s: an input rating was exported:\n%s", f, buf.String())
		}
	}
}

func FuzzRead(f *testing.F) {
	seed, _ := os.ReadFile("testdata/outlets.csv")
	f.Add(seed, false)
	f.Add([]byte(`{"name":"A","lean":0.5,"domains":["a.example"]}`+"\n"), true)
	f.Add([]byte("name,lean,lean_scale\nA,3,0..2\n\"x"), false)
	f.Fuzz(func(t *testing.T, data []byte, jsonl bool) {
		format := CSV
		if jsonl {
			format = JSONL
		}
		rows, _, _, _ := Read(bytes.NewReader(data), format)
		for _, r := range rows {
			if r.ID == "" && r.Name == "" {
				t.Errorf("a row with neither name nor id: %+v", r)
			}
			if r.Lean != nil && (r.Lean.Value == nil || *r.Lean.Value < -1 || *r.Lean.Value > 1 || SideOf(r.Lean.Label) == Unrated) {
				t.Errorf("a lean off the scale: %+v", r.Lean)
			}
		}
		var buf bytes.Buffer
		if err := Write(&buf, format, rows); err != nil {
			t.Fatalf("Write: %v", err)
		}
		back, bad, _, err := Read(&buf, format)
		if err != nil || len(bad) > 0 || len(back) != len(rows) {
			t.Errorf("what was read does not read back: %v %v (%d of %d rows)\n%s", err, bad, len(back), len(rows), buf.String())
		}
	})
}
