package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/view"

	"github.com/parallax-news/parallax/internal/store"
)

func TestStoriesOfSamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, errs := run(t, db, "demo", "--no-serve"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	code, out, errs := run(t, db, "stories", "--json")
	if code != 0 {
		t.Fatalf("stories: exit %d: %s", code, errs)
	}
	var list []store.Story
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	// The samples report three events by several outlets, and one by one.
	var got []string
	for _, s := range list {
		got = append(got, strings.Join(s.Outlets, "+"))
	}
	sort.Strings(got)
	want := []string{
		"Capital Post+Continental Wire+Estrian Herald",
		"Capital Post+Estrian Herald+Radio Estria",
		"Continental Wire+Northshore Times+Valmora Courier+Valmora Ledger",
		"Valmora Courier",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("stories by outlets = %q, want %q", got, want)
	}
	// Filters, and one story with why each article joined.
	code, out, _ = run(t, db, "stories", "--outlet", "Radio Estria", "--json")
	if err := json.Unmarshal([]byte(out), &list); err != nil || code != 0 || len(list) != 1 || list[0].Articles != 3 {
		t.Fatalf("stories --outlet: exit %d, %+v", code, list)
	}
	code, out, _ = run(t, db, "story", list[0].ID[:8], "--json")
	var one struct {
		ID        string        `json:"id"`
		Title     string        `json:"title"`
		Overview  string        `json:"overview"`
		MainNames []string      `json:"main_names"`
		Members   []view.Member `json:"members"`
		SameStory bool          `json:"same_story"`
		Articles  []struct{ ID string }
		Numbers   []struct{ Discrepancy bool }
	}
	if err := json.Unmarshal([]byte(out), &one); err != nil || code != 0 || len(one.Members) != 3 {
		t.Fatalf("story: exit %d, %+v, %v", code, one, err)
	}
	if strings.Join(one.MainNames, "|") != "Petra Halvorsen|Karel Dusek" {
		t.Errorf("names of the flood story = %q", one.MainNames)
	}
	disputed := false
	for _, n := range one.Numbers {
		disputed = disputed || n.Discrepancy
	}
	if !one.SameStory || len(one.Articles) != 3 || !disputed {
		t.Errorf("story --json comparison: same story %v, %d articles, a discrepancy %v; want true, 3, true (14 vs 12 dead)",
			one.SameStory, len(one.Articles), disputed)
	}
	code, out, _ = run(t, db, "story", one.ID, "--md")
	if code != 0 || !strings.HasPrefix(out, "# "+one.Title+"\n\n"+one.Overview+"\n\n## How 3 articles") || !strings.Contains(out, "Radio Estria") {
		t.Errorf("story --md: exit %d, want the title %q and the overview first:\n%.300s", code, one.Title, out)
	}
	if code, _, _ := run(t, db, "story", one.ID, "--md", "--json"); code != 2 {
		t.Errorf("story --md --json: exit %d, want 2", code)
	}
	if !one.Members[0].Joined.New || one.Members[1].Joined.New || one.Members[1].Joined.Score <= 0 || len(one.Members[1].Joined.Parts) == 0 {
		t.Errorf("members' reasons = %+v", one.Members)
	}
	code, out, _ = run(t, db, "stories", "--query", "museum")
	if code != 0 || !strings.Contains(out, "maritime museum") || strings.Contains(out, "floods") {
		t.Errorf("stories --query museum: exit %d:\n%s", code, out)
	}
	if code, _, _ := run(t, db, "stories", "--sort", "sideways"); code != 2 {
		t.Errorf("bad --sort: exit %d, want 2", code)
	}
	if code, _, _ := run(t, db, "story", "snope0000"); code != 1 {
		t.Errorf("unknown story: exit %d, want 1", code)
	}
}

func TestEvalClusterECBPlus(t *testing.T) {
	gold := "../../../shared/data/ecbplus/articles.jsonl"
	if _, err := os.Stat(gold); err != nil {
		t.Skip("../shared/data/ecbplus not found")
	}
	code, out, errs := run(t, "", "eval", "cluster", "--gold", gold, "--json")
	var res struct {
		BCubed       struct{ Precision, Recall, F1 float64 }
		Clusters     int
		GoldClusters int `json:"gold_clusters"`
		Articles     int
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != 0 {
		t.Fatalf("eval cluster: exit %d, %v: %s", code, err, errs)
	}
	// Events are built for precision on a real stream (issue 14): ECB+'s
	// gold events hold reports days or years apart (its dates are noisy)
	// and half its articles are undated, which an event no longer joins
	// freely; since events of two articles or more hold reports published
	// at most a day apart (PubSpanFrom 2: on a fresh judged sample of the
	// real stream, joins two days apart or more were right 6 times in 23),
	// fewer of its gold events stay whole. This guards the level reached
	// (F1 0.863 at precision 0.995), below the 0.93 the issue asks for:
	// see the README's figures.
	if res.BCubed.F1 < 0.86 || res.BCubed.Precision < 0.97 || res.Articles != 982 || res.GoldClusters != 86 {
		t.Errorf("eval cluster = %+v, want BCubed F1 >= 0.86 and precision >= 0.97 over 982 articles, 86 events", res)
	}
}
