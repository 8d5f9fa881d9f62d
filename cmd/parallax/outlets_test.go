package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// aldineOutlet is a fictional outlet of the outlet tests, with the lean
// its input gives it.
type aldineOutlet struct {
	name, host, bias string
}

// The crane collapse is carried by the right: five right outlets (one of
// them under two section names) and one center outlet report it. The
// budget vote has outlets of every side.
var (
	craneOutlets = []aldineOutlet{
		{"Aldine Sentinel - News", "aldinesentinel.example", "right"},
		{"Aldine Sentinel - Opinion", "aldinesentinel.example", "right"},
		{"Harbour Patriot", "harbourpatriot.example", "right"},
		{"Port Aldine Standard", "portaldinestandard.example", "right"},
		{"The Crane County Clarion", "cranecountyclarion.example", "right"},
		{"Northgate Observer", "northgateobserver.example", "right"},
		{"Aldine Wire", "aldinewire.example", "center"},
	}
	budgetOutlets = []aldineOutlet{
		{"Aldine Progress", "aldineprogress.example", "left"},
		{"Valley Voice", "valleyvoice.example", "left"},
		{"Aldine Wire", "aldinewire.example", "center"},
		{"Harbour Patriot", "harbourpatriot.example", "right"},
	}
)

// aldineJSONL writes the fictional articles of the outlet tests, as the
// ABP corpus lays them out (bias, bias_num, source_url), and returns the
// file's path.
func aldineJSONL(t *testing.T) string {
	t.Helper()
	crane := []string{
		"A container crane collapsed at the Port Aldine harbour on Tuesday morning, injuring four dock workers and halting traffic at the eastern terminal.",
		"Harbour master Ines Valdane said the 60-metre crane toppled onto a loading berth shortly after 7 a.m. while lifting a container from the freighter Morrow Star.",
		"Investigators from the Aldine Transport Safety Board arrived at the terminal by noon and sealed off the berth, Valdane said.",
		"The terminal handles about 1,200 containers a day. Port officials said ships would be diverted to the western quay until the wreck is cleared.",
		"The dock workers' union called for an inquiry into maintenance at the terminal, which was privatised in 2019.",
	}
	budget := []string{
		"The Aldine city council approved a 2.4 billion budget on Thursday after a nine-hour debate over transit fares and harbour dredging.",
		"Mayor Teodor Rask said the budget would freeze bus fares for two years and fund a new ferry line to the northern districts.",
		"Opposition councillors voted against it, saying the dredging plan would cost 300 million more than the council had promised.",
		"The vote was 23 to 18. The budget takes effect on the first of July.",
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	write := func(outlets []aldineOutlet, slug, title, day string, paras []string) {
		for i, o := range outlets {
			body := append([]string(nil), paras...)
			body = append(body, fmt.Sprintf("%s will follow the story as it develops, its editors said.", strings.Split(o.name, " - ")[0]))
			num := map[string]int{"left": 0, "center": 1, "right": 2}[o.bias]
			rec := map[string]any{
				"outlet": o.name, "url": fmt.Sprintf("https://www.%s/2026/03/%s-%d", o.host, slug, i), "title": title,
				"published": day, "lang": "en", "body": strings.Join(body, "\n\n"),
				"bias": o.bias, "bias_num": num, "source_url": "www." + o.host,
			}
			if err := enc.Encode(rec); err != nil {
				t.Fatal(err)
			}
		}
	}
	write(craneOutlets, "crane", "Crane collapses at Port Aldine harbour, injuring four", "2026-03-10", crane)
	write(budgetOutlets, "budget", "Aldine council passes 2.4 billion budget", "2026-03-12", budget)
	path := filepath.Join(t.TempDir(), "aldine.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// aldineDB adds the fictional articles to a new database and groups them.
func aldineDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "aldine.db")
	if code, out, errs := parallax(t, db, "", "add", aldineJSONL(t)); code != 0 {
		t.Fatalf("add: exit %d: %s %s", code, out, errs)
	}
	if code, out, errs := parallax(t, db, "", "stories"); code != 0 {
		t.Fatalf("stories: exit %d: %s %s", code, out, errs)
	}
	return db
}

// jsonOf runs parallax with --json and decodes its output.
func jsonOf(t *testing.T, db string, v any, args ...string) {
	t.Helper()
	code, out, errs := parallax(t, db, "", args...)
	if code != 0 {
		t.Fatalf("parallax %s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("parallax %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func TestBinaryOutlets(t *testing.T) {
	db := aldineDB(t)
	type rating struct {
		Label, Source, Provenance string
		Articles                  int
	}
	type record struct {
		ID, Name, Side string
		Aliases        []string
		Domains        []string
		Lean           *rating
		Articles       int
		Sections       []struct{ Name string }
	}
	var list []record
	jsonOf(t, db, &list, "outlets", "list", "--json")
	byID := map[string]record{}
	for _, o := range list {
		byID[o.ID] = o
	}
	if len(list) != 8 {
		t.Errorf("%d outlets, want 8 (the Sentinel's two sections are one): %+v", len(list), list)
	}
	as := byID["aldine-sentinel"]
	if as.Name != "Aldine Sentinel" || len(as.Aliases) != 2 || len(as.Sections) != 2 || as.Articles != 2 ||
		as.Lean == nil || as.Lean.Label != "right" || as.Lean.Provenance != "input" || as.Lean.Source != "bias" || as.Side != "right" {
		t.Errorf("aldine-sentinel = %+v (lean %+v)", as, as.Lean)
	}
	// Stories carry their coverage; the crane collapse is a blindspot for
	// the left, and nothing is one for the right.
	var stories []struct {
		ID, Title string
		Coverage  struct {
			Left, Center, Right, Unrated struct{ Outlets, Articles int }
		}
	}
	jsonOf(t, db, &stories, "stories", "--json")
	if len(stories) != 2 {
		t.Fatalf("%d stories, want 2: %+v", len(stories), stories)
	}
	for _, s := range stories {
		c := s.Coverage
		if strings.Contains(s.Title, "Crane") && (c.Right.Outlets != 5 || c.Right.Articles != 6 || c.Center.Outlets != 1 || c.Left.Outlets != 0) {
			t.Errorf("crane coverage = %+v", c)
		}
		if strings.Contains(s.Title, "budget") && (c.Left.Outlets != 2 || c.Center.Outlets != 1 || c.Right.Outlets != 1) {
			t.Errorf("budget coverage = %+v", c)
		}
	}
	var bs struct {
		MinOutlets  int `json:"min_outlets"`
		Left, Right []struct {
			Title     string
			Blind     string
			CarriedBy string `json:"carried_by"`
			Share     float64
		}
	}
	jsonOf(t, db, &bs, "blindspots", "--json")
	if bs.MinOutlets != 5 || len(bs.Left) != 1 || len(bs.Right) != 0 || !strings.Contains(bs.Left[0].Title, "Crane") ||
		bs.Left[0].CarriedBy != "right" || bs.Left[0].Share < 0.83 || bs.Left[0].Share > 0.84 {
		t.Errorf("blindspots = %+v", bs)
	}
	jsonOf(t, db, &bs, "blindspots", "--json", "--min-share", "0.9")
	if len(bs.Left)+len(bs.Right) != 0 {
		t.Errorf("blindspots at 90%% = %+v, want none (5 of 6 is 83%%)", bs)
	}
	if code, _, errs := parallax(t, db, "", "blindspots", "--min-share", "0.4"); code != 2 || !strings.Contains(errs, "min share") {
		t.Errorf("blindspots --min-share 0.4: exit %d, %s; want usage error", code, errs)
	}
	var filtered []struct{ Title string }
	jsonOf(t, db, &filtered, "stories", "--json", "--without", "left")
	if len(filtered) != 1 || !strings.Contains(filtered[0].Title, "Crane") {
		t.Errorf("stories --without left = %+v", filtered)
	}
	jsonOf(t, db, &filtered, "stories", "--json", "--outlet", "aldinesentinel.example")
	if len(filtered) != 1 {
		t.Errorf("stories --outlet aldinesentinel.example = %+v, want the crane story", filtered)
	}

	// Import: a bad row is reported with its line, the others are kept.
	csv := filepath.Join(t.TempDir(), "ratings.csv")
	os.WriteFile(csv, []byte("name,domains,kind,lean,lean_source,lean_date\n"+
		"Aldine Wire,aldinewire.example,wire,lean-left,Made-up Desk,2026-01-02\n"+
		"Valley Voice,,news,sideways,Made-up Desk,\n"+
		"Brand New Gazette,brandnew.example,news,center,Made-up Desk,2026-01-02\n"), 0o644)
	code, out, errs := parallax(t, db, "", "outlets", "import", csv)
	if code != 1 || !strings.Contains(errs, "ratings.csv:3") || !strings.Contains(errs, "sideways") || !strings.Contains(out, "1 outlets made, 1 changed, 1 failed") {
		t.Errorf("import: exit %d, out %q, errs %q", code, out, errs)
	}
	var aw struct {
		Kind string
		Lean *rating
	}
	jsonOf(t, db, &aw, "outlets", "show", "aldine-wire", "--json")
	if aw.Kind != "wire" || aw.Lean == nil || aw.Lean.Label != "lean-left" || aw.Lean.Provenance != "import" || aw.Lean.Source != "Made-up Desk" {
		t.Errorf("aldine-wire after the import: %+v (lean %+v); the import beats the input", aw, aw.Lean)
	}
	// Set, merge, and an export that imports into a new database
	// unchanged.
	if code, _, errs := parallax(t, db, "", "outlets", "set", "Valley Voice", "--lean", "-30", "--lean-scale=-42..42", "--lean-source", "Made-up Chart",
		"--owner", "Valley Voice Trust", "--alias", "The Voice"); code != 0 {
		t.Fatalf("outlets set: exit %d: %s", code, errs)
	}
	if code, _, errs := parallax(t, db, "", "outlets", "set", "Nobody Here", "--lean", "left"); code != 1 || !strings.Contains(errs, "not found") {
		t.Errorf("outlets set on an unknown outlet: exit %d: %s", code, errs)
	}
	if code, _, errs := parallax(t, db, "", "outlets", "merge", "harbour-patriot", "Northgate Observer"); code != 0 {
		t.Fatalf("outlets merge: exit %d: %s", code, errs)
	}
	var hp record
	jsonOf(t, db, &hp, "outlets", "show", "northgateobserver.example", "--json")
	if hp.ID != "harbour-patriot" || hp.Articles != 3 {
		t.Errorf("after the merge, the Northgate Observer's domain leads to %s with %d articles", hp.ID, hp.Articles)
	}
	_, export1, _ := parallax(t, db, "", "outlets", "export")
	db2 := filepath.Join(t.TempDir(), "fresh.db")
	if code, out, errs := parallax(t, db2, export1, "outlets", "import", "-"); code != 0 {
		t.Fatalf("import the export into a new database: exit %d: %s %s", code, out, errs)
	}
	_, export2, _ := parallax(t, db2, "", "outlets", "export")
	if export1 != export2 {
		t.Errorf("export, import, export changed the file:\n%s\n---\n%s", export1, export2)
	}
	for _, want := range []string{"harbour-patriot", "Northgate Observer", "valley-voice", "Made-up Chart", "brand-new-gazette", "Valley Voice Trust", "-30 on -42..42"} {
		if !strings.Contains(export1, want) {
			t.Errorf("the export lacks %q:\n%s", want, export1)
		}
	}
	_, jl1, _ := parallax(t, db, "", "outlets", "export", "--format", "jsonl")
	db3 := filepath.Join(t.TempDir(), "fresh3.db")
	if code, _, errs := parallax(t, db3, jl1, "outlets", "import", "--format", "jsonl", "-"); code != 0 {
		t.Fatalf("import the JSON Lines export: exit %d: %s", code, errs)
	}
	if _, jl2, _ := parallax(t, db3, "", "outlets", "export", "--format", "jsonl"); jl1 != jl2 {
		t.Errorf("JSON Lines export, import, export changed the file:\n%s\n---\n%s", jl1, jl2)
	}
}
