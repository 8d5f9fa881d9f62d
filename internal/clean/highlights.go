package clean

import "strings"

// highlightsSpan is how many paragraphs from the top a box of story
// highlights may start at: under the headline, a photo and its caption.
const highlightsSpan = 6

// highlightBullets bounds the bullets a box of highlights holds after the
// paragraph that opens it (CNN prints four, USA TODAY three), and
// bulletWords the words of one.
const (
	highlightBullets = 4
	bulletWords      = 25
)

// highlights marks a box of story highlights over the text: a paragraph
// that opens with "Story highlights" (or a caption that runs into it) and
// the short lines after it that end without a sentence's end. The box
// sums up the article in lines that are not sentences of its text, and
// its label glues to the first ("Story highlights ElBaradei has not been
// named …"). 1,089 ABP articles of CNN and USA TODAY open with one. A
// bullet that ends with a full stop is kept as text: it cannot be told
// from the first paragraph of the article.
func highlights(ps []para) {
	for i := 0; i < len(ps) && i < highlightsSpan; i++ {
		if !onlyFurnitureBefore(ps, i) {
			return // the box stands over the text
		}
		p := &ps[i]
		head := p.fold
		if head == "" {
			head = p.head
		}
		switch {
		case strings.HasPrefix(head, "story highlights"):
			p.set(KindNavigation, "a box of story highlights over the text")
		case p.furniture() && strings.Contains(p.tail+" "+p.fold, ") story highlights"):
			// "… (Photo: Jane Doe, AP) Story Highlights Opponents say …":
			// the caption is furniture already; its bullets follow.
		default:
			continue
		}
		for j := i + 1; j < len(ps) && j <= i+highlightBullets; j++ {
			b := &ps[j]
			if b.words == 0 || b.words > bulletWords || endsSentence(strings.TrimSpace(b.text)) {
				return
			}
			b.set(KindNavigation, "a line of the story highlights box")
		}
		return
	}
}
