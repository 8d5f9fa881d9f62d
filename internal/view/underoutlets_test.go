package view

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// TestReportNamesOutletsByRecord: an article whose source name is a
// byline-like section ("Guest Writer - Left") of an outlet the store has
// folded it into is compared, and named in What differs, under the
// outlet's name, as the story page's columns name it; the caller's
// articles are not changed.
func TestReportNamesOutletsByRecord(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	arts := []*article.Article{
		{ID: "a", Outlet: "Valmora Courier", Title: "Dockworkers strike in Valmora",
			Paragraphs: []string{"Dockworkers in Valmora walked out on Monday, the union said.", "Union leader Tomas Brennick said the strike would go on until wages rise."}},
		{ID: "b", Outlet: "Guest Writer - Left", Title: "Valmora dockworkers strike",
			Paragraphs: []string{"Dockworkers in Valmora walked out on Monday, the union said.", "The port authority said 40 ships were waiting outside the harbour.", "Mayor Ana Ruiz said the city would open talks with the port authority on Friday."}},
		{ID: "c", Outlet: "Sornland Herald", Title: "Strike at Valmora port",
			Paragraphs: []string{"Dockworkers in Valmora walked out on Monday, the union said.", "Union leader Tomas Brennick said the strike would go on until wages rise."}},
	}
	s := Story{Members: []Member{
		{ID: "a", Outlet: "Valmora Courier", MemberOutlet: MemberOutlet{OutletID: "valmora-courier", OutletName: "Valmora Courier"}},
		{ID: "b", Outlet: "Guest Writer - Left", MemberOutlet: MemberOutlet{OutletID: "harbour-post", OutletName: "Harbour Post"}},
		{ID: "c", Outlet: "Sornland Herald"},
	}}
	rep, err := Report(t.Context(), an, s, arts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range rep.Articles {
		got = append(got, a.Outlet)
	}
	if want := "Valmora Courier,Harbour Post,Sornland Herald"; strings.Join(got, ",") != want {
		t.Errorf("compared outlets = %q, want %s", got, want)
	}
	var texts []string
	for _, d := range rep.Differences {
		texts = append(texts, d.Text)
	}
	all := strings.Join(texts, "\n")
	if strings.Contains(all, "Guest Writer") || !strings.Contains(all, "Harbour Post") {
		t.Errorf("What differs names the section, not the outlet:\n%s", all)
	}
	if arts[1].Outlet != "Guest Writer - Left" {
		t.Errorf("the caller's article changed: outlet %q", arts[1].Outlet)
	}
}

// TestReportOfStoredEventIsOneStory: a stored event's report says its
// articles are one event, as the clusterer decided with the whole stream,
// even when the few articles compared alone would not cluster together.
func TestReportOfStoredEventIsOneStory(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	arts := []*article.Article{
		{ID: "a", Outlet: "Valmora Courier", Title: "Dockworkers strike in Valmora",
			Paragraphs: []string{"Dockworkers in Valmora walked out on Monday, the union said."}},
		{ID: "b", Outlet: "Sornland Herald", Title: "Mayor opens talks",
			Paragraphs: []string{"Mayor Ana Ruiz will meet port owners on Friday to end the stoppage."}},
	}
	s := Story{Names: []string{"Valmora"}, Members: []Member{
		{ID: "a", Joined: store.Assignment{New: true}},
		{ID: "b", Joined: store.Assignment{Score: 0.31}},
	}}
	rep, err := Report(t.Context(), an, s, arts)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.SameStory || rep.Story.Score != 0.31 || len(rep.Story.Groups) != 0 || !strings.Contains(rep.Story.Reason, "0.31") {
		t.Errorf("stored event: same_story %v, check %+v", rep.SameStory, rep.Story)
	}
}
