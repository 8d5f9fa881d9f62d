package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

// furniturePages returns the fictional pages with furniture that package
// clean's tests describe (internal/clean/testdata/pages).
func furniturePages(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("../clean/testdata/pages/*.md")
	if len(paths) == 0 {
		t.Fatal("no pages in ../clean/testdata/pages")
	}
	return paths
}

// TestFurnitureSetAside: stored pages full of furniture are read without
// it. analyze --json says per paragraph what was set aside and why; no
// promo ("More:…"), credit ("Getty Images") or link box becomes a name;
// two unrelated short articles that share only their outlet's boilerplate
// are neither copies nor one story.
func TestFurnitureSetAside(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	pages := furniturePages(t)
	if code, _, errs := run(t, db, append([]string{"add"}, pages...)...); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	code, out, errs := run(t, db, "articles", "--json")
	var arts []struct{ ID, Outlet, Title string }
	if err := json.Unmarshal([]byte(out), &arts); err != nil || code != 0 {
		t.Fatalf("articles: exit %d, %v: %s", code, err, errs)
	}
	ids := []string{}
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	code, out, errs = run(t, db, append([]string{"analyze", "--json"}, ids...)...)
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, errs)
	}
	var rep analyzeReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	aside := 0
	for _, a := range rep.Articles {
		if len(a.Analysis.Paragraphs) == 0 {
			t.Errorf("%s: no paragraph verdicts", a.Title)
		}
		for _, p := range a.Analysis.Paragraphs {
			if p.Verdict != clean.Text {
				aside++
				if p.Kind == "" || p.Reason == "" || len(p.Cuts) == 0 {
					t.Errorf("%s ¶%d set aside without kind, reason or range: %+v", a.Title, p.Para, p)
				}
			}
		}
		for _, e := range a.Analysis.Entities {
			l := strings.ToLower(e.Name)
			if strings.HasPrefix(l, "more") || strings.Contains(l, "getty") || strings.Contains(l, "pixabay") ||
				strings.Contains(e.Name, "KesslerFormer") || strings.Contains(e.Name, "ArloArlo") || strings.Contains(l, "corin vell") {
				t.Errorf("%s: furniture read as the name %q (%s)", a.Title, e.Name, e.Type)
			}
		}
	}
	if aside < 20 {
		t.Errorf("%d paragraphs set aside, want the pages' 24 at least in part", aside)
	}
	// The human report lists what was set aside.
	if code, out, _ := run(t, db, "analyze", ids[0]); code != 0 || !strings.Contains(out, "Page furniture, not read") {
		t.Errorf("analyze ID: exit %d:\n%s", code, out)
	}

	// Two shootings a week apart share only the outlet's copyright line
	// and newsletter pitch: not copies, not one story.
	if code, out, errs := run(t, db, "copies", "--list", "--json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("copies: exit %d: %s %s", code, out, errs)
	}
	code, out, errs = run(t, db, "stories", "--json")
	var stories []store.Story
	if err := json.Unmarshal([]byte(out), &stories); err != nil || code != 0 {
		t.Fatalf("stories: exit %d, %v: %s", code, err, errs)
	}
	for _, s := range stories {
		if s.Articles > 1 {
			t.Errorf("story %q groups %d unrelated articles (%v)", s.Title, s.Articles, s.Outlets)
		}
		for _, e := range s.Entities {
			if strings.HasPrefix(strings.ToLower(e), "more") || strings.Contains(strings.ToLower(e), "getty") {
				t.Errorf("story %q has the name %q", s.Title, e)
			}
		}
	}
}

// TestOutletWordsWithoutFurniture: an outlet's page measures the words that
// set its coverage apart on the articles' kept text, so the share widget,
// credit, promo and columnist's bio on each of its pages are not its words.
func TestOutletWordsWithoutFurniture(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	// Two fictional outlets report the same six events; the Harbour
	// Post's pages carry furniture around the same reporting, with three
	// photo credits a page, enough for the credit to stand out as the
	// outlet's word if it were read.
	events := []struct{ slug, title, text string }{
		{"ferry", "Ferry service to the islands resumes after the storm",
			"The ferry to the outer islands sailed again on Friday morning, four days after the storm closed the harbour, the port authority said. " +
				"Harbour master Ivo Kral said two of the five boats were still being repaired and the timetable would stay reduced until the end of the month. " +
				"Island residents queued from dawn to buy bread, fuel and medicine on the mainland before the evening crossing."},
		{"bridge", "Old river bridge closes for repairs in Valmora",
			"The old river bridge in Valmora closed to cars on Monday for six weeks of repairs to its cracked stone piers, the city engineer said. " +
				"Engineer Tomas Brel said buses would cross by the northern bridge and that cyclists and walkers could still use the narrow side path. " +
				"Shop owners on the river street said they feared losing customers during the busiest weeks of the spring market."},
		{"school", "Valmora opens its first new school in twenty years",
			"Valmora opened its first new primary school in twenty years on Tuesday, with four hundred pupils starting lessons in the eastern district. " +
				"Headteacher Mira Sand said the building has a library, a kitchen garden and a hall that families can use in the evenings. " +
				"Parents had waited eight years for the school after the council first promised it in the housing plan for the district."},
		{"orchard", "Frost destroys half of the Estria apple harvest",
			"A late frost destroyed about half of the apple blossom in the Estria valley this week, the growers' cooperative said on Wednesday. " +
				"Cooperative chair Lio Marten said the smaller farms on the upper slopes lost almost everything and would ask the region for emergency help. " +
				"Cider makers expect higher prices in the autumn because the valley supplies most of the apples pressed in the region."},
		{"library", "Valmora library stays open late during exam season",
			"The central library in Valmora will stay open until midnight for the next three weeks so students can revise for their exams, the city said. " +
				"Librarian Anja Holt said the reading rooms were full every evening last year and that extra staff had volunteered for the late shifts. " +
				"Students will need their library card to enter after nine o'clock, and the café on the ground floor will serve tea."},
		{"tram", "New tram line links the port with the university",
			"A new tram line linking the port with the university campus carried its first passengers on Saturday after three years of building work. " +
				"Transport director Pavel Umar said trams would run every eight minutes at peak hours and that tickets would cost the same as on buses. " +
				"Residents along the route complained about the noise of the works but said the line would cut their journeys to the city centre by half."},
	}
	var pages []string
	for i, e := range events {
		for _, o := range []struct{ name, host, before, after string }{
			{"Harbour Post", "harbour-post.example",
				"Share All sharing options for: " + e.title + "\n\nPixabay\n\n",
				"\n\nPixabay\n\nPixabay\n\nREAD MORE: Why the ferry road is closing\n\nCorin Vell is an attorney who serves on the advisory board of the Harbour Party campaign. You can follow her on Twitter @CorinVell.\n"},
			{"Isle Gazette", "isle-gazette.example", "", "\n"},
		} {
			page := fmt.Sprintf("---\ntitle: %q\ndate: 2026-04-%02dT12:00:00+02:00\noutlet: %q\nurl: \"https://%s/%s\"\n---\n\n%s%s%s",
				e.title, 10+i, o.name, o.host, e.slug, o.before, strings.ReplaceAll(e.text, ". ", ".\n\n"), o.after)
			path := filepath.Join(dir, o.host+"-"+e.slug+".md")
			if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			pages = append(pages, path)
		}
	}
	if code, _, errs := run(t, db, append([]string{"add"}, pages...)...); code != 0 {
		t.Fatalf("add: %s", errs)
	}
	code, out, errs := run(t, db, "outlets", "show", "Harbour Post", "--json")
	if code != 0 {
		t.Fatalf("outlets show: exit %d: %s", code, errs)
	}
	var o struct {
		Words []struct {
			Word string `json:"word"`
		} `json:"words"`
		WordsArticles int `json:"words_articles"`
	}
	if err := json.Unmarshal([]byte(out), &o); err != nil {
		t.Fatal(err)
	}
	if o.WordsArticles != len(events) {
		t.Fatalf("%d articles measured for the outlet's words, want %d: %.600s", o.WordsArticles, len(events), out)
	}
	for _, w := range o.Words {
		l := strings.ToLower(w.Word)
		for _, bad := range []string{"sharing", "pixabay", "corin", "vell", "advisory", "twitter", "attorney", "ferry road"} {
			if strings.Contains(l, bad) {
				t.Errorf("the outlet's words hold furniture: %q", w.Word)
			}
		}
	}
}
