package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A detail told in a relative clause. A member may give the others'
// point in its main clause and set beside it, between commas, a clause
// about someone it names: "Mayor Ilse Varn, who cancelled her visit to
// the festival, said the ferry would run again" beside "Varn said the
// ferry would run again". No clause point of addsPart parts it (the
// clause stands inside the sentence, or after a name with no subject of
// its own), so the member was shown whole with nothing marked and the
// reader saw the outlets agree on a sentence one of them says more in.
// The relative clause is then what the member adds.

// relativeOpeners open a relative clause after a comma.
var relativeOpeners = setOf("who", "whose", "which")

// addsRelative returns the first relative clause of sentence s (whose
// text is text), with cutMark before it and, when the sentence goes on,
// after it, when no other member gives it (others: their word stems): a
// comma outside quotation marks, then "who", "whose" or "which"; the
// clause runs to the next comma, which a verb of the sentence's own
// predicate must follow right behind (predicateVerb: "Varn, who …,
// said"; a comma before anything else may part a list inside the
// clause), or to the sentence's end. Only the first such clause is
// read: when it fails a test below, nothing is marked. The clause holds
// at least minCutWords content words, none of the others' (names
// included), no quotation mark and no verb of saying naming a source;
// the rest of the sentence holds at least minCutWords content words and
// minCutTold (not names) of the others'. Cost: a pass or two over s's
// tokens, no allocation but inQuotes', paid only for a fact-group
// member's sentence that no earlier mark of cutRunOns parts.
func addsRelative(s nlp.Sentence, text string, others map[string]bool) (string, bool) {
	ts := s.Tokens
	quoted := inQuotes(ts)
	for k := 1; k+2 < len(ts); k++ {
		if quoted[k] || ts[k].Surface != "," || !relativeOpeners[ts[k+1].Norm] {
			continue
		}
		end, mid := len(ts), false
		for i := k + 2; i < len(ts); i++ {
			if quoteMark(ts[i].Surface) {
				return "", false
			}
			if ts[i].Surface == "," {
				if i+1 >= len(ts) || ts[i+1].Kind != nlp.KindWord || capitalised(ts[i+1].Surface) || !predicateVerb(ts, i+1) {
					return "", false
				}
				end, mid = i, true
				break
			}
			if ts[i].Surface == ";" || ts[i].Surface == "—" || ts[i].Surface == "–" || ts[i].Surface == "--" {
				return "", false
			}
		}
		if !mid {
			for end > k+2 && ts[end-1].Kind == nlp.KindPunct {
				end--
			}
		}
		clause := 0
		for i := k + 2; i < end; i++ {
			if sourceOf(ts, i) {
				return "", false
			}
			if content(ts[i]) {
				clause++
			}
		}
		if clause < minCutWords || anyOthers(ts[k+1:end], others) {
			return "", false
		}
		// The rest of the sentence, before and after the clause.
		head, told := headTold(ts[:k], others)
		h, t := headTold(ts[end:], others)
		if head+h < minCutWords || told+t < minCutTold {
			return "", false
		}
		from, to := ts[k+1].Start-s.Start, ts[end-1].End-s.Start
		if from <= 0 || to > len(text) || from >= to || !strings.HasPrefix(text[from:], ts[k+1].Surface) {
			return "", false
		}
		a := cutMark + text[from:to]
		if mid {
			a += cutMark
		}
		return a, true
	}
	return "", false
}
