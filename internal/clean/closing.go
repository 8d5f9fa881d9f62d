package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// closingParas is how many of an article's last text paragraphs may be
// its closing credit.
const closingParas = 3

// closingStrong is what a closing credit says at least once: who
// contributed, or who reported or wrote from where.
var closingStrong = regexp.MustCompile(`\b(?:contributed|[Cc]ontributing|reported from|wrote from|reported and wrote|wrote and reported|[Rr]eporting (?:by|from)|story was reported by)\b`)

// closingWords are the only words in lower case that a closing credit
// has besides creditWords: the reporters' roles and the forms of
// "wrote", "with additional reporting by", "contributed to this article"
// and an update's time stamp.
var closingWords = map[string]bool{"wrote": true, "with": true, "additional": true, "by": true,
	"article": true, "post": true, "piece": true, "correspondent": true, "correspondents": true,
	"intern": true, "journalist": true, "journalists": true, "researcher": true, "news": true,
	"video": true, "staff": true, "producer": true, "editor": true, "photographer": true,
	"was": true, "while": true, "as": true, "well": true, "along": true, "updated": true,
	"on": true, "a.m": true, "p.m": true}

// pronounOpen are capitalised words that open a sentence of the report,
// never a credit ("It was reported from ...").
var pronounOpen = map[string]bool{"It": true, "He": true, "She": true, "They": true, "We": true, "I": true, "You": true}

// closingStamp is an update's time stamp inside a closing credit
// ("Updated at 7:37 p.m."), the only place a credit has digits.
var closingStamp = regexp.MustCompile(`[Uu]pdated(?: at)? \d{1,2}:\d\d ?[ap]\.m\.`)

// closingCredit reports whether paragraph p of n words, one of an
// article's last closingParas text paragraphs, is the credit that closes
// a report in a form the wire rules do not match: a network's ("Ann Lee
// and Bo Park wrote in Reddin, and Tal Roe reported from Sorn. Max Ode
// and Ida Vell contributed to this report."), "With additional reporting
// by Ann Lee.", "Bo Park contributed to this article.", "Tal Roe
// contributed. Updated at 7:37 p.m.". It says at least once who
// contributed or reported from where (closingStrong); every word in
// lower case is one a credit has (creditWords, closingWords), so a
// sentence of the report, which has others, is never one; it quotes and
// asks nothing and has no digits but an update's time.
func closingCredit(p string, n int) bool {
	if n > creditWordsMax || strings.ContainsAny(p, "\"“”?!") || !closingStrong.MatchString(p) {
		return false
	}
	t := strings.TrimSpace(p)
	if strings.HasSuffix(t, ":") {
		return false
	}
	if strings.IndexFunc(closingStamp.ReplaceAllString(t, ""), unicode.IsDigit) >= 0 {
		return false
	}
	start := true
	for _, field := range strings.Fields(t) {
		w := strings.Trim(field, ",.;:()•—–-")
		if w == "" {
			continue
		}
		if start && pronounOpen[w] {
			return false
		}
		// A word of four letters or more ending in a full stop ends a
		// sentence (not an initial or "Jr."); read it before the
		// stop is trimmed.
		end := strings.TrimRight(field, ")")
		start = strings.HasSuffix(end, ".") && len(end) > 3
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !creditWords[w] && !closingWords[w] {
			return false
		}
	}
	return true
}

// closingFrom returns the index of the first of the last closingParas
// paragraphs of ps that no rule set aside (0 when there are fewer).
func closingFrom(ps []para) int {
	seen := 0
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].furniture() {
			continue
		}
		if seen++; seen == closingParas {
			return i
		}
	}
	return 0
}
