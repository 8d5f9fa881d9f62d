package compare

import "github.com/parallax-news/parallax/internal/nlp"

// namedSpeaker reports whether quote q of d is the words of a named
// person or organisation: a whole quote (no fragment of the writer's
// sentence) whose speaker is such an entity. Who is no speaker (a paper
// quoted for its reporting, the place a speaker is at, the owner of the
// speaker, a body read as "he") is nlp's reading of the attribution: its
// speaker is then another, unnamed, or the paper the source.
func namedSpeaker(d *doc, q nlp.Quote) bool {
	if q.Partial || q.Speaker == nil || q.Speaker.Entity < 0 || q.Speaker.Entity >= len(d.an.Entities) {
		return false
	}
	e := d.an.Entities[q.Speaker.Entity]
	return e.Type == nlp.Person || e.Type == nlp.Org
}
