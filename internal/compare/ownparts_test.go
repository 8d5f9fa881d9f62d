package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestOwnParts: a fact claimed as only in its article says what of it
// no other article has (Fact.Own): the names no other article names or
// writes, in the fullest form the sentence gives, the figures no other
// article gives, and the quoted words of a named speaker; a name or
// figure the other article writes too is not its own, and a fact not
// claimed has none.
func TestOwnParts(t *testing.T) {
	first := "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"The walkout began at dawn on the main quay. " +
		"Crews gathered outside the harbour office. " +
		"Harbour pilot Ines Varga of the Marsk Pilots Guild said the rota left crews without rest. " +
		"The stoppage idled 37 vessels and 400 lorries in the outer basin. " +
		"The walkout cost the ferry line 3 million euros in lost fares. " +
		"Passengers were left waiting on the quays for hours. " +
		"\u201cWe will not sail tired crews into a winter storm for Ana Ruiz,\u201d union leader Tomas Brennick said. " +
		"The strike committee asked the Ostra Harbour Board to meet the crews on 3 May with 200 drivers. " +
		"The harbour office at Ostra expects 12 sailings to leave on 14 March. " +
		"The crews listed their demands in a letter."
	second := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"Travellers spent the afternoon stranded at the terminal. " +
		"The port authority said talks would resume next week. " +
		"Some drivers turned back towards the mainland. The Harbour Board did not comment."
	r := run(t, mkArticles(first, second))
	for _, c := range []struct {
		in   string   // a word of the fact's sentence
		want []string // its Own, as kind:text, in order; nil: not claimed
	}{
		{"Varga", []string{"name:Ines Varga", "name:Marsk Pilots Guild"}},
		{"lorries", []string{"figure:37", "figure:400"}},
		{"euros", []string{"figure:3 million euros"}},
		// Ana Ruiz is inside the quoted words, which hold her.
		{"storm", []string{"quote:We will not sail tired crews into a winter storm for Ana Ruiz", "name:Tomas Brennick"}},
		// The other article names the board by its last words.
		{"committee", []string{"figure:3 May", "figure:200"}},
		// Ostra is named in the other article: only the 12 and the date are this one's.
		{"March", []string{"figure:12", "figure:14 March"}},
		{"quay", nil},
	} {
		f := oneArticleFact(r, c.in)
		if f == nil {
			t.Errorf("%s: no fact of one article", c.in)
			continue
		}
		got := ownStrings(f)
		for _, o := range f.Own {
			if o.Kind == OwnQuote && o.Speaker != "Tomas Brennick" {
				t.Errorf("%s: quote speaker %q, want Tomas Brennick", c.in, o.Speaker)
			}
		}
		if c.want == nil {
			if f.OnlyIn() || len(f.Own) > 0 {
				t.Errorf("%s: claimed %v with own %q, want neither", c.in, f.OnlyIn(), got)
			}
			continue
		}
		if !f.OnlyIn() {
			t.Errorf("%s: not claimed as only in its article (stated by %v, maybe elsewhere %v)", c.in, f.StatedBy, f.MaybeElsewhere)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: own %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOwnLabel: the report lists a name or figure in quotation marks
// and a quote by its speaker, after the sentence.
func TestOwnLabel(t *testing.T) {
	for _, c := range []struct {
		own  []OwnDetail
		want string
	}{
		{nil, ""},
		{[]OwnDetail{{Kind: OwnName, Text: "Ines Varga"}, {Kind: OwnFigure, Text: "$48,250"}}, " — only here: “Ines Varga”, “$48,250”"},
		{[]OwnDetail{{Kind: OwnQuote, Text: "We will not sail", Speaker: "Tomas Brennick"}}, " — only here: Tomas Brennick's quoted words"},
	} {
		if got := ownList(c.own); got != c.want {
			t.Errorf("ownList(%v) = %q, want %q", c.own, got, c.want)
		}
	}
}

// TestOwnPartsInitials: a name another article writes by its initials
// ("the CSA" for "the Coastal Survey Agency"), or spells out where this
// article gives the initials, is not shown as a name no other article
// has; a name whose initials no other article writes still is, and two
// letters ("the PB", "SR") are too few to tell.
func TestOwnPartsInitials(t *testing.T) {
	first := "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"The walkout began at dawn on the main quay. " +
		"Crews gathered outside the harbour office. " +
		"On Monday inspectors of the Coastal Survey Agency and the Ostra Pilot Board boarded 37 idle vessels in the outer basin. " +
		"The walkout cost the ferry line 3 million euros in lost fares. " +
		"Passengers were left waiting on the quays for hours. " +
		"The MTU asked the Port Bank for a loan of 200 crowns by 3 May. " +
		"Sailors for Rotas paid 500 crowns for a lawyer. " +
		"The crews listed their demands in a letter."
	second := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota. " +
		"Travellers spent the afternoon stranded at the terminal. " +
		"The CSA declined to say when it would publish anything. " +
		"Some drivers turned back towards the mainland. " +
		"The Maritime Transport Union and the PB did not comment. An SR photographer filmed the quay."
	r := run(t, mkArticles(first, second))
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"inspectors", []string{"name:Ostra Pilot Board", "figure:37"}},
		{"loan", []string{"name:Port Bank", "figure:200", "figure:3 May"}},
		// "SR" is two letters: too few to stand for Sailors for Rotas.
		{"lawyer", []string{"name:Sailors for Rotas", "figure:500"}},
	} {
		f := oneArticleFact(r, c.in)
		if f == nil {
			t.Errorf("%s: no fact of one article", c.in)
			continue
		}
		got := ownStrings(f)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: own %q, want %q (claimed %v, maybe %v, stated %v)", c.in, got, c.want, f.OnlyIn(), f.MaybeElsewhere, f.StatedBy)
		}
	}
}

// TestInitialsOf: the acronyms a name may be written as.
func TestInitialsOf(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Federal Bureau of Investigation", []string{"FBI", "FBOI"}},
		{"Department of Justice", []string{"DJ", "DOJ"}},
		{"Department of the Interior", []string{"DI", "DOTI"}},
		{"National Security Agency", []string{"NSA"}},
		{"The Coastal Survey Agency", []string{"CSA"}},
		{"Ostra", nil},
		{"Port Bank", nil},
		{"Harbour and Transport Union", []string{"HTU", "HATU"}},
		{"Mira de Souza", nil},
	} {
		if got := initialsOf(c.name); !slices.Equal(got, c.want) {
			t.Errorf("initialsOf(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// oneArticleFact returns the last fact of one article of r whose first
// sentence holds in, or nil.
func oneArticleFact(r *Report, in string) *Fact {
	var f *Fact
	for i := range r.Facts {
		if len(r.Facts[i].Sentences) > 0 && strings.Contains(r.Facts[i].Sentences[0].Text, in) && r.Facts[i].Coverage == CoverageOne {
			f = &r.Facts[i]
		}
	}
	return f
}

// ownStrings returns f's own details as "kind:text".
func ownStrings(f *Fact) []string {
	var got []string
	for _, o := range f.Own {
		got = append(got, o.Kind+":"+o.Text)
	}
	return got
}
