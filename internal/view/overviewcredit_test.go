package view

import (
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
)

// TestOverviewCreditOneOutletsPair: a fact that only two articles of one
// outlet tell is that outlet's account, not a fact the outlets share: it
// does not follow a lede credited to another outlet as if it were shared,
// nor as if it were the credited outlet's.
func TestOverviewCreditOneOutletsPair(t *testing.T) {
	title := "Sorn senate bans night ferries"
	lede := "The Sorn senate voted 31-9 on Tuesday to ban ferries from crossing at night."
	pair := "The ferry owners' guild said on Tuesday night that it would take the ban to the high court."
	rep := &compare.Report{
		Articles: []compare.Article{
			{ID: "a", Outlet: "Sorn Post", Title: title},
			{ID: "b", Outlet: "Harbour Daily", Title: "Ferry owners vow appeal"},
			{ID: "c", Outlet: "Harbour Daily", Title: "Guild takes ferry ban to court"},
		},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Text: lede, Paragraph: 0}}},
			{ReportedBy: []string{"b", "c"}, Sentences: []compare.FactSentence{
				{Article: "b", Text: pair, Paragraph: 0}, {Article: "c", Text: pair, Paragraph: 2}}},
		},
	}
	want := "The Sorn senate voted 31-9 on Tuesday to ban ferries from crossing at night, Sorn Post reports."
	if got := Overview(rep, title); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	// Told by a second outlet too, the fact is shared and follows; the
	// credit before it would read as covering it, and Sorn Post does not
	// tell it, so it carries the credit of the outlet whose words it is
	// (session 56).
	rep.Articles = append(rep.Articles, compare.Article{ID: "d", Outlet: "Strait Times"})
	rep.Facts[1].ReportedBy = append(rep.Facts[1].ReportedBy, "d")
	rep.Facts[1].Sentences = append(rep.Facts[1].Sentences, compare.FactSentence{Article: "d", Text: pair, Paragraph: 1})
	credited := strings.TrimSuffix(pair, ".") + ", Harbour Daily reports."
	if got := Overview(rep, title); got != want+" "+credited {
		t.Errorf("Overview = %q\n want %q", got, want+" "+credited)
	}
	// Told by Sorn Post as well, it follows in Sorn Post's words.
	own := "The guild of ferry owners said late on Tuesday that it would appeal the ban to the high court."
	rep.Facts[1].ReportedBy = append(rep.Facts[1].ReportedBy, "a")
	rep.Facts[1].Sentences = append(rep.Facts[1].Sentences, compare.FactSentence{Article: "a", Text: own, Paragraph: 2})
	if got := Overview(rep, title); got != want+" "+own {
		t.Errorf("Overview = %q\n want %q", got, want+" "+own)
	}
}

// TestOverviewCreditInFront: a lede credited to its outlet that ends
// with a quotation takes the credit after it; one that ends with a
// question mark takes it in front, and then stands alone, as the credit
// in front would read as the next sentences' too.
func TestOverviewCreditInFront(t *testing.T) {
	title := "Sorn senate bans night ferries"
	shared := "The ferry owners said on Tuesday that they would take the ban to the high court."
	rep := func(lede string) *compare.Report {
		return &compare.Report{
			Articles: []compare.Article{
				{ID: "a", Outlet: "Sorn Post", Title: title},
				{ID: "b", Outlet: "Harbour Daily"}, {ID: "c", Outlet: "Strait Times"},
			},
			Facts: []compare.Fact{
				{ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Text: lede, Paragraph: 0}}},
				{ReportedBy: []string{"a", "b", "c"}, Sentences: []compare.FactSentence{
					{Article: "b", Text: shared, Paragraph: 0}, {Article: "c", Text: shared, Paragraph: 2}, {Article: "a", Text: shared, Paragraph: 3}}},
			},
		}
	}
	quoted := `The Sorn senate voted on Tuesday to ban what its speaker called "a danger after dark."`
	want := `The Sorn senate voted on Tuesday to ban what its speaker called "a danger after dark," Sorn Post reports. ` + shared
	if got := Overview(rep(quoted), title); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	if got := reportedBy("The senate voted on Tuesday to ban what it called “a danger.”", "Sorn Post"); got != "The senate voted on Tuesday to ban what it called “a danger,” Sorn Post reports." {
		t.Errorf("reportedBy = %q", got)
	}
	asked := `The Sorn senate voted on Tuesday to ban night ferries, but who will carry the night shift "home?"`
	if got := Overview(rep(asked), title); strings.Contains(got, shared) {
		t.Errorf("Overview = %q\n goes on after a credit in front", got)
	}
}

// TestOverviewBareQuote: a sentence of someone's quoted words that its
// article gives without marks (inside a quotation that runs over several
// sentences) or whose speaker it names elsewhere is no overview sentence.
func TestOverviewBareQuote(t *testing.T) {
	title := "Sorn senate bans night ferries"
	lede := "The Sorn senate voted 31-9 on Tuesday to ban ferries from crossing at night."
	words := "Night crossings of the strait have taken more lives than any storm in the history of the harbour."
	plain := "The ban takes effect on the first day of next month, the senate clerk said."
	rep := &compare.Report{
		Articles: []compare.Article{
			{ID: "a", Outlet: "Sorn Post", Title: title},
			{ID: "b", Outlet: "Harbour Daily"}, {ID: "c", Outlet: "Strait Times"},
		},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a", "b"}, Sentences: []compare.FactSentence{
				{Article: "a", Text: lede, Paragraph: 0}, {Article: "b", Text: lede, Paragraph: 0}}},
			{ReportedBy: []string{"a", "c"}, Sentences: []compare.FactSentence{
				{Article: "a", Text: words, Paragraph: 1}, {Article: "c", Text: words, Paragraph: 3, Speaker: "Lena Ost"}}},
			{ReportedBy: []string{"b", "c"}, Sentences: []compare.FactSentence{
				{Article: "b", Text: plain, Paragraph: 2}, {Article: "c", Text: plain, Paragraph: 4}}},
		},
	}
	want := lede + " " + plain
	if got := Overview(rep, title); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
}

// TestOverviewLaterTurn: a lede that tells a later stage than its
// article's day (an updated article: "in September" in an article of
// September, or an about-face the title does not tell) does not open the
// overview; another article's lede of the title's happening does.
func TestOverviewLaterTurn(t *testing.T) {
	title := "Sorn police release video of ferry pier shooting"
	sept := article.Date{Time: time.Date(2016, 9, 21, 0, 0, 0, 0, time.UTC), Precision: article.Day}
	update := "The officer who shot a man on the ferry pier, a shooting that led to protests in September, will not be charged, the prosecutor announced on Wednesday."
	other := "Protests spread through Sorn on Wednesday after police shot a man on the ferry pier on Tuesday."
	rep := &compare.Report{
		Articles: []compare.Article{
			{ID: "a", Outlet: "Sorn Post", Title: title, Published: sept},
			{ID: "b", Outlet: "Harbour Daily", Title: "Protests after ferry pier shooting", Published: sept},
		},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Text: update, Paragraph: 0}}},
			{ReportedBy: []string{"b"}, Sentences: []compare.FactSentence{{Article: "b", Text: other, Paragraph: 0}}},
		},
	}
	want := "Protests spread through Sorn on Wednesday after police shot a man on the ferry pier on Tuesday, Harbour Daily reports."
	if got := Overview(rep, title); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	for _, c := range []struct {
		s     string
		turns bool
		want  bool
	}{
		{"Protests that began in September spread on Wednesday.", true, true},
		{"Protests spread on Wednesday, September 21.", true, false},
		{"The protests that began in August spread on Wednesday.", true, false},
		{"In an abrupt about-face, the mayor said on Wednesday she would meet the protesters.", true, true},
		{"In an abrupt about-face, the mayor said on Wednesday she would meet the protesters.", false, false},
		{`The mayor said on Wednesday the police would not "backtrack" on the curfew.`, true, false},
	} {
		if got := laterTurn(c.s, sept.Time, c.turns); got != c.want {
			t.Errorf("laterTurn(%q, %v) = %v, want %v", c.s, c.turns, got, c.want)
		}
	}
}
