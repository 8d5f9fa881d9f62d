package compare

import "strings"

// onlyItem is one sentence of the list of what only one outlet gives,
// with its fact and what is said of its copies.
type onlyItem struct {
	fact Fact
	sent FactSentence
	also string
}

// joinQuoteParts makes one item of the consecutive sentences of one
// quotation that the list would show as separate bullets: a quotation
// of two or three sentences (`"A. B," said Lund`) is cut into sentences
// for the facts, and each part alone reads as a fragment, the first
// with its closing mark missing, the next with its opening one (read
// on ABP in session 55: four of sixteen pages showed an analyst's or a
// senator's quote as two or three bullets). An item joins the one
// before it when both are sentences of one paragraph of one article,
// the one before ends inside quotation marks and this one opens none
// before it closes them (or holds none, the middle of three), their
// notes on copies are the same and their speakers agree; and only when
// every sentence of that paragraph that any fact of the report holds is
// in the list, or every other such sentence opens a quotation of its
// own or stands outside one (see outsideOpenQuote), so no sentence
// shown elsewhere (a fact other outlets share) can stand between the
// two. A paragraph whose quotation begins with a sentence other outlets
// share (`"A," Lund said. "B. C. D."`, A in a shared group) still joins
// B, C and D (h/quotes57: a former president's answer of
// s621c46624be9584c in three bullets).
//
// held lists the sentences the report's facts hold in each paragraph
// (heldPlaces): it is read once for all the lists, not once per list.
func joinQuoteParts(items []onlyItem, held map[paraPlace][]string) []onlyItem {
	if len(items) < 2 {
		return items
	}
	listed := map[paraPlace]int{}
	listedText := map[paraPlace]map[string]bool{}
	for _, it := range items {
		pl := paraPlace{it.sent.Article, it.sent.Paragraph}
		listed[pl]++
		if listedText[pl] == nil {
			listedText[pl] = map[string]bool{}
		}
		listedText[pl][it.sent.Text] = true
	}
	// between reports whether a sentence the list leaves out may stand
	// inside a quotation of paragraph pl.
	between := func(pl paraPlace) bool {
		if len(held[pl]) == listed[pl] {
			return false
		}
		for _, t := range held[pl] {
			if !listedText[pl][t] && !outsideOpenQuote(t) {
				return true
			}
		}
		return false
	}
	out := make([]onlyItem, 0, len(items))
	for _, it := range items {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			pl := paraPlace{it.sent.Article, it.sent.Paragraph}
			if pl == (paraPlace{prev.sent.Article, prev.sent.Paragraph}) && pl.paragraph >= 0 && !between(pl) &&
				prev.also == it.also && endsInsideQuote(prev.sent.Text) && continuesQuote(it.sent.Text) &&
				(prev.fact.QuoteOnly == "" || it.fact.QuoteOnly == "" || prev.fact.QuoteOnly == it.fact.QuoteOnly) {
				*prev = joinItems(*prev, it)
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

// paraPlace is a paragraph of an article.
type paraPlace struct {
	article   string
	paragraph int
}

// heldPlaces lists the sentences that facts hold in each paragraph.
func heldPlaces(facts []Fact) map[paraPlace][]string {
	held := map[paraPlace][]string{}
	for _, f := range facts {
		for _, s := range f.Sentences {
			pl := paraPlace{s.Article, s.Paragraph}
			held[pl] = append(held[pl], s.Text)
		}
	}
	return held
}

// outsideOpenQuote reports whether sentence text cannot be the middle
// of a quotation a sentence before it leaves open: it holds a double
// mark and does not continue a quotation (see continuesQuote), so it
// begins one of its own.
func outsideOpenQuote(text string) bool {
	return strings.ContainsAny(text, "\"“”") && !continuesQuote(text)
}

// joinItems is items a and b, consecutive parts of one quotation, as
// one: the sentences one space apart, the speaker noted only when
// neither sentence names them, the details of both.
func joinItems(a, b onlyItem) onlyItem {
	j := a
	j.sent.Text = a.sent.Text + " " + b.sent.Text
	j.sent.Whole = ""
	if a.sent.Speaker == "" || b.sent.Speaker == "" {
		j.sent.Speaker = ""
	}
	f := a.fact
	if f.QuoteOnly == "" {
		f.QuoteOnly = b.fact.QuoteOnly
	}
	f.PartElsewhere = f.QuoteOnly == "" && (a.fact.PartElsewhere || b.fact.PartElsewhere)
	switch {
	case !f.PartElsewhere:
		f.PartBasis = nil
	case f.PartBasis == nil:
		f.PartBasis = b.fact.PartBasis
	}
	own := make([]OwnDetail, 0, len(a.fact.Own)+len(b.fact.Own))
	seen := map[OwnDetail]bool{}
	for _, o := range append(append([]OwnDetail{}, a.fact.Own...), b.fact.Own...) {
		if !seen[o] {
			seen[o] = true
			own = append(own, o)
		}
	}
	f.Own = own
	j.fact = f
	return j
}

// endsInsideQuote reports whether text leaves a quotation open at its
// end: a curly opening mark not closed after it, or an odd number of
// straight double marks.
func endsInsideQuote(text string) bool {
	open := false
	for _, r := range text {
		switch r {
		case '“':
			open = true
		case '”':
			open = false
		case '"':
			open = !open
		}
	}
	return open
}

// continuesQuote reports whether text reads as the rest of a quotation
// left open before it: it does not begin with a double mark (a straight
// one there opens a quotation of its own, where a paragraph mixes curly
// and straight marks), and its first double mark, if any, closes (a
// curly closing mark or a straight one); with no mark at all it is a
// middle part.
func continuesQuote(text string) bool {
	text = strings.TrimSpace(text)
	if strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“") || strings.HasPrefix(text, "”") {
		return false
	}
	for _, r := range text {
		switch r {
		case '“':
			return false
		case '”', '"':
			return true
		}
	}
	return true
}
