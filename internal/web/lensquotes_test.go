package web

import (
	"testing"

	"github.com/parallax-news/parallax/internal/compare"
)

// TestSpeakerNoteCountsSharedQuotes: an outlet's note on a speaker speaks
// for all its quotes of them. The Ledger quotes Mayor Orla Fenn three
// times, one of them in words the Courier quotes too: its note says two
// of them are words no other outlet quotes, not that all are (before, a
// single quote no one else had made the note say "words no other outlet
// quotes" of all three). The Courier's only quote of her is shared, so
// it has no note; the Gazette's two articles quoting Harl Odegaard alike
// are one outlet, so no other outlet quotes those words.
func TestSpeakerNoteCountsSharedQuotes(t *testing.T) {
	r := testReport()
	r.Report.Quotes = []compare.QuoteGroup{
		{Speaker: "Orla Fenn", Kind: compare.QuoteOneOnly, Quotes: []compare.QuoteUse{{Article: "l", Text: "the sluices held for an hour"}}},
		{Speaker: "Orla Fenn", Kind: compare.QuoteIdentical, Quotes: []compare.QuoteUse{{Article: "l", Text: "we will pump the square dry by Friday"}, {Article: "c", Text: "we will pump the square dry by Friday"}}},
		{Speaker: "Orla Fenn", Kind: compare.QuoteOneOnly, Quotes: []compare.QuoteUse{{Article: "l", Text: "nobody in Quenmoor sleeps tonight"}}},
		{Speaker: "Harl Odegaard", Kind: compare.QuoteIdentical, Quotes: []compare.QuoteUse{{Article: "g1", Text: "the ferry runs again"}, {Article: "g2", Text: "the ferry runs again"}}},
	}
	notes := map[string]string{}
	for _, l := range newStoryPage(r).Lenses {
		for _, s := range l.Speakers {
			notes[l.Outlet.Name+"/"+s.Name] = s.Note
		}
	}
	want := map[string]string{
		"Ledger/Orla Fenn":          "2 of them words no other outlet quotes",
		"Courier/Orla Fenn":         "",
		"The Gazette/Harl Odegaard": "words no other outlet quotes",
	}
	for k, w := range want {
		if got, ok := notes[k]; !ok || got != w {
			t.Errorf("%s: note %q (listed %v), want %q", k, got, ok, w)
		}
	}
}

// TestSpeakerNoteOf spells out speakerNote's cases.
func TestSpeakerNoteOf(t *testing.T) {
	for _, c := range []struct {
		n, alone int
		altered  bool
		want     string
	}{
		{3, 3, false, "words no other outlet quotes"},
		{3, 1, false, "1 of them words no other outlet quotes"},
		{3, 0, false, ""},
		{3, 2, true, "in words other outlets quote differently"},
	} {
		if got := speakerNote(c.n, c.alone, c.altered); got != c.want {
			t.Errorf("speakerNote(%d, %d, %v) = %q, want %q", c.n, c.alone, c.altered, got, c.want)
		}
	}
}
