package nlp

import (
	"slices"
	"strings"
	"testing"
)

// TestOutletNameAsSurname: a person whose surname is also an outlet's or
// a company's name ("Bloomberg") keeps the bare surname once named in
// full: "Bloomberg said" is the person speaking. The word still reads as
// the outlet where it reports or is told something ("Bloomberg
// reported", "told Bloomberg", "Bloomberg News"), and in an article that
// names no such person.
func TestOutletNameAsSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Michael Bloomberg entered the race for the nomination on Sunday.\n\n"+
		"“I am running to beat the president,” Bloomberg said in a statement.\n\n"+
		"Bloomberg reported that the campaign had hired forty staff. A rival told Bloomberg that the race was long.")
	mb := findEntity(an, "Michael Bloomberg")
	if mb == nil || mb.Type != Person || !slices.Contains(formTexts(mb), "Bloomberg") {
		t.Fatalf("Michael Bloomberg: %+v, want the person with the bare surname among his forms", mb)
	}
	if got, _ := speakerOf(an, "I am running to beat the president,"); got != "Michael Bloomberg" {
		t.Errorf("speaker %q, want Michael Bloomberg", got)
	}
	if len(mb.Mentions) != 2 {
		t.Errorf("Michael Bloomberg has %d mentions, want 2 (the outlet's 'reported' and 'told' stay the outlet's)", len(mb.Mentions))
	}
	outlet := analyze(t, a, "Bloomberg reported on Tuesday that the fund had closed. “We are done,” a partner said.")
	if e := findEntity(outlet, "Bloomberg"); e == nil || e.Type == Person {
		t.Errorf("Bloomberg with no person of that name: %+v, want the outlet", e)
	}
}

// TestSpeakersSession42 checks the quote speakers of the rules written
// after reading fresh19's and fresh20's pages, one case per rule: want is
// the speaker's entity name ("" for none), or with not, a name the
// speaker must not be.
func TestSpeakersSession42(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct {
		name, text, quote, want string
		not                     bool
	}{
		// "following reports of their lunch" names no one reporting; the
		// quotation is the subject's, by "writing".
		{"reporting noun after a preposition",
			"Sen. Ann Hale also mocked Dana Reed following reports of their lunch, writing on Twitter, “One rich man calls another and asks him to run — I am shocked!”",
			"One rich man calls another and asks him to run — I am shocked!", "Ann Hale", false},
		// "writing on Twitter, “…”" speaks for the sentence's subject even
		// past a relative clause with a verb of its own.
		{"participle with a place",
			"Mayor Tom Ruiz made his bid on Monday.\n\nSen. Ann Hale, who has called for a levy on the largest estates, also mocked Ruiz following reports of their lunch, writing on Twitter, “One rich man calls another and asks him to run — I am shocked!”",
			"One rich man calls another and asks him to run — I am shocked!", "Ann Hale", false},
		// "X issued a statement saying “…”" is X's, past a clause of time
		// whose subject is someone else; without a statement, no one's.
		{"statement saying",
			"Last year, a few days after neighbours began coming forward with reports of noise, Mayor Ivo Lund issued a statement saying that “quiet hours have begun to change” across the city.",
			"quiet hours have begun to change", "Ivo Lund", false},
		{"no speaker inside a clause of time",
			"Last year, a few days after neighbours began coming forward with reports of noise, the council voted, saying that “quiet hours have begun to change” across the city.",
			"quiet hours have begun to change", "", false},
		// A person after a preposition and a title, or coordinated with
		// one, is what the sentence speaks of, not whom the next "he" means.
		{"titled objects are no antecedent",
			"Mayor Ed Park spoke on Monday.\n\nIn the face of rivals like Sens. Ivo Lund and former Vice President Tom Ruiz, Park appears to be running as a moderate.\n\nHe warned that the plan should not promise “things that are pie in the sky.”",
			"things that are pie in the sky.", "Ed Park", false},
		// "“….” Ruiz later told reporters, “…”" gives the second quotation
		// to Ruiz and leaves the first with the speaker before it.
		{"the next speaker's own quote, first",
			"Sen. Ivo Lund, who was touring with a close ally — Rep. Ana Ruiz — in Ohio, told supporters, “You are not going to buy this race by spending millions on ads in Ohio.” Ruiz later told reporters, “They have got class loyalty. The rich are looking out for each other.”",
			"You are not going to buy this race by spending millions on ads in Ohio.", "Ivo Lund", false},
		{"the next speaker's own quote, second",
			"Sen. Ivo Lund, who was touring with a close ally — Rep. Ana Ruiz — in Ohio, told supporters, “You are not going to buy this race by spending millions on ads in Ohio.” Ruiz later told reporters, “They have got class loyalty. The rich are looking out for each other.”",
			"They have got class loyalty. The rich are looking out for each other.", "Ana Ruiz", false},
		// A name that opens a sentence after one ending in a preposition's
		// object is the sentence's subject.
		{"oblique stops at the sentence",
			"This is what the job is about. Ana Lund, a professor at the state college, called it “a fine night for the city.” She added that Tom Ruiz “won the room.”",
			"won the room.", "Ana Lund", false},
		// A clause of time or concession closed by a comma no longer hides
		// the subject after it.
		{"subject after a leading clause",
			"Even though she remained on the sidelines, Ana Lund has emerged as a fierce critic of Tom Ruiz, calling him a “vain, thin-skinned fraud” just Thursday.",
			"vain, thin-skinned fraud", "Ana Lund", false},
		// "A said “…,” B told the paper, “and …”" is B's whole.
		{"a quotation going on after its interruption",
			"Ana Ruiz worked with Lund at the time. Lund said “she had been treated badly by her old boss while she was in town,” Ruiz told the Courier, “and as a result she was let go.”",
			"and as a result she was let go.", "Ana Ruiz", false},
		// "the mayor wrote" before the text names anyone with that title is
		// not a person titled so later inside another's quotation.
		{"a role named only later",
			"Tom Ruiz took aim at the harbour board on Monday.\n\n“The board has the power to stop these ships,” the mayor wrote.\n\nRuiz has said: “I will end Mayor Lund’s unlawful harbour order.”",
			"The board has the power to stop these ships,", "Lund", true},
		// "Lund's brother Tom, a teacher, also said …. “…,” he said." is the
		// brother's; a relative named in full keeps the name.
		{"a relative by a possessive",
			"Senator Ivo Lund faces a hard vote on Tuesday.\n\nLund's brother Tom, a teacher who talks to him daily, also said Lund will not step aside.\n\n“Knowing him, he will fight even harder now,” he said.",
			"Knowing him, he will fight even harder now,", "Ivo Lund", true},
		{"a relative named in full",
			"Senator Ivo Lund faces a hard vote on Tuesday.\n\nLund's brother, Tom Ruiz, told the Courier that he expects a long night. He said “the count will be close.”",
			"the count will be close.", "Tom Ruiz", false},
	} {
		an := analyze(t, a, c.text)
		got, found := speakerOf(an, c.quote)
		switch {
		case !found:
			t.Errorf("%s: no quotation %q", c.name, c.quote)
		case c.not && (got == c.want || strings.HasSuffix(got, " "+c.want)):
			t.Errorf("%s: speaker %q, want anyone but %s", c.name, got, c.want)
		case !c.not && got != c.want:
			t.Errorf("%s: speaker %q, want %q", c.name, got, c.want)
		}
	}
	// "One of the fighters …, saying …": one of them speaks, and the
	// quotation stays.
	one := analyze(t, a, "One of the fighters appeared in the video, saying the group now plans to “take the harbour.”")
	if got, ok := speakerOf(one, "take the harbour."); !ok {
		t.Errorf("the quotation is gone, want it kept with its speaker (got %q)", got)
	}
}
