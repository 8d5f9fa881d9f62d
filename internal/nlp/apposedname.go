package nlp

import "strings"

// apposedSpeaker returns the person named in the apposition toks[appA:appB]
// set off after the subject toks[a:b] of a verb of saying, when that
// person speaks: the subject opens the sentence part that starts at lo
// and names no one ("His son, Tomas Marrow, said", "Another child, Ana
// Ruiz Jr., said", "The treasury secretary, Ivo Lund, said"), and the
// apposition is exactly a person's name (see apposedName). A subject that
// is itself a name, of whatever type, keeps the verb ("Graham, R-S.C.,
// said", where "Graham" may be no person's name the lists know); a
// subject that holds a name is read by roleSpeaker ("Ana Ruiz, a
// spokeswoman for the House speaker, Ivo Lund, said"). It returns -1, -1
// when the rule does not apply.
func (d *doc) apposedSpeaker(a, b, lo, appA, appB int) (int, int) {
	if a != lo || a >= b || d.nameIn(a, b) || d.nameMentionCovers(a, b) {
		return -1, -1
	}
	return d.apposedName(appA, appB)
}

// nameMentionCovers reports whether one name mention, of any type,
// starts at token a and reaches at least to b. Role and pronoun mentions
// do not count: "The treasury secretary" names a role, not the person.
func (d *doc) nameMentionCovers(a, b int) bool {
	mi := d.mentionAt[a]
	return mi >= 0 && d.mentions[mi].kind == MentionName && d.mentions[mi].a == a && d.mentions[mi].b >= b
}

// apposedName returns the person's name that fills the apposition
// toks[a:b] ("Tomas Marrow", "Tomas Marrow Jr."): a person's name
// mention starting at a, with at most "Jr." or "Sr." after it
// (nameSuffixes). A party-and-state tag ("R-South Carolina", see
// partyState) is never a name, whatever type its mention has. It returns
// -1, -1 when a < 0 or the apposition holds anything else.
func (d *doc) apposedName(a, b int) (int, int) {
	if a < 0 || b <= a || partyState(d.toks[a].Surface) {
		return -1, -1
	}
	mi := d.mentionAt[a]
	if mi < 0 || !d.personMention(mi) || d.mentions[mi].kind != MentionName || d.mentions[mi].a != a || d.mentions[mi].b > b {
		return -1, -1
	}
	end := d.mentions[mi].b
	for k := end; k < b; k++ {
		if t := &d.toks[k]; !nameSuffixes[strings.TrimSuffix(t.Norm, ".")] && t.Surface != "." && !(t.Surface == "," && k+1 < b && nameSuffixes[strings.TrimSuffix(d.toks[k+1].Norm, ".")]) {
			return -1, -1
		}
	}
	return a, end
}
