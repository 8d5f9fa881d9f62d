package web

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestPartElsewhereShownAsAdds: a fact one outlet alone gives whose
// sentence another article tells in part (compare.Fact.PartElsewhere)
// is shown as the names or figures only that outlet adds: its lens
// lists it under "Alone adds", not among the facts it alone reports,
// the story's count of facts one outlet alone reports leaves it out,
// and the fact's page lists them and says that others may tell part of
// the sentence.
func TestPartElsewhereShownAsAdds(t *testing.T) {
	rep := testReport()
	f := &rep.Report.Facts[3] // the Courier's baker, alone
	f.Own = []compare.OwnDetail{{Kind: compare.OwnName, Text: "Oskar Lund"}, {Kind: compare.OwnFigure, Text: "$48,250"}}
	f.PartElsewhere = true
	p := newStoryPage(rep)
	for _, a := range p.Alone {
		if a.Outlet.Name == "Courier" {
			t.Errorf("the Courier alone reports %d facts, want none: its one fact is told in part elsewhere", a.N)
		}
	}
	found := false
	for _, l := range p.Lenses {
		if l.Outlet.Name != "Courier" {
			continue
		}
		found = true
		if l.AloneN != 0 || l.AddedN != 1 || len(l.Added) != 1 || strings.Join(l.Added[0].Own, ", ") != "“Oskar Lund”, “$48,250”" {
			t.Errorf("Courier lens: alone %d, added %d %+v", l.AloneN, l.AddedN, l.Added)
		}
	}
	if !found {
		t.Fatal("no lens of the Courier")
	}
	pages, err := parseTemplates()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := pages["story"].ExecuteTemplate(&b, "layout", page{Title: "s", Data: p}); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); !strings.Contains(s, "<dt>Alone adds</dt><dd>names or figures no other outlet gives, in 1 fact whose sentence shares words or a figure with another outlet&#39;s:") ||
		!strings.Contains(s, `<span class="only">“Oskar Lund”, “$48,250”</span> — A baker drowned.`) {
		t.Errorf("the story page does not list the Courier's fact under Alone adds")
	}
	b.Reset()
	d := factData{Story: "s1", Fact: *f, Own: ownLabels(f.Own)}
	if err := pages["fact"].ExecuteTemplate(&b, "layout", page{Title: "f", Data: d}); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); !strings.Contains(s, `<p class="only">Only this article adds: “Oskar Lund”, “$48,250”. Other articles may tell part of this sentence, in words of their own.</p>`) || strings.Contains(s, "The rest of its sentence") {
		t.Errorf("the fact's page does not say what only this article adds")
	}
	// With what the test found (compare.Fact.PartBasis), the page says
	// that, naming the other article's outlet, and nothing more.
	f.PartBasis = &compare.PartBasis{Article: "x", Phrase: "relief fund"}
	b.Reset()
	d.Fact = *f
	d.PartBasis = partBasisLine(*f, map[string]col{"x": {ID: "x", Label: "Harbour Post"}})
	if err := pages["fact"].ExecuteTemplate(&b, "layout", page{Title: "f", Data: d}); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); !strings.Contains(s, `<p class="only">Only this article adds: “Oskar Lund”, “$48,250”. A sentence of Harbour Post shares words with it (“relief fund”).</p>`) {
		t.Errorf("the fact's page does not say what the test found: %s", s)
	}
	// The story page's outlet card says it too, beside the fact.
	p = newStoryPage(rep)
	b.Reset()
	if err := pages["story"].ExecuteTemplate(&b, "layout", page{Title: "s", Data: p}); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); !strings.Contains(s, `A baker drowned.`) || !strings.Contains(s, `<span class="meta basis">A sentence of x shares words with it (“relief fund”).</span>`) {
		t.Errorf("the story page's card does not say what the fact told in part rests on")
	}
}

// TestPartBasisLine: the basis of a fact told in part elsewhere is said
// as the test found it, the other article named by its outlet's label
// (its id when the page has no column for it); a fact not told in part
// elsewhere has none.
func TestPartBasisLine(t *testing.T) {
	cols := map[string]col{"a1": {ID: "a1", Label: "Harbour Post (2)"}}
	for _, c := range []struct {
		f    compare.Fact
		want string
	}{
		{compare.Fact{PartElsewhere: true, PartBasis: &compare.PartBasis{Article: "a1", Phrase: "relief fund"}}, "A sentence of Harbour Post (2) shares words with it (“relief fund”)."},
		{compare.Fact{PartElsewhere: true, PartBasis: &compare.PartBasis{Article: "a9", Figure: "53%"}}, "A sentence of a9 gives “53%” too, with a participant it names and a verb of the same act."},
		{compare.Fact{PartElsewhere: true}, ""},
		{compare.Fact{PartBasis: &compare.PartBasis{Article: "a1", Phrase: "relief fund"}}, ""},
	} {
		if got := partBasisLine(c.f, cols); got != c.want {
			t.Errorf("partBasisLine(%+v) = %q, want %q", c.f.PartBasis, got, c.want)
		}
	}
}
