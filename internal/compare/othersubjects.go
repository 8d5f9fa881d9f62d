package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A "possibly one fact" group (below sureCosine) can share its predicate
// and little else: "Lund served six years in prison" and "Brek served
// six years in prison"; "Brek's hearing is set for Thursday" and "the
// hearing to see if Lund gets the post is set for Thursday". Read in
// session 62 (h/possible62, tentative-families.tsv), three of the seven
// wrong possible groups were the same predicate said of another subject.
// otherSubjects compares the people who do what the shared verb says, as
// nlp links them across the articles: the names, and the pronouns nlp
// resolves (only those of speakers, "he said": a "he" that is no speaker
// names no one here, and the pair is left as it was).

// otherSubjects reports whether a and b share a finite verb (no verb of
// saying), and every verb they share is said of different people: the
// subject of the verb in each names or refers to a person (a name, a
// possessive, a resolved pronoun), none of them linked to one in the
// other's subject, and neither sentence mentions the other's people at
// all ("Ruiz said Lund served ..." against "Lund served ..., Ruiz said"
// stays one fact).
func otherSubjects(docs []*doc, a, b *sent) bool {
	da, db := docs[a.doc], docs[b.doc]
	ta, tb := da.an.Sentences[a.pos].Tokens, db.an.Sentences[b.pos].Tokens
	shared := false
	for i := range ta {
		if !subjectVerb(ta, i) {
			continue
		}
		for j := range tb {
			if tb[j].Stem != ta[i].Stem || !subjectVerb(tb, j) {
				continue
			}
			shared = true
			pa, wa := subjectPeople(da, a.pos, i)
			pb, wb := subjectPeople(db, b.pos, j)
			if len(pa) == 0 || len(pb) == 0 || sharesID(pa, mentionedPeople(db, b.pos)) || sharesID(pb, mentionedPeople(da, a.pos)) || sharesWord(wa, wb) {
				return false
			}
		}
	}
	return shared
}

// subjectVerb reports whether token i is a finite verb that states what
// a clause says of its subject: no verb of saying or reporting (two
// reports of words share "said" whoever speaks) and no auxiliary alone.
func subjectVerb(ts []nlp.Token, i int) bool {
	n := ts[i].Norm
	return content(ts[i]) && clauseVerb(ts, i) && !sayingWords[n] && !reportWords[n] && !auxWords[n] && !hypotheticalWords[n]
}

// subjectPeople returns the global ids of the people named or referred to
// in the subject of the clause that holds verb k of sentence pos of d,
// and the words of those mentions in small letters: the tokens before k
// back to the clause's start (see subjectOf's boundaries; a "that"
// before two content words is a determiner, "get that lofty post"), at
// most clauseSubjectTokens of them.
func subjectPeople(d *doc, pos, k int) (map[int]bool, map[string]bool) {
	ts := d.an.Sentences[pos].Tokens
	lo := k
	for lo > 0 && k-lo < clauseSubjectTokens && !clauseBoundary(ts[lo-1]) && (!subjectBoundaryWords[ts[lo-1].Norm] || determinerThat(ts, lo-1)) {
		lo--
	}
	if lo == k {
		return nil, nil
	}
	start, end := ts[lo].Start, ts[k-1].End
	words := map[string]bool{}
	for _, m := range d.mentions[pos] {
		if m.start >= start && m.end <= end && personGlobal(d, m.entity) {
			for _, t := range ts {
				if t.Start >= m.start && t.End <= m.end && content(t) {
					words[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(t.Norm, "'s"), "’s"))] = true
				}
			}
		}
	}
	return peopleIn(d, pos, start, end), words
}

// determinerThat reports whether the "that" at token i opens a noun
// phrase (two content words follow it in small letters), not a clause.
func determinerThat(ts []nlp.Token, i int) bool {
	return ts[i].Norm == "that" && i+2 < len(ts) && content(ts[i+1]) && content(ts[i+2]) &&
		!capitalised(ts[i+1].Surface) && !capitalised(ts[i+2].Surface)
}

// sharesWord reports whether two sets of words share one: two subjects
// written with one word ("Dr. King" and "King", "the president" twice)
// may be one person the links did not join across the articles.
func sharesWord(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// mentionedPeople returns the global ids of the people sentence pos of d
// names or refers to anywhere.
func mentionedPeople(d *doc, pos int) map[int]bool {
	return peopleIn(d, pos, 0, int(^uint(0)>>1))
}

// peopleIn returns the global ids of the people whose mentions in
// sentence pos of d lie between bytes start and end of its paragraph.
func peopleIn(d *doc, pos, start, end int) map[int]bool {
	out := map[int]bool{}
	for _, m := range d.mentions[pos] {
		if m.start >= start && m.end <= end && personGlobal(d, m.entity) {
			out[m.entity] = true
		}
	}
	return out
}

// personGlobal reports whether global entity e is a person in d.
func personGlobal(d *doc, e int) bool {
	for local, g := range d.global {
		if g == e {
			return d.an.Entities[local].Type == nlp.Person
		}
	}
	return false
}

// sharesID reports whether two sets of ids share one.
func sharesID(a, b map[int]bool) bool {
	for x := range a {
		if b[x] {
			return true
		}
	}
	return false
}
