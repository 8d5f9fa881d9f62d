package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestArticleKind: a piece is marked a column or an analysis only where
// its outlet says so outright (a headline label, a section of its
// address, a category, a byline, a column's disclaimer, an opinion
// section's name); a report whose words merely sound like one, or whose
// address names an opinion poll, is not.
func TestArticleKind(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    article.Article
		want string
	}{
		{"title label", article.Article{Title: "OPINION: The ferry ban is a mistake"}, KindOpinion},
		{"title label, small letters", article.Article{Title: "Commentary | Sorn deserves better ferries"}, KindOpinion},
		{"title tail", article.Article{Title: "Sorn should keep its night ferries: Column"}, KindOpinion},
		{"analysis label", article.Article{Title: "Analysis: What the ferry vote means for the mayor"}, KindAnalysis},
		{"memo label", article.Article{Title: "The Memo: Mayor gambles on the ferry vote"}, KindAnalysis},
		{"opinion section", article.Article{Title: "Keep the night ferries", URL: "https://sorn-post.example/opinion/2031/05/15/keep-the-night-ferries/"}, KindOpinion},
		{"comment section", article.Article{Title: "Keep the night ferries", URL: "https://lantern.example/commentisfree/2031/may/15/ferries"}, KindOpinion},
		{"analysis section", article.Article{Title: "Why the ferries stopped", URL: "https://wire.example/news/analysis/why-the-ferries-stopped"}, KindAnalysis},
		{"memo section", article.Article{Title: "Mayor gambles", URL: "https://hill.example/homenews/the-memo/123-mayor-gambles"}, KindAnalysis},
		{"category", article.Article{Title: "Keep the night ferries", Categories: []string{"Opinion"}}, KindOpinion},
		{"byline", article.Article{Title: "Keep the night ferries", Authors: []string{"Lena Ost, Opinion Contributor"}}, KindOpinion},
		{"byline label", article.Article{Title: "Mayor gambles on ferries", Authors: []string{"Analysis Tomas Vell"}}, KindAnalysis},
		{"byline label wins over an aggregator's", article.Article{Title: "OPINION: Mayor gambles on ferries", Authors: []string{"Analysis Tomas Vell"}}, KindAnalysis},
		{"disclaimer", article.Article{Title: "Keep the night ferries", Paragraphs: []string{"Lena Ost teaches at the Sorn college. The opinions expressed in this commentary are hers.", "The council erred."}}, KindOpinion},
		{"opinion outlet", article.Article{Title: "Keep the night ferries", Outlet: "Sorn Post - Opinion"}, KindOpinion},

		{"report", article.Article{Title: "Sorn senate passes ferry ban", URL: "https://sorn-post.example/news/2031/05/15/senate-passes-ferry-ban/"}, ""},
		{"a poll in the piece's own name", article.Article{Title: "Ferry ban unpopular", URL: "https://sorn-post.example/news/ferry-ban-opinion-poll"}, ""},
		{"a label of a topic", article.Article{Title: "Ferries: Senate passes night ban"}, ""},
		{"opinion poll in the title", article.Article{Title: "Opinion poll: most back the ferry ban"}, ""},
		{"a news blog", article.Article{Title: "Senate passes ferry ban", URL: "https://radio.example/blogs/the-wire/2031/05/15/ferry-ban"}, ""},
		{"an editorial section name a wire also uses", article.Article{Title: "Judge jails ferry chief", Outlet: "Sorn Post - Editorial"}, ""},
		{"views quoted in a report", article.Article{Title: "Ferry staff protest", Paragraphs: []string{"The views expressed by the staff in the letter amount to a rebuke."}}, ""},
		{"a columnist quoted", article.Article{Title: "Ferry ban passes", Paragraphs: []string{"The senate voted 40-2.", "Opinion by the board was split, a member said."}}, ""},
	} {
		if got := ArticleKind(&tc.a); got != tc.want {
			t.Errorf("%s: ArticleKind = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestColumnNotLeftOut: What differs does not say an outlet leaves out a
// fact when all its articles are columns or analyses (a column argues
// from the news it takes as known); a report of the same outlet still
// does.
func TestColumnNotLeftOut(t *testing.T) {
	vote := Fact{ReportedBy: []string{"a", "b", "c"}, Sentences: []FactSentence{
		{Article: "a", Text: "The council voted on Thursday to close the port."},
		{Article: "b", Text: "On Thursday the council voted to shut the port."},
		{Article: "c", Text: "The port will close, the council decided on Thursday."},
	}}
	for _, tc := range []struct {
		kind      string
		leavesOut bool
	}{{"", true}, {KindOpinion, false}, {KindAnalysis, false}} {
		r := &Report{
			Articles: []Article{{ID: "a", Outlet: "Harbour Gazette"}, {ID: "b", Outlet: "Port Post"},
				{ID: "c", Outlet: "Coast Wire"}, {ID: "d", Outlet: "Bay Daily", Kind: tc.kind}},
			Facts: []Fact{vote},
		}
		var got []string
		for _, d := range newDiffCtx(r).leftOut() {
			got = append(got, d.Text)
		}
		if said := len(got) == 1 && strings.Contains(got[0], "Bay Daily leaves out"); said != tc.leavesOut {
			t.Errorf("kind %q: leftOut = %q, want Bay Daily leaving the vote out: %v", tc.kind, got, tc.leavesOut)
		}
	}
}

// TestMarkdownMarksColumns: the Articles table of the Markdown says which
// pieces are columns or analyses.
func TestMarkdownMarksColumns(t *testing.T) {
	r := &Report{Articles: []Article{{ID: "a", Outlet: "Harbour Gazette", Title: "Council shuts the port"},
		{ID: "b", Outlet: "Port Post", Title: "Shutting the port is folly", Kind: KindOpinion},
		{ID: "c", Outlet: "Coast Wire", Title: "What the port vote means", Kind: KindAnalysis}}}
	var b strings.Builder
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"| Council shuts the port | unknown |", "| Shutting the port is folly *(opinion piece)* |", "| What the port vote means *(analysis)* |"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}
