package nlp

import (
	"slices"
	"testing"
)

// entityNames lists the names of an's entities.
func entityNames(an *Analysis) []string {
	var out []string
	for _, e := range an.Entities {
		out = append(out, e.Name)
	}
	return out
}

// formsOf returns the forms of the entity named name, or nil.
func formsOf(an *Analysis, name string) []string {
	for _, e := range an.Entities {
		if e.Name == name {
			var out []string
			for _, f := range e.Forms {
				out = append(out, f.Text)
			}
			return out
		}
	}
	return nil
}

// TestSurnameParticles: a surname's particle written with a capital
// stays in the name ("Van Voss", "De Rosa", "Le Garrec"), a surname with
// its particle alone names the person named in full before, and two
// particles in a row ("von der Hagen") are one surname's.
func TestSurnameParticles(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Budget vote\n\nRep. Hank Van Voss of Ohio opposed the budget. Two members joined Van Voss in voting no.\n\n"+
		"Van Voss said he would not change his mind. \"It is too costly,\" Van Voss said.\n\n"+
		"De Rosa spoke on Monday. \"We wait,\" Le Garrec said. Officials said Greta von der Hagen would come.")
	if f := formsOf(an, "Hank Van Voss"); !slices.Equal(f, []string{"Hank Van Voss", "Van Voss"}) {
		t.Errorf("forms of Hank Van Voss = %v, want the full name and Van Voss; entities %v", f, entityNames(an))
	}
	if got, _ := speakerOf(an, "It is too costly,"); got != "Hank Van Voss" {
		t.Errorf("speaker %q, want Hank Van Voss", got)
	}
	if got, _ := speakerOf(an, "We wait,"); got != "Le Garrec" {
		t.Errorf("speaker %q, want Le Garrec", got)
	}
	for _, n := range []string{"De Rosa", "Greta von der Hagen"} {
		if !slices.Contains(entityNames(an), n) {
			t.Errorf("no entity %q in %v", n, entityNames(an))
		}
	}
	for _, n := range []string{"Voss", "Rosa", "Garrec", "Greta", "Hagen"} {
		if slices.Contains(entityNames(an), n) {
			t.Errorf("entity %q: the particle was dropped (%v)", n, entityNames(an))
		}
	}
}

// TestLabelsBeforeNames: a party label, a plural title or a body's name
// written before a person's name describes the person and is no part of
// the name; whip and chaplain are titles.
func TestLabelsBeforeNames(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Vote\n\nOhio Independent Laura Mendes voted yes. Republicans Dana Whitlow and Ruth Okafor agreed. "+
		"Senators Paul Grady and Mark Ostrow disagreed. Minority Whip Tom Kessler said \"never.\" House Chaplain Peter Lamb said \"pray.\" "+
		"Last year, Ambassador to the European Union Frank Dollar testified that \"all of us knew.\"")
	names := entityNames(an)
	for _, n := range []string{"Laura Mendes", "Dana Whitlow", "Paul Grady", "Tom Kessler", "Peter Lamb", "Frank Dollar", "European Union"} {
		if !slices.Contains(names, n) {
			t.Errorf("no entity %q in %v", n, names)
		}
	}
	for q, want := range map[string]string{"never.": "Tom Kessler", "pray.": "Peter Lamb", "all of us knew.": "Frank Dollar"} {
		if got, _ := speakerOf(an, q); got != want {
			t.Errorf("speaker of %q = %q, want %q", q, got, want)
		}
	}
	// "Independent" before no given name stays a name's word.
	an = analyze(t, a, "Groups\n\nThe Independent Voters League endorsed her on Monday.")
	if slices.Contains(entityNames(an), "Voters League") {
		t.Errorf("entities %v", entityNames(an))
	}
}

// TestPlayerWordAndHeadingQuote: an audio player's "Listen" after a name
// is no surname, and a section heading in quotation marks takes no
// speaker from the paragraph above it.
func TestPlayerWordAndHeadingQuote(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Trial\n\nPresident Zorvath Trump spoke on Monday. \"The jobs are back,\" he said.\n\n"+
		"Radio: The Senate Hearing Of President Trump Listen\n\n"+
		"Sen. Mitch McConnell called the delay a sign that \"they are afraid of the vote.\"\n\n'Until the end'\n\n"+
		"Rep. James Clyburn said the party would wait. Asked how long, Clyburn answered: \"Until the end. We can wait.\"")
	for _, n := range entityNames(an) {
		if n == "Trump Listen" {
			t.Errorf("entity %q", n)
		}
	}
	if got, ok := speakerOf(an, "Until the end"); !ok || got != "" {
		t.Errorf("heading quote: speaker %q (found %v), want none", got, ok)
	}
	if got, _ := speakerOf(an, "Until the end. We can wait."); got != "James Clyburn" {
		t.Errorf("speaker %q, want James Clyburn", got)
	}
}

// TestGivenNameAl: a capitalised "Al" before a surname is the given name
// ("Al Brandt", "Al Okafor" keep it), while a known body or outlet that
// opens with the Arabic article stays what it is.
func TestGivenNameAl(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Harbour plan\n\nFormer mayor Al Brandt backed the harbour plan on Monday. \"It is overdue,\" Al Brandt said.\n\n"+
		"Al Okafor, a council member, disagreed. Al Jazeera and Al Arabiya covered the vote, and Al Shabab was not mentioned.")
	names := entityNames(an)
	for _, want := range []string{"Al Brandt", "Al Okafor"} {
		if !slices.Contains(names, want) {
			t.Errorf("entities %q lack %q", names, want)
		}
	}
	for _, e := range an.Entities {
		switch e.Name {
		case "Brandt", "Okafor":
			t.Errorf("the given name Al is dropped from %q", e.Name)
		case "Al Jazeera", "Al Arabiya", "Al Shabab":
			if e.Type == Person {
				t.Errorf("%q typed as a person", e.Name)
			}
		}
	}
}
