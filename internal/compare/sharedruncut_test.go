package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// groupSentences analyses n sentences that give one passage word for
// word, each with words of its own before and after it (text the test
// writes itself), as the members of one fact group of n articles.
func groupSentences(tb testing.TB, n int) []nlp.Sentence {
	tb.Helper()
	an, err := nlp.NewAnalyzer()
	if err != nil {
		tb.Fatal(err)
	}
	var paras []string
	for i := range n {
		paras = append(paras, fmt.Sprintf("After crew number %d tried for hours to restart the bilge pump of boat %d, the old ferry was towed to the northern slipway, where inspectors found a cracked hull plate, and deckhand %d told the board about it.", i, i, i))
	}
	a := an.Analyze(nlp.Input{Title: "Ferry", Paragraphs: paras})
	var out []nlp.Sentence
	for _, s := range a.Sentences {
		if s.Para >= 0 {
			out = append(out, s)
		}
	}
	if len(out) != n {
		tb.Fatalf("%d sentences, want %d", len(out), n)
	}
	return out
}

// cutGroup runs sharedRunCut on every member of a group of sentences
// ss against the others, as cutRunOns does.
func cutGroup(ss []nlp.Sentence) int {
	cuts := 0
	for m, s := range ss {
		var ot [][]nlp.Token
		for y, o := range ss {
			if y != m {
				ot = append(ot, o.Tokens)
			}
		}
		if _, ok := sharedRunCut(s, s.Text, ot, true, func() map[int]int { return nil }); ok {
			cuts++
		}
	}
	return cuts
}

// BenchmarkSharedRunCut: the shared-run cut of every member of one fact
// group of n articles (cutRunOns' work for one group). Run with
// go test ./internal/compare -run - -bench SharedRunCut -cpu 1.
func BenchmarkSharedRunCut(b *testing.B) {
	for _, n := range []int{10, 40, 160} {
		ss := groupSentences(b, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				cutGroup(ss)
			}
		})
	}
}

// verbatimCoveredRef is verbatimCovered as session 56 wrote it (a
// string per run of words), kept as the reference the faster one must
// agree with.
func verbatimCoveredRef(ts []nlp.Token, otherToks [][]nlp.Token) []bool {
	out := make([]bool, len(ts))
	var idx []int
	var keys []string
	for i, t := range ts {
		if t.Kind == nlp.KindWord || t.Kind == nlp.KindNumber {
			idx = append(idx, i)
			keys = append(keys, runKey(t))
		}
	}
	if len(keys) < verbatimRun {
		return out
	}
	grams := map[string]bool{}
	for _, ot := range otherToks {
		var ok []string
		for _, t := range ot {
			if t.Kind == nlp.KindWord || t.Kind == nlp.KindNumber {
				ok = append(ok, runKey(t))
			}
		}
		for i := 0; i+verbatimRun <= len(ok); i++ {
			grams[strings.Join(ok[i:i+verbatimRun], " ")] = true
		}
	}
	for i := 0; i+verbatimRun <= len(keys); i++ {
		if grams[strings.Join(keys[i:i+verbatimRun], " ")] {
			for _, j := range idx[i : i+verbatimRun] {
				out[j] = true
			}
		}
	}
	return out
}

// TestVerbatimCoveredSameAsBefore: verbatimCovered marks the same
// tokens as the reference on sentences that share runs of every length,
// in other cases, across punctuation, and with too few words.
func TestVerbatimCoveredSameAsBefore(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	paras := []string{
		"The harbour board voted on Monday to raise the pilot fees by a third, and the crews will pay.",
		"THE HARBOUR BOARD voted on Monday, to raise the pilot fees by 30 per cent; the crews won’t pay.",
		"Pilots say the harbour board voted on Monday to raise fees by a third and the crews won't pay.",
		"Too short.",
		"Board voted on Monday to raise.",
		"A b c d e f g h i j k l m n o p, a b c d e.",
		"The crews will pay, the crews will pay, the crews will pay.",
	}
	a := an.Analyze(nlp.Input{Title: "Fees", Paragraphs: paras})
	var toks [][]nlp.Token
	for _, s := range a.Sentences {
		toks = append(toks, s.Tokens)
	}
	toks = append(toks, nil)
	for i, ts := range toks {
		for j := range toks {
			for _, others := range [][][]nlp.Token{toks[j : j+1], toks[:j], toks} {
				got, want := verbatimCovered(ts, others), verbatimCoveredRef(ts, others)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("sentence %d against %d sentences: %v, want %v", i, len(others), got, want)
				}
			}
		}
	}
	ss := groupSentences(t, 12)
	for m, s := range ss {
		var ot [][]nlp.Token
		for y, o := range ss {
			if y != m {
				ot = append(ot, o.Tokens)
			}
		}
		if got, want := verbatimCovered(s.Tokens, ot), verbatimCoveredRef(s.Tokens, ot); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("member %d: %v, want %v", m, got, want)
		}
	}
}

// BenchmarkSharedRunCutLongSentence: one member is a single sentence of
// n listed items joined by a bare "and", with no verb, before the
// passage both give (a list no full stop ends, as a scraped page may
// hold): each "and" asks whether the words before it are a clause. The
// other
// member gives the passage alone.
func BenchmarkSharedRunCutLongSentence(b *testing.B) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{250, 1000, 4000} {
		var sb strings.Builder
		sb.WriteString("Nets ")
		for i := range n {
			fmt.Fprintf(&sb, "and rope%d ", i)
		}
		sb.WriteString("and the old ferry was towed to the northern slipway, where inspectors found a cracked hull plate.")
		a := an.Analyze(nlp.Input{Title: "Ferry", Paragraphs: []string{sb.String(), "The old ferry was towed to the northern slipway, where inspectors found a cracked hull plate."}})
		var ss []nlp.Sentence
		for _, s := range a.Sentences {
			if s.Para >= 0 {
				ss = append(ss, s)
			}
		}
		if len(ss) != 2 {
			b.Fatalf("%d sentences", len(ss))
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				sharedRunCut(ss[0], ss[0].Text, [][]nlp.Token{ss[1].Tokens}, true, func() map[int]int { return nil })
			}
		})
	}
}

// clauseBeforeRef is session 56's clauseBefore, asked anew at each
// joint: the reference clausesBefore must agree with.
func clauseBeforeRef(ts []nlp.Token, a, k int) bool {
	verb := false
	for i := a; i < k; i++ {
		switch {
		case clauseVerb(ts, i):
			verb = true
		case ts[i].Norm == "that" || whWords[ts[i].Norm]:
			verb = false
		}
	}
	return verb
}

// TestClausesBeforeSameAsBefore: clausesBefore gives, at every token
// from every start, what clauseBefore gave.
func TestClausesBeforeSameAsBefore(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(nlp.Input{Title: "Deal", Paragraphs: []string{
		"Observers said that the harbour board and the ferry owners have signed, and the crews who worked there were told that nothing changed but they stayed and waited.",
		"Nets and ropes and the old ferry was towed to the slipway where inspectors found a plate that cracked.",
	}})
	for _, s := range a.Sentences {
		ts := s.Tokens
		for start := 0; start < len(ts); start++ {
			for b := start; b < len(ts); b++ {
				got := clausesBefore(ts, start, b)
				for k := start; k <= b; k++ {
					if got[k-start] != clauseBeforeRef(ts, start, k) {
						t.Fatalf("%q from %d to %d at %d: %v", s.Text, start, b, k, got[k-start])
					}
				}
			}
		}
	}
}

// onlyListReport is a report of n articles, each giving f facts of one
// sentence no other article gives, three sentences to a paragraph.
func onlyListReport(n, f int) *Report {
	r := &Report{}
	for i := range n {
		id := fmt.Sprintf("a%d", i)
		r.Articles = append(r.Articles, Article{ID: id, Outlet: fmt.Sprintf("Outlet %d", i)})
		for j := range f {
			r.Facts = append(r.Facts, Fact{Coverage: CoverageOne, ReportedBy: []string{id}, StatedBy: []string{id},
				Sentences: []FactSentence{{Article: id, Paragraph: j / 3, Text: fmt.Sprintf("Fact %d of article %d.", j, i)}}})
		}
	}
	return r
}

// BenchmarkJoinQuoteParts: the quote parts of every article's "Only in"
// list joined, as mdWriter.facts does, in a report of n articles of 60
// facts each.
func BenchmarkJoinQuoteParts(b *testing.B) {
	for _, n := range []int{10, 40, 100} {
		r := onlyListReport(n, 60)
		lists := make([][]onlyItem, n)
		for _, f := range r.Facts {
			i := 0
			fmt.Sscanf(f.ReportedBy[0], "a%d", &i)
			lists[i] = append(lists[i], onlyItem{fact: f, sent: f.Sentences[0]})
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				held := heldPlaces(r.Facts)
				for _, items := range lists {
					joinQuoteParts(items, held)
				}
			}
		})
	}
}

// BenchmarkMarkdownOnlyLists: the Markdown of a report of n articles of
// 60 facts each that only they give (the "Only in" lists dominate).
func BenchmarkMarkdownOnlyLists(b *testing.B) {
	for _, n := range []int{10, 40, 100} {
		r := onlyListReport(n, 60)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				var sb strings.Builder
				if err := WriteMarkdown(&sb, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
