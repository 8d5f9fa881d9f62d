package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Only-adds details of session 59 (FactSentence.OnlyHere): a name that
// opens its sentence, and a ranked event of a period ("its third
// increase this year"), which the names-and-figures rule of session 58
// (usableDetails) had dropped with the stubs of wording.

// openingNames marks the first token of a person's name of two words
// or more that opens sentence k of d and is set off by a comma, as a
// name with its role is ("Ana Lind, a spokeswoman for the port, …"):
// usableDetails takes no capital that opens a sentence for a name, and
// lost the names of spokespeople whose sentence opens with them
// (h/fresh42b: a district attorney's spokesman, named only by one
// article). Other runs of capitals that open a sentence are left out:
// over the events of 3+ outlets of ABP, taking every opening name of a
// person or body of two words listed stubs ("Offered Bush", "Several
// Arab", "Number Nine") and outlets as sources ("CBS News", "White
// House") beside the spokespeople.
func openingNames(d *doc, k int) []bool {
	sen := d.an.Sentences[k]
	opens := make([]bool, len(sen.Tokens))
	if len(sen.Tokens) == 0 {
		return opens
	}
	for _, e := range d.an.Entities {
		if e.Type != nlp.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence != k || m.Kind != nlp.MentionName || m.Start != sen.Tokens[0].Start || !strings.Contains(m.Text, " ") {
				continue
			}
			for i, t := range sen.Tokens {
				if t.Start >= m.End {
					// One mention set off by a comma is enough; a
					// shorter one of the same name ("Ana Lind" of
					// "Ana Lind Kro, …") does not unmark it.
					if t.Kind == nlp.KindPunct && t.Surface == "," {
						opens[0] = true
						return opens
					}
					break
				}
				if i > 0 && t.Kind == nlp.KindPunct {
					break // a mention that holds a mark is no plain name
				}
			}
		}
	}
	return opens
}

// rankWords are the ordinals that rank an event within a period,
// rankLeads the words that open the period and rankPeriods the periods
// ("this year", "last month", "past decade"); see rankedPeriods.
var (
	rankWords   = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true}
	rankLeads   = map[string]bool{"this": true, "last": true, "past": true}
	rankPeriods = map[string]bool{"year": true, "month": true, "week": true, "decade": true, "season": true, "quarter": true, "term": true}
)

// rankedPeriods returns the phrases of sentence ts that rank an event
// within a period: an ordinal from second on, one or two words of the
// event that are no name, no saying verb and no stop word, and "this",
// "last" or "past" with a period ("third increase this year", "second
// strike this month"), when own holds for a word of the event (a word
// the group's other members lack). Such a phrase tells how the event
// stands among others, which no name or figure carries; "first" is left
// out ("for the first time this year" is wording more often than a
// rank).
func rankedPeriods(ts []nlp.Token, para string, own func(int) bool) []string {
	var out []string
	to := len(ts) - 1
	for i := 0; i <= to; i++ {
		if !rankWords[ts[i].Norm] {
			continue
		}
		j := i + 1
		for j <= to && j-i <= 2 && ts[j].Kind == nlp.KindWord && !ts[j].Stop && !capitalised(ts[j].Surface) && !onlySayVerbs[ts[j].Norm] && !rankLeads[ts[j].Norm] {
			j++
		}
		if j == i+1 || j+1 > to || !rankLeads[ts[j].Norm] || !rankPeriods[ts[j+1].Norm] || !own(i+1) && !own(j-1) {
			continue
		}
		out = append(out, para[ts[i].Start:ts[j+1].End])
		i = j + 1
	}
	return out
}
