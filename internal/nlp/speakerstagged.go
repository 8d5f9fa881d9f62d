package nlp

// maxTaggedRoleWords bounds the words of a role read after a person's
// party-and-state tag when no comma closes it.
const maxTaggedRoleWords = 12

// roleEndAfterTag reads a person's party-and-state tag set off by commas
// after the name that ends at token k (", R-Ky., ") and the role that
// follows it with no comma before the verb ("ranking member on the
// Senate Harbour Committee said"): it returns the token where the role
// stops, a verb of saying, or -1 when there is no tag, the role is
// longer than maxTaggedRoleWords, holds punctuation, a person's name or
// a word that joins another clause or subject ("and", "who"), or does
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
		switch t.Norm {
		case "and", "or", "but", "who", "which", "that", "whose":
			return -1
		}
	}
	return -1
}

// taggedNameBefore finds the person whose tag and role (see
// roleEndAfterTag) run to the verb at v in the sentence part that
// starts at lo: `Sen. Ana Ruiz, D-Ore., ranking member on the Harbour
// Committee said` is said by Ana Ruiz. It returns her mention's span,
// or -1, -1. It reads at most maxTaggedRoleWords+8 tokens before v.
func (d *doc) taggedNameBefore(v, lo int) (int, int) {
	for c := v - 1; c > lo && v-c <= maxTaggedRoleWords+8; c-- {
		if d.toks[c].Surface != "," || c-1 < lo || d.toks[c-1].Kind != KindWord {
			continue
		}
		mi := d.mentionAt[c-1]
		if mi < 0 || !d.personMention(mi) || d.mentions[mi].b != c {
			continue
		}
		if d.roleEndAfterTag(c, v+1) == v {
			return d.mentions[mi].a, d.mentions[mi].b
		}
	}
	return -1, -1
}
