package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestAddsOwnMainClause: a member that gives the others' point only as
// the phrase of a preposition of its own main clause has that main
// clause marked as what it adds (session 63). Before, no clause point
// parted the sentence and the member was shown whole with nothing
// marked, as if it said only what the other says.
func TestAddsOwnMainClause(t *testing.T) {
	checkMemberAdds(t, []addsCase{
		{"a phrase of over",
			"Councillors from both benches sharply questioned the Ostra Harbour Board over its reported plan to close the north quay for the winter.",
			"The Ostra Harbour Board plans to close the north quay for the winter.", "The Ostra Harbour Board plans",
			"Councillors from both benches sharply questioned the Ostra Harbour Board…"},
		{"a phrase of on, behind a verb of saying",
			"Lund also said he wants the Harbour Council to act quickly on Berg's appointment of a new pilot to succeed Holm at the north quay.",
			"Berg appointed a new pilot to succeed Holm at the north quay on Monday.", "Berg appointed",
			"Lund also said he wants the Harbour Council to act quickly…"},
	}, true)
}

// TestAddsOwnMainClauseGuards: addsMainClause sentence by sentence
// (others: the other member's stems). Marked: the main clause before
// "over", "for" and "on" (after a name's possessive). Not marked: a
// first clause of a verb of saying and a name only ("Lund said on
// Friday …": a frame, not a point), a phrase of "of" (a noun's, "the
// closure of the quay"), a clause opening with "if", a quotation before
// the phrase, a relative clause left open, a verb of clause between the
// preposition and the shared words ("in a letter the board closed …"),
// a speaker closing the sentence, a phrase telling one word of the
// others' only, a head of fewer than three plain words, a verb right
// before the preposition ("involved in": the verb's own phrase), a
// phrase with none of the others' verbs (the main clause may tell
// their point in words of its own: "criticised … for its decision to
// shut" beside "decided to close"), a phrase telling less than half of
// the other's plain words (toldMostly: the other tells a point of its
// own, which "fired the starting gun" tells in a figure), and a noun
// behind "to" that verbStems does not take for a verb ("a response to
// unrest among"), and a verb after a figure that a preposition opens
// ("and in 2010 ran for …": a second clause's verb, no phrase; the mark
// ended on a bare "and").
func TestAddsOwnMainClauseGuards(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ member, other, want string }{
		{"Two councillors sharply questioned the Harbour Board over its plan to close the north quay for the winter.",
			"The Harbour Board plans to close the north quay for the winter.", "Two councillors sharply questioned the Harbour Board…"},
		{"Pilots have little faith in the board closing the north quay for the winter.",
			"The board is closing the north quay for the winter.", ""},
		{"But she remains distrusted by many local fishermen for her acceptance of donations from shipping firms and dredging lobbies.",
			"Lind has said she will not accept donations from shipping firms or dredging lobbies.", "But she remains distrusted by many local fishermen…"},
		{"Lund also said he wants the harbour council to act quickly on Berg's appointment of a new pilot to succeed Holm at the north quay.",
			"Berg appointed a new pilot to succeed Holm at the north quay.", "Lund also said he wants the harbour council to act quickly…"},
		{"Lund said on Friday that the board would close the north quay for the winter.",
			"The board will close the north quay for the winter.", ""},
		{"The sudden closure of the north quay for the winter months surprised pilots.",
			"The board will close the north quay for the winter months.", ""},
		{"If councillors question the harbour board over its plan to close the north quay for the winter, Lund will resign.",
			"The harbour board plans to close the north quay for the winter.", ""},
		{"Councillors called it “a disgrace” and questioned the board over its plan to close the north quay for the winter.",
			"The board plans to close the north quay for the winter.", ""},
		{"Pilots met the mayor of Ostra, who angrily questioned the Harbour Board over its plan to close the north quay for the winter.",
			"The Harbour Board plans to close the north quay for the winter.", ""},
		{"Pilots were surprised and angry in early March the harbour board closed the north quay for the winter.",
			"The harbour board closed the north quay for the winter.", ""},
		{"Councillors sharply questioned the harbour board over its plan to close the north quay for the winter, Lund said.",
			"The harbour board plans to close the north quay for the winter.", ""},
		{"Councillors sharply questioned the harbour board over its plan for the ferry pier and the dredging works.",
			"The harbour board has a plan to build cranes.", ""},
		{"The harbour cabinet member involved in two ferry crashes near the north quay will take a leave.",
			"Two ferry crashes near the north quay will take the pilots off duty.", ""},
		{"Pilots on the night shift angrily criticised the board for its decision to shut the north quay early.",
			"The board decided to close the north quay before the storm.", ""},
		{"Mayor Berg fired the starting gun for the harbour race on Monday as she asked crews to form a pilots committee.",
			"In a short video released by her office on Monday, the last day of the busy sailing season, Berg announced that she is forming a pilots committee for the harbour.", ""},
		{"Pilots on the night shift angrily criticised the board for its response to unrest among ferry crews.",
			"The crews are angry and called for a response to unrest among ferry crews.", ""},
		{"Lund served two terms on the town council and in 2010 ran for a seat on the harbour board.",
			"Lund ran for a seat on the harbour board in 2010.", ""},
	} {
		s := an.Analyze(nlp.Input{Paragraphs: []string{c.member}, Lang: "en"}).Sentences[0]
		others := otherStems(an, c.other)
		if got, _ := addsMainClause(s, c.member, others, [][]nlp.Token{an.Analyze(nlp.Input{Paragraphs: []string{c.other}, Lang: "en"}).Sentences[0].Tokens}); got != c.want {
			t.Errorf("addsMainClause(%q) = %q, want %q", c.member, got, c.want)
		}
	}
}
