package view

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestOverviewPlainerLede: a lede that jabs (a sneer at the press, a
// verdict in the writer's voice) gives way to another outlet's plain lede
// of the same happening (session 56).
func TestOverviewPlainerLede(t *testing.T) {
	title := "Sorn senate bans night ferries"
	jab := "The Sorn senate voted on Tuesday to ban night ferries, a blow to the corrupt ferry cartel the liberal media keeps defending."
	plain := "The Sorn senate voted 31-9 on Tuesday to ban night ferries after two crossings ended in collisions."
	rep := &compare.Report{
		Articles: []compare.Article{
			{ID: "a", Outlet: "Sorn Sentinel", Title: title},
			{ID: "b", Outlet: "Harbour Daily", Title: "Senate votes to ban night ferries"},
		},
		Facts: []compare.Fact{
			{ReportedBy: []string{"a"}, Sentences: []compare.FactSentence{{Article: "a", Text: jab, Paragraph: 0}}},
			{ReportedBy: []string{"b"}, Sentences: []compare.FactSentence{{Article: "b", Text: plain, Paragraph: 0}}},
		},
	}
	want := "The Sorn senate voted 31-9 on Tuesday to ban night ferries after two crossings ended in collisions, Harbour Daily reports."
	if got := Overview(rep, title); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	// The title's article a feature with no lede of its own: of the
	// other ledes, the plain one opens, though the jab shares more of
	// the title's words.
	feature := "Few places love their ferries the way this island does, and fewer still have argued about them for so long."
	rep.Articles = append(rep.Articles, compare.Article{ID: "c", Outlet: "Island Weekly", Title: "Sorn senate and the night ferries ban"})
	rep.Facts = append(rep.Facts, compare.Fact{ReportedBy: []string{"c"}, Sentences: []compare.FactSentence{{Article: "c", Text: feature, Paragraph: 0}}})
	if got := Overview(rep, "Sorn senate and the night ferries ban"); got != want {
		t.Errorf("Overview = %q\n want %q", got, want)
	}
	rep.Articles, rep.Facts = rep.Articles[:2], rep.Facts[:2]
	// With no plain lede beside it, the jab stays (credited).
	rep.Facts = rep.Facts[:1]
	if got := Overview(rep, title); got == "" || got == want {
		t.Errorf("Overview = %q, want the only lede", got)
	}
}

// TestLaterStandsAloneRoles: sentences after the overview's first
// that call someone by an unnamed role, open a list, point at a figure
// told elsewhere, or tell again the exit the sentence before told.
func TestLaterStandsAloneRoles(t *testing.T) {
	people := []person{{first: "Mara", surname: "Lindqvist"}, {first: "Tomas", surname: "O’Ek"}}
	before := "Mara Lindqvist won the Sorn mayoral primary on Tuesday; Tomas O'Ek dropped out after a poor showing."
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The Brennholm governor's only win came in his home county, and he keeps gathering delegates.", false},
		{"The Brennholm governor Ada Solvik said she would back the winner.", true},
		{"The detainees are harbour pilot Ivo Strand, held since last spring.", false},
		{"The Greens are likely to hold the council.", true},
		{"If Lindqvist cannot reach that threshold, the council would choose the mayor.", false},
		{"Former councillor Tomas O'Ek, who never drew more than a few hundred voters, suspended his campaign.", false},
		{"Former councillor Tomas O'Ek said he would back Lindqvist in the autumn.", true},
	} {
		if got := laterStandsAlone(tc.s, before, people) && standsAlone(tc.s); got != tc.want {
			t.Errorf("stands alone(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestPreviewFavourites: who is favoured before the vote is a preview's
// line.
func TestPreviewFavourites(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Lindqvist and Ek are the overwhelming favorites in Sorn, but the primary may still surprise.", true},
		{"Lindqvist is favored to win the Sorn primary.", true},
		{"Lindqvist won the Sorn primary, her favorite of the season's races.", false},
	} {
		if got := preview(tc.s); got != tc.want {
			t.Errorf("preview(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestWithLedeCreditWords: the credits after the sentences do not count
// against the overview's word limit (a third sentence of 28 words after
// two of 30 stays, though the credits take the text past 90 words).
func TestWithLedeCreditWords(t *testing.T) {
	words := func(n int, w string) string { return strings.TrimSpace(strings.Repeat(w+" ", n-1)) + " end." }
	lede := reportedBy("Lindqvist "+words(29, "won"), "Sorn Post")
	second := reportedBy("Ferries "+words(29, "sailed"), "Harbour Daily")
	third := reportedBy("Council "+words(27, "met"), "Strait Times")
	got := withLede(lede, []string{second, third}, nil)
	if want := lede + " " + second + " " + third; got != want {
		t.Errorf("withLede = %q\n want %q", got, want)
	}
	if n := creditWords(third); n != 3 {
		t.Errorf("creditWords = %d, want 3", n)
	}
}
