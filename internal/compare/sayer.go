package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// quotedSpeaker returns the name of who speaks sentence pos of d when the
// sentence is the words of a quotation (the whole of it, or a line inside
// a longer one) attributed to a named speaker that the sentence itself
// does not name: "“We cannot imagine this.”" after "His father said:"
// reads as no one's without it. It returns "" for the writer's own
// sentences, partial quotes, unknown speakers, and sentences that name
// their speaker.
func quotedSpeaker(d *doc, pos int) string {
	if pos < 0 || pos >= len(d.an.Sentences) {
		return ""
	}
	sen := d.an.Sentences[pos]
	for _, q := range d.an.Quotes {
		if q.Partial || q.Speaker == nil || pos < q.FirstSentence || pos > q.LastSentence {
			continue
		}
		e := q.Speaker.Entity
		if e < 0 || e >= len(d.an.Entities) || !quotedThrough(sen, q) {
			return ""
		}
		ent := d.an.Entities[e]
		if ent.Type != nlp.Person && ent.Type != nlp.Org || namesEntity(sen, ent) {
			return ""
		}
		return d.shownName(e)
	}
	return ""
}

// quotedThrough reports whether most of sentence sen lies inside the
// parts of quotation q: the sentence is the speaker's words, not the
// writer's sentence around a quoted phrase.
func quotedThrough(sen nlp.Sentence, q nlp.Quote) bool {
	in := 0
	for _, p := range q.Parts {
		if p.Para != sen.Para {
			continue
		}
		in += max(0, min(p.End, sen.End)-max(p.Start, sen.Start))
	}
	return 2*in >= sen.End-sen.Start
}

// namesEntity reports whether sentence sen writes one of the forms of
// ent (its name, surname or another form the article uses).
func namesEntity(sen nlp.Sentence, ent nlp.Entity) bool {
	if strings.Contains(sen.Text, ent.Name) || strings.Contains(sen.Text, surname(ent.Name)) {
		return true
	}
	for _, f := range ent.Forms {
		if f.Text != "" && strings.Contains(sen.Text, f.Text) {
			return true
		}
	}
	return false
}
