package web_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/samples"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/parallax-news/parallax/internal/web"
)

// ratedFixture is the samples' fixture with their made-up ratings
// imported through the API.
func ratedFixture(t *testing.T) *fixture {
	t.Helper()
	f := newFixture(t, web.Config{Token: testToken})
	code, _, b := f.do(t, "POST", "/api/v1/outlets", testToken, bytes.NewReader(samples.OutletsCSV()), "Content-Type", "text/csv")
	if code != http.StatusCreated && code != http.StatusOK {
		t.Fatalf("import: %d %s", code, b)
	}
	var sum outlets.ImportSummary
	if err := json.Unmarshal(b, &sum); err != nil || sum.Failed != 0 || sum.Outlets != 6 {
		t.Fatalf("import summary: %+v, %v", sum, err)
	}
	return f
}

func TestOutletsAPI(t *testing.T) {
	f := ratedFixture(t)
	// Writing needs the token.
	if code, _, _ := f.do(t, "POST", "/api/v1/outlets", "", strings.NewReader("name\nX\n"), "Content-Type", "text/csv"); code != http.StatusUnauthorized {
		t.Errorf("import without the token: %d, want 401", code)
	}
	if code, _, _ := f.do(t, "PATCH", "/api/v1/outlets/capital-post", "wrong-token-0123456789", strings.NewReader(`{}`)); code != http.StatusUnauthorized {
		t.Errorf("patch with a wrong token: %d, want 401", code)
	}
	var list []outlet.Outlet
	f.getJSON(t, "/api/v1/outlets", http.StatusOK, &list)
	if len(list) != 7 {
		t.Fatalf("%d outlets, want 7", len(list))
	}
	byID := map[string]outlet.Outlet{}
	for _, o := range list {
		byID[o.ID] = o
	}
	if cw := byID["continental-wire"]; cw.Kind != "wire" || cw.Lean == nil || cw.Lean.Label != "center" || cw.Lean.Provenance != "import" ||
		cw.Lean.Source != "Sample ratings (made up for the demo)" || cw.Lean.Date != "2026-01-15" || cw.Origin != "user" {
		t.Errorf("continental-wire = %+v (lean %+v)", cw, cw.Lean)
	}
	if re := byID["radio-estria"]; re.Lean != nil || re.Side != outlet.Unrated || re.Origin != "auto" {
		t.Errorf("radio-estria = %+v", re)
	}
	var left []outlet.Outlet
	f.getJSON(t, "/api/v1/outlets?side=left", http.StatusOK, &left)
	if len(left) != 2 {
		t.Errorf("?side=left: %d outlets, want 2 (lean-left and left)", len(left))
	}
	var o view.Outlet
	f.getJSON(t, "/api/v1/outlets/Valmora%20Courier", http.StatusOK, &o) // redirected to its id
	if o.ID != "valmora-courier" || o.Lean == nil || o.Lean.Label != "lean-right" || len(o.Volume.Periods) == 0 ||
		o.StoriesTotal != 2 || len(o.Stories) != 2 || o.Stories[0].Coverage.Articles == 0 {
		t.Errorf("valmora-courier = %+v", o)
	}
	if o.Copies.GivenTotal == 0 && o.Copies.TakenTotal == 0 {
		t.Errorf("valmora-courier has no copies: %+v", o.Copies)
	}
	// Set a lean; the stories' coverage and the story page (built before)
	// follow at once.
	floodID := storyID(t, f, "flood")
	_, _, before := f.do(t, "GET", "/stories/"+floodID, "", nil)
	if !strings.Contains(string(before), "1 unrated") {
		t.Errorf("the flood story's page before Radio Estria is rated lacks \"1 unrated\"")
	}
	code, _, b := f.do(t, "PATCH", "/api/v1/outlets/radio-estria", testToken,
		strings.NewReader(`{"kind":"news","ratings":[{"kind":"lean","value":-12,"scale":"-42..42","source":"Test Desk","date":"2026-02-01"}]}`))
	var re outlet.Outlet
	if code != http.StatusOK || json.Unmarshal(b, &re) != nil || re.Lean == nil || re.Lean.Label != "lean-left" || re.Lean.Provenance != "user" || re.Kind != "news" {
		t.Fatalf("PATCH radio-estria: %d %s", code, b)
	}
	var flood []outlets.Story
	f.getJSON(t, "/api/v1/stories?q=flood", http.StatusOK, &flood)
	if len(flood) != 1 || flood[0].Coverage.Unrated.Outlets != 0 || flood[0].Coverage.Left.Outlets != 2 {
		t.Errorf("flood story coverage after rating Radio Estria: %+v", flood)
	}
	if _, _, after := f.do(t, "GET", "/stories/"+floodID, "", nil); !strings.Contains(string(after), "2 left, 0 center, 1 right outlets") {
		t.Errorf("the flood story's page was not rebuilt after Radio Estria was rated")
	}
	for path, want := range map[string]int{
		`/api/v1/outlets/radio-estria`: http.StatusBadRequest, // a bad lean below
		`/api/v1/outlets/nobody-here`:  http.StatusNotFound,
	} {
		code, _, b := f.do(t, "PATCH", path, testToken, strings.NewReader(`{"ratings":[{"kind":"lean","label":"leftish"}]}`))
		if path == "/api/v1/outlets/nobody-here" {
			code, _, b = f.do(t, "PATCH", path, testToken, strings.NewReader(`{"kind":"news"}`))
		}
		if code != want {
			t.Errorf("PATCH %s = %d, want %d: %s", path, code, want, b)
		}
	}
	if code, _, b := f.do(t, "PATCH", "/api/v1/outlets/radio-estria", testToken, strings.NewReader(`{"colour":"red"}`)); code != http.StatusBadRequest {
		t.Errorf("PATCH with an unknown field = %d, want 400: %s", code, b)
	}
	// Merge: the merged outlet's names lead to the one it joined.
	code, _, b = f.do(t, "POST", "/api/v1/outlets/capital-post/merge", testToken, strings.NewReader(`{"from":["radio-estria"]}`))
	var cp outlet.Outlet
	if code != http.StatusOK || json.Unmarshal(b, &cp) != nil || cp.ID != "capital-post" || cp.Articles != 3 {
		t.Fatalf("merge: %d %s", code, b)
	}
	f.getJSON(t, "/api/v1/outlets/radio-estria", http.StatusOK, &o)
	if o.ID != "capital-post" {
		t.Errorf("radio-estria after the merge leads to %s, want capital-post", o.ID)
	}
	if code, _, _ := f.do(t, "POST", "/api/v1/outlets/capital-post/merge", testToken, strings.NewReader(`{"from":["capital-post"]}`)); code != http.StatusBadRequest {
		t.Errorf("merging an outlet into itself: %d, want 400", code)
	}
	// A bad row is reported with its line; the good ones are imported.
	code, _, b = f.do(t, "POST", "/api/v1/outlets?format=csv", testToken, strings.NewReader("name,lean\nGood Gazette,left\nBad Gazette,leftish\n"))
	var sum outlets.ImportSummary
	if code != http.StatusCreated || json.Unmarshal(b, &sum) != nil || sum.Created != 1 || sum.Failed != 1 || sum.Errors[0].Input != "body:3" {
		t.Errorf("import with a bad row: %d %s", code, b)
	}
	if code, _, _ := f.do(t, "POST", "/api/v1/outlets?format=xml", testToken, strings.NewReader("x")); code != http.StatusBadRequest {
		t.Errorf("import as xml: %d, want 400", code)
	}
}

func TestBlindspotsAPI(t *testing.T) {
	f := ratedFixture(t)
	// The port strike's four outlets all lean right.
	for _, id := range []string{"valmora-ledger", "northshore-times", "continental-wire"} {
		if code, _, b := f.do(t, "PATCH", "/api/v1/outlets/"+id, testToken, strings.NewReader(`{"ratings":[{"kind":"lean","label":"right","source":"Test Desk"}]}`)); code != http.StatusOK {
			t.Fatalf("PATCH %s: %d %s", id, code, b)
		}
	}
	var bs outlets.Blindspots
	f.getJSON(t, "/api/v1/blindspots?min_outlets=4", http.StatusOK, &bs)
	if bs.MinOutlets != 4 || bs.MinShare != 0.8 || len(bs.Left) != 1 || len(bs.Right) != 0 ||
		!slices.Contains(bs.Left[0].Terms, "strike") || bs.Left[0].Blind != "left" || bs.Left[0].CarriedBy != "right" || bs.Left[0].Share != 1 {
		t.Errorf("blindspots with at least 4 outlets: %+v", bs)
	}
	strike := storyID(t, f, "strike")
	f.getJSON(t, "/api/v1/blindspots", http.StatusOK, &bs)
	if len(bs.Left)+len(bs.Right) != 0 {
		t.Errorf("blindspots with at least 5 outlets (the default): %+v, want none (the samples' stories have at most 4)", bs)
	}
	for _, bad := range []string{"min_share=0.5", "min_share=1.5", "min_outlets=0", "min_share=x", "since=yesterday"} {
		code, _, _ := f.do(t, "GET", "/api/v1/blindspots?"+bad, "", nil)
		if code != http.StatusBadRequest {
			t.Errorf("?%s = %d, want 400", bad, code)
		}
	}
	code, _, page := f.do(t, "GET", "/blindspots?min_outlets=4", "", nil)
	if code != http.StatusOK || !strings.Contains(string(page), "/stories/"+strike) || !strings.Contains(string(page), `class="leanbar"`) {
		t.Errorf("the blindspots page: %d\n%.600s", code, page)
	}
	// The stories listing filters and sorts by lean.
	var list []outlets.Story
	f.getJSON(t, "/api/v1/stories?without=left,center", http.StatusOK, &list)
	if len(list) != 2 {
		t.Errorf("?without=left,center: %d stories, want 2 (the strike and the museum)", len(list))
	}
	f.getJSON(t, "/api/v1/stories?sort=right", http.StatusOK, &list)
	if len(list) != 4 || list[0].Coverage.Share(outlet.Right) != 1 || list[3].Coverage.Share(outlet.Right) >= list[0].Coverage.Share(outlet.Right) {
		t.Errorf("?sort=right: %+v", list)
	}
	for _, bad := range []string{"lean=up", "without=x", "sort=sideways"} {
		if code, _, _ := f.do(t, "GET", "/api/v1/stories?"+bad, "", nil); code != http.StatusBadRequest {
			t.Errorf("?%s = %d, want 400", bad, code)
		}
	}
}

// TestOutletsSameAsCLI checks that the outlet endpoints return the CLI's
// --json documents byte for byte.
func TestOutletsSameAsCLI(t *testing.T) {
	f := ratedFixture(t)
	for _, tc := range []struct {
		path string
		args []string
	}{
		{"/api/v1/outlets", []string{"outlets", "list", "--json"}},
		{"/api/v1/outlets/continental-wire", []string{"outlets", "show", "continental-wire", "--json"}},
		{"/api/v1/blindspots?min_outlets=2&min_share=0.6", []string{"blindspots", "--json", "--min-outlets", "2", "--min-share", "0.6"}},
		{"/api/v1/stories?sort=left&lean=center", []string{"stories", "--json", "--sort", "left", "--lean", "center"}},
	} {
		_, _, got := f.do(t, "GET", tc.path, "", nil)
		want := f.runCLI(t, tc.args...)
		if !bytes.Equal(got, want) {
			t.Errorf("GET %s differs from parallax %s:\nAPI: %.600s\nCLI: %.600s", tc.path, strings.Join(tc.args, " "), got, want)
		}
	}
}

func TestOutletPages(t *testing.T) {
	f := ratedFixture(t)
	strike := storyID(t, f, "strike")
	for _, tc := range []struct {
		path string
		want []string
	}{
		{"/outlets", []string{"Continental Wire", "lean-right", `href="/outlets?side=left"`}},
		{"/outlets?side=unrated", []string{"Radio Estria"}},
		{"/outlets/continental-wire", []string{"Continental Wire Cooperative", "Sample ratings (made up for the demo)", `class="volume-chart"`, "Who reports first", "Copies"}},
		{"/stories/" + strike, []string{`class="leanbar"`, "Coverage by lean", `class="lean lean-right"`, `href="/outlets/valmora-courier"`}},
		{"/?sort=right", []string{`class="leanbar"`, "Stories most covered by the right"}},
	} {
		code, _, b := f.do(t, "GET", tc.path, "", nil)
		if code != http.StatusOK {
			t.Errorf("GET %s = %d", tc.path, code)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(string(b), w) {
				t.Errorf("GET %s: the page lacks %q", tc.path, w)
			}
		}
		for _, problem := range liveMarkup(t, b) {
			t.Errorf("GET %s: %s", tc.path, problem)
		}
	}
	if code, _, _ := f.do(t, "GET", "/outlets/nobody-at-all", "", nil); code != http.StatusNotFound {
		t.Errorf("an unknown outlet: %d, want 404", code)
	}
}
