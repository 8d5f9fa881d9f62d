package web_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/parallax-news/parallax/internal/web"
)

// storyID returns the id of the sample story whose title contains word.
// storyID returns the id of the story whose title, or one of whose main
// words (stems), has word; the title is the headline the clusterer chose.
func storyID(t *testing.T, f *fixture, word string) string {
	t.Helper()
	s := storyAbout(t, f, word)
	return s.ID
}

func storyAbout(t *testing.T, f *fixture, word string) store.Story {
	t.Helper()
	var list []store.Story
	f.getJSON(t, "/api/v1/stories?limit=100", http.StatusOK, &list)
	for _, s := range list {
		if strings.Contains(strings.ToLower(s.Title), word) || slices.Contains(s.Terms, word) {
			return s
		}
	}
	t.Fatalf("no story about %q in %v", word, list)
	return store.Story{}
}

func TestAPIReads(t *testing.T) {
	f := newFixture(t, web.Config{})
	strike := storyID(t, f, "strike")

	var list []store.Story
	f.getJSON(t, "/api/v1/stories?sort=covered&limit=2", http.StatusOK, &list)
	if len(list) != 2 || len(list[0].Outlets) < len(list[1].Outlets) {
		t.Errorf("covered stories = %+v", list)
	}
	f.getJSON(t, "/api/v1/stories?outlet="+url.QueryEscape("Northshore Times"), http.StatusOK, &list)
	if len(list) != 1 || list[0].ID != strike {
		t.Errorf("stories of Northshore Times = %+v, want the port strike", list)
	}

	var rep view.StoryReport
	f.getJSON(t, "/api/v1/stories/"+strike, http.StatusOK, &rep)
	if rep.ID != strike || rep.Report == nil || !rep.SameStory || len(rep.Facts) == 0 || len(rep.Members) != 4 || len(rep.Timeline) != 4 {
		t.Fatalf("story report: id %s, %d members, report %v", rep.ID, len(rep.Members), rep.Report != nil)
	}
	copied := false
	for _, c := range rep.Copies {
		copied = copied || c.Kind != ""
	}
	if !copied {
		t.Errorf("the port strike's wire copy is missing from copies: %+v", rep.Copies)
	}
	var fact struct {
		Coverage  string `json:"coverage"`
		Sentences []struct {
			Article, Text string
		} `json:"sentences"`
	}
	f.getJSON(t, "/api/v1/stories/"+strike+"/facts/0", http.StatusOK, &fact)
	if fact.Coverage != rep.Facts[0].Coverage || len(fact.Sentences) != len(rep.Facts[0].Sentences) || fact.Sentences[0].Text != rep.Facts[0].Sentences[0].Text {
		t.Errorf("fact 0 = %+v, want %+v", fact, rep.Facts[0])
	}
	last := len(rep.Facts) - 1
	f.getJSON(t, "/api/v1/stories/"+strike+"/facts/"+itoa(int64(last)), http.StatusOK, &fact)
	if fact.Sentences[0].Text != rep.Facts[last].Sentences[0].Text {
		t.Errorf("last fact = %+v", fact)
	}
	f.getJSON(t, "/api/v1/stories/"+strike+"/facts/"+itoa(int64(last+1)), http.StatusNotFound, nil)
	f.getJSON(t, "/api/v1/stories/"+strike+"/facts/x", http.StatusNotFound, nil)
	// A prefix of the id finds the story too.
	var again view.StoryReport
	f.getJSON(t, "/api/v1/stories/"+strike[:8], http.StatusOK, &again)
	if again.ID != strike {
		t.Errorf("prefix found %s", again.ID)
	}

	var arts []map[string]any
	f.getJSON(t, "/api/v1/articles?limit=5", http.StatusOK, &arts)
	if len(arts) != 5 {
		t.Fatalf("articles: %d", len(arts))
	}
	id := arts[0]["id"].(string)
	var a view.Article
	f.getJSON(t, "/api/v1/articles/"+id, http.StatusOK, &a)
	if a.Article == nil || a.ID != id || a.Story == "" {
		t.Errorf("article %s: %+v", id, a)
	}
	var an map[string]any
	f.getJSON(t, "/api/v1/articles/"+id+"/analysis", http.StatusOK, &an)
	if _, ok := an["sentences"]; !ok {
		t.Errorf("analysis has no sentences: %v", an)
	}

	var hits []view.SearchHit
	f.getJSON(t, "/api/v1/search?q=night+shift", http.StatusOK, &hits)
	if len(hits) == 0 || !strings.Contains(hits[0].Snippet, "**") {
		t.Errorf("search: %+v", hits)
	}

	var copies []view.Copy
	f.getJSON(t, "/api/v1/copies?article="+rep.Copies[0].Copy, http.StatusOK, &copies)
	if len(copies) == 0 {
		t.Errorf("copies of %s: none", rep.Copies[0].Copy)
	}

	var outlet struct {
		ID      string        `json:"id"`
		Name    string        `json:"name"`
		Stories []store.Story `json:"stories"`
	}
	f.getJSON(t, "/api/v1/outlets/"+url.PathEscape("Valmora Courier"), http.StatusOK, &outlet)
	if outlet.ID != "valmora-courier" || outlet.Name != "Valmora Courier" || len(outlet.Stories) != 2 {
		t.Errorf("outlet: %+v", outlet)
	}

	var doc map[string]any
	f.getJSON(t, "/api/v1/openapi.json", http.StatusOK, &doc)
	paths, _ := doc["paths"].(map[string]any)
	for _, p := range []string{"/stories", "/stories/{id}", "/stories/{id}/facts/{n}", "/storylines", "/storylines/{id}", "/articles", "/articles/{id}", "/articles/{id}/analysis",
		"/outlets", "/outlets/{id}", "/outlets/{id}/merge", "/blindspots", "/search", "/copies", "/feeds", "/feeds/{id}", "/jobs/{id}"} {
		if _, ok := paths[p]; !ok {
			t.Errorf("openapi.json does not describe %s", p)
		}
	}
	var feeds []view.Feed
	f.getJSON(t, "/api/v1/feeds", http.StatusOK, &feeds)
	if len(feeds) != 0 {
		t.Errorf("feeds: %+v", feeds)
	}
}

// TestAPISameAsCLI checks that the API returns the CLI's --json documents
// byte for byte.
func TestAPISameAsCLI(t *testing.T) {
	f := newFixture(t, web.Config{})
	rates := storyAbout(t, f, "rate")
	id := rates.ID
	var arts []map[string]any
	f.getJSON(t, "/api/v1/articles?limit=1", http.StatusOK, &arts)
	art := arts[0]["id"].(string)
	for _, tc := range []struct {
		path string
		args []string
	}{
		{"/api/v1/stories/" + id, []string{"story", id, "--json"}},
		{"/api/v1/storylines?limit=30", []string{"storylines", "--json"}},
		{"/api/v1/storylines?sort=covered", []string{"storylines", "--json", "--sort", "covered"}},
		{"/api/v1/storylines/" + rates.Storyline, []string{"storyline", rates.Storyline, "--json"}},
		{"/api/v1/articles?limit=50", []string{"articles", "--json"}},
		{"/api/v1/stories?limit=30", []string{"stories", "--json"}},
		{"/api/v1/stories?sort=covered&outlet=Capital+Post", []string{"stories", "--json", "--sort", "covered", "--outlet", "Capital Post"}},
		{"/api/v1/articles/" + art, []string{"show", art, "--json"}},
		{"/api/v1/search?q=flood", []string{"search", "flood", "--json"}},
	} {
		_, _, got := f.do(t, "GET", tc.path, "", nil)
		want := f.runCLI(t, tc.args...)
		if !bytes.Equal(got, want) {
			t.Errorf("GET %s differs from parallax %s:\nAPI: %.400s\nCLI: %.400s", tc.path, strings.Join(tc.args, " "), got, want)
		}
	}
}

func TestAPIErrors(t *testing.T) {
	f := newFixture(t, web.Config{Token: testToken})
	for _, tc := range []struct {
		method, path string
		want         int
	}{
		{"GET", "/api/v1/stories/s0000000000000000", http.StatusNotFound},
		{"GET", "/api/v1/stories/nope", http.StatusNotFound},
		{"GET", "/api/v1/storylines/l0000000000000000", http.StatusNotFound},
		{"GET", "/api/v1/storylines?sort=longest", http.StatusBadRequest},
		{"GET", "/api/v1/storylines?limit=0", http.StatusBadRequest},
		{"GET", "/api/v1/articles/ffffffffffff", http.StatusNotFound},
		{"GET", "/api/v1/articles/ffffffffffff/analysis", http.StatusNotFound},
		{"GET", "/api/v1/outlets/No%20Such%20Outlet", http.StatusNotFound},
		{"GET", "/api/v1/copies?article=ffffffffffff", http.StatusNotFound},
		{"GET", "/api/v1/no-such-endpoint", http.StatusNotFound},
		{"GET", "/api/v2/stories", http.StatusNotFound},
		{"GET", "/api/v1/stories?sort=sideways", http.StatusBadRequest},
		{"GET", "/api/v1/stories?since=yesterday", http.StatusBadRequest},
		{"GET", "/api/v1/stories?limit=0", http.StatusBadRequest},
		{"GET", "/api/v1/stories?limit=many", http.StatusBadRequest},
		{"GET", "/api/v1/stories?offset=-1", http.StatusBadRequest},
		{"GET", "/api/v1/stories?limit=-3", http.StatusBadRequest},
		{"GET", "/api/v1/stories?limit=501", http.StatusBadRequest},
		{"GET", "/api/v1/stories?limit=1e3", http.StatusBadRequest},
		{"GET", "/api/v1/stories?offset=1073741825", http.StatusBadRequest},
		{"GET", "/api/v1/articles?limit=-1", http.StatusBadRequest},
		{"GET", "/api/v1/articles?limit=0", http.StatusBadRequest},
		{"GET", "/api/v1/articles?offset=-3", http.StatusBadRequest},
		{"GET", "/api/v1/search?q=x&limit=-1", http.StatusBadRequest},
		{"GET", "/api/v1/stories/s", http.StatusBadRequest},
		{"GET", "/api/v1/stories/s12", http.StatusBadRequest},
		{"GET", "/api/v1/stories/s12/facts/0", http.StatusBadRequest},
		{"GET", "/api/v1/articles/12", http.StatusBadRequest},
		{"GET", "/api/v1/articles/12/analysis", http.StatusBadRequest},
		{"GET", "/api/v1/copies?article=12", http.StatusBadRequest},
		{"GET", "/api/v1/articles?until=2026-13-45", http.StatusBadRequest},
		{"GET", "/api/v1/search", http.StatusBadRequest},
		{"GET", "/api/v1/search?q=%22%22", http.StatusBadRequest},
		{"GET", "/api/v1/search?q=x&limit=100000", http.StatusBadRequest},
		{"GET", "/api/v1/copies", http.StatusBadRequest},
		{"GET", "/api/v1/search?q=" + strings.Repeat("a+", 400), http.StatusBadRequest},
		{"GET", "/api/v1/stories?q=" + strings.Repeat("a+", 400), http.StatusBadRequest},
		{"DELETE", "/api/v1/feeds/abc", http.StatusUnauthorized},
	} {
		code, h, b := f.do(t, tc.method, tc.path, "", nil)
		var e apiError
		if err := json.Unmarshal(b, &e); err != nil || code != tc.want || e.Error.Status != tc.want || e.Error.Message == "" {
			t.Errorf("%s %s = %d %q, want %d and a JSON error", tc.method, tc.path, code, b, tc.want)
		}
		if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %s: Content-Type %q", tc.method, tc.path, ct)
		}
	}
	code, _, b := f.do(t, "DELETE", "/api/v1/feeds/abc", testToken, nil)
	if code != http.StatusBadRequest {
		t.Errorf("DELETE /api/v1/feeds/abc = %d %s, want 400", code, b)
	}
	code, _, b = f.do(t, "DELETE", "/api/v1/feeds/99", testToken, nil)
	if code != http.StatusNotFound {
		t.Errorf("DELETE /api/v1/feeds/99 = %d %s, want 404", code, b)
	}
}

func TestAPIWrites(t *testing.T) {
	const doc = `{"url":"https://harbour.example/news/ferry-fire","outlet":"Harbour Gazette","title":"Ferry fire closes Valmora harbour",` +
		`"published":"2026-06-01","paragraphs":["A fire on a ferry closed Valmora harbour on Monday, the port authority said."]}` + "\n"
	t.Run("disabled without a token", func(t *testing.T) {
		f := newFixture(t, web.Config{})
		code, _, b := f.do(t, "POST", "/api/v1/articles", "anything", strings.NewReader(doc), "Content-Type", "application/x-ndjson")
		if code != http.StatusForbidden {
			t.Errorf("POST without a configured token = %d %s, want 403", code, b)
		}
	})
	f := newFixture(t, web.Config{Token: testToken})
	for _, tok := range []string{"", "wrong-token-0123456789", testToken + "x"} {
		code, h, b := f.do(t, "POST", "/api/v1/articles", tok, strings.NewReader(doc), "Content-Type", "application/x-ndjson")
		if code != http.StatusUnauthorized || h.Get("WWW-Authenticate") == "" {
			t.Errorf("POST with token %q = %d %s, want 401", tok, code, b)
		}
	}
	code, _, b := f.do(t, "POST", "/api/v1/articles", testToken, strings.NewReader(doc), "Content-Type", "application/x-ndjson")
	var res struct {
		Added    int `json:"added"`
		Articles []struct {
			ID      string `json:"id"`
			Outcome string `json:"outcome"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b, &res); err != nil || code != http.StatusCreated || res.Added != 1 || res.Articles[0].Outcome != "added" {
		t.Fatalf("POST article = %d %s", code, b)
	}
	// Again: unchanged, nothing duplicated.
	code, _, b = f.do(t, "POST", "/api/v1/articles", testToken, strings.NewReader(doc), "Content-Type", "application/x-ndjson")
	if code != http.StatusOK || !strings.Contains(string(b), `"unchanged": 1`) {
		t.Errorf("POST again = %d %s", code, b)
	}
	// A Markdown upload named by ?name=.
	md := "---\ntitle: Harbour reopens after ferry fire\noutlet: Harbour Gazette\ndate: 2026-06-02\n---\n\nValmora harbour reopened on Tuesday.\n"
	code, _, b = f.do(t, "POST", "/api/v1/articles?name=reopen.md", testToken, strings.NewReader(md))
	if code != http.StatusCreated {
		t.Errorf("POST markdown = %d %s", code, b)
	}
	// A body over the limit is refused whole, with 413.
	big := strings.Repeat(doc, 70000) // ~17 MB per 70k lines; 4 copies pass 64 MiB
	code, _, b = f.do(t, "POST", "/api/v1/articles", testToken, strings.NewReader(big+big+big+big), "Content-Type", "application/x-ndjson")
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("POST of %d bytes = %d %.200s, want 413", 4*len(big), code, b)
	}
	// Bad bodies are refused with the reason; nothing is stored.
	for _, body := range []string{"", "{not json\n", "\x00\x01\x02binary"} {
		code, _, b = f.do(t, "POST", "/api/v1/articles?name=bad.jsonl", testToken, strings.NewReader(body))
		var e apiError
		if code != http.StatusBadRequest || json.Unmarshal(b, &e) != nil || e.Error.Message == "" {
			t.Errorf("POST %q = %d %s, want 400 with a reason", body, code, b)
		}
	}
	if err := f.srv.Update(t.Context()); err != nil {
		t.Fatal(err)
	}
	var a view.Article
	f.getJSON(t, "/api/v1/articles/"+res.Articles[0].ID, http.StatusOK, &a)
	if a.Story == "" {
		t.Errorf("the added article has no story after Update")
	}
	var arts []map[string]any
	f.getJSON(t, "/api/v1/articles?outlet=Harbour+Gazette", http.StatusOK, &arts)
	if len(arts) != 2 {
		t.Errorf("Harbour Gazette has %d articles, want 2", len(arts))
	}

	// Feeds.
	code, _, b = f.do(t, "POST", "/api/v1/feeds", testToken, strings.NewReader(`{"url":"https://harbour.example/feed.xml"}`))
	var fd view.Feed
	if code != http.StatusCreated || json.Unmarshal(b, &fd) != nil || fd.ID == 0 {
		t.Fatalf("POST feed = %d %s", code, b)
	}
	code, _, _ = f.do(t, "POST", "/api/v1/feeds", testToken, strings.NewReader(`{"url":"https://harbour.example/feed.xml"}`))
	if code != http.StatusOK {
		t.Errorf("POST the same feed = %d, want 200", code)
	}
	for _, body := range []string{`{"url":"javascript:alert(1)"}`, `{"url":"https://x.example/f","extra":1}`, `not json`, `{"url":"https://x.example/f"} {}`} {
		code, _, b = f.do(t, "POST", "/api/v1/feeds", testToken, strings.NewReader(body))
		if code != http.StatusBadRequest {
			t.Errorf("POST feed %s = %d %s, want 400", body, code, b)
		}
	}
	var feeds []view.Feed
	f.getJSON(t, "/api/v1/feeds", http.StatusOK, &feeds)
	if len(feeds) != 1 {
		t.Errorf("feeds = %+v", feeds)
	}
	code, _, _ = f.do(t, "DELETE", "/api/v1/feeds/"+itoa(fd.ID), testToken, nil)
	if code != http.StatusNoContent {
		t.Errorf("DELETE feed = %d", code)
	}
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestArticlePageFollowsRevisions checks that a cached article page shows
// the new text once the article is revised, though no story changed.
func TestArticlePageFollowsRevisions(t *testing.T) {
	f := newFixture(t, web.Config{Token: testToken})
	post := func(text string) string {
		t.Helper()
		doc := `{"url":"https://harbour.example/news/tide","outlet":"Harbour Gazette","title":"Tide gauge","published":"2026-06-01","paragraphs":["` + text + `"]}`
		code, _, b := f.do(t, "POST", "/api/v1/articles", testToken, strings.NewReader(doc), "Content-Type", "application/x-ndjson")
		var res struct {
			Articles []struct{ ID string } `json:"articles"`
		}
		if code >= 300 || json.Unmarshal(b, &res) != nil {
			t.Fatalf("POST = %d %s", code, b)
		}
		return res.Articles[0].ID
	}
	id := post("The harbour water was calm and grey.")
	if err := f.srv.Update(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, _, b := f.do(t, "GET", "/articles/"+id, "", nil); !strings.Contains(string(b), "calm and grey") {
		t.Fatalf("the article page lacks its text")
	}
	post("The harbour water was rough and brown.")
	if _, _, b := f.do(t, "GET", "/articles/"+id, "", nil); !strings.Contains(string(b), "rough and brown") {
		t.Errorf("the article page still shows the old text after a revision")
	}
}
