package compare

import (
	"math/rand"
	"strings"
	"testing"
)

// TestQuotedPart: insideQuotes and outsideQuotes, now one
// quotedPart (duplicates D4), split a text as the two loops they were
// did: the old loops are kept here and both are run on random strings
// of words and every mark.
func TestQuotedPart(t *testing.T) {
	old := func(s string, inside bool) string {
		var b strings.Builder
		in := false
		for _, r := range s {
			switch r {
			case '"', '“', '”', '«', '»', '„':
				in = !in
				b.WriteByte(' ')
				continue
			}
			if inside && in { // the old insideQuotes
				b.WriteRune(r)
			}
			if !inside && !in { // the old outsideQuotes
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	pieces := []string{"said", " ", "in German", "\"", "“", "”", "«", "»", "„", "’", "é", ","}
	rng := rand.New(rand.NewSource(57))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for n := rng.Intn(30); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := insideQuotes(s), old(s, true); got != want {
			t.Fatalf("insideQuotes(%q) = %q, want %q", s, got, want)
		}
		if got, want := outsideQuotes(s), old(s, false); got != want {
			t.Fatalf("outsideQuotes(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTranslatedSingleMarks: a remark quoted in two parts in
// single marks (`‘…,’ X said, ‘…’`): the language the speaker names in a
// part ("ballots in Spanish") is the speaker's, not the writer's, so the
// two wordings stay an altered pair, not two translations.
func TestTranslatedSingleMarks(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour count\nThe harbour vote in Velmar was counted on Monday.\n\u2018Some of the ballots came in Spanish,\u2019 Mayor Greta Vogel said, \u2018and all were read twice by the clerks.\u2019",
		"Count ends\nVelmar's harbour vote count ended on Monday.\n\u2018Some of the ballots arrived in Spanish,\u2019 Mayor Greta Vogel said, \u2018and every one was read twice by clerks.\u2019",
		"No deal\nThe harbour vote in Velmar was counted on Monday, officials said.",
	))
	found := false
	for _, g := range r.Quotes {
		for _, u := range g.Quotes {
			if strings.Contains(u.Text, "ballots") {
				found = true
				if g.Translated || g.Kind != QuoteAltered {
					t.Errorf("kind %s translated %v, want altered, not translated: %q", g.Kind, g.Translated, u.Text)
				}
			}
		}
	}
	if !found {
		t.Fatalf("no group of the remark: %+v", r.Quotes)
	}
}
