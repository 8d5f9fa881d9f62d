package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"

	"github.com/parallax-news/parallax/internal/nlp"
)

// ownListStrikeArticles are three reports of one ferry strike; the first is
// Ostra Radio's, which names itself and quotes one remark in three
// sentences of one paragraph.
func ownListStrikeArticles() []string {
	return []string{
		"Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
			"The walkout began at dawn on the main quay. Crews gathered outside the harbour office. " +
			"Passengers were left waiting on the quays for hours.\n" +
			"Harbour pilot Ines Varga told Ostra Radio’s Harbour Hour that the rota left 37 crews without rest.\n" +
			"Ostra Radio correspondent Pia Holm agreed.\n" +
			"\u201cThe board has broken every promise it made to the crews since the spring vote.\u201d said pilot Kaspar Lunde. " +
			"\u201cNobody on the quays trusts the harbour office to keep a timetable any longer. " +
			"The ferries will stay tied up until the board puts its offer in writing.\u201d\n" +
			"\u201cThe winter storms are coming and the crews are worn down by double shifts,\u201d Lunde added.\n" +
			"The crews listed their demands in a letter.",
		"Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
			"Travellers spent the afternoon stranded at the terminal. " +
			"The port authority said talks would resume next week.",
		"Ostra strike\nFerry crews at Ostra stopped work on Tuesday over the new rota. " +
			"Some drivers turned back towards the mainland. The harbour board did not comment.",
	}
}

// TestOwnListOutletAndSurname: what only one article gives lists
// neither the article's own outlet (every article names its own and no
// other) nor a programme of the outlet, and gives a person the sentence
// names by the surname alone by the name the article gives in full.
// Fails on main 2525108, which lists the outlet, its programme and
// "Lunde".
func TestOwnListOutletAndSurname(t *testing.T) {
	arts := mkArticles(ownListStrikeArticles()...)
	arts[0].Outlet = "Ostra Radio (Online News)"
	r := run(t, arts)
	f := oneArticleFact(r, "Varga")
	if f == nil || !f.OnlyIn() {
		t.Fatalf("Varga's line: %+v, want a fact only in a0", f)
	}
	got := ownStrings(f)
	if !slices.Equal(got, []string{"name:Ines Varga", "figure:37"}) {
		t.Errorf("Varga's line own %q, want Ines Varga and 37, not the outlet or its programme", got)
	}
	f = oneArticleFact(r, "double shifts")
	if f == nil || f.QuoteOnly != "Kaspar Lunde" {
		t.Fatalf("Lunde's added line: %+v, want a quote only a0 gives", f)
	}
	if got := ownStrings(f); !slices.Contains(got, "name:Kaspar Lunde") || slices.Contains(got, "name:Lunde") {
		t.Errorf("Lunde's added line own %q, want his name as the article gives it in full, not the surname alone", got)
	}
	// Another outlet's name is a detail like any other.
	if !outletsName(&doc{art: arts[0]}, nlpOrg(), "Ostra Radio") || outletsName(&doc{art: arts[1]}, nlpOrg(), "Ostra Radio") {
		t.Error("outletsName: Ostra Radio is a0's own outlet only")
	}
}

// TestQuoteOnlyRemarksCountedOnce: the sentences of one quotation in one
// paragraph are one remark in the summary's "quotes N remarks", not one
// each. Fails on main 2525108, which counts 4 (three sentences of one
// remark and the added line).
func TestQuoteOnlyRemarksCountedOnce(t *testing.T) {
	arts := mkArticles(ownListStrikeArticles()...)
	arts[0].Outlet = "Ostra Radio"
	r := run(t, arts)
	var quoted int
	for _, f := range r.Facts {
		if f.QuoteOnlyIn() && f.QuoteOnly == "Kaspar Lunde" {
			quoted++
		}
	}
	if quoted < 3 {
		t.Fatalf("%d quote-only facts of Lunde, want the three sentences of his remark and his added line", quoted)
	}
	var text string
	for _, d := range r.Differences {
		if d.Kind == DiffOnly && strings.HasPrefix(d.Text, "Only Ostra Radio") {
			text = d.Text
		}
	}
	if !strings.Contains(text, "quotes 2 remarks") {
		t.Errorf("summary %q, want quotes 2 remarks (one quotation in three sentences, one added line)", text)
	}
}

// nlpOrg is an organisation entity, for outletsName.
func nlpOrg() nlp.Entity { return nlp.Entity{Type: nlp.Org} }

// TestOutletKey: the forms of an outlet's name the database gives fold
// to the name an article writes.
func TestOutletKey(t *testing.T) {
	for _, c := range [][2]string{
		{"New York Times - News", "The New York Times"},
		{"CNN (Web News)", "CNN"},
		{"NPR Online News", "NPR"},
		{"CBN", "CBN News"},
		{"Ostra Radio", "OSTRA RADIO"},
	} {
		if outletKey(c[0]) != outletKey(c[1]) {
			t.Errorf("outletKey(%q) = %q, outletKey(%q) = %q, want equal", c[0], outletKey(c[0]), c[1], outletKey(c[1]))
		}
	}
	if outletKey("Washington Times") == outletKey("Washington") {
		t.Error("Washington is not the Washington Times")
	}
}

// TestOutletsNameBrandOnly: an organisation named by an outlet's first
// words is the outlet only when the rest of the outlet's name is a
// medium word (a review's finding: "Washington" counted as the
// Washington Times).
func TestOutletsNameBrandOnly(t *testing.T) {
	for _, c := range []struct {
		outlet, name string
		want         bool
	}{
		{"Ostra Business", "Ostra", true},
		{"Ostra Radio Network", "Ostra", true},
		{"Washington Times", "Washington", false},
		{"Wall Street Journal - News", "Wall Street", false},
		{"Ostra Times", "Ostra Times", true},
	} {
		d := &doc{art: &article.Article{Outlet: c.outlet}}
		if got := outletsName(d, nlpOrg(), c.name); got != c.want {
			t.Errorf("outletsName(%q of %q) = %v, want %v", c.name, c.outlet, got, c.want)
		}
	}
}
