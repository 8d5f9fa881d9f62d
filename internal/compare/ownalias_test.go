package compare

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestOwnNamedOtherwise: a name the other article gives in other words
// is no detail of an only-in fact's own: a person the other tells of by
// the role noun this article puts before or after the name, a seat of
// power the other names as its government, a department written the
// other way round. A role noun the other writes before a name of its
// own, or a role of one word, leaves the name as this article's.
func TestOwnNamedOtherwise(t *testing.T) {
	first := "Harbour inquiry at Ostra\nThe inquiry into the Ostra harbour fire opened on Monday. " +
		"The first witness spoke for an hour. " +
		"Lawyers for the port asked for a delay. " +
		"Former harbour surveyor Kolja Vantner met inspectors at the customs house in July 2016 to share his notes on the missing pumps, the locked gates, the cracked boilers and the unpaid night watchmen. " +
		"The Vantner notes say the Kremlin and the Department of Quay Safety paid $4 million for the pumps, the cranes, the tugboats and the new warehouse roof. " +
		"Dock foreman Pavel Imrie sent 40 letters to the Harbour Board in 2015. " +
		"Ines Varga, a retired crane operator, filed 12 complaints about broken ladders, unsafe moorings, rusty bollards and dim lamps in 2014. " +
		"Tomas Brennick, a spokesman, counted 9 missing logs in 2013. " +
		"Dock counsel Arno Feld filed 15 appeals against the Harbour Board in 2012. " +
		"The Department of Dock Tolls says 654 berths already exist along the outer basin."
	second := "Ostra fire inquiry opens\nThe inquiry into the Ostra harbour fire opened on Monday. " +
		"The dossier, read out in a packed hall on a wet afternoon while fishermen waited outside, came from a former harbour surveyor. " +
		"Quay Safety officials did not comment. " +
		"Witnesses heard in the packed hall on the wet afternoon included a retired crane operator Lena Holm and two fishermen. " +
		"The Russian government declined to comment, and a spokesman said little. " +
		"The dock foreman was not called. " +
		"The dock counsel said a letter went to dock counsel Mira Odd. " +
		"Talks on a dock tolls spending bill stalled."
	r := run(t, mkArticles(first, second))
	for _, c := range []struct {
		in   string
		want []string
	}{
		// Named by the role noun before his name.
		{"share his notes", []string{"figure:July 2016"}},
		// A seat of the table stands for its government; the
		// department is written the other way round.
		{"paid", []string{"figure:$4 million"}},
		// The other article's "the dock foreman", with no name after it.
		{"40 letters", []string{"figure:40", "name:Harbour Board", "figure:2015"}},
		// The other article's crane operator has a name of her own.
		{"12 complaints", []string{"name:Ines Varga", "figure:12", "figure:2014"}},
		// One word of role ("a spokesman") names no one.
		{"missing logs", []string{"name:Tomas Brennick", "figure:9", "figure:2013"}},
		// The other article gives the role to a name of its own: another
		// holder of it.
		{"15 appeals", []string{"name:Arno Feld", "figure:15", "name:Harbour Board", "figure:2012"}},
		// A department's words in lower case name no department.
		{"654 berths", []string{"name:Department of Dock Tolls", "figure:654"}},
	} {
		f := oneArticleFact(r, c.in)
		if f == nil {
			t.Errorf("%s: no fact of one article", c.in)
			continue
		}
		if got := ownStrings(f); !slices.Equal(got, c.want) {
			t.Errorf("%s: own %q, want %q (only in %v, stated by %v, maybe %v)", c.in, got, c.want, f.OnlyIn(), f.StatedBy, f.MaybeElsewhere)
		}
	}
}

// TestDepartmentFormsAndPhrase: a department written the other way
// round, and a phrase found as whole words but not as the end of a
// compound.
func TestDepartmentFormsAndPhrase(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Department of Quay Safety", []string{"Quay Safety Department", "Quay Safety"}},
		{"Department of Tolls", []string{"Tolls Department"}},
		{"Tolls Ministry", []string{"Ministry of Tolls", "Ministry of the Tolls"}},
		{"Ostra Harbour Board", nil},
		{"Department of", nil},
	} {
		if got := departmentForms(c.name); !slices.Equal(got, c.want) {
			t.Errorf("departmentForms(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		text, phrase string
		want         bool
	}{
		{"the sorland government said", "sorland government", true},
		{"a pro-sorland government in the north", "sorland government", false},
		{"the sorland governments met", "sorland government", false},
		{"a pro-sorland government; the sorland government", "sorland government", true},
	} {
		if got := writesPhrase(c.text, c.phrase); got != c.want {
			t.Errorf("writesPhrase(%q, %q) = %v, want %v", c.text, c.phrase, got, c.want)
		}
	}
}

// TestDescriptors: the role noun phrase before a name or in apposition
// after it, of two words or more; a verb or a stop word before a name
// starts none ("the wardens lost were Oskar Lind").
func TestDescriptors(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		text, name string
		want       []string
	}{
		{"Former harbour surveyor Kolja Vantner met inspectors.", "Kolja Vantner", []string{"former harbour surveyor"}},
		{"The notes came from Kolja Vantner, a former harbour surveyor, on Monday.", "Kolja Vantner", []string{"former harbour surveyor"}},
		{"The wardens lost were Oskar Lind and Per Holt.", "Oskar Lind", nil},
		{"Tomas Brennick, a spokesman, spoke.", "Tomas Brennick", nil},
	} {
		a := an.Analyze(nlp.Input{Paragraphs: []string{c.text}, Lang: "en"})
		d := &doc{an: a}
		var got []string
		found := false
		for _, e := range a.Entities {
			if e.Name == c.name {
				got, found = descriptors(d, e), true
			}
		}
		if !found {
			t.Errorf("%q: no entity %q", c.text, c.name)
			continue
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: descriptors %q, want %q", c.text, got, c.want)
		}
	}
}

// TestWritesUnnamedOffsets: letters whose small form is longer in UTF-8
// ("Ⱥ": two bytes, "ⱥ": three) before the role phrase neither crash the
// search nor hide the phrase; an article is untrusted text.
func TestWritesUnnamedOffsets(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"ȺȺȺȺ wrote of a former harbour pilot at the inquiry.", true},
		{"ȺȺȺȺ met the former harbour pilot Kolja Vantner.", false},
		{"ȺȺȺȺ a former harbour pilot", true},
	} {
		if got := writesUnnamed([]string{tc.text}, "former harbour pilot"); got != tc.want {
			t.Errorf("writesUnnamed(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// FuzzWritesUnnamed: any text and phrase, none of which crashes the
// search for a role told by itself.
func FuzzWritesUnnamed(f *testing.F) {
	f.Add("ȺȺ a former harbour pilot", "former harbour pilot")
	f.Add("Kolja Vantner, the port's chief pilot, said", "port's chief pilot")
	f.Add("İ A FORMER PILOT", "former pilot")
	f.Fuzz(func(t *testing.T, text, phrase string) {
		writesUnnamed([]string{text}, phrase)
		writesPhrase(text, phrase)
	})
}

// TestOwnOtherForms: a party's nickname and a wire agency's initials are
// no detail of an only-in fact's own when another article writes the
// party's members or the agency in full; a name the other article lacks
// in any form stays the article's own. A fraction stays one beside
// another article's percent that rounds to it (two-thirds, 67 percent):
// the figures are matched by value alone, and a fraction matched so hid
// other quantities on ABP (h/ownalias53).
func TestOwnOtherForms(t *testing.T) {
	first := "Ostra budget vote\nThe Ostra council passed the harbour budget on Monday. " +
		"The first reading took an hour. " +
		"Lawyers for the port asked for a delay. " +
		"Harbour chief Lena Holm said GOP members of the caucus blocked the plan for the cracked boilers, the locked gates, the unpaid night watchmen and the missing pumps. " +
		"The council told AP that the new warehouse roof, the cranes, the tugboats and the moorings would cost $4 million more than planned. " +
		"About two-thirds of the boatmen backed the strike over the broken ladders, the rusty bollards, the dim lamps and the unsafe moorings. " +
		"About one-fifth of the fishermen signed the petition over the quay tolls, the closed slipway, the late ferries and the silted channel."
	second := "Ostra council passes budget\nThe Ostra council passed the harbour budget on Monday. " +
		"Republicans on the council said little. " +
		"The Associated Press asked the council for the figures. " +
		"The union says 67 percent of its members want higher wages. " +
		"Talks on a dock tolls spending bill stalled."
	r := run(t, mkArticles(first, second))
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"GOP members", []string{"name:Lena Holm"}},
		{"warehouse roof", []string{"figure:$4 million"}},
		{"boatmen", []string{"figure:two-thirds"}},
		{"petition", []string{"figure:one-fifth"}},
	} {
		f := oneArticleFact(r, c.in)
		if f == nil {
			t.Errorf("%s: no fact of one article", c.in)
			continue
		}
		if got := ownStrings(f); !slices.Equal(got, c.want) {
			t.Errorf("%s: own %q, want %q (only in %v, stated by %v, maybe %v)", c.in, got, c.want, f.OnlyIn(), f.StatedBy, f.MaybeElsewhere)
		}
	}
}
