package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestAttribution: the subject of a verb of saying is its speaker, with
// the title around the name, back to the sentence's start or to the
// comma after a clause with a verb (with no comma, none: the clause
// frames the sentence anyway); a speaker written after the verb at
// the sentence's end after a quotation is one too. A verb that takes an
// object ("added 0.2 points") or follows an auxiliary ("will be added")
// reports no words, and a verb inside quotation marks is the speaker's.
func TestAttribution(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct{ text, want string }{
		{"The chairman of the harbour board, Ilse Brandt, said the quay would close.", "the chairman of the harbour board , ilse brandt ,"},
		{"\"The quay will close,\" said Ilse Brandt, the chairman of the harbour board.", "ilse brandt , the chairman of the harbour board ."},
		{"The ferry left port on Monday, the company said.", "the company"},
		{"Brandt told Radio Ostra on Monday that the quay would close.", "brandt"},
		{"Fish exports added 0.2 percentage point to growth.", ""},
		{"A night crossing will be added to the timetable.", ""},
		{"\"I said the quay would close,\" Brandt wrote.", "brandt"},
		{"The port reopened after the harbour master said the storm had passed.", ""},
	} {
		ts := an.Analyze(nlp.Input{Paragraphs: []string{c.text}, Lang: "en"}).Sentences[0].Tokens
		quoted := inQuotes(ts)
		frame := framingClauses(ts)
		for i, q := range quoted {
			if q {
				frame[i] = false
			}
		}
		var got []string
		for i, a := range attribution(ts, quoted, frame) {
			if a {
				got = append(got, ts[i].Norm)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("attribution of %q: %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

// TestOneSpeakerTwoRemarks: two articles giving two remarks of one
// person, each under her name and title, do not report one fact; a
// remark both give, in other words, is one.
func TestOneSpeakerTwoRemarks(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour strike\nThe harbour strike in Ostra entered its third week on Monday.\n"+
			"The harbour minister of Ostra, Ilse Brandt, said the container terminal would reopen under police guard on Friday.\n"+
			"Dockers picketed the terminal through the night.",
		"Dockers hold out\nShipping in Ostra stayed idle as the strike went on.\n"+
			"The harbour minister of Ostra, Ilse Brandt, said the dockers had earned a pay rise.\n"+
			"Police will guard the container terminal when it reopens on Friday, Brandt said.\n"+
			"Ferry services to the islands were cancelled.",
	))
	checkFactGroups(t, r, "The harbour minister of Ostra, Ilse Brandt, said the dockers", "Police will guard the container terminal")
}

// TestOneSpeakerThreeTweets: three articles that each quote another
// post of one minister, under her name and "tweeted", report three
// remarks, not one fact; the closure all three tell is one.
func TestOneSpeakerThreeTweets(t *testing.T) {
	r := run(t, mkArticles(
		"Minister posts on strike\nThe container terminal of Ostra closed on Monday as the dockers walked out.\n"+
			"\"SHAMEFUL!\" harbour minister Ilse Brandt tweeted on Monday.\n"+
			"Dockers picketed the gates through the night.",
		"Brandt lashes out\nThe container terminal of Ostra closed on Monday after the dockers walked out.\n"+
			"Harbour minister Ilse Brandt tweets: \"The unions will answer for every lost crate.\"\n"+
			"Ferry services to the islands were cancelled.",
		"Strike shuts terminal\nThe dockers walked out and the container terminal of Ostra closed on Monday.\n"+
			"\"I will meet nobody until the cranes move again,\" harbour minister Ilse Brandt tweeted.\n"+
			"Shipping firms warned of delays.",
	))
	for _, s := range []string{"\"SHAMEFUL!\"", "Harbour minister Ilse Brandt tweets", "\"I will meet nobody"} {
		if g := factGroupWith(r, s); g != nil {
			t.Errorf("%q and another article's post are one fact: %+v", s, g)
		}
	}
	if g := factGroupWith(r, "The container terminal of Ostra closed"); len(g) != 3 {
		t.Errorf("the closure is not one fact of the three articles: %+v", r.Facts)
	}
}

// TestShoutedWordsAreSaid: a word written in capitals for emphasis is a
// word of what is said, not a name; a capitalised name stays out.
func TestShoutedWordsAreSaid(t *testing.T) {
	an := newAnalyzer(t)
	ts := an.Analyze(nlp.Input{Paragraphs: []string{"The minister wrote that the audit found \"NO FRAUD\" at Ostra Harbour."}, Lang: "en"}).Sentences[0].Tokens
	ent := make([]int, len(ts))
	for i := range ent {
		ent[i] = -1
	}
	var got []string
	for i, in := range saidTokens(ts, ent, make([]bool, len(ts))) {
		if in {
			got = append(got, ts[i].Norm)
		}
	}
	if want := "minister audit found fraud"; strings.Join(got, " ") != want {
		t.Errorf("said words %q, want %q", strings.Join(got, " "), want)
	}
}
