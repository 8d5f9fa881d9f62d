package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestFramingClauses: a clause opened by a subordinator (or "as" at the
// start or after a comma) up to the next stop frames the main clause; a
// preposition with no verb after it ("before the committee") opens no
// clause, nor does a subordinator inside quotation marks, a clause of
// contrast or of reason, a clause inside a verb group, or a clause that
// opens the sentence and runs to its end or to a closing quotation mark; a
// comma between names does not close a clause, and an -ing phrase that
// opens the sentence frames it unless a verb follows it before its
// comma (a gerund subject). The phrase after "said of" tells whom a
// remark is about, not what it says ("said of course" aside).
func TestFramingClauses(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct{ text, want string }{
		{"The vote came hours after the mayor admitted the deal.", "after the mayor admitted the deal ."},
		{"As guards waited for the ferry, the prisoner ran.", "as guards waited for the ferry"},
		{"Renn will appear before the harbour committee on Tuesday.", ""},
		{"\"We left before the storm hit,\" the skipper said.", ""},
		{"The ferry sailed, although the port was closed.", ""},
		{"When the storm hit I said the ferry should stay.", ""},
		{"The first boat left at noon, as reports said a crew member in Sorrel, Vesk, had been hurt.", "as reports said a crew member in sorrel , vesk , had been hurt ."},
		{"Marking the day, the mayor opened the bridge.", "marking the day"},
		{"Opening the bridge would be a gift to the town, she said.", ""},
		{"She will not sail because her boat is in the yard.", ""},
		{"The fund has since it was set up paid out $5 million to fishermen.", ""},
		{"When the storm hit we stayed in port,\" the skipper wrote.", ""},
		{"\"They were the finest hands I knew,\" the widow said of the nine sailors, at the quay.", "of the nine sailors"},
		{"The harbour master said of course the quay would reopen.", ""},
		{"The mayor blamed careless reporting of the vote for the anger.", ""},
	} {
		ts := an.Analyze(nlp.Input{Paragraphs: []string{c.text}, Lang: "en"}).Sentences[0].Tokens
		frame := framingClauses(ts)
		var got []string
		for i, t := range ts {
			if frame[i] {
				got = append(got, t.Norm)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("framing clauses of %q: %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

// TestFramedDetailIsNoFact: a sentence that tells another article's news
// as the background of its own ("the reversal came hours after the mayor
// admitted …") does not report that fact; two sentences whose main
// clauses say one thing do.
func TestFramedDetailIsNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Bridge deal\nThe council of Vesk reversed its vote on the Tarn bridge on Wednesday.\n"+
			"Mayor Oda Renn admitted on Tuesday that the bridge contract had gone to her cousin's building firm without a tender.\n"+
			"Work on the bridge has stopped.",
		"Council turns\nThe council of Vesk reversed its vote on the Tarn bridge on Wednesday.\n"+
			"The reversal came only hours after Mayor Oda Renn admitted that the bridge contract had gone to her cousin's building firm without a tender.\n"+
			"Two councillors resigned.",
	))
	checkFactGroups(t, r, "The reversal came only hours", "The council of Vesk reversed")
}

// TestMainClauseNamesNoSpeaker: the name of who says something is not
// what the main clause says of anyone, and a day of the week is when.
func TestMainClauseNamesNoSpeaker(t *testing.T) {
	docs, _ := prepare(mkArticles("Bridge\nMayor Oda Renn said on Tuesday that the Tarn bridge would close."), nil, newAnalyzer(t))
	d := docs[0]
	pos := d.sents[len(d.sents)-1].pos
	c := mainClause(d, pos)
	ent, _ := describedNames(d, pos)
	renn := -1
	for i, tk := range d.an.Sentences[pos].Tokens {
		if tk.Surface == "Renn" {
			renn = ent[i]
		}
	}
	if renn < 0 || c.names[renn] {
		t.Errorf("speaker entity %d among the main clause's names %v", renn, c.names)
	}
	if c.words["tuesday"] || !c.words["close"] {
		t.Errorf("main clause words %v, want close and not tuesday", c.words)
	}
}

// TestRemarkTopicIsNoFact: a quoted remark said of someone ("…," she
// said of the crew) does not state what another article says of them
// (how many crew were aboard); two sentences giving one fact do.
func TestRemarkTopicIsNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry lost\nThe ferry Tarn sank off Vesk on Monday night.\n"+
			"The ferry was carrying 212 passengers and nine crew members on its way to Ostra.\n"+
			"Divers reached the wreck on Tuesday.",
		"Ferry sinks\nThe ferry Tarn sank off Vesk on Monday night.\n"+
			"\"They were the finest sailors on the whole coast,\" a widow said of the nine crew members on its way to Ostra.\n"+
			"The port of Vesk was closed.",
	))
	checkFactGroups(t, r, "\"They were the finest sailors", "The ferry Tarn sank")
}
