package compare

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestNegatedInOne: a sentence that negates what another states is a
// contradiction; a possibility, a question, someone's quoted words, a
// negation both share or two negations of one thing in other words are
// not.
func TestNegatedInOne(t *testing.T) {
	an := newAnalyzer(t)
	first := func(text string) account {
		a := an.Analyze(nlp.Input{Paragraphs: []string{text}})
		return newAccount(a.Sentences[0], a.Quotes)
	}
	for _, tc := range []struct {
		a, b string
		want []string
	}{
		{"The council apologized for the flooding of the library.", "The council's statement offered no apology for the flooding of the library.", []string{"apologized", "no apology"}},
		{"The mayor did not resign on Friday.", "The mayor resigned on Friday.", []string{"not resign", "resigned"}},
		{"It is unclear whether or not the mayor resigned.", "The mayor resigned.", nil},
		{`The mayor told reporters: "I did not resign."`, "The mayor resigned.", nil},
		{"Officials could not confirm the closure of the port.", "Officials confirmed the closure of the port.", nil},
		{"The mayor did not resign.", "The mayor never resigned.", nil},
		{"The mayor not only resigned but left town.", "The mayor resigned.", nil},
		{"Few dockworkers haven't had the experience of being searched at the gate.", "Few dockworkers haven't been searched at the gate, he said.", nil},
		// An abstention, a refusal or a denial is the negation in other words.
		{"Councillor Mara Ostin voted present on both harbour motions.", "Councillor Mara Ostin did not vote for or against the harbour motions.", nil},
		{"Several harbour officials, including the port treasurer, refused to testify.", "The council wants to hear harbour officials who didn't testify, including the port treasurer.", nil},
		{"The harbour master did not carry out the order.", "The harbour master refused and threatened to quit rather than carry out the order.", nil},
		{"Councillor Ostin and two others missed the vote on the harbour rules.", "Councillor Ostin did not vote on the harbour rules.", nil},
		{"Councillor Ostin cast the lone \u201cpresent\u201d vote on the harbour rules.", "Councillor Ostin did not vote for or against the harbour rules.", nil},
		{"Despite the mayor's directive to aides not to testify, a dozen harbour officials gave testimony.", "A dozen harbour officials testified for hours.", nil},
		{"A port aide issued a statement explaining the chairman's words.", "The statement came from a port aide, not from the chairman.", nil},
		{"The harbour officials ultimately did not resign.", "Among the harbour officials threatening to resign was the port treasurer.", nil},
		{"The port report was sent to the council and quickly became public.", "The chairman did something no one expected, or at least not so quickly.", nil},
		{"There is no question there were talks between port aides and the smugglers.", "The hearing will feature questions about talks between port aides and the smugglers.", nil},
		{"It is the first time in years that a harbour chief has resigned so early.", "This isn't the first time that dockworkers have turned to a strike.", nil},
		{"Russia did not deploy its air defence system against the missiles.", "Russia has deployed dozens of warplanes at its base.", nil},
		{"No harbour strike has ever closed the port.", "The harbour strike closed the port on Monday.", nil},
		{"Councillor Ostin won't call an extra session of the council.", "Councillor Ostin again refused to call an extra session of the council.", nil},
		// Someone's claim is not the outlet's account.
		{"Councillor Ostin said she does not support the harbour bill.", "Councillor Ostin supports the harbour bill.", nil},
		{"He insists he didn't mock the harbour workers.", "He mocked the harbour workers at the rally.", nil},
		// Quoted words, the quotation opened in an earlier sentence.
		{"The port is not to blame,\" Councillor Ostin said in a statement.", "Councillor Ostin put the blame on the port.", nil},
		{"We won't be closing the harbour.\u201d", "The council is committed to closing the harbour.", nil},
		// The same word negated in one and stated in the other, with a
		// denial word as the very word compared.
		{"The port authority is not denying that the director made the remarks.", "The port authority is flat out denying the remarks in a statement.", []string{"not denying", "denying"}},
		// The same words said of two subjects are two propositions.
		{"The port authority is not denying that the director made the remarks.", "The director is flat out denying the remarks in a statement from the port authority.", nil},
		{"The harbour aides also do not count the savings on dock fees as real cuts.", "The mayor's office is also counting on the savings on dock fees.", nil},
		{"They also do not count the savings on dock fees as real cuts.", "The mayor's office is also counting on the savings on dock fees.", nil},
		// An infinitive is an aim: "working to get confirmation" states
		// none.
		{"The Valmora Post has not independently confirmed that the harbour crane collapsed.", "The Valmora Post is working to get independent confirmation of the crane collapse.", nil},
		// A participle has no subject of its own: the rules cannot tell.
		{"Councillors sent a letter to the police on Monday asking them to investigate the threats.", "Councillors aren't asking for a criminal investigation of the threats.", nil},
		// A clause of plan rules out only itself.
		{"Ostin will face Councillor Brek, who faces token opposition in the harbour primary.", "Ostin will face Councillor Brek, who had no opposition in the harbour primary.", []string{"opposition", "no opposition"}},
	} {
		if got := negatedInOne(first(tc.a), first(tc.b)); !slices.Equal(got, tc.want) {
			t.Errorf("negatedInOne(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}
