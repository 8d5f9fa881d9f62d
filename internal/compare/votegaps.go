package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Margins of votes (session 68, h/numbers68; issue 15). One election's
// margin is written in many shapes: "some 17,000 votes above the
// threshold", "the roughly 18,000-vote deficit", "a 1,923 vote lead",
// "led Lind by just over 1,900", "fewer than two thousand votes
// separating" them. Read as counted nouns they are
// "votes", "deficit" and "lead" with two units, said of the winner on
// one side and of the loser on the other, so no two met in a row and a
// gap told differently by two outlets (fresh52: 17,000 in the
// Washington Times, about 18,000 in NPR) was shown as two unrelated
// details. A margin of votes is one quantity whichever side it is said
// of (one's lead is the other's deficit): such figures count the thing
// gapRival (a margin between the sides) or gapLine (a margin to a line:
// a runoff, a threshold, a majority, a recount), and two of them meet
// without the subject and entity tests of other counted things, when
// each sentence's subject is a person the other article names.

// gapRival and gapLine are the things a margin of votes counts.
const (
	gapRival = "g:rival"
	gapLine  = "g:line"
)

// gapNouns name a margin: "a lead of 60,000 votes", "the 18,000-vote
// deficit".
var gapNouns = map[string]bool{"lead": true, "deficit": true, "margin": true, "gap": true, "edge": true,
	"advantage": true, "shortfall": true, "cushion": true, "difference": true}

// gapAfter are the words right after "votes" that make the count a
// margin: "17,000 votes above the threshold", "votes ahead of", "votes
// separating them".
// "Behind" is not among them: "51 votes behind any plan" is support.
var gapAfter = map[string]bool{"above": true, "below": true, "ahead": true, "short": true, "shy": true,
	"separating": true, "separated": true, "apart": true}

// gapVerbs, before "by" and a count of votes, make it a margin: "led
// Sanders by 1,900 votes", "won by 17,000 votes", "trails by".
var gapVerbs = map[string]bool{"lead": true, "leads": true, "led": true, "leading": true, "trail": true, "trails": true,
	"trailed": true, "trailing": true, "won": true, "wins": true, "win": true, "winning": true, "lost": true, "beat": true,
	"bested": true, "defeated": true, "edged": true, "ahead": true, "behind": true}

// lineWords name the line a margin is measured to.
var lineWords = map[string]bool{"runoff": true, "run-off": true, "threshold": true, "majority": true, "recount": true}

// voteGap returns what the count of votes n (tokens first..last of s)
// counts when it is a margin (gapRival or gapLine), "" when it is no
// margin: a compound whose noun is a margin ("18,000-vote deficit", "a
// 1,923 vote lead"), or
// "votes" after a margin noun and "of" ("a lead of about 60,000 votes"),
// after a verb of leading and "by" ("led Sanders by 1,900 votes"), or
// before a word of distance ("17,000 votes above the threshold"). The
// margin is to a line when the figure's clause names one.
func voteGap(s nlp.Sentence, first, last int, n nlp.Number) string {
	if n.Kind != nlp.NumCount || n.High != nil || n.Unit != "vote" && !hasFoldPrefix(n.Counts, "vote") {
		return "" // most figures: no allocation
	}
	counts := strings.Fields(strings.ToLower(n.Counts))
	ts := s.Tokens
	gap := false
	switch {
	case n.Unit == "vote":
		gap = len(counts) > 0 && gapNouns[counts[0]]
	case n.Unit == "" && len(counts) > 1 && counts[0] == "vote":
		gap = gapNouns[counts[1]] // "a 1,923 vote lead"
	case n.Unit == "" && len(counts) > 0 && counts[0] == "votes":
		gap = last+2 < len(ts) && ts[last+1].Norm == "votes" && gapAfter[ts[last+2].Norm] || gapBefore(ts, first)
	}
	if !gap {
		return ""
	}
	lo, hi := clauseOf(s, first, last)
	for _, t := range ts[lo : hi+1] {
		if lineWords[t.Norm] {
			return gapLine
		}
	}
	return gapRival
}

// hasFoldPrefix reports whether s starts with prefix, ASCII case folded.
func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// gapAdverbs may stand between "by" or "of" and a margin ("by only
// about 4,000 votes", "by just over 1,900", "a margin of a little more
// than 5,000").
var gapAdverbs = map[string]bool{"just": true, "only": true, "barely": true, "merely": true, "fewer": true, "less": true,
	"little": true, "a": true}

// gapBefore reports whether the words before the figure starting at
// token first make it a margin: a margin noun and "of" ("a lead of
// about 60,000"), or a verb of leading, up to five words (an abbreviation's dot aside) and "by" ("led
// Sanders by just over 1,900", "leads Democratic rival Karl Lind by
// 905"); words of a bound and gapAdverbs may stand between.
func gapBefore(ts []nlp.Token, first int) bool {
	i := first - 1
	for i >= 0 && (boundWords[ts[i].Norm] && ts[i].Norm != "to" || gapAdverbs[ts[i].Norm]) {
		i--
	}
	if i < 1 {
		return false
	}
	switch ts[i].Norm {
	case "of":
		return gapNouns[ts[i-1].Norm]
	case "by":
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			if gapVerbs[ts[j].Norm] {
				return true
			}
			if ts[j].Kind != nlp.KindWord && ts[j].Surface != "." { // "Gov. Karl Lind"
				break
			}
		}
	}
	return false
}

// isGap reports whether thing is a margin of votes (voteGap).
func isGap(thing string) bool {
	return thing == gapRival || thing == gapLine
}

// sameGap reports whether two margins of votes of different articles,
// of one kind (a.thing == b.thing), are one margin: each sentence names
// the person it says the margin of (its subject), a person the other
// article names (one side's lead is the other's deficit, so the subjects
// may differ; a margin said of no one, "we won that vote by 6,000", may
// be another race's), in
// one frame (the same time and place, no region, separate incident or
// part of its own), neither denied, neither said of a poll.
func sameGap(a, b numItem) bool {
	if a.subject < 0 || b.subject < 0 || !b.docPersons[a.subject] || !a.docPersons[b.subject] {
		return false
	}
	if a.part || b.part || a.increment || b.increment || a.negated != b.negated || a.varies || b.varies || a.poll || b.poll {
		return false
	}
	return rowFrame(a, b)
}

// pollWords mark a clause that tells of a poll or a projection: its
// margins are estimates, not the count.
var pollWords = map[string]bool{"poll": true, "polls": true, "polling": true, "survey": true, "surveys": true,
	"projected": true, "projection": true, "projections": true, "forecast": true, "forecasts": true, "exit": true}

// pollClause reports whether the clause of the figure at tokens
// first..last of s names a poll or a projection: "a poll found Lind
// trailing by 2,400 votes", not "after the polls closed" in another
// clause.
func pollClause(s nlp.Sentence, first, last int) bool {
	lo, hi := clauseOf(s, first, last)
	for _, t := range s.Tokens[lo : hi+1] {
		if pollWords[t.Norm] {
			return true
		}
	}
	return false
}

// docPersonSet returns the global ids of the persons d names (pronouns
// aside).
func docPersonSet(d *doc) map[int]bool {
	out := map[int]bool{}
	for _, e := range d.an.Entities {
		if e.Type != nlp.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Kind != nlp.MentionPronoun {
				out[d.global[e.ID]] = true
				break
			}
		}
	}
	return out
}
