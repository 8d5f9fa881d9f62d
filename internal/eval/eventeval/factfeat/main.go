// Command factfeat prints, for each labelled pair of a pairs file whose two
// articles are in a Parallax SQLite database, what the comparison engine
// (compare.CompareAnalyzed over the two articles alone, their cleaned
// text as a story's page reads it) finds they state in common: the
// propositions two reports of one happening share and a piece on the saga
// or another actor's statement mostly does not (session 53, h/factjoin53;
// see SAMPLING.md, "Shared propositions as a sign of one happening"). It
// prints ids and numbers only:
//
//	go run ./internal/eval/eventeval/factfeat --db COPY.db [--pairs internal/eval/eventeval/testdata/pairs.tsv] > facts.tsv
//
// Columns beside the pair's stratum, split, label, ids and whether the
// database puts them in one event (joined):
//
//   - sents_a, sents_b: body sentences of each (title aside);
//   - facts: fact groups both articles' sentences are in; sure: those
//     whose best pair is surely one fact (not Tentative); facts_norm:
//     facts over the shorter article's sentences;
//   - lead_either, lead_both: fact groups with a sentence from the first
//     leadSentences body sentences (by paragraph) of either article, of
//     both; lead_a, lead_b: those with a lead sentence of
//     a, of b (the engine groups body sentences: a title is in none);
//   - stated: facts of one article the other states in other words
//     (StatedBy); conflict: fact groups that state opposite outcomes;
//   - best_sim: the highest share of content words (Jaccard of lower-case
//     words of three letters or more) between the two articles'
//     sentences of one fact group;
//   - quotes: quote groups with a quote of each article (a writer's
//     phrase of fewer than five words aside); quotes_spk: those with a
//     linked speaker; quotes_same: those with the same words (identical
//     or one a part of the other);
//   - nums_agree, nums_differ: quantities both give, with one value or
//     different values (ranks aside);
//   - names: entities both name; copy: a copy relation (shares-quotes
//     aside); shares_quotes: a shares-quotes relation;
//   - same_story, story_score: the engine's own one-story check;
//   - ms: milliseconds of the comparison (analyses given); ana_ms:
//     milliseconds of the two analyses;
//   - ev_*: the later of the two by the order of decisions (story_articles
//     seq) against its event's first member and the --event members that
//     joined last before it (members moved by later repairs included):
//     how many were compared (ev_n), the shared fact groups with the first
//     member (ev_facts_seed), the highest over them of facts, sure,
//     facts_norm, its own lead's fact groups (ev_lead_max), quotes,
//     nums_agree and best_sim, the sum of facts, and the milliseconds of
//     the comparisons (ev_ms); empty when it started its event.
//
// The database is opened for writing (cleaning brings its outlets' models
// up to date first), so give it a copy.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/eval/eventeval"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// leadSentences is how many body sentences make an article's lead.
const leadSentences = 4

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "factfeat:", err)
		os.Exit(1)
	}
}

// prepared is one article as the comparison reads it.
type prepared struct {
	art *article.Article
	an  *nlp.Analysis
	// leadPara is the paragraph of the article's last lead sentence.
	leadPara int
	sents    int
	ms       float64
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("factfeat", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "copy of a Parallax SQLite database")
	file := fs.String("pairs", "internal/eval/eventeval/testdata/pairs.tsv", "pairs file")
	evN := fs.Int("event", 8, "compare the later of each pair with its event's first member and this many of the members it joined after (0: none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: factfeat --db COPY.db [--pairs FILE] [--event N]")
	}
	in, err := eventeval.OpenPairsDB(ctx, *db, *file)
	if err != nil {
		return err
	}
	defer in.Store.Close()
	pairs, corpus, st := in.Pairs, in.Corpus, in.Store
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return fmt.Errorf("clean reader for %s: %w", *db, err)
	}
	an, err := nlp.NewAnalyzer()
	if err != nil {
		return err
	}
	joins, err := eventeval.ReadJoins(ctx, *db)
	if err != nil {
		return err
	}
	members := eventeval.Members(joins) // event -> ids by seq
	cache := map[string]*prepared{}
	prep := func(id string) (*prepared, error) {
		if p, ok := cache[id]; ok {
			return p, nil
		}
		a, err := st.Get(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		m, _, err := rd.Masked(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("clean %s: %w", id, err)
		}
		t0 := time.Now()
		res := an.Analyze(nlp.Input{Title: m.Title, Paragraphs: m.Paragraphs, Lang: m.Language})
		p := &prepared{art: m, an: res, ms: msSince(t0), leadPara: -1}
		for _, s := range res.Sentences {
			if s.Para < 0 {
				continue
			}
			if p.sents < leadSentences {
				p.leadPara = s.Para
			}
			p.sents++
		}
		cache[id] = p
		return p, nil
	}
	head := []string{"stratum", "split", "label", "id_a", "id_b", "joined", "sents_a", "sents_b", "facts", "sure", "facts_norm",
		"lead_either", "lead_both", "lead_a", "lead_b", "stated", "conflict", "best_sim", "quotes", "quotes_spk", "quotes_same",
		"nums_agree", "nums_differ", "names", "copy", "shares_quotes", "same_story", "story_score", "ms", "ana_ms",
		"ev_n", "ev_facts_seed", "ev_facts_max", "ev_sure_max", "ev_norm_max", "ev_lead_max", "ev_quotes_max", "ev_nums_max",
		"ev_best_max", "ev_facts_sum", "ev_ms"}
	fmt.Fprintln(stdout, strings.Join(head, "\t"))
	found, missing := corpus.Labelled(pairs)
	for _, f := range found {
		p, a, b := f.Pair, f.A, f.B
		pa, err := prep(a.ID)
		if err != nil {
			return err
		}
		pb, err := prep(b.ID)
		if err != nil {
			return err
		}
		t0 := time.Now()
		r, err := compare.CompareAnalyzed(ctx, []*article.Article{pa.art, pb.art}, []*nlp.Analysis{pa.an, pb.an}, an)
		if err != nil {
			return fmt.Errorf("compare %s %s: %w", a.ID, b.ID, err)
		}
		ms := msSince(t0)
		f := features(r, pa, pb)
		row := []string{p.Stratum, p.Split, string(p.Label), p.A.ID, p.B.ID, b01(a.Event != "" && a.Event == b.Event),
			fmt.Sprint(pa.sents), fmt.Sprint(pb.sents)}
		row = append(row, f.cols()...)
		row = append(row, fmt.Sprintf("%.1f", ms), fmt.Sprintf("%.1f", pa.ms+pb.ms))
		ev, err := eventColumns(ctx, a.ID, b.ID, joins, members, *evN, prep, an)
		if err != nil {
			return err
		}
		row = append(row, ev...)
		fmt.Fprintln(stdout, strings.Join(row, "\t"))
	}
	if missing > 0 {
		fmt.Fprintf(stderr, "factfeat: %d pairs with an article not in the database\n", missing)
	}
	return nil
}

// eventColumns compare the later of a and b by the order of decisions
// with the first member of the event it joined and the n members that
// joined it last before it (the join-time view: a join compares an
// article with its event, not with one article). Empty when either has
// no decision, when n is 0 or when the later one started its event.
func eventColumns(ctx context.Context, a, b string, joins map[string]eventeval.Join, members map[string][]string, n int,
	prep func(string) (*prepared, error), an *nlp.Analyzer) ([]string, error) {
	empty := make([]string, 11)
	if n <= 0 {
		return empty, nil
	}
	later, pick, ok := eventeval.JoinPeers(a, b, joins, members, n)
	if !ok {
		return empty, nil
	}
	pl, err := prep(later)
	if err != nil {
		return nil, err
	}
	var seed, factsMax, sureMax, leadMax, quotesMax, numsMax, sum int
	var normMax, bestMax, ms float64
	for k, id := range pick {
		pm, err := prep(id)
		if err != nil {
			return nil, err
		}
		t0 := time.Now()
		r, err := compare.CompareAnalyzed(ctx, []*article.Article{pm.art, pl.art}, []*nlp.Analysis{pm.an, pl.an}, an)
		if err != nil {
			return nil, fmt.Errorf("compare %s %s: %w", id, later, err)
		}
		ms += msSince(t0)
		f := features(r, pm, pl)
		if k == 0 {
			seed = f.facts
		}
		factsMax, sureMax, leadMax = max(factsMax, f.facts), max(sureMax, f.sure), max(leadMax, f.leadB)
		quotesMax, numsMax, sum = max(quotesMax, f.quotes), max(numsMax, f.agree), sum+f.facts
		normMax, bestMax = max(normMax, f.norm), max(bestMax, f.best)
	}
	return []string{fmt.Sprint(len(pick)), fmt.Sprint(seed), fmt.Sprint(factsMax), fmt.Sprint(sureMax), fmt.Sprintf("%.4f", normMax),
		fmt.Sprint(leadMax), fmt.Sprint(quotesMax), fmt.Sprint(numsMax), fmt.Sprintf("%.4f", bestMax), fmt.Sprint(sum),
		fmt.Sprintf("%.1f", ms)}, nil
}

// feat is what the comparison of two articles finds they state in common
// (see the package comment for each field's column).
type feat struct {
	facts, sure, leadEither, leadBoth, leadA, leadB, stated, conflict int
	norm, best                                                        float64
	quotes, quotesSpk, quotesSame, agree, differ, names, copied, sq   int
	same                                                              bool
	score                                                             float64
}

// cols are the columns facts to story_score.
func (f feat) cols() []string {
	return []string{fmt.Sprint(f.facts), fmt.Sprint(f.sure), fmt.Sprintf("%.4f", f.norm), fmt.Sprint(f.leadEither),
		fmt.Sprint(f.leadBoth), fmt.Sprint(f.leadA), fmt.Sprint(f.leadB), fmt.Sprint(f.stated), fmt.Sprint(f.conflict),
		fmt.Sprintf("%.4f", f.best), fmt.Sprint(f.quotes), fmt.Sprint(f.quotesSpk), fmt.Sprint(f.quotesSame),
		fmt.Sprint(f.agree), fmt.Sprint(f.differ), fmt.Sprint(f.names), fmt.Sprint(f.copied), fmt.Sprint(f.sq),
		b01(f.same), fmt.Sprintf("%.4f", f.score)}
}

// features reads the comparison r of the two articles pa and pb.
func features(r *compare.Report, pa, pb *prepared) feat {
	ida, idb := pa.art.ID, pb.art.ID
	var out feat
	for _, f := range r.Facts {
		if len(f.StatedBy) > 0 {
			out.stated++
		}
		if !slices.Contains(f.ReportedBy, ida) || !slices.Contains(f.ReportedBy, idb) {
			continue
		}
		out.facts++
		if !f.Tentative {
			out.sure++
		}
		if len(f.Conflict) > 0 {
			out.conflict++
		}
		inLead := map[string]bool{}
		var sa, sb []string
		for _, s := range f.Sentences {
			lp := pa.leadPara
			if s.Article == idb {
				lp = pb.leadPara
			}
			if s.Paragraph <= lp {
				inLead[s.Article] = true
			}
			if s.Article == ida {
				sa = append(sa, s.Text)
			} else {
				sb = append(sb, s.Text)
			}
		}
		if len(inLead) > 0 {
			out.leadEither++
		}
		if len(inLead) == 2 {
			out.leadBoth++
		}
		if inLead[ida] {
			out.leadA++
		}
		if inLead[idb] {
			out.leadB++
		}
		for _, x := range sa {
			for _, y := range sb {
				out.best = max(out.best, jaccard(x, y))
			}
		}
	}
	for _, q := range r.Quotes {
		if q.Kind == compare.QuoteOneOnly {
			continue
		}
		of := map[string]bool{}
		for _, u := range q.Quotes {
			if !u.Phrase() {
				of[u.Article] = true
			}
		}
		if !of[ida] || !of[idb] {
			continue
		}
		out.quotes++
		if q.Speaker != "" {
			out.quotesSpk++
		}
		if q.Kind == compare.QuoteIdentical || q.Kind == compare.QuoteShortened {
			out.quotesSame++
		}
	}
	for _, q := range r.Numbers {
		if len(q.ReportedBy) < 2 || q.Kind == string(nlp.NumOrdinal) {
			continue
		}
		if q.Discrepancy {
			out.differ++
		} else {
			out.agree++
		}
	}
	for _, c := range r.Copies {
		if c.Kind == compare.KindSharesQuotes {
			out.sq = 1
		} else {
			out.copied = 1
		}
	}
	if n := min(pa.sents, pb.sents); n > 0 {
		out.norm = float64(out.facts) / float64(n)
	}
	out.names, out.same, out.score = len(r.Names), r.SameStory, r.Story.Score
	return out
}

// jaccard is the share of content words (lower case, three letters or
// more) two sentences have in common.
func jaccard(x, y string) float64 {
	wx, wy := words(x), words(y)
	if len(wx) == 0 || len(wy) == 0 {
		return 0
	}
	both := 0
	for w := range wx {
		if wy[w] {
			both++
		}
	}
	return float64(both) / float64(len(wx)+len(wy)-both)
}

func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 3 {
			out[w] = true
		}
	}
	return out
}

func msSince(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }

func b01(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
