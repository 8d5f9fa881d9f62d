package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestAddsFirstClause: a member that runs on first and tells the
// others' point second has its first clause marked as what it adds, at
// points widerHeadPoint reads (session 62): ", and" before a second
// predicate and a comma before a participle (a clause of time and "and"
// before a clause with a subject of its own: TestWiderHeadPoints). Before, only a
// "but" parted the first clause, and these members were shown whole
// with nothing marked.
func TestAddsFirstClause(t *testing.T) {
	checkMemberAdds(t, []addsCase{
		{", and before a second predicate",
			"The Vela rocket fired just before dawn on Sunday, and was tracked heading north by a patrol boat guarding the Ostra coast.",
			"A patrol boat guarding the coast near Ostra tracked the launch heading north.", "A patrol boat guarding",
			"The Vela rocket fired just before dawn on Sunday…"},
		{"a participle after a comma",
			"Mayor Berg declared the ferry pier unsafe for swimmers late Tuesday, confirming that the north quay had been closed since the storm.",
			"Berg confirmed on Tuesday that the north quay was closed after the storm.", "Berg confirmed",
			"Mayor Berg declared the ferry pier unsafe for swimmers late Tuesday…"},
	}, true)
}

// TestWiderHeadPoints: addsHead at the wider points, sentence by
// sentence (others: the other member's stems): a clause of time and
// "and" before a clause with a subject of its own are points; a
// participle of saying, a first clause opening with "if", an "after"
// behind a word of time, a quotation right behind the point, a first
// clause of names and a verb of saying, a perfect participle after a
// name, a point inside a relative clause, the first of a list of
// participles, "and" inside a clause of time, "and" between two
// names in apposition and "and" before a noun with an infinitive
// ("ability to get …": the verb behind "to" is no finite one) are not.
func TestWiderHeadPoints(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ member, other, want string }{
		{"Captain Holm was sent to a city prison on Friday after pleading guilty to smuggling diesel through the harbour and bribing a pilot.",
			"Holm pleaded guilty to smuggling diesel through the harbour and bribing a pilot.", "Captain Holm was sent to a city prison on Friday…"},
		{"The high court has struck down attempts by the state to run the ports and Governor Lind would not give details about the source of her power.",
			"Lind would not give details about the source of her asserted power.", "The high court has struck down attempts by the state to run the ports…"},
		{"Mayor Berg blamed the harbour board for the flood damage, tweeting that the north quay had been left open during the storm.",
			"Berg said the north quay had been left open during the storm.", ""},
		{"If the harbour board does agree, though, Captain Holm, a pilot, willing to testify that the north quay had been left open during the storm, his lawyer said in a letter.",
			"Holm will testify that the north quay was left open during the storm.", ""},
		{"The old harbour pilot resigned hours after the board found that the north quay had been left open during the storm.",
			"The board found that the north quay had been left open during the storm.", ""},
		{"Mayor Berg appeared in a short video and statement, “the north quay had been left open during the storm,” on Friday.",
			"The north quay had been left open during the storm, Berg said on Friday.", ""},
		{"Lind told the harbour council on Friday, and was asked to leave the north quay open during the storm.",
			"Lind was asked to leave the north quay open during the storm.", ""},
		{"The point the mayor was making was that Lind, having backed the ferry plan, should step aside from the harbour inquiry.",
			"Lind should step aside from the harbour inquiry.", ""},
		{"Harbour master Lind, who had doubts about the ferry plan and has clashed often with the mayor, told the council the north quay must close.",
			"Lind said the north quay must close.", ""},
		{"The harbour works he listed were new cranes, dredging the channel and building a dry berth.",
			"The scheme means dredging the channel and building a dry berth.", ""},
		{"Lind, a harbour pilot, was sent home early on Friday after two harbour inspections and reports showed that the north quay had been left open.",
			"Reports showed that the north quay had been left open.", ""},
		{"Ana Lind, a pilot, and Jon Berg, a captain, said the north quay must close.",
			"Berg said the north quay must close.", ""},
		{"The port board picked Lund for her long experience and ability to get harbour repairs done before the storm.",
			"Lund will get harbour repairs done before the storm.", ""},
	} {
		s := an.Analyze(nlp.Input{Paragraphs: []string{c.member}, Lang: "en"}).Sentences[0]
		others := otherStems(an, c.other)
		if got, _ := addsHead(s, c.member, others, true); got != c.want {
			t.Errorf("addsHead(%q) = %q, want %q", c.member, got, c.want)
		}
	}
}

// TestWiderHeadPointGuards: each case is refused by one guard of
// widerHeadPoint or ownSubject alone (removed, the case is marked):
// a name before "and" (the names may be a pair: "crews from Ostra and
// Vela pilots were blamed"), a dash before "and", a verb before "and"
// (two verbs of one object: "reviewed and the union approved the
// rules"), a comma between the
// subject after "and" and its verb (an apposition going on: "a pilot
// and harbour master, said to have …"), and a noun of saying behind
// "and" that predicateBehind takes for a verb ("a short video and
// statement").
func TestWiderHeadPointGuards(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ guard, member, other string }{
		{"ownSubject: a name before and",
			"The harbour board questioned crews from Ostra and Vela pilots were blamed for leaving the north quay open during the storm.",
			"Vela pilots were blamed for leaving the north quay open during the storm."},
		{"ownSubject: a dash before and",
			"The board closed the ferry pier for a week — and harbour crews were told to stay home during the storm.",
			"Harbour crews were told to stay home during the storm."},
		{"ownSubject: a comma before the verb",
			"The board thanked Lund, a pilot and harbour master, said to have closed the north quay during the storm.",
			"Lund, a harbour master, closed the north quay during the storm."},
		{"ownSubject: a verb before and",
			"The harbour board reviewed and the pilot union approved the new rules for the north quay during the storm.",
			"The pilot union approved the new rules for the north quay."},
		{"widerHeadPoint: a finite verb behind and",
			"The harbour board released a short video and statement on Friday closing the north quay for the winter.",
			"The north quay is closing for the winter from Friday."},
	} {
		s := an.Analyze(nlp.Input{Paragraphs: []string{c.member}, Lang: "en"}).Sentences[0]
		others := otherStems(an, c.other)
		if got, _ := addsHead(s, c.member, others, true); got != "" {
			t.Errorf("%s: addsHead(%q) = %q, want nothing marked", c.guard, c.member, got)
		}
	}
}

// otherStems returns the stems of the content words of the first
// sentence of text.
func otherStems(an *nlp.Analyzer, text string) map[string]bool {
	out := map[string]bool{}
	for _, tk := range an.Analyze(nlp.Input{Paragraphs: []string{text}, Lang: "en"}).Sentences[0].Tokens {
		if content(tk) {
			out[tk.Stem] = true
		}
	}
	return out
}
