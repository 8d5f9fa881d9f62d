// Command embfeat measures pretrained word vectors (a file given on the
// command line, never kept in the repository) on the judged pairs and
// claims: for each labelled pair of a pairs file whose two articles are in
// a Parallax SQLite database it prints the cosine of the two articles'
// averaged word vectors, read from the title and lead (the title and the
// first two body sentences of eight words or more) and from the whole
// cleaned text, plain means and SIF-weighted means (a/(a+p(w)), p read
// from the word's frequency rank in the vectors file by Zipf's law, the
// first principal component of the articles read removed), and the same
// for the later of the two (by the order of decisions) against the first
// member of the event it joined and the highest over that member and the
// eight that joined last before it:
//
//	go run ./internal/eval/eventeval/embfeat --db COPY.db --vectors VECS.txt > emb.tsv
//
// With --claims it reads instead the judged only-in facts (`O` rows) of
// the findings files named and the story files beside them, and prints for
// each the highest cosine of the claim's sentence to a sentence of another
// article of its story (SIF, plain mean) with the verdict:
//
//	go run ./internal/eval/eventeval/embfeat --db COPY.db --vectors VECS.txt \
//	    --claims 'internal/compare/testdata/abpjudged/findings-fresh*.tsv' > claims.tsv
//
// The vectors file is text, one word a line followed by its numbers, in
// descending frequency (GloVe's own order); a first line of two integers
// (word2vec's header) is skipped. It prints ids and numbers only. The
// database is opened for writing (cleaning brings its outlets' models up
// to date first), so give it a copy.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/eval/eventeval"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "embfeat:", err)
		os.Exit(1)
	}
}

// sifA is SIF's smoothing constant.
const sifA = 1e-3

// vectors is a word-vector table.
type vectors struct {
	dim   int
	index map[string]int
	vecs  [][]float32
	sif   []float64 // per row: a/(a+p) with p by Zipf from the row's rank
}

func loadVectors(path string, limit int) (*vectors, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("vectors: %w", err)
	}
	defer f.Close()
	v := &vectors{index: map[string]int{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	first, line, skipped := true, 0, 0
	for sc.Scan() {
		line++
		// Fields are split on spaces only: a word may hold any other
		// character, a no-break space among them.
		fields := strings.FieldsFunc(sc.Text(), func(r rune) bool { return r == ' ' || r == '\t' || r == '\r' })
		if first {
			first = false
			if len(fields) == 2 {
				continue
			}
		}
		if len(fields) < 3 {
			continue
		}
		if v.dim == 0 {
			v.dim = len(fields) - 1
		}
		if len(fields)-1 != v.dim {
			skipped++
			continue
		}
		row := make([]float32, v.dim)
		for i, s := range fields[1:] {
			x, err := strconv.ParseFloat(s, 32)
			if err != nil {
				return nil, fmt.Errorf("vectors %s line %d: %q: %w", path, line, fields[0], err)
			}
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, fmt.Errorf("vectors %s line %d: %q: a value that is not a finite number (%s)", path, line, fields[0], s)
			}
			row[i] = float32(x)
		}
		if _, ok := v.index[fields[0]]; ok {
			continue
		}
		v.index[fields[0]] = len(v.vecs)
		v.vecs = append(v.vecs, row)
		if limit > 0 && len(v.vecs) >= limit {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("vectors %s: %w", path, err)
	}
	if len(v.vecs) == 0 {
		return nil, fmt.Errorf("vectors %s: no vectors of two or more numbers", path)
	}
	if skipped > 0 {
		return nil, fmt.Errorf("vectors %s: %d lines do not have the %d numbers of the first vector", path, skipped, v.dim)
	}
	h := math.Log(float64(len(v.vecs))) + 0.5772
	v.sif = make([]float64, len(v.vecs))
	for r := range v.vecs {
		p := 1 / (float64(r+1) * h)
		v.sif[r] = sifA / (sifA + p)
	}
	return v, nil
}

// embed averages the vectors of the word tokens of sentences, plainly and
// SIF-weighted; ok is false when no word has a vector.
func (v *vectors) embed(sents []nlp.Sentence) (mean, sif []float64, ok bool) {
	mean = make([]float64, v.dim)
	sif = make([]float64, v.dim)
	n := 0
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Kind != nlp.KindWord {
				continue
			}
			r, found := v.index[strings.ToLower(t.Surface)]
			if !found {
				continue
			}
			w := v.sif[r]
			for i, x := range v.vecs[r] {
				mean[i] += float64(x)
				sif[i] += w * float64(x)
			}
			n++
		}
	}
	return mean, sif, n > 0
}

func cosine(a, b []float64) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += a[i] * b[i]
		aa += a[i] * a[i]
		bb += b[i] * b[i]
	}
	if aa == 0 || bb == 0 {
		return 0
	}
	return ab / math.Sqrt(aa*bb)
}

// firstComponent returns the unit first principal direction (uncentred,
// as SIF removes it) of xs by power iteration.
func firstComponent(xs [][]float64) []float64 {
	if len(xs) == 0 {
		return nil
	}
	d := len(xs[0])
	u := make([]float64, d)
	for i := range u {
		u[i] = 1 / math.Sqrt(float64(d))
	}
	for it := 0; it < 50; it++ {
		next := make([]float64, d)
		for _, x := range xs {
			dot := 0.0
			for i := range x {
				dot += x[i] * u[i]
			}
			for i := range x {
				next[i] += dot * x[i]
			}
		}
		norm := 0.0
		for _, y := range next {
			norm += y * y
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			return u
		}
		for i := range next {
			next[i] /= norm
		}
		u = next
	}
	return u
}

func removeComponent(x, u []float64) []float64 {
	if u == nil {
		return x
	}
	dot := 0.0
	for i := range x {
		dot += x[i] * u[i]
	}
	out := make([]float64, len(x))
	for i := range x {
		out[i] = x[i] - dot*u[i]
	}
	return out
}

// emb is one article's embeddings.
type emb struct {
	ok                bool
	tlMean, tlSIF     []float64
	allMean, allSIF   []float64
	sents             []nlp.Sentence
	tlSIFpc, allSIFpc []float64
	ms                float64
}

// leadSentences is how many body sentences of eight words or more make
// the lead beside the title.
const leadSentences = 2

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("embfeat", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "copy of a Parallax SQLite database with saved story state")
	file := fs.String("pairs", "internal/eval/eventeval/testdata/pairs.tsv", "pairs file")
	vecPath := fs.String("vectors", "", "word vectors, text (word then numbers a line), most frequent first")
	limit := fs.Int("limit", 0, "read only the first N words of the vectors file (0: all)")
	claims := fs.String("claims", "", "glob of judged findings files: measure only-in claims instead of pairs")
	evN := fs.Int("event", 8, "members that joined last before the later article to compare it with")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || *vecPath == "" || fs.NArg() > 0 || *evN < 0 || *limit < 0 {
		return fmt.Errorf("usage: embfeat --db COPY.db --vectors VECS.txt [--pairs FILE] [--claims GLOB] [--limit N] [--event N] (N >= 0)")
	}
	t0 := time.Now()
	vec, err := loadVectors(*vecPath, *limit)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "embfeat: %d words of %d dimensions read in %.1f s\n", len(vec.vecs), vec.dim, time.Since(t0).Seconds())
	st, err := sqlite.OpenExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return fmt.Errorf("clean reader for %s: %w", *db, err)
	}
	an, err := nlp.NewAnalyzer()
	if err != nil {
		return err
	}
	cache := map[string]*emb{}
	var embedMs float64
	prep := func(id string) (*emb, error) {
		if e, ok := cache[id]; ok {
			return e, nil
		}
		a, err := st.Get(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		m, _, err := rd.Masked(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("clean %s: %w", id, err)
		}
		res := an.Analyze(nlp.Input{Title: m.Title, Paragraphs: m.Paragraphs, Lang: m.Language})
		t1 := time.Now()
		e := &emb{sents: res.Sentences}
		var tl []nlp.Sentence
		lead := 0
		for _, s := range res.Sentences {
			if s.Para < 0 {
				tl = append(tl, s)
				continue
			}
			words := 0
			for _, t := range s.Tokens {
				if t.Kind == nlp.KindWord {
					words++
				}
			}
			if lead < leadSentences && words >= 8 {
				tl = append(tl, s)
				lead++
			}
		}
		e.tlMean, e.tlSIF, e.ok = vec.embed(tl)
		e.allMean, e.allSIF, _ = vec.embed(res.Sentences)
		e.ms = float64(time.Since(t1).Microseconds()) / 1000
		embedMs += e.ms
		cache[id] = e
		return e, nil
	}
	if *claims != "" {
		return runClaims(ctx, *claims, prep, vec, stdout, stderr)
	}
	pairs, err := eventeval.ReadPairsFile(*file)
	if err != nil {
		return err
	}
	corpus, err := eventeval.ReadDB(ctx, *db, false)
	if err != nil {
		return err
	}
	joins, err := eventeval.ReadJoins(ctx, *db)
	if err != nil {
		return err
	}
	members := eventeval.Members(joins) // event -> ids by seq
	type job struct {
		p      eventeval.Pair
		a, b   string
		joined bool
		later  string
		pick   []string
	}
	var jobs []job
	found, missing := corpus.Labelled(pairs)
	for _, f := range found {
		p, a, b := f.Pair, f.A, f.B
		j := job{p: p, a: a.ID, b: b.ID, joined: a.Event != "" && a.Event == b.Event}
		if later, pick, ok := eventeval.JoinPeers(a.ID, b.ID, joins, members, *evN); ok {
			j.later, j.pick = later, pick
		}
		for _, id := range append([]string{j.a, j.b, j.later}, j.pick...) {
			if id == "" {
				continue
			}
			if _, err := prep(id); err != nil {
				return err
			}
		}
		jobs = append(jobs, j)
	}
	var tls, alls [][]float64
	for _, e := range cache {
		if e.ok {
			tls = append(tls, e.tlSIF)
			alls = append(alls, e.allSIF)
		}
	}
	uTL, uAll := firstComponent(tls), firstComponent(alls)
	for _, e := range cache {
		e.tlSIFpc = removeComponent(e.tlSIF, uTL)
		e.allSIFpc = removeComponent(e.allSIF, uAll)
	}
	fmt.Fprintf(stderr, "embfeat: %d articles embedded, %.3f ms each on average (analysis excluded)\n", len(cache), embedMs/float64(max(1, len(cache))))
	head := []string{"stratum", "split", "label", "id_a", "id_b", "joined", "known",
		"tl_mean", "tl_sif", "tl_sifpc", "all_mean", "all_sif", "all_sifpc",
		"ev_n", "ev_first_tl_sifpc", "ev_max_tl_sifpc", "ev_first_all_sifpc", "ev_max_all_sifpc", "ev_max_all_mean"}
	fmt.Fprintln(stdout, strings.Join(head, "\t"))
	f4 := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	for _, j := range jobs {
		ea, eb := cache[j.a], cache[j.b]
		known := ea.ok && eb.ok
		row := []string{j.p.Stratum, j.p.Split, string(j.p.Label), j.p.A.ID, j.p.B.ID, b01(j.joined), b01(known),
			f4(cosine(ea.tlMean, eb.tlMean)), f4(cosine(ea.tlSIF, eb.tlSIF)), f4(cosine(ea.tlSIFpc, eb.tlSIFpc)),
			f4(cosine(ea.allMean, eb.allMean)), f4(cosine(ea.allSIF, eb.allSIF)), f4(cosine(ea.allSIFpc, eb.allSIFpc))}
		if j.later == "" {
			row = append(row, "0", "", "", "", "", "")
		} else {
			el := cache[j.later]
			var firstTL, firstAll, maxTL, maxAll, maxMean float64
			maxTL, maxAll, maxMean = -2, -2, -2
			for k, id := range j.pick {
				em := cache[id]
				tl, all, mean := cosine(el.tlSIFpc, em.tlSIFpc), cosine(el.allSIFpc, em.allSIFpc), cosine(el.allMean, em.allMean)
				if k == 0 {
					firstTL, firstAll = tl, all
				}
				maxTL, maxAll, maxMean = max(maxTL, tl), max(maxAll, all), max(maxMean, mean)
			}
			row = append(row, strconv.Itoa(len(j.pick)), f4(firstTL), f4(maxTL), f4(firstAll), f4(maxAll), f4(maxMean))
		}
		fmt.Fprintln(stdout, strings.Join(row, "\t"))
	}
	if missing > 0 {
		fmt.Fprintf(stderr, "embfeat: %d pairs with an article not in the database\n", missing)
	}
	return nil
}

// runClaims prints, for each judged only-in fact (`O` row) of the
// findings files matching glob, the highest cosine of its sentence to a
// sentence of another article of its story, with the verdict.
func runClaims(ctx context.Context, glob string, prep func(string) (*emb, error), vec *vectors, stdout, stderr io.Writer) error {
	files, err := filepath.Glob(glob)
	if err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	// The common direction of the stories' sentences, removed from each
	// (SIF's last step).
	var all [][]float64
	for _, path := range files {
		stories, err := readStoryArticles(filepath.Join(filepath.Dir(path), strings.TrimPrefix(filepath.Base(path), "findings-")))
		if err != nil {
			return err
		}
		for _, ids := range stories {
			for _, id := range ids {
				e, err := prep(id)
				if err != nil {
					return err
				}
				for k := range e.sents {
					if _, s, ok := vec.embed(e.sents[k : k+1]); ok {
						all = append(all, s)
					}
				}
			}
		}
	}
	u := firstComponent(all)
	fmt.Fprintln(stdout, strings.Join([]string{"file", "story", "key", "verdict", "words", "best_sif", "best_mean", "best_sif_sent2", "best_sifpc"}, "\t"))
	unmatched := 0
	for _, path := range files {
		storyFile := filepath.Join(filepath.Dir(path), strings.TrimPrefix(filepath.Base(path), "findings-"))
		stories, err := readStoryArticles(storyFile)
		if err != nil {
			return err
		}
		rows, err := readTSV(path)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if len(r) < 3 || !strings.HasPrefix(r[1], "O|") {
				continue
			}
			parts := strings.Split(strings.TrimPrefix(r[1], "O|"), ":")
			if len(parts) != 3 {
				continue
			}
			id := parts[0]
			para, err1 := strconv.Atoi(parts[1])
			off, err2 := strconv.Atoi(parts[2])
			if err1 != nil || err2 != nil {
				return fmt.Errorf("%s: claim %q: paragraph and offset are not numbers", path, r[1])
			}
			ids, ok := stories[r[0]]
			if !ok {
				unmatched++
				continue
			}
			e, err := prep(id)
			if err != nil {
				return err
			}
			si := -1
			for k, s := range e.sents {
				if s.Para == para && s.Start <= off && off < max(s.End, s.Start+1) {
					si = k
					break
				}
			}
			if si < 0 {
				unmatched++
				continue
			}
			cm, cs, ok := vec.embed(e.sents[si : si+1])
			if !ok {
				unmatched++
				continue
			}
			words := 0
			for _, t := range e.sents[si].Tokens {
				if t.Kind == nlp.KindWord {
					words++
				}
			}
			bestSIF, bestMean, bestTwo, bestPC := -2.0, -2.0, -2.0, -2.0
			cpc := removeComponent(cs, u)
			for _, other := range ids {
				if other == id {
					continue
				}
				eo, err := prep(other)
				if err != nil {
					return err
				}
				for k := range eo.sents {
					if eo.sents[k].Para < 0 {
						continue
					}
					om, os1, ok := vec.embed(eo.sents[k : k+1])
					if !ok {
						continue
					}
					bestSIF, bestMean = max(bestSIF, cosine(cs, os1)), max(bestMean, cosine(cm, om))
					bestPC = max(bestPC, cosine(cpc, removeComponent(os1, u)))
					if k+1 < len(eo.sents) {
						_, os2, _ := vec.embed(eo.sents[k : k+2])
						bestTwo = max(bestTwo, cosine(cs, os2))
					}
				}
			}
			fmt.Fprintln(stdout, strings.Join([]string{filepath.Base(path), r[0], r[1], r[2], strconv.Itoa(words),
				strconv.FormatFloat(bestSIF, 'f', 4, 64), strconv.FormatFloat(bestMean, 'f', 4, 64),
				strconv.FormatFloat(bestTwo, 'f', 4, 64), strconv.FormatFloat(bestPC, 'f', 4, 64)}, "\t"))
		}
	}
	if unmatched > 0 {
		fmt.Fprintf(stderr, "embfeat: %d claims whose story or sentence was not found\n", unmatched)
	}
	return ctx.Err()
}

// readStoryArticles reads a story file (name, story id, comma-separated
// article ids).
func readStoryArticles(path string) (map[string][]string, error) {
	rows, err := readTSV(path)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, r := range rows {
		if len(r) >= 3 {
			out[r[0]] = strings.Split(r[2], ",")
		}
	}
	return out, nil
}

func readTSV(path string) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out [][]string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out, nil
}

func b01(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
