package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Who says something, and where, is not what is said. The main clause of
// "The chairman of the committee, Rep. X, said he would issue subpoenas"
// says that subpoenas may come, and that of "The letter was released by
// Rep. X, the committee's chairman" that a letter came out: a pair joined
// only on the speaker and his title states two facts. Two remarks of one
// person ("“…,” said X, the party's leader" beside "X, the party's
// leader, said …") are joined the same way. attribution marks the
// speaker of a verb of saying so that mainClauseGroups can set it aside
// (see spokenClause).

// attributionVerbs are the verbs of saying whose subject is the speaker.
// Those of objectVerbs take an object too ("inventories added 0.1
// point", "she noted the change"): they report speech only before
// "that", a quotation, punctuation or a pronoun.
var attributionVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true, "tell": true,
	"wrote": true, "writes": true, "added": true, "adds": true, "noted": true, "notes": true, "stated": true, "warned": true,
	"claimed": true, "insisted": true, "argued": true, "argues": true, "maintained": true, "tweeted": true, "tweets": true}

var objectVerbs = map[string]bool{"added": true, "adds": true, "noted": true, "notes": true, "stated": true, "warned": true,
	"claimed": true, "insisted": true, "argued": true, "argues": true, "maintained": true, "tweeted": true, "tweets": true}

// pronouns open what a verb of saying reports ("added he would …").
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"there": true, "this": true}

// verbLike reports whether the word at i reads as a verb: an auxiliary,
// a modal, a verb of saying, a common finite verb or a past form.
func verbLike(ts []nlp.Token, i int) bool {
	t := ts[i]
	if t.Kind != nlp.KindWord || capitalised(t.Surface) && i > 0 {
		return false
	}
	return auxWords[t.Norm] || hypotheticalWords[t.Norm] || sayingWords[t.Norm] || reportWords[t.Norm] || verbForms[t.Norm] ||
		strongParticiples[t.Norm] || len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") && !participleAdjective(ts, i)
}

// reportsSpeech reports whether the verb of saying at v reports words:
// not after an auxiliary ("will be added"), and a verb that may take an
// object only before "that", a quotation, punctuation or a pronoun.
func reportsSpeech(ts []nlp.Token, v int) bool {
	if !attributionVerbs[ts[v].Norm] || v > 0 && (auxWords[ts[v-1].Norm] || hypotheticalWords[ts[v-1].Norm]) {
		return false
	}
	if !objectVerbs[ts[v].Norm] || v+1 == len(ts) {
		return true
	}
	n := ts[v+1]
	return n.Norm == "that" || pronouns[n.Norm] || quoteMark(n.Surface) || n.Kind == nlp.KindPunct && !isJoiner(n.Surface)
}

// speechVerb reports whether the word at v, outside quotation marks, is
// a verb of saying that reports words: reportsSpeech, or a verb that may
// take an object right after a quotation and its speaker ("“…,” the
// minister tweeted on Monday").
func speechVerb(ts []nlp.Token, quoted []bool, v int) bool {
	if quoted[v] || !attributionVerbs[ts[v].Norm] {
		return false
	}
	if reportsSpeech(ts, v) {
		return true
	}
	if v > 0 && (auxWords[ts[v-1].Norm] || hypotheticalWords[ts[v-1].Norm]) {
		return false
	}
	for k := v - 1; k >= 0 && v-k <= 8; k-- {
		switch {
		case quoteMark(ts[k].Surface):
			return k < v-1
		case ts[k].Kind == nlp.KindPunct && ts[k].Surface != "," || verbLike(ts, k):
			return false
		}
	}
	return false
}

// attribution marks the speaker of each verb of saying outside quotation
// marks: its subject, back to the sentence's start, a quotation mark, a
// semicolon, a colon, "that", a coordinator or a relative word, when no
// verb stands between outside the framing clauses (frame) and it is at
// most 15 tokens long ("The chairman of the committee, Rep. X, said"),
// else the words after the last comma before the verb ("The bridge was
// closed, the company said");
// and a speaker written after the verb when the words run to the
// sentence's end after a quotation or a comma ("…,” said X, the party's
// leader, in a call with reporters.").
func attribution(ts []nlp.Token, quoted, frame []bool) []bool {
	out := make([]bool, len(ts))
	bound := func(k int) bool {
		s := ts[k]
		return quoted[k] || quoteMark(s.Surface) || s.Surface == ";" || s.Surface == ":" || s.Norm == "that" || coordinators[s.Norm] ||
			relativeWords[s.Norm]
	}
	for v := range ts {
		if !speechVerb(ts, quoted, v) {
			continue
		}
		k, comma := v-1, -1
		for k >= 0 && v-k <= 15 && !bound(k) && (frame[k] || !verbLike(ts, k)) {
			if ts[k].Surface == "," && comma < 0 {
				comma = k
			}
			k--
		}
		// A subject cut off by a verb before it: the words after the
		// last comma ("…, the company said").
		if k >= 0 && !bound(k) && comma > k {
			k = comma
		}
		if k < 0 || bound(k) || ts[k].Surface == "," {
			for i := k + 1; i < v; i++ {
				out[i] = true
			}
		}
		if v == 0 || !quoteMark(ts[v-1].Surface) && ts[v-1].Surface != "," {
			continue
		}
		e := v + 1
		for e < len(ts) && e-v <= 12 && !bound(e) && !verbLike(ts, e) && (ts[e].Kind != nlp.KindPunct || isJoiner(ts[e].Surface) || ts[e].Surface == "," || ts[e].Surface == ".") {
			e++
		}
		if e > v+1 && (e == len(ts) || e == len(ts)-1 && ts[e].Kind == nlp.KindPunct) {
			for i := v + 1; i < e; i++ {
				out[i] = true
			}
		}
	}
	return out
}
