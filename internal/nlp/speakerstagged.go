package nlp

// roleBreaks are the words that end a role after a tag: they join
// another clause or subject ("and", "who", "when", "though").
var roleBreaks = map[string]bool{"and": true, "or": true, "but": true, "who": true, "which": true, "that": true,
	"whose": true, "when": true, "while": true, "as": true, "after": true, "before": true, "if": true,
	"because": true, "though": true, "although": true, "since": true, "where": true}

// maxTaggedRoleWords bounds the words of a role read after a person's
// party-and-state tag when no comma closes it.
const maxTaggedRoleWords = 12

// roleEndAfterTag reads a person's party-and-state tag set off by commas
// after the name that ends at token k (", R-Ky., ") and the role that
// follows it with no comma before the verb ("ranking member on the
// Senate Harbour Committee said"): it returns the token where the role
// stops, a verb of saying, or -1 when there is no tag, the role is
// longer than maxTaggedRoleWords, holds punctuation, a person's name or
// a pronoun or a word of roleBreaks, or does
// not end in such a verb. The tag makes the name the subject: the body
// inside the role is what the person belongs to, never the speaker. It
// reads at most maxTaggedRoleWords tokens past the tag.
func (d *doc) roleEndAfterTag(k, e int) int {
	j := d.affiliation(k, e)
	if j == k || j >= e || d.toks[k].Surface != "," || d.toks[j].Surface != "," {
		return -1
	}
	for c := j + 1; c < e && c <= j+maxTaggedRoleWords; c++ {
		t := &d.toks[c]
		if t.Kind != KindWord {
			return -1
		}
		if d.verbAt(c) {
			if c == j+1 {
				return -1 // ", R-Ky., said": the comma path reads it
			}
			return c
		}
		if mi := d.mentionAt[c]; mi >= 0 && d.personMention(mi) {
			return -1
		}
		if d.l.pronouns[t.Norm] != 0 || roleBreaks[t.Norm] {
			return -1 // ", D-Mass., though she said", ", R-Texas, when asked"
		}
	}
	return -1
}

// taggedNameBefore finds the person whose tag and role (see
// roleEndAfterTag) run to the verb at v in the sentence part that
// starts at lo: `Sen. Ana Ruiz, D-Ore., ranking member on the Harbour
// Committee said` is said by Ana Ruiz. It returns her mention's span,
// or -1, -1, also when words in small letters stand before the name in
// the sentence part, outside quotations ("In a letter to Leader Ana
// Ruiz, D-Ore., the heads of two unions said": the heads speak). It reads at most maxTaggedRoleWords+8 tokens before v.
func (d *doc) taggedNameBefore(v, lo int, inQuote []bool) (int, int) {
	for c := v - 1; c > lo && v-c <= maxTaggedRoleWords+8; c-- {
		if d.toks[c].Surface != "," || c-1 < lo || d.toks[c-1].Kind != KindWord {
			continue
		}
		mi := d.mentionAt[c-1]
		if mi < 0 || !d.personMention(mi) || d.mentions[mi].b != c {
			continue
		}
		if d.roleEndAfterTag(c, v+1) == v && d.clauseOpensWith(d.mentions[mi].a, lo, inQuote) {
			return d.mentions[mi].a, d.mentions[mi].b
		}
	}
	return -1, -1
}

// clauseOpensWith reports whether the name at token a opens the sentence
// part that starts at lo: only quoted words, punctuation and capitalised
// words (titles, a body the title names) stand before it.
func (d *doc) clauseOpensWith(a, lo int, inQuote []bool) bool {
	for j := lo; j < a; j++ {
		if t := &d.toks[j]; !inQuote[j] && t.Kind == KindWord && !t.is(fCap) {
			return false
		}
	}
	return true
}
