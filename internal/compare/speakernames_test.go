package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
)

// TestSpeakerShownAsLinked: a quoted sentence of one article that names
// its speaker by surname alone, or by a form no other article writes
// ("Ada J. Kessler"), shows the speaker, and whose words only it quotes,
// by the full name most articles write, as the Quotes section does, so
// one person reads alike across the page (h/names57).
func TestSpeakerShownAsLinked(t *testing.T) {
	a := &article.Article{ID: "a", Outlet: "Valley Courier", Title: "Reddin bridge to close", Paragraphs: []string{
		"The Reddin council voted on Tuesday to close the old bridge for two years, and Mayor Ada Kessler defended the vote.",
		"Kessler spoke to traders on Wednesday. \u201cThe old bridge is not safe for the lorries that cross it every morning. We cannot wait for another winter,\u201d she said.",
	}}
	b := &article.Article{ID: "b", Outlet: "Northshore Times", Title: "Traders fear Reddin detour", Paragraphs: []string{
		"Traders in Reddin fear the detour will cost them customers, Mayor Ada Kessler said on Wednesday.",
		"Ada Kessler said the ferry would run every hour while the bridge is shut.",
	}}
	c := &article.Article{ID: "c", Outlet: "Harbour Post", Title: "Reddin shuts old bridge", Paragraphs: []string{
		"Mayor Ada J. Kessler said the old bridge would close for two years.",
		"\u201cThe ferry runs every hour and costs nothing,\u201d she said. \u201cNobody will be cut off from the market.\u201d",
	}}
	r := run(t, []*article.Article{a, b, c})
	seen := 0
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if s.Speaker == "" {
				continue
			}
			seen++
			if s.Speaker != "Ada Kessler" {
				t.Errorf("%s %q: speaker %q, want %q", s.Article, s.Text, s.Speaker, "Ada Kessler")
			}
		}
		if f.QuoteOnly != "" && f.QuoteOnly != "Ada Kessler" {
			t.Errorf("only these words of %q, want %q", f.QuoteOnly, "Ada Kessler")
		}
	}
	if seen == 0 {
		t.Errorf("no sentence with a speaker among the facts: %+v", r.Facts)
	}
}

// TestDisplayNameKeepsUnsureLinks: a person's name beside one article's
// sentence is the linked name only when that is a full name ending in a
// word the article writes; organisations, a link made on a given name
// alone and a name in capitals keep the article's form (h/names57).
func TestDisplayNameKeepsUnsureLinks(t *testing.T) {
	for _, tt := range []struct {
		local, linked string
		typ           nlp.EntityType
		want          string
	}{
		{"Kessler", "Ada Kessler", nlp.Person, "Ada Kessler"},
		{"Ada J. Kessler", "Ada Kessler", nlp.Person, "Ada Kessler"},
		{"Ada", "Ada Kessler", nlp.Person, "Ada"},
		{"Kessler", "ADA KESSLER", nlp.Person, "Kessler"},
		{"Port Board", "Reddin Port Board", nlp.Org, "Port Board"},
	} {
		got := displayName(nlp.Entity{Name: tt.local, Type: tt.typ}, nlp.GlobalEntity{Name: tt.linked, Type: tt.typ})
		if got != tt.want {
			t.Errorf("displayName(%q, %q) = %q, want %q", tt.local, tt.linked, got, tt.want)
		}
	}
	if !strings.Contains(displayName(nlp.Entity{Name: "Kessler's", Type: nlp.Person}, nlp.GlobalEntity{Name: "Ada Kessler", Type: nlp.Person}), "Ada") {
		t.Error("a possessive surname is not linked to the full name")
	}
}
