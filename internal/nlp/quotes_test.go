package nlp

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestQuotes(t *testing.T) {
	a := newTestAnalyzer(t)
	type want struct {
		text    string
		partial bool
		speaker string // mention text
		entity  string // entity name, "" when none is expected
		verb    string
	}
	tests := []struct {
		name  string
		text  string
		quote []want
	}{
		{"x said", "Mayor Lena Ortiz said: \u201cThe bridge opens in May.\u201d",
			[]want{{"The bridge opens in May.", false, "Lena Ortiz", "Lena Ortiz", "said"}}},
		{"said x", "\u201cWe will not wait,\u201d said Tom Becker, a union leader.",
			[]want{{"We will not wait,", false, "Tom Becker", "Tom Becker", "said"}}},
		{"x said after", "\u201cThe numbers are wrong,\u201d the minister warned.",
			[]want{{"The numbers are wrong,", false, "the minister", "", "warned"}}},
		{"interrupted", "\u201cWe tried,\u201d Ana Ruiz said. \u201cIt did not work.\u201d",
			[]want{{"We tried, It did not work.", false, "Ana Ruiz", "Ana Ruiz", "said"}}},
		{"colon", "Ana Ruiz: \u00abNous restons ici.\u00bb",
			[]want{{"Nous restons ici.", false, "Ana Ruiz", "Ana Ruiz", ""}}},
		{"low marks", "The chief said: \u201eWe stay.\u201c Then Karl Olsen said so.",
			[]want{{"We stay.", false, "The chief", "", "said"}}},
		{"according to", "According to Sara Lind, \"the plan is dead.\"",
			[]want{{"the plan is dead.", false, "Sara Lind", "Sara Lind", ""}}},
		{"partial", "Finance Minister Ida Holm said the budget was \u201cfully funded\u201d and balanced.",
			[]want{{"fully funded", true, "Ida Holm", "Ida Holm", "said"}}},
		{"scare", "The so-called \u2018reform\u2019 stalled.", nil},
		{"a show's title", "Senator Ida Holm said on VBC\u2019s \u201cSunday in the Valley\u201d that the dam would hold.", nil},
		{"a paper's column", "Ben Cole wrote in the Lantern's \"Morning Brief\" that talks had failed.", nil},
		{"mr said", "\u201cWe did what we could,\u201d Mr. Lind said.",
			[]want{{"We did what we could,", false, "Mr. Lind", "Lind", "said"}}},
		{"pronoun", "Ida Holm spoke at noon.\n\n\u201cWe are ready,\u201d she added.",
			[]want{{"We are ready,", false, "she", "Ida Holm", "added"}}},
		{"apostrophes", "The workers\u2019 union rejected Ida Holm\u2019s offer and said \u2018no deal\u2019.",
			[]want{{"no deal", false, "The workers\u2019 union", "", "said"}}},
		{"straight", "\"It's over,\" Ben Cole said.",
			[]want{{"It's over,", false, "Ben Cole", "Ben Cole", "said"}}},
		{"nested", "Ben Cole said: \u201cThey told me \u2018wait\u2019 and I waited.\u201d",
			[]want{{"They told me \u2018wait\u2019 and I waited.", false, "Ben Cole", "Ben Cole", "said"}}},
		{"multi paragraph", "Ben Cole said: \u201cFirst point.\n\n\u201cSecond point.\u201d\n\nThen he left.",
			[]want{{"First point. Second point.", false, "Ben Cole", "Ben Cole", "said"}}},
		{"infinitive speaks for the subject", "Rosa Tamm backed the chief last year. Yet Tamm now claims to believe Ivo Lund's conduct was so poor that \"a new start is needed at the agency\" this spring.",
			[]want{{"a new start is needed at the agency", true, "Tamm", "Rosa Tamm", "believe"}}},
		{"a thought inside what was said", "Ida Holm said she did not believe that \u201cany other port would open its books to the public.\u201d",
			[]want{{"any other port would open its books to the public.", true, "she", "Ida Holm", "said"}}},
		{"a thought after a told", "Ben Cole told the board he thinks \u201cthe dam will hold.\u201d",
			[]want{{"the dam will hold.", false, "he", "Ben Cole", "told"}}},
		{"inverted speaker before the quote", "Then said Tom Becker, a union leader: \u201cWe go on.\u201d",
			[]want{{"We go on.", false, "Tom Becker", "Tom Becker", "said"}}},
		{"pronoun skips names inside the quote", "Tomas Brennick spoke after the vote.\n\n\u201cNobody trusted Pavel Ruud's numbers,\u201d he said.",
			[]want{{"Nobody trusted Pavel Ruud's numbers,", false, "he", "Tomas Brennick", "said"}}},
		{"pronoun is the subject before, not the object", "Senator Carl Engstrom said Pavel Ruud had lost the board's trust.\n\nHe also said Ruud's decisions \u201chave alarmed everyone\u201d in the city.",
			[]want{{"have alarmed everyone", true, "He", "Carl Engstrom", "said"}}},
		{"pronoun is not the addressee", "Indeed, Tomas Brennick raised the audit in his letter to Pavel Ruud: \u201cWhile I thank you for your work,\u201d he wrote that the board would act.",
			[]want{{"While I thank you for your work,", false, "he", "Tomas Brennick", "wrote"}}},
		{"pronoun skips a possessive", "Two days after Pavel Ruud's hearing, Tomas Brennick went on the radio.\n\n\u201cThis was a hard case,\u201d he said.",
			[]want{{"This was a hard case,", false, "he", "Tomas Brennick", "said"}}},
		{"surname that is a common word", "Prime Minister Helen May resigned on Friday. Minister Olga Reed quit this week, and several colleagues rejected the bill.\n\nIn her final speech, May defended her record.\n\n\u201cI gave it everything,\u201d she said.",
			[]want{{"I gave it everything,", false, "she", "Helen May", "said"}}},
		{"honorific picks the person of its gender", "Peter Holt opened the plant. His daughter Mary Holt spoke next. Then Mr. Holt said: \u201cWe stay.\u201d",
			[]want{{"We stay.", false, "Holt", "Peter Holt", "said"}}},
		{"a shared surname alone is the person named first", "Peter Holt opened the plant. His daughter Mary Holt spoke next. Then Holt said: \u201cWe stay.\u201d",
			[]want{{"We stay.", false, "Holt", "Peter Holt", "said"}}},
		{"a party word is no first name", "Republican Peter Holt opened the plant. His daughter Mary Holt spoke next. Then Holt said: \u201cWe stay.\u201d",
			[]want{{"We stay.", false, "Holt", "Peter Holt", "said"}}},
		{"a clause of reason is not the quote's", "The memo also said Pavel Ruud should not have announced the audit because, for auditors, \u201csilence is not concealment.\u201d",
			[]want{{"silence is not concealment.", false, "The memo", "", "said"}}},
		{"one reporting verb before a clause of reason", "Tomas Brennick said the plant closed because \u201cthe orders stopped.\u201d",
			[]want{{"the orders stopped.", true, "Tomas Brennick", "Tomas Brennick", "said"}}},
		{"voiced", "Mara Voss voiced concern that the board was bowing to \u201cpressure\u201d from donors.",
			[]want{{"pressure", true, "Mara Voss", "Mara Voss", "voiced"}}},
		{"another person's sentence before a whole quote", "Union chief Alan Brisk said: \u201cNo worker should be spoken of this way.\u201d Speaker Tom Bell, who had just left the meeting, went on, \u201cI hope the firm treats this with the care it deserves.\u201d",
			[]want{{"No worker should be spoken of this way.", false, "Alan Brisk", "Alan Brisk", "said"}, {"I hope the firm treats this with the care it deserves.", false, "Tom Bell", "Tom Bell", "went"}}},
		{"role alias", "UK Prime Minister Jane Albright visited. \u201cWe stand firm,\u201d the UK prime minister said.",
			[]want{{"We stand firm,", false, "the UK prime minister", "Jane Albright", "said"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(t, a, tc.text)
			if len(an.Quotes) != len(tc.quote) {
				t.Fatalf("got %d quotes %+v, want %d", len(an.Quotes), an.Quotes, len(tc.quote))
			}
			for i, w := range tc.quote {
				q := an.Quotes[i]
				if q.Text != w.text || q.Partial != w.partial {
					t.Errorf("quote %d = %q partial %v, want %q partial %v", i, q.Text, q.Partial, w.text, w.partial)
				}
				got := ""
				if q.Speaker != nil {
					got = q.Speaker.Mention
				}
				if got != w.speaker {
					t.Errorf("quote %d speaker %q, want %q", i, got, w.speaker)
				}
				if w.entity != "" {
					if e := entityOf(an, q.Speaker); e == nil || e.Name != w.entity {
						t.Errorf("quote %d entity %+v, want %q", i, e, w.entity)
					}
				}
				if q.Verb != w.verb {
					t.Errorf("quote %d verb %q, want %q", i, q.Verb, w.verb)
				}
			}
		})
	}
}

func TestQuoteOffsets(t *testing.T) {
	a := newTestAnalyzer(t)
	p := "Élise Caron said: \u201cÇa va très bien.\u201d"
	an := a.Analyze(Input{Paragraphs: []string{p}})
	if len(an.Quotes) != 1 {
		t.Fatalf("quotes: %+v", an.Quotes)
	}
	sp := an.Quotes[0].Parts[0]
	if p[sp.Start:sp.End] != "Ça va très bien." {
		t.Errorf("part %+v covers %q", sp, p[sp.Start:sp.End])
	}
	if got := RuneOffset(p, sp.Start); got != 19 {
		t.Errorf("rune offset %d, want 19", got)
	}
	s := an.Quotes[0].Speaker
	if s == nil || p[s.Span.Start:s.Span.End] != "Élise Caron" {
		t.Errorf("speaker %+v", s)
	}
}

// TestCommonWordSurname checks that a surname that is also a month or a
// modal verb is read as the person only where the text reads it so.
func TestCommonWordSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "Prime Minister Hana May resigned on Friday.\n\nMay said the vote of May 24 would go ahead. In May the party met, and the pressure on May grew until the end of May.\n\nMay I add one thing, a voter asked."
	an := a.Analyze(Input{Paragraphs: strings.Split(text, "\n\n")})
	var got []string
	for _, e := range an.Entities {
		if e.Name != "Hana May" {
			continue
		}
		for _, m := range e.Mentions {
			got = append(got, fmt.Sprintf("%d:%d", m.Para, m.Start))
		}
	}
	// "Hana May" in the first paragraph, "May said" and "on May" in the second.
	want := []string{"0:15", "1:0", "1:86"}
	if !slices.Equal(got, want) {
		t.Errorf("mentions of Hana May at %v, want %v", got, want)
	}
}

// TestTitleAfterPreposition: a capitalised phrase in quotation marks
// after "on", "told", "like", "quoting"… or a word for a show names a
// show or a book, even beside a speaker; a capitalised exclamation or a sentence is still a quote.
func TestTitleAfterPreposition(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text  string
		quote bool
	}{
		{`The goal is pictures for shows like "Fox & Friends," she said.`, false},
		{`"Schools must be safe," Ms. Doe told "60 Minutes" on Sunday.`, true},
		{`Doe told "60 Minutes" she would review the rules.`, false},
		{`He spoke on "Face the Nation" about the bridge.`, false},
		{`The mayor tweeted, quoting "Fox & Friends."`, false},
		{"The mayor tweeted, quoting \u201cFox & Friends.\u201d", false},
		{`Citing the morning program "Fox & Friends," the mayor posted a link.`, false},
		{`The mayor told reporters, "We Will Not Close It."`, true},
		{`The crowd chanted "Build It Now" as the mayor said, "We will reopen the bridge."`, true},
	} {
		an := a.Analyze(Input{Paragraphs: []string{tc.text}})
		var titled []string
		for _, q := range an.Quotes {
			switch q.Text {
			case "Fox & Friends,", "Fox & Friends", "60 Minutes", "Face the Nation":
				titled = append(titled, q.Text)
			}
		}
		if len(titled) > 0 {
			t.Errorf("%q: title read as a quote: %q", tc.text, titled)
		}
		if got := len(an.Quotes) > 0; got != tc.quote {
			t.Errorf("%q: quotes %v, want a quote %v", tc.text, an.Quotes, tc.quote)
		}
	}
}
