package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// measuredApart reports whether figure n of d and figure m of o, one
// value, measure different things, so that o giving m does not tell n:
// two sums in different currencies, or a share of a group ranked by
// wealth or rank against a share of people in general ("the wealthiest 1
// percent" against "one percent of the island's population", which the
// census of session 63 found taken as one figure). Every other pair of
// one value agrees as before: the counted noun nlp reads is cut at three
// words ("40 percent of U.S. carbon dioxide emissions" counts "U.S.
// carbon dioxide") and one statistic is told of "transactions" and of
// "firearms", so two shares of differently named wholes are not parted
// (measured in session 64: of 10 claims read, 2 wrong so).
func measuredApart(d *doc, n nlp.Number, o *doc, m nlp.Number) bool {
	if n.Kind == nlp.NumMoney && m.Kind == nlp.NumMoney {
		return n.Unit != "" && m.Unit != "" && n.Unit != m.Unit
	}
	a, b := figureMeasure(d, n), figureMeasure(o, m)
	return a == groupShare && b == peopleShare || a == peopleShare && b == groupShare
}

// peopleShare is the measure of a share of people in general.
const peopleShare = "(people)"

// groupShare is the measure of a percentage that names a group of people
// by its rank ("the wealthiest 1 percent", "the top 1 percent of
// earners").
const groupShare = "(group)"

// figureMeasure returns what percentage n of d measures, where the text
// says so plainly: groupShare for a share of a ranked group, which nlp
// marks (Number.Ranked: "the top 1 percent", "the richest one percent of
// the island"); peopleShare for a share of people in general, the whole after
// "of" ("of voters", "of adults", "of the island's population"); else ""
// (and for every figure that is no percentage). A noun right after the
// figure is what the share qualifies, not its whole ("a 15 percent
// threshold").
func figureMeasure(d *doc, n nlp.Number) string {
	if n.Kind != nlp.NumPercent && !(n.Kind == nlp.NumRange && n.Unit == "percent") {
		return ""
	}
	if n.Ranked {
		return groupShare
	}
	f := strings.Fields(strings.ToLower(n.Counts))
	if len(f) == 0 || !ofAfter(d, n) {
		return ""
	}
	if head := strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "\u2019s"); peopleNouns[head] {
		return peopleShare
	}
	return ""
}

// ofAfter reports whether the word after figure n of d is "of" ("out
// of" too).
func ofAfter(d *doc, n nlp.Number) bool {
	if n.Sentence < 0 || n.Sentence >= len(d.an.Sentences) || d.an.Sentences[n.Sentence].Para != n.Para {
		return false
	}
	for _, t := range d.an.Sentences[n.Sentence].Tokens {
		if t.Start >= n.End {
			return t.Norm == "of" || t.Norm == "out"
		}
	}
	return false
}

// peopleNouns are the nouns of people in general a share of a poll or a
// population is given of.
var peopleNouns = map[string]bool{
	"people": true, "person": true, "voters": true, "voter": true, "adults": true, "adult": true,
	"americans": true, "respondents": true, "residents": true, "those": true, "public": true,
	"citizens": true, "population": true, "electorate": true,
}

// numberTold reports whether an article other than t's own gives figure
// n of d (its numberFeature) of the same measure (measuredApart).
func (t thingsSeen) numberTold(d *doc, n nlp.Number) bool {
	f := numberFeature(n)
	if !t.number(f) {
		return false
	}
	if len(t.all.docs) == 0 {
		return true // no texts to read the measures from
	}
	for j, o := range t.all.docs {
		if j == t.self {
			continue
		}
		for _, m := range o.an.Numbers {
			if numberFeature(m) == f && !measuredApart(d, n, o, m) {
				return true
			}
		}
	}
	return false
}
