package spin

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/dedup"
)

// Names of the edits a generated copy can have.
const (
	EditLead      = "lead"
	EditDrop      = "drop"
	EditReorder   = "reorder"
	EditSynonyms  = "synonyms"
	EditTruncate  = "truncate"
	EditEmbed     = "embed"
	minSourceWord = 150
)

// Copy is one generated copy and the truth about it.
type Copy struct {
	// Doc is the copy.
	Doc dedup.Doc
	// Source is the id of the article copied.
	Source string
	// Host is the id of the unrelated article the copy was embedded in, or
	// "": the host is a source of the copy too.
	Host string
	// Lead is the phrase inserted at the start, or "".
	Lead string
	// Edits names the edits applied, in order.
	Edits []string
}

// Generate makes n copies of distinct articles of corpus, deterministically
// for a given seed. Sources have at least 3 paragraphs and 150 words.
func Generate(corpus []dedup.Doc, n int, seed uint64) ([]Copy, error) {
	rng := rand.New(rand.NewPCG(seed, seed^0x5b1d))
	var eligible []int
	for i, d := range corpus {
		if len(d.Paragraphs) >= 3 && words(d.Paragraphs) >= minSourceWord {
			eligible = append(eligible, i)
		}
	}
	// each copy needs a source, and some need a host: none is used twice.
	if n > len(eligible)*3/4 {
		return nil, fmt.Errorf("generate: %d copies need more than the %d eligible articles", n, len(eligible))
	}
	rng.Shuffle(len(eligible), func(i, j int) { eligible[i], eligible[j] = eligible[j], eligible[i] })
	next := 0
	take := func() dedup.Doc { next++; return corpus[eligible[next-1]] }
	out := make([]Copy, 0, n)
	for i := range n {
		src := take()
		c := Copy{Source: src.ID}
		paras := slices.Clone(src.Paragraphs)
		if rng.Float64() < 0.2 {
			keep := max(2, int(float64(len(paras))*(0.4+0.4*rng.Float64())+0.5))
			paras = paras[:min(keep, len(paras))]
			c.Edits = append(c.Edits, EditTruncate)
		}
		if rng.Float64() < 0.3 && len(paras) > 2 {
			drop := 1 + rng.IntN(max(1, len(paras)/4))
			for range min(drop, len(paras)-2) {
				k := rng.IntN(len(paras))
				paras = slices.Delete(paras, k, k+1)
			}
			c.Edits = append(c.Edits, EditDrop)
		}
		if rng.Float64() < 0.2 && len(paras) > 2 {
			for range 1 + rng.IntN(2) {
				a, b := rng.IntN(len(paras)), rng.IntN(len(paras))
				paras[a], paras[b] = paras[b], paras[a]
			}
			c.Edits = append(c.Edits, EditReorder)
		}
		if rng.Float64() < 0.5 {
			p := 0.4 + 0.6*rng.Float64()
			for k := range paras {
				paras[k] = swapWords(paras[k], p, rng)
			}
			c.Edits = append(c.Edits, EditSynonyms)
		}
		if rng.Float64() < 0.5 {
			c.Lead = leadPhrases[rng.IntN(len(leadPhrases))]
			paras[0] = c.Lead + " " + paras[0]
			c.Edits = append(c.Edits, EditLead)
		}
		published := src.Published
		if rng.Float64() < 0.15 {
			host := take()
			c.Host = host.ID
			k := 1 + rng.IntN(len(host.Paragraphs)-1)
			paras = slices.Concat(host.Paragraphs[:k], paras, host.Paragraphs[k:])
			if published.IsZero() || host.Published.After(published) {
				published = host.Published
			}
			c.Edits = append(c.Edits, EditEmbed)
		}
		if !published.IsZero() && rng.Float64() >= 0.3 {
			published = published.Add(time.Duration(1+rng.IntN(2)) * 24 * time.Hour)
		}
		farm := rng.IntN(50)
		c.Doc = dedup.Doc{
			ID:         fmt.Sprintf("spin-%05d", i),
			Outlet:     fmt.Sprintf("Spin Farm %d", farm),
			URL:        fmt.Sprintf("https://farm%d.example/%d", farm, i),
			Published:  published,
			Paragraphs: paras,
		}
		out = append(out, c)
	}
	return out, nil
}

func words(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}

// swapWords replaces each word found in the synonym table with probability
// p, keeping the punctuation around it and a leading capital.
func swapWords(para string, p float64, rng *rand.Rand) string {
	fields := strings.Fields(para)
	for i, f := range fields {
		lo := strings.IndexFunc(f, isWordRune)
		hi := strings.LastIndexFunc(f, isWordRune)
		if lo < 0 {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(f[:hi+1])
		hi += size
		core := f[lo:hi]
		rep, ok := synonyms[strings.ToLower(core)]
		if !ok || rng.Float64() >= p {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(core); unicode.IsUpper(r) {
			rep = strings.ToUpper(rep[:1]) + rep[1:]
		}
		fields[i] = f[:lo] + rep + f[hi:]
	}
	return strings.Join(fields, " ")
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
