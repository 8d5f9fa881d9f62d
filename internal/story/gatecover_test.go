package story

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// gap stands, in the readings coverReadings builds, for a non-empty run
// of text the expression does not fix (a class of many letters, a
// repetition, a letter (?i) also matches outside ASCII): no literal is
// counted across it.
const gap = "\x00"

// maxReadings bounds the readings of one expression, so that a pattern
// too wide to check fails the check rather than the machine.
const maxReadings = 200000

// coverReadings returns the ASCII lower-case readings of re's matches
// that no literal of needs is found in: each reading is a match's fixed
// letters, with gap for the runs the expression leaves open, cut down
// to its first and last longest-1 bytes around a gap once longer (no
// literal of at most longest bytes can hold more of it than those with
// what comes before or after). The check is sound, not complete: a
// reading it returns may be one no match has (a literal that a gap
// would fill is not counted), but a match whose lower case holds none
// of needs always leaves one. ok is false when the expression has more
// readings than maxReadings.
func coverReadings(re *syntax.Regexp, needs []string) (left []string, ok bool) {
	longest := 1
	for _, n := range needs {
		longest = max(longest, len(n))
	}
	c := coverer{needs: needs, keep: longest - 1}
	rs := c.readings(re.Simplify())
	if c.over {
		return nil, false
	}
	for r := range rs {
		if r != covered {
			left = append(left, strings.ReplaceAll(r, gap, "…"))
		}
	}
	return left, true
}

// covered is the reading of matches already known to hold a literal.
const covered = "\x01covered"

type coverer struct {
	needs []string
	keep  int
	over  bool
}

// norm marks r covered when it holds a literal, else merges its gaps
// and cuts it down (see coverReadings).
func (c *coverer) norm(r string) string {
	if r == covered {
		return r
	}
	for _, n := range c.needs {
		if strings.Contains(r, n) {
			return covered
		}
	}
	for strings.Contains(r, gap+gap) {
		r = strings.ReplaceAll(r, gap+gap, gap)
	}
	if len(r) > 2*c.keep+1 {
		r = r[:c.keep] + gap + r[len(r)-c.keep:]
		for strings.Contains(r, gap+gap) {
			r = strings.ReplaceAll(r, gap+gap, gap)
		}
	}
	return r
}

// concat is every reading of a followed by one of b.
func (c *coverer) concat(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for x := range a {
		for y := range b {
			if x == covered || y == covered {
				out[covered] = true
			} else {
				out[c.norm(x+y)] = true
			}
			if len(out) > maxReadings {
				c.over = true
				return out
			}
		}
	}
	return out
}

// runeReadings are the lower-case readings of one letter of the text.
func runeReadings(r rune, fold bool) []string {
	if r >= utf8.RuneSelf {
		return []string{gap}
	}
	out := []string{string(unicode.ToLower(r))}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf {
				out = append(out, gap)
			}
		}
	}
	return out
}

func set(rs ...string) map[string]bool {
	m := map[string]bool{}
	for _, r := range rs {
		m[r] = true
	}
	return m
}

func (c *coverer) readings(re *syntax.Regexp) map[string]bool {
	if c.over {
		return set(gap)
	}
	switch re.Op {
	case syntax.OpNoMatch:
		return set()
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return set("")
	case syntax.OpLiteral:
		out := set("")
		for _, r := range re.Rune {
			out = c.concat(out, set(runeReadings(r, re.Flags&syntax.FoldCase != 0)...))
		}
		return out
	case syntax.OpCharClass:
		var rs []string
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > 8 {
				return set(gap)
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				rs = append(rs, runeReadings(r, false)...)
			}
		}
		return set(rs...)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return set(gap)
	case syntax.OpCapture:
		return c.readings(re.Sub[0])
	case syntax.OpStar:
		return set("", gap)
	case syntax.OpPlus:
		return c.concat(c.readings(re.Sub[0]), set("", gap))
	case syntax.OpQuest:
		out := c.readings(re.Sub[0])
		out[""] = true
		return out
	case syntax.OpRepeat:
		sub := c.readings(re.Sub[0])
		out := set("")
		for range re.Min {
			out = c.concat(out, sub)
		}
		if re.Max != re.Min {
			out = c.concat(out, set("", gap))
		}
		return out
	case syntax.OpConcat:
		out := set("")
		for _, s := range re.Sub {
			out = c.concat(out, c.readings(s))
		}
		return out
	case syntax.OpAlternate:
		out := set()
		for _, s := range re.Sub {
			for r := range c.readings(s) {
				out[r] = true
			}
		}
		return out
	}
	c.over = true
	return set(gap)
}

// gateCovers checks that every match of g's expression holds one of its
// literals in ASCII lower case (see coverReadings).
func gateCovers(t *testing.T, name string, g gated) bool {
	t.Helper()
	re, err := syntax.Parse(g.re.String(), syntax.Perl)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	left, ok := coverReadings(re, g.needs)
	if !ok {
		t.Errorf("%s: too many readings to check", name)
		return false
	}
	for _, r := range left {
		t.Errorf("%s: a match reading %q holds none of %q", name, r, g.needs)
	}
	return len(left) == 0
}

// TestGatesCoverTheirExpressions: every match of a gated expression
// holds one of its gate's literals, read from the expression itself, so
// that an alternative added to an expression without its literal fails
// here instead of silently matching nothing.
func TestGatesCoverTheirExpressions(t *testing.T) {
	for name, g := range gatedPatterns {
		gateCovers(t, name, g)
	}
}

// TestGateCoverCheck: the check of TestGatesCoverTheirExpressions finds
// an alternative, a case-folded "k" or "s", a repetition or a wide class
// that a gate misses, and passes the gates that hold.
func TestGateCoverCheck(t *testing.T) {
	for _, tc := range []struct {
		expr  string
		needs []string
		holds bool
	}{
		{`(?i)\b(?:fiasco|debacle)\b`, []string{"fia", "debacle"}, true},
		{`(?i)\b(?:fiasco|debacle|mess)\b`, []string{"fia", "debacle"}, false},
		{`(?i)\bpoised\b`, []string{"poised"}, false}, // ſ
		{`(?i)\bpoised\b`, []string{"poi"}, true},
		{`(?i)\bcrazy\b`, []string{"cra"}, true},
		{`(?i)\bha+rbour\b`, []string{"harbour"}, false},
		{`(?i)\bha+rbour\b`, []string{"rbour"}, true},
		{`\b[a-z]ould\b`, []string{"would"}, false},
		{`\b[cw]ould\b`, []string{"could", "would"}, true},
		{`(?i)^(?:insiders|experts):`, []string{":"}, true},
		{`(?i)\bfake[ -]news\b`, []string{"e new"}, false},
		{`(?i)\bfake news\b`, []string{"e new"}, true},
		{`(?i)\b(?:wow|yes)!?`, []string{"!"}, false},
	} {
		re, err := syntax.Parse(tc.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		left, ok := coverReadings(re, tc.needs)
		if !ok || (len(left) == 0) != tc.holds {
			t.Errorf("%s behind %q: uncovered %q (checked %v), want holds %v", tc.expr, tc.needs, left, ok, tc.holds)
		}
	}
	// Also on a compiled gate, as the test reads them.
	g := gated{re: regexp.MustCompile(`(?i)\bfiasco\b`), needs: []string{"fia"}}
	if !gateCovers(t, "fiasco", g) {
		t.Error("fiasco behind fia should hold")
	}
}
