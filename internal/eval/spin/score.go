package spin

import (
	"strings"

	"github.com/parallax-news/parallax/internal/dedup"
)

// Scores measure the detector against the generated truth.
type Scores struct {
	// TruePairs counts the (source, copy) pairs made, a host counting as a
	// source of the copy embedded in it; Found counts those detected.
	TruePairs int `json:"true_pairs"`
	Found     int `json:"found"`
	// Predicted counts the detected pairs that involve a generated copy;
	// Correct those that are true pairs. Excluded counts the other pairs
	// whose truth is unknown because the real articles behind them share
	// text themselves (wire copy run by two outlets): a copy paired with an
	// article, or two copies, whose sources (or hosts) share at least
	// dedup.Config.MinSharedWords words in copied passages when compared
	// directly. They are left out of precision.
	Predicted int `json:"predicted"`
	Correct   int `json:"correct"`
	Excluded  int `json:"excluded"`
	// Precision and Recall of the pairs.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	// SourceAccuracy is the fraction of found true pairs whose source is
	// right.
	SourceAccuracy float64 `json:"source_accuracy"`
	// LeadRecall is the fraction of copies with an inserted lead phrase
	// whose pair with the source was found and lists that phrase as
	// inserted; LeadCopies counts those copies.
	LeadRecall float64 `json:"lead_recall"`
	LeadCopies int     `json:"lead_copies"`
	// RealPairs counts the related pairs found among the real articles
	// (no truth).
	RealPairs int `json:"real_pairs"`
	// RecallByEdit is the pair recall of copies with each edit.
	RecallByEdit map[string]float64 `json:"recall_by_edit"`
	// Kinds counts the kinds of the found true pairs.
	Kinds map[dedup.Kind]int `json:"kinds"`
}

type pairKey struct{ a, b string }

func keyOf(x, y string) pairKey {
	if x > y {
		x, y = y, x
	}
	return pairKey{x, y}
}

// Score compares the detector's matches over corpus+copies with the truth.
func Score(corpus []dedup.Doc, copies []Copy, matches []dedup.Match) Scores {
	s := Scores{RecallByEdit: map[string]float64{}, Kinds: map[dedup.Kind]int{}}
	isCopy := map[string]*Copy{}
	truth := map[pairKey]string{} // pair → true source
	for i := range copies {
		c := &copies[i]
		isCopy[c.Doc.ID] = c
		truth[keyOf(c.Source, c.Doc.ID)] = c.Source
		if c.Host != "" {
			truth[keyOf(c.Host, c.Doc.ID)] = c.Host
		}
	}
	s.TruePairs = len(truth)
	found := map[pairKey]dedup.Match{}
	for _, m := range matches {
		if !m.Related() {
			continue
		}
		if isCopy[m.Source] == nil && isCopy[m.Copy] == nil {
			s.RealPairs++
			continue
		}
		found[keyOf(m.Source, m.Copy)] = m
	}
	shareText := sharesText(corpus)
	for k := range found {
		if _, ok := truth[k]; ok {
			s.Predicted++
			s.Correct++
			continue
		}
		if rootsShareText(roots(isCopy, k.a), roots(isCopy, k.b), shareText) {
			s.Excluded++
			continue
		}
		s.Predicted++
	}
	rightSource := 0
	for k, src := range truth {
		if m, ok := found[k]; ok {
			s.Found++
			s.Kinds[m.Kind]++
			if m.Source == src {
				rightSource++
			}
		}
	}
	perEdit, perEditFound := map[string]int{}, map[string]int{}
	leadsFound := 0
	for _, c := range copies {
		m, ok := found[keyOf(c.Source, c.Doc.ID)]
		for _, e := range c.Edits {
			perEdit[e]++
			if ok {
				perEditFound[e]++
			}
		}
		if c.Lead != "" {
			s.LeadCopies++
			if ok && m.Copy == c.Doc.ID && hasPhrase(m.Inserted, c.Lead) {
				leadsFound++
			}
		}
	}
	for e, n := range perEdit {
		s.RecallByEdit[e] = float64(perEditFound[e]) / float64(n)
	}
	s.Precision = ratio(s.Correct, s.Predicted)
	s.Recall = ratio(s.Found, s.TruePairs)
	s.SourceAccuracy = ratio(rightSource, s.Found)
	s.LeadRecall = ratio(leadsFound, s.LeadCopies)
	return s
}

// roots returns the real articles behind a document: itself, or a copy's
// source and host.
func roots(isCopy map[string]*Copy, id string) []string {
	c := isCopy[id]
	switch {
	case c == nil:
		return []string{id}
	case c.Host != "":
		return []string{c.Source, c.Host}
	}
	return []string{c.Source}
}

// sharesText returns a function that reports whether two real articles
// share at least Config.MinSharedWords words in copied passages.
func sharesText(corpus []dedup.Doc) func(a, b string) bool {
	cfg := dedup.DefaultConfig()
	cmp, _ := dedup.NewComparer(cfg)
	byID := make(map[string]dedup.Doc, len(corpus))
	for _, d := range corpus {
		byID[d.ID] = d
	}
	return func(a, b string) bool {
		if a == b {
			return true
		}
		da, oka := byID[a]
		db, okb := byID[b]
		return oka && okb && cmp.Compare(da, db).SharedWords >= cfg.MinSharedWords
	}
}

func rootsShareText(ra, rb []string, share func(a, b string) bool) bool {
	for _, a := range ra {
		for _, b := range rb {
			if share(a, b) {
				return true
			}
		}
	}
	return false
}

// hasPhrase reports whether one of the inserted passages is the phrase,
// ignoring case and punctuation.
func hasPhrase(inserted []string, phrase string) bool {
	want := norm(phrase)
	for _, in := range inserted {
		if norm(in) == want {
			return true
		}
	}
	return false
}

func norm(s string) string {
	toks := dedup.Tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = strings.ToLower(s[t.Start:t.End])
	}
	return strings.Join(parts, " ")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
