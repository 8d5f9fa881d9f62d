package web_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/web"
)

// TestArticlePageShowsFurniture: an article page shows the furniture that
// cleaning set aside, greyed and labelled with its kind and reason, and
// the analysis API says per paragraph what was read; both agree with the
// command line.
func TestArticlePageShowsFurniture(t *testing.T) {
	f := newFixture(t, web.Config{})
	paths, _ := filepath.Glob("../clean/testdata/pages/capitol-lantern-senate.md")
	if len(paths) != 1 {
		t.Fatal("the fictional page is missing")
	}
	var a *article.Article
	err := ingest.ReadFile(context.Background(), ingest.Input{Path: paths[0], Size: -1}, nil, ingest.Options{}, func(it ingest.Item) error {
		a = it.Article
		return it.Err
	})
	if err != nil || a == nil {
		t.Fatalf("read page: %v", err)
	}
	f.runCLI(t, "add", paths[0])
	code, _, b := f.do(t, "GET", "/articles/"+a.ID, "", nil)
	page := string(b)
	if code != 200 {
		t.Fatalf("article page: %d", code)
	}
	for _, want := range []string{`class="furniture"`, `<span class="flabel">byline</span>`, `<span class="flabel">related-links</span>`,
		`set aside: a byline`, `page furniture, not read`, `class="f"`} {
		if !strings.Contains(page, want) {
			t.Errorf("article page lacks %q:\n%s", want, page[strings.Index(page, `<div class="text">`):])
		}
	}
	var an struct {
		Sentences  []struct{ Text string }
		Paragraphs []struct {
			Para    int
			Verdict string
			Kind    string
			Reason  string
			Cuts    []struct{ Start, End int }
		}
	}
	f.getJSON(t, "/api/v1/articles/"+a.ID+"/analysis", 200, &an)
	if len(an.Paragraphs) != len(a.Paragraphs) {
		t.Fatalf("analysis has %d paragraph verdicts, the article %d paragraphs", len(an.Paragraphs), len(a.Paragraphs))
	}
	verdicts := map[string]int{}
	for _, p := range an.Paragraphs {
		verdicts[p.Verdict]++
	}
	if verdicts["furniture"] < 5 || verdicts["mixed"] != 2 || verdicts["text"] != 3 {
		t.Errorf("verdicts %v", verdicts)
	}
	for _, s := range an.Sentences {
		if strings.Contains(s.Text, "MORE") || strings.Contains(s.Text, "Copyright") {
			t.Errorf("furniture read as a sentence: %q", s.Text)
		}
	}
	var fromAPI any
	f.getJSON(t, "/api/v1/articles/"+a.ID+"/analysis", 200, &fromAPI)
	var fromCLI struct{ Articles []struct{ Analysis any } }
	if err := json.Unmarshal(f.runCLI(t, "analyze", "--json", a.ID), &fromCLI); err != nil || len(fromCLI.Articles) != 1 {
		t.Fatalf("analyze --json: %v", err)
	}
	x, _ := json.Marshal(fromAPI)
	y, _ := json.Marshal(fromCLI.Articles[0].Analysis)
	if string(x) != string(y) {
		t.Errorf("the API's analysis differs from analyze --json")
	}
}
