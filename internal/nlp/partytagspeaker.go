package nlp

import "strings"

// partyTagSpeaker mends a speaker phrase toks[a:b] that opens with a
// party-and-state tag ("R-Okla.", "(D-Calif.)", see partyState): a tag
// is never a speaker. The person whose name ends right before the tag,
// set off by a comma or a parenthesis ("Sen. Ivo Lund, R-Okla.,
// echoed", "Ivo Lund Jr. (D-Ohio) stated", also across the sentence
// break the dot of "Jr." may make), speaks; else no one does (-1, -1).
// A phrase with no tag at its start is returned as it is. Cost: a few
// tokens.
func (d *doc) partyTagSpeaker(a, b int) (int, int) {
	t := a
	if t < b && d.toks[t].Surface == "(" {
		t++
	}
	if t >= b || !partyState(d.toks[t].Surface) {
		return a, b
	}
	if p := t - 1; p >= 1 && (d.toks[p].Surface == "," || d.toks[p].Surface == "(") {
		end := d.pastSuffix(p)
		if mi := d.mentionAt[end-1]; mi >= 0 && d.mentions[mi].b == end && d.personMention(mi) && d.mentions[mi].kind == MentionName && !partyState(d.toks[d.mentions[mi].a].Surface) {
			return d.mentions[mi].a, d.mentions[mi].b
		}
	}
	return -1, -1
}

// pastSuffix returns where a name ends that is written before token p
// with a generational suffix the name's mention may leave out ("Ivo
// Lund, Jr." and "Ivo Lund Jr"): the token after the name; p when no
// suffix stands right before p.
func (d *doc) pastSuffix(p int) int {
	k := p
	if k > 0 && d.toks[k-1].Surface == "." {
		k--
	}
	if k == 0 || !nameSuffixes[strings.TrimSuffix(d.toks[k-1].Norm, ".")] || d.mentionAt[k-1] >= 0 {
		return p
	}
	k--
	if k > 0 && d.toks[k-1].Surface == "," {
		k--
	}
	return k
}
