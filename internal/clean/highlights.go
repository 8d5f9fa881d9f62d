package clean

import (
	"strings"
	"unicode"
)

// highlightsSpan is how many paragraphs from the top a box of story
// highlights may start at: under the headline, a photo and its caption.
const highlightsSpan = 6

// highlightsLabel is the label of the box, as folded text.
const highlightsLabel = "story highlights"

// highlights cuts the label of a box of story highlights over the text:
// "Story highlights" glued to the box's first line ("Story highlights
// Varn is not yet the new mayor, a spokesman says"). CNN
// and USA TODAY print the box over 1,113 ABP articles. The lines of the
// box stay text: they are the outlet's own summary of what it reports, and
// the judged ABP findings count them (setting the whole box aside lost 9
// findings judged right and no wrong one).
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
		if !strings.HasPrefix(head, highlightsLabel+" ") {
			continue
		}
		if len(p.text) <= len(highlightsLabel) || !strings.EqualFold(p.text[:len(highlightsLabel)], highlightsLabel) {
			return // spaces or marks before or inside the label: leave it
		}
		end := len(highlightsLabel)
		for end < len(p.text) && unicode.IsSpace(rune(p.text[end])) {
			end++
		}
		label := Cut{Start: 0, End: end, Kind: KindNavigation, Reason: "the label of a box of story highlights"}
		p.cuts = mergeCuts(append([]Cut{label}, p.cuts...))
		return
	}
}
