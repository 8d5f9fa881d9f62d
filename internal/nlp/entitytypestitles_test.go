package nlp

import "testing"

// wantNoMention fails t for each of names that got (nameMentionTexts)
// holds as a mention, saying why it should not be one.
func wantNoMention(t *testing.T, got map[string]EntityType, why string, names ...string) {
	t.Helper()
	for _, no := range names {
		if _, ok := got[no]; ok {
			t.Errorf("%q %s; all %v", no, why, got)
		}
	}
}

// nameMentionTexts returns the texts of every name mention of an.
func nameMentionTexts(an *Analysis) map[string]EntityType {
	out := map[string]EntityType{}
	for _, e := range an.Entities {
		for _, m := range e.Mentions {
			if m.Kind == MentionName {
				out[m.Text] = e.Type
			}
		}
	}
	return out
}

// TestHonorificOutOfMention: a doctor's, professor's or cleric's
// honorific before a name ("Dr. Ann Pell", "Prof. Ivo Lund", "Rev. Dr.
// Ema Lusk") is left out of the name's mention as a title is ("Gov. Tim
// Ross"); it still makes the run a person. A style of rank stays a word
// of the form ("Sir Harold Penn").
func TestHonorificOutOfMention(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Clinic\n\nA newcomer, Dr. Ann Pell, the surgeon, opened the clinic. Prof. Ivo Lund said it was needed, and Gov. Tim Ross agreed. "+
		"The Rev. Dr. Ema Lusk blessed it, and Sir Harold Penn cut the ribbon.")
	got := nameMentionTexts(an)
	for _, want := range []string{"Ann Pell", "Ivo Lund", "Tim Ross", "Ema Lusk", "Sir Harold Penn"} {
		if got[want] != Person {
			t.Errorf("no person mention %q; all %v", want, got)
		}
	}
	wantNoMention(t, got, "holds the honorific or title", "Dr. Ann Pell", "Prof. Ivo Lund", "Gov. Tim Ross", "Dr. Ema Lusk", "Rev. Dr. Ema Lusk")
}

// TestElectAfterTitle: "Elect" after a title ("Vice President Elect",
// "Governor Elect") is a word of the title, no person named "Elect".
func TestElectAfterTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Briefing\n\nIvo Lund met the Vice President Elect on Monday. Governor Elect Tim Ross arrived later.")
	got := nameMentionTexts(an)
	if _, ok := got["Elect"]; ok {
		t.Errorf("\"Elect\" is a name; all %v", got)
	}
	if got["Tim Ross"] != Person {
		t.Errorf("no person mention \"Tim Ross\"; all %v", got)
	}
}

// TestCourtsBody: the plural "Courts" is a body's head word: the country
// before it is a word of the body's name ("U.S. District Courts", not the
// place "U.S." and a person "District Courts").
func TestCourtsBody(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Suits\n\nWorkers may sue in the U.S. District Courts, and the firm in Lisbon closed.")
	wantTypes(t, an, map[string]EntityType{"U.S. District Courts": Org, "Lisbon": Place})
	got := nameMentionTexts(an)
	wantNoMention(t, got, "is a name mention", "U.S.", "District Courts")
}

// TestOrdinalOpensBody: an ordinal right before a body's name is a word of
// it ("the 12th U.S. Circuit Court of Appeals", "the 82nd Airborne
// Division"), not left out of the mention.
func TestOrdinalOpensBody(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Appeal\n\nThe 12th U.S. Circuit Court of Appeals sided with the state, and the 82nd Airborne Division left on the 5th.")
	wantTypes(t, an, map[string]EntityType{"12th U.S. Circuit Court of Appeals": Org, "82nd Airborne Division": Org})
	got := nameMentionTexts(an)
	wantNoMention(t, got, "is a name mention without its ordinal", "U.S. Circuit Court of Appeals", "Airborne Division")
}

// TestTitlesAndCommonAbbrevsNoNames: "Crown Prince" is a title, not a
// person or thing of its own ("the Crown Prince of Freeland" names the
// country; "Crown Prince Ivo Lund" the man); "IQ" and "CFO" are common
// abbreviations, no body.
func TestTitlesAndCommonAbbrevsNoNames(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Talks\n\nCrown Prince Ivo Lund met the Crown Prince of Saudi Arabia on Monday. "+
		"A study of race and IQ was cited, and the firm's CFO quit.")
	got := nameMentionTexts(an)
	if got["Ivo Lund"] != Person {
		t.Errorf("no person mention \"Ivo Lund\"; all %v", got)
	}
	wantNoMention(t, got, "is a name mention", "Crown Prince", "Crown", "Crown Prince Ivo Lund", "IQ", "CFO")
}

// TestOrdinalOfDateNotBody: an ordinal that ends a date ("June 5th") is
// the day, no word of the body's name right after it (review59d: "5th
// Lund Steel Corp" was one name).
func TestOrdinalOfDateNotBody(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Mill\n\nOn June 5th Pell Steel Corp. closed its mill, and on May 2nd Senate Finance Committee members met. The 82nd Airborne Division left.")
	wantTypes(t, an, map[string]EntityType{"Pell Steel Corp": Org, "Senate Finance Committee": Org, "82nd Airborne Division": Org})
	got := nameMentionTexts(an)
	wantNoMention(t, got, "holds the day of a date", "5th Pell Steel Corp", "2nd Senate Finance Committee")
}
