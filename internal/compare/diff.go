package compare

import (
	"math"
	"strings"
	"unicode"
)

// words splits text into whitespace-separated words.
func words(text string) []string { return strings.Fields(text) }

// key normalises a word for comparison: lower case, without the
// punctuation around it.
func key(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

// keys returns the keys of ws, dropping words that are only punctuation.
func keys(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if k := key(w); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// lcsTable returns the table of longest-common-subsequence lengths of the
// suffixes of a and b.
func lcsTable(a, b []string) [][]int32 {
	t := make([][]int32, len(a)+1)
	for i := range t {
		t[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	return t
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return int(lcsTable(a, b)[0][0])
}

// wordDiff computes the word-level diff turning from into to. Words are
// compared by diffKey; the text keeps their punctuation.
func wordDiff(from, to string) ([]DiffOp, string) {
	a, b := words(from), words(to)
	ka, kb := make([]string, len(a)), make([]string, len(b))
	for i, w := range a {
		ka[i] = diffKey(w)
	}
	for i, w := range b {
		kb[i] = diffKey(w)
	}
	t := lcsTable(ka, kb)
	var ops []DiffOp
	emit := func(op, w string) {
		if n := len(ops); n > 0 && ops[n-1].Op == op {
			ops[n-1].Text += " " + w
			return
		}
		ops = append(ops, DiffOp{Op: op, Text: w})
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && ka[i] == kb[j]:
			emit(OpEqual, b[j])
			i, j = i+1, j+1
		case j < len(b) && (i == len(a) || t[i][j+1] >= t[i+1][j]):
			emit(OpInsert, b[j])
			j++
		default:
			emit(OpDelete, a[i])
			i++
		}
	}
	ops = unmarkWritten(strikeFirst(ops))
	return ops, inlineDiff(ops)
}

// unmarkWritten shows as kept, in the words of the version changed to,
// each run of changed words that only writes the same words another way
// (see writtenAlike): the diff marks what the speaker is made to say
// differently, not a house style (h/quotes59).
func unmarkWritten(ops []DiffOp) []DiffOp {
	var out []DiffOp
	for i := 0; i < len(ops); i++ {
		if ops[i].Op == OpEqual {
			out = append(out, ops[i])
			continue
		}
		var del, ins string
		j := i
		for ; j < len(ops) && ops[j].Op != OpEqual; j++ {
			if ops[j].Op == OpDelete {
				del = ops[j].Text
			} else {
				ins = ops[j].Text
			}
		}
		if !writtenAlike(del, ins) {
			out = append(out, ops[i:j]...)
			i = j - 1
			continue
		}
		if ins != "" {
			if n := len(out); n > 0 && out[n-1].Op == OpEqual {
				out[n-1].Text += " " + ins
			} else {
				out = append(out, DiffOp{Op: OpEqual, Text: ins})
			}
		}
		if j < len(ops) && len(out) > 0 && out[len(out)-1].Op == OpEqual {
			out[len(out)-1].Text += " " + ops[j].Text
			j++
		}
		i = j - 1
	}
	return out
}

// writtenAlike reports whether the words del and ins, a run of a diff
// struck and the run added in its place, are the same words written two
// ways: marks alone ("—", not an ellipsis), a contraction spelled out
// ("It's", "It is"), or a name against its initials ("Inspector
// General", "IG"; see sameWords).
func writtenAlike(del, ins string) bool {
	kd, ki := diffKeys(del), diffKeys(ins)
	switch {
	case len(kd) == 0 && len(ki) == 0:
		// An ellipsis struck or added marks words left out: shown.
		return !strings.Contains(del+ins, "…") && !strings.Contains(del+ins, "..")
	case len(kd) == 0 || len(ki) == 0:
		return false
	}
	return sameUncontracted(kd, ki) || sameWords(words(del), words(ins))
}

// diffKeys returns the diff keys of the words of text (see diffKey),
// without words that are only marks.
func diffKeys(text string) []string {
	var out []string
	for _, w := range words(text) {
		if k := diffKey(w); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// strikeFirst puts, in every run of changed words between two kept ones,
// the struck words before the added ones, so that the diff reads as an
// edit does: "we [-would-] {+will+} be", never "we {+will+} [-would-] be".
// The walk of the table adds before it strikes where both are possible.
func strikeFirst(ops []DiffOp) []DiffOp {
	out := make([]DiffOp, 0, len(ops))
	for i := 0; i < len(ops); {
		if ops[i].Op == OpEqual {
			out = append(out, ops[i])
			i++
			continue
		}
		var del, ins []string
		for ; i < len(ops) && ops[i].Op != OpEqual; i++ {
			if ops[i].Op == OpDelete {
				del = append(del, ops[i].Text)
			} else {
				ins = append(ins, ops[i].Text)
			}
		}
		if len(del) > 0 {
			out = append(out, DiffOp{Op: OpDelete, Text: strings.Join(del, " ")})
		}
		if len(ins) > 0 {
			out = append(out, DiffOp{Op: OpInsert, Text: strings.Join(ins, " ")})
		}
	}
	return out
}

// diffKey is the key of a word in a diff shown to the reader: spellings
// of one word that no one would call a change compare equal, a curly
// apostrophe and a straight one ("it’s", "it's"), and "can't" and
// "cannot".
func diffKey(w string) string {
	k := strings.ReplaceAll(key(w), "\u2019", "'")
	if k == "can't" {
		return "cannot"
	}
	return k
}

// inlineDiff writes a word diff as text: [-removed-] {+inserted+}.
func inlineDiff(ops []DiffOp) string {
	var sb strings.Builder
	for k, op := range ops {
		if k > 0 {
			sb.WriteByte(' ')
		}
		switch op.Op {
		case OpDelete:
			sb.WriteString("[-" + op.Text + "-]")
		case OpInsert:
			sb.WriteString("{+" + op.Text + "+}")
		default:
			sb.WriteString(op.Text)
		}
	}
	return sb.String()
}

// quoteSentences splits a quote into sentences at words ending in . ! ?,
// and with atEllipsis at a standing ellipsis too.
func quoteSentences(ws []string, atEllipsis bool) [][]string {
	var out [][]string
	start := 0
	for i, w := range ws {
		if atEllipsis && (w == "…" || w == "...") {
			// The mark an outlet joins two excerpts with ends a part
			// and is no word of either.
			if start < i {
				out = append(out, ws[start:i])
			}
			start = i + 1
			continue
		}
		t := strings.TrimRight(w, "\"'”’)")
		if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
			out = append(out, ws[start:i+1])
			start = i + 1
		}
	}
	if start < len(ws) {
		out = append(out, ws[start:])
	}
	return out
}

// window returns the one or two consecutive sentences of long that best
// correspond to short: most words in common, fewest others.
func window(long, short string) string {
	return windowOf(long, short, false)
}

// windowOf is window; with atEllipsis a standing ellipsis ends a sentence
// too (the mark between two excerpts an outlet joins).
func windowOf(long, short string, atEllipsis bool) string {
	ss := quoteSentences(words(long), atEllipsis)
	if len(ss) < 2 {
		return long
	}
	ks := keys(words(short))
	var best []string
	bestScore := math.Inf(-1)
	for i := range ss {
		for n := 1; n <= 2 && i+n <= len(ss); n++ {
			var ws []string
			for _, s := range ss[i : i+n] {
				ws = append(ws, s...)
			}
			kw := keys(ws)
			sc := float64(lcs(kw, ks)) - 0.1*float64(len(kw))
			if sc > bestScore {
				best, bestScore = ws, sc
			}
		}
	}
	if bestScore <= fragmentScore {
		// Even the best sentence holds ten words for each word it
		// shares with short, and ten more: short is a fragment ("a
		// concession to tyranny" of a 50-word sentence), compared with
		// the run of long around the words it shares, not with a
		// sentence.
		best = span(words(long), ks)
	}
	return strings.Join(best, " ")
}

// fragmentScore is the window score at or under which the short quote is
// taken for a fragment of the best sentence (see windowOf).
const fragmentScore = -1.0

// span returns the run of ws that best corresponds to the keys ks of a
// fragment: most keys in common, fewest others, from a run of the
// fragment's length to three words longer.
func span(ws []string, ks []string) []string {
	var best []string
	bestScore := math.Inf(-1)
	for size := len(ks); size <= len(ks)+3 && size <= len(ws); size++ {
		for i := 0; i+size <= len(ws); i++ {
			run := ws[i : i+size]
			sc := float64(lcs(keys(run), ks)) - 0.1*float64(size)
			if sc > bestScore {
				best, bestScore = run, sc
			}
		}
	}
	if best == nil {
		return ws
	}
	return best
}
