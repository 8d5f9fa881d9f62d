package nlp

import "strings"

// rankedShare reports whether number n is a share
// of a group ranked by wealth or rank (Number.Ranked): a percentage
// written after "the" and a word of rank, a superlative ("wealthiest",
// "richest", "poorest") or "top" or "bottom". "The 1 percent" alone is
// no ranked group: "the 47 percent" is as often a poll's share told
// again.
func (r *numReader) rankedShare(n numRead) bool {
	if n.kind != NumPercent && !(n.kind == NumRange && n.unit == "percent") {
		return false
	}
	the, rank := r.tok(n.a-2), r.tok(n.a-1)
	if the == nil || rank == nil || the.Norm != "the" || rank.Kind != KindWord {
		return false
	}
	w := rank.Norm
	return w == "top" || w == "bottom" || len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlative[w]
}

// notSuperlative are words ending in "est" that rank nothing.
var notSuperlative = map[string]bool{"interest": true, "request": true, "protest": true, "contest": true, "harvest": true, "forest": true, "modest": true, "honest": true, "earnest": true, "arrest": true, "conquest": true, "midwest": true, "suggest": true}
