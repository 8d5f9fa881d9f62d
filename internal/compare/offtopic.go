package compare

import (
	"regexp"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A newsletter or a roundup runs sections on other news after the
// article, each under a heading in capitals (session 58, h/furniture58:
// Reason's roundup of the day on scb6cbbf332d4ac06 put an interview with an actor's wife and a state's school spending
// under the hearing as 12 facts only Reason reports). A section under
// such a heading that names none of the event's participants (a person,
// place, organisation or other entity that another article of the
// comparison names; the comparison must hold three outlets or more) is no telling of the
// event: none of its sentences is a fact, none of its figures a Numbers
// row, none of its words the outlet's wording (as embedded posts, see
// postParas). The text before the first heading is the article's own
// and always read; an article with one heading alone is not sectioned.

// sectionHeading matches a paragraph that is only a heading in
// capitals: one to four words ("FREE MINDS", "QUICK HITS").
var sectionHeading = regexp.MustCompile(`^\p{Lu}[\p{Lu}’'&-]*(?: \p{Lu}[\p{Lu}’'&-]*){0,3}$`)

// pageMarks are lines in capitals a page sets inside an article's own
// text, no heading of a section: an advertisement's slot.
var pageMarks = map[string]bool{"ADVERTISEMENT": true}

// minSectionHeadings is the fewest heading paragraphs that make an
// article sectioned; minParticipantArticles the fewest other articles
// that name an entity for it to be a participant of the event.
const (
	minSectionHeadings     = 2
	minParticipantArticles = 1
	minSectionOutlets      = 3
)

// namedBy counts, for each linked entity, the articles that name it
// (pronouns left out).
func namedBy(docs []*doc) map[int]int {
	out := map[int]int{}
	for _, d := range docs {
		seen := map[int]bool{}
		for _, e := range d.an.Entities {
			for _, m := range e.Mentions {
				if m.Kind != nlp.MentionPronoun {
					seen[d.global[e.ID]] = true
					break
				}
			}
		}
		for id := range seen {
			out[id]++
		}
	}
	return out
}

// offTopicSections returns the paragraphs of d's sections under a
// heading in capitals that name no participant of the event: no entity
// that another article names (named, from namedBy). In a comparison of
// fewer than three outlets (outlets) the others are too thin a measure
// of the event: none (read over ABP: a USA TODAY quake report in
// sections, compared with its own second version and one other outlet,
// lost reporting of the quake).
func offTopicSections(d *doc, outlets int, named map[int]int) map[int]bool {
	if outlets < minSectionOutlets {
		return nil
	}
	var heads []int
	for i, p := range d.art.Paragraphs {
		if t := strings.TrimSpace(p); len(t) >= 4 && sectionHeading.MatchString(t) && !pageMarks[t] {
			heads = append(heads, i)
		}
	}
	if len(heads) < minSectionHeadings {
		return nil
	}
	shared := map[int]bool{} // paragraphs that name a participant
	for _, e := range d.an.Entities {
		for _, m := range e.Mentions {
			if m.Kind == nlp.MentionPronoun || m.Sentence < 0 || m.Sentence >= len(d.an.Sentences) {
				continue
			}
			if named[d.global[e.ID]]-1 >= minParticipantArticles { // other articles name it too
				shared[d.an.Sentences[m.Sentence].Para] = true
			}
		}
	}
	hasText := map[int]bool{}
	for _, s := range d.an.Sentences {
		hasText[s.Para] = true
	}
	var out map[int]bool
	for k, h := range heads {
		end := len(d.art.Paragraphs)
		if k+1 < len(heads) {
			end = heads[k+1]
		}
		on, text := false, false
		for p := h + 1; p < end; p++ {
			on = on || shared[p]
			text = text || hasText[p]
		}
		if on || !text {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for p := h; p < end; p++ {
			out[p] = true
		}
	}
	return out
}
