package compare

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// Alignment thresholds. A pair of sentences of different articles states
// the same fact when the IDF-weighted overlap of their features (content
// stems, pairs of consecutive stems, linked entities, numbers and what
// they count) is at least minCosine of the geometric mean of their
// weights, or at least minPhrase when they also share two specific things
// (phrases of two content words, numbers, names or hyphenated words found
// in about one sentence per article); and at least minSharedRare of the shared
// features are rare in the story (in at most rareShare of its sentences,
// or as many sentences as there are articles). Every pair in a group
// matches or scores at least minLink (complete linkage); minJoin and
// minRestate govern a sentence's second group (see groupFacts).
//
// The values favour precision. On the project's hand-labelled gold
// (testdata/factgold.txt, short sample sentences) a threshold of 0.26
// gave the best F1 (pair precision 0.95, recall 0.84), but on real news,
// whose long sentences share the story's names and topic words, groups
// whose pairs scored below 0.5 mostly shared a topic rather than a fact
// (read on the judged ABP sample, testdata/abpjudged) unless the pair
// shared two specific things, and groups of a short sentence with a long
// one that shares few of its words were mostly wrong (minCover). Here the
// gold gives pair precision 1.00 and recall 0.72. The two specific things
// are counted as the phrases they come from (see distinctThings): on the
// judged sample, pairs below minCosine that shared one phrase of the
// story's topic ("intercontinental ballistic missile", "six years",
// "millions of Americans") and each said something else around it were
// mostly wrong: of the 37 groups of the main build that this and the
// dateline rule (datelineEnd) remove, 19 were wrong, 6 partly right and
// 12 right.
const (
	minCosine = 0.5
	// sureCosine is the least score of the best pair of a group that is
	// surely one fact; groups below it are shown as possibly one fact
	// (Fact.Tentative). On the judged ABP sample, of the groups whose
	// best pair scored from minCosine to sureCosine, a fifth were
	// wrong or partly right, against one in twelve above it.
	sureCosine    = 0.6
	minSharedRare = 2
	rareShare     = 0.2
	minJoin       = 0.8
	minRestate    = 0.5
	minLink       = 0.5
	minPhrase     = 0.26
	minCover      = 0.35
	minPredicate  = 1
	// longPredicate is how many words of what is said make a sentence
	// long (see match).
	longPredicate = 8
	// candidateDF bounds the features used to find candidate pairs: a
	// feature in more sentences than this does not generate candidates
	// (it still counts in the score), so the search stays near-linear.
	candidateDF = 24
)

// alignParams are the thresholds of a match; factgold_test.go measures
// them against the gold in testdata/factgold.txt.
type alignParams struct {
	minCosine     float64
	minSharedRare int
	// minJoin is the least score with which a sentence already in a
	// group also joins a second one, and minRestate the least with which
	// a sentence left alone gets a group with its matches (see
	// groupFacts).
	minJoin, minRestate float64
	// minPhrase is the least score of a pair that shares a phrase or a
	// number.
	minPhrase float64
	// minCover is the least share of the longer sentence's weight that
	// the pair shares.
	minCover float64
	// minLink is the least score of every other pair of sentences in a
	// group: each states the fact of each other (complete linkage).
	minLink float64
	// minPredicate is the least number of rare words outside names and
	// roles that a pair shares.
	minPredicate int
}

// defaultAlign are the thresholds Compare uses.
var defaultAlign = alignParams{minCosine: minCosine, minSharedRare: minSharedRare, minJoin: minJoin, minRestate: minRestate, minLink: minLink, minPhrase: minPhrase, minCover: minCover, minPredicate: minPredicate}

// featureTable numbers the features of all sentences and weighs them.
type featureTable struct {
	// specific is the most sentences a phrase or number may be in to tie
	// two sentences to one fact: about one per article.
	specific int
	ids      map[string]int
	names    []string
	df       []int
	weight   []float64
}

// aligned is a sentence as alignment sees it: sorted feature ids.
type aligned struct {
	s     *sent
	feats []int
	// pred are the ids of the sentence's predicate words (sent.pred),
	// sorted.
	pred []int
	// quoted are the ids of the words it quotes (sent.quoted), and said
	// those of what it says of whom it names (sent.said), sorted.
	quoted, said []int
	// fragments are the ids of the words it quotes in bits
	// (sent.fragments), in fragPieces pieces.
	fragments  []int
	fragPieces int
	total      float64
}

// edge is a matching pair of sentences (indexes into the aligned slice).
type edge struct {
	a, b  int
	score float64
}

// newAligned numbers and weighs the features of sents.
func newAligned(sents []*sent) ([]aligned, *featureTable) {
	ft := &featureTable{ids: map[string]int{}}
	out := make([]aligned, len(sents))
	for i, s := range sents {
		fs := make([]int, 0, len(s.feats))
		for _, f := range s.feats {
			id, ok := ft.ids[f]
			if !ok {
				id = len(ft.names)
				ft.ids[f] = id
				ft.names = append(ft.names, f)
				ft.df = append(ft.df, 0)
			}
			ft.df[id]++
			fs = append(fs, id)
		}
		sort.Ints(fs)
		var pred []int
		for _, f := range s.pred {
			pred = append(pred, ft.ids[f])
		}
		sort.Ints(pred)
		var quoted []int
		for _, f := range s.quoted {
			quoted = append(quoted, ft.ids[f])
		}
		sort.Ints(quoted)
		var said []int
		for _, f := range s.said {
			if id, ok := ft.ids[f]; ok {
				said = append(said, id)
			}
		}
		sort.Ints(said)
		var frags []int
		for _, f := range s.fragments {
			if id, ok := ft.ids[f]; ok {
				frags = append(frags, id)
			} else {
				frags = append(frags, -1) // a word no sentence's features hold
			}
		}
		sort.Ints(frags)
		out[i] = aligned{s: s, feats: fs, pred: slices.Compact(pred), quoted: slices.Compact(quoted), said: slices.Compact(said), fragments: slices.Compact(frags), fragPieces: s.fragPieces}
	}
	n := float64(len(sents))
	docs := map[int]bool{}
	for _, s := range sents {
		docs[s.doc] = true
	}
	ft.specific = max(2, len(docs)+len(docs)/2)
	ft.weight = make([]float64, len(ft.df))
	for id, df := range ft.df {
		w := math.Log(1 + n/float64(df))
		if c := ft.names[id][0]; c == 'e' || c == 'n' || c == 'q' {
			w *= 1.5 // names and numbers say more than words
		}
		ft.weight[id] = w
	}
	for i := range out {
		for _, f := range out[i].feats {
			if ft.names[f][0] != 'b' {
				out[i].total += ft.weight[f] // a shared pair is a bonus
			}
		}
	}
	return out, ft
}

// edges finds the matching sentence pairs of different articles, best
// first. Candidates come from an inverted index of the rarer features.
func edges(al []aligned, ft *featureTable, p alignParams) []edge {
	post := make([][]int32, len(ft.names))
	for i, a := range al {
		for _, f := range a.feats {
			if ft.df[f] <= candidateDF {
				post[f] = append(post[f], int32(i))
			}
		}
	}
	rare := rareLimit(al)
	var out []edge
	// seen[j] == i+1 when sentence j was already tried with sentence i.
	seen := make([]int32, len(al))
	for i, a := range al {
		for _, f := range a.feats {
			for _, j32 := range post[f] {
				j := int(j32)
				if j <= i || seen[j] == int32(i+1) || al[j].s.doc == a.s.doc {
					continue
				}
				seen[j] = int32(i + 1)
				if sc, ok := match(a, al[j], ft, rare, p); ok {
					out = append(out, edge{i, j, sc})
				}
			}
		}
	}
	sort.Slice(out, func(x, y int) bool {
		if out[x].score != out[y].score {
			return out[x].score > out[y].score
		}
		if out[x].a != out[y].a {
			return out[x].a < out[y].a
		}
		return out[x].b < out[y].b
	})
	return out
}

// rareLimit is the most sentences a feature may be in to count as rare.
func rareLimit(al []aligned) int {
	docs := map[int]bool{}
	for _, a := range al {
		docs[a.s.doc] = true
	}
	return max(2, int(rareShare*float64(len(al))), len(docs)+len(docs)/2)
}

// sharedRare counts the features both sorted lists hold that are rare in
// the story.
func sharedRare(a, b []int, ft *featureTable, rare int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if ft.df[a[i]] <= rare {
				n++
			}
			i++
			j++
		}
	}
	return n
}

// match scores a pair of sentences and says whether they state one fact.
func match(a, b aligned, ft *featureTable, rare int, p alignParams) (float64, bool) {
	shared, nRare, specific, predicate := 0.0, 0, 0, 0
	var things []string // the shared specific features
	i, j := 0, 0
	for i < len(a.feats) && j < len(b.feats) {
		switch {
		case a.feats[i] < b.feats[j]:
			i++
		case a.feats[i] > b.feats[j]:
			j++
		default:
			f := a.feats[i]
			shared += ft.weight[f]
			if c := ft.names[f][0]; (c == 'b' || c == 'n' || c == 'e' || c == 'w' && strings.Contains(ft.names[f], "-")) && ft.df[f] <= ft.specific {
				specific++
				things = append(things, ft.names[f])
				if c != 'e' {
					predicate++
				}
			}
			if ft.df[f] <= rare {
				nRare++
			}
			i++
			j++
		}
	}
	if a.total == 0 || b.total == 0 {
		return 0, false
	}
	sc := shared / math.Sqrt(a.total*b.total)
	// One proposition: the pair must share a word of what is said, not
	// only who it is about. Sentences that name the same people and
	// places but share no rare word outside those names ("X arrives to
	// argue…", "X meets Y to discuss…") state different facts.
	pred := sharedRare(a.pred, b.pred, ft, ft.specific)
	// The news itself is told in the story's topic words and in each
	// outlet's verb: one act of a participant both name counts as a
	// shared word of what is said (sameAct, corefact.go).
	act := p.minPredicate > 0 && sameAct(a, b, ft)
	if act {
		pred++
	}
	if p.minPredicate > 0 && pred < p.minPredicate {
		return sc, false
	}
	// Nor only how it describes them: sentences that share a person's
	// name and role ("David Mulroney, a former ambassador to China,
	// said …", "as former ambassador David Mulroney puts it") but no
	// word of what their main clauses say of him state two facts; so do
	// two whose shared words lie in a side clause of one ("Rubio, who
	// has been working on a bill, criticized …" and "Rubio is working on
	// a bill").
	if p.minPredicate > 0 && !act && sharedRare(a.said, b.said, ft, math.MaxInt) < p.minPredicate {
		return sc, false
	}
	// The shared features must also be a good part of the longer
	// sentence (half as much when the pair shares two specific
	// things): a short sentence whose few words a long one holds ("It is
	// not just the nuclear program") is not the long one's fact.
	cover := p.minCover
	if specific >= 2 {
		cover = p.minCover / 2
	}
	if shared < cover*max(a.total, b.total) {
		return sc, false
	}
	// Below minCosine, a pair must also share two specific things:
	// phrases (two content words in a row), numbers, names or hyphenated
	// words found in about one sentence per article. Sentences that share
	// only words of the story's topic, or one name, state different
	// facts.
	need := p.minCosine
	if specific >= 2 && predicate >= 1 && distinctThings(things, func(f string) []string { return slices.Concat(a.s.names[f], b.s.names[f]) }) >= 2 {
		need = p.minPhrase
	}
	// Below minCosine two long sentences must share more of what is said
	// than one word: a second word, or a phrase of two ("security
	// protocols"). Long sentences that share a name, its title and one
	// word ("Sheriff Paul Penzone said the jail was voluntary", "Arpaio
	// was defeated by Sheriff Paul Penzone") mostly tell two facts.
	if sc < p.minCosine && p.minPredicate > 0 && pred <= p.minPredicate &&
		len(a.pred) >= longPredicate && len(b.pred) >= longPredicate && !sharesPredicatePhrase(a, b, ft) {
		return sc, false
	}
	if otherQuotes(a, b, ft) {
		return sc, false
	}
	return sc, sc >= need && nRare >= p.minSharedRare
}

// minSameQuote is the least share of the shorter of two quoted
// statements that the other must quote too for the pair to quote one
// statement (see otherQuotes). On the judged ABP sample the pairs of
// right groups that both quote a statement share at least three
// quarters of the shorter one (house style and hyphens make up the
// rest: "naughty and nice list", "naughty-and-nice list"); the pairs of
// two lines share about half (two lines of Netanyahu's speech on Iran's
// nuclear program, 0.52; one of Pompeo's, 0.50; two lines of Bush, one
// in a debate transcript, 0.63).
const minSameQuote = 2.0 / 3

// otherQuotes reports whether a and b quote two different statements and
// match on them: what they share of what is said lies mostly in the
// words both quote, but those are less than minSameQuote of the words
// either quotes. One speaker's two lines ("the pressure will continue
// while these conversations take place", "I won't discuss conversations
// that may be taking place"), or two speakers' lines that open alike
// ("I don't think anybody believes …", "I don't think anybody
// expected …"), share a phrase, not a statement; two reports of one
// line quote most of its words, and a shortened quote is the most of
// what it quotes.
func otherQuotes(a, b aligned, ft *featureTable) bool {
	if len(a.quoted) == 0 || len(b.quoted) == 0 {
		return false
	}
	common, said, qa, qb := quoteOverlap(a, b, ft)
	return common > 0 && common >= said/2 && common < minSameQuote*min(qa, qb)
}

// sharesPredicatePhrase reports whether a and b share a phrase ("b:"
// feature) both of whose words are words of what is said in each.
func sharesPredicatePhrase(a, b aligned, ft *featureTable) bool {
	words := func(x aligned) map[string]bool {
		m := map[string]bool{}
		for _, f := range x.pred {
			m[ft.names[f]] = true
		}
		return m
	}
	wa, wb := words(a), words(b)
	i, j := 0, 0
	for i < len(a.feats) && j < len(b.feats) {
		switch {
		case a.feats[i] < b.feats[j]:
			i++
		case a.feats[i] > b.feats[j]:
			j++
		default:
			if n := ft.names[a.feats[i]]; n[0] == 'b' {
				x, y, _ := strings.Cut(n[2:], " ")
				if wa["w:"+x] && wa["w:"+y] && wb["w:"+x] && wb["w:"+y] {
					return true
				}
			}
			i++
			j++
		}
	}
	return false
}

// distinctThings counts the specific features of a pair as the phrases
// of the text they come from: features that share a word are one
// ("intercontinental ballistic" and "ballistic missile" are one phrase,
// "Kim Jong-un" and "Jong-un" one name), and a number is one with the
// phrase that writes it ("six years" and the duration 6, "millions of
// Americans" and the count of a million), and a hashtag is one with the
// phrase of its word and the noun it modifies ("#Ripple" and "Ripple
// movement", see extendsName; session 59: nameWords gives the stems of a
// name's words by its "e:" feature, none for a name that is no hashtag;
// nil gives none). Two sentences that share one
// phrase of the story's topic, however many features it gives, share no
// two specific things.
func distinctThings(feats []string, nameWords func(string) []string) int {
	if len(feats) < 2 {
		return len(feats)
	}
	sets := newUnionFind(len(feats))
	words := make([][]string, len(feats))
	for i, f := range feats {
		switch f[0] {
		case 'b':
			x, y, _ := strings.Cut(f[2:], " ")
			words[i] = []string{x, y}
		case 'w':
			words[i] = []string{f[2:]}
		case 'e':
			if nameWords != nil {
				words[i] = nameWords(f)
			}
		}
	}
	for i := range feats {
		for j := i + 1; j < len(feats); j++ {
			same := false
			switch {
			case feats[i][0] == 'n' && feats[j][0] == 'b':
				same = slices.ContainsFunc(words[j], numberWord)
			case feats[i][0] == 'b' && feats[j][0] == 'n':
				same = slices.ContainsFunc(words[i], numberWord)
			case feats[i][0] == 'e' && feats[j][0] == 'b':
				same = extendsName(words[j], words[i])
			case feats[i][0] == 'b' && feats[j][0] == 'e':
				same = extendsName(words[i], words[j])
			case feats[i][0] == 'e' || feats[j][0] == 'e':
			default:
				for _, w := range words[i] {
					same = same || slices.Contains(words[j], w)
				}
			}
			if same {
				sets[sets.find(i)] = sets.find(j)
			}
		}
	}
	n := 0
	for i := range sets {
		if sets.find(i) == i {
			n++
		}
	}
	return n
}

// extendsName reports whether phrase (a "b:" feature's two stems) is a
// name's word and a word of its own after it (the name's stems): a
// hashtag and the noun it modifies ("#Ripple movement") are one thing. A
// phrase all of whose words are the name's, or whose first word is not
// the name's, stays a thing of its own beside the name. Only hashtags
// have words here (sent.names): on all names, "CNN host" and "Iran
// nuclear" joined too, and the rule split as many right groups as wrong
// ones (session 59).
func extendsName(phrase, name []string) bool {
	return len(phrase) == 2 && slices.Contains(name, phrase[0]) && !slices.Contains(name, phrase[1])
}

// numberWord reports whether a stem writes a number: digits, or an
// English number word ("six", "million").
func numberWord(stem string) bool {
	if stem == "" {
		return false
	}
	if c := stem[0]; c >= '0' && c <= '9' {
		return true
	}
	switch stem {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelv", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
		"twenti", "thirti", "forti", "fifti", "sixti", "seventi", "eighti", "nineti",
		"hundr", "thousand", "million", "billion", "trillion", "dozen":
		return true
	}
	return false
}

// quoteOverlap weighs what a pair shares of the words it quotes: common
// is the weight of the words both quote, said the weight of the words of
// what is said that both hold (sent.pred, quoted or not), and qa and qb
// the weights of the words each quotes.
func quoteOverlap(a, b aligned, ft *featureTable) (common, said, qa, qb float64) {
	// both weighs the ids two sorted lists share, and each list.
	both := func(x, y []int) (shared, wx, wy float64) {
		i, j := 0, 0
		for i < len(x) || j < len(y) {
			switch {
			case j == len(y) || i < len(x) && x[i] < y[j]:
				wx += ft.weight[x[i]]
				i++
			case i == len(x) || y[j] < x[i]:
				wy += ft.weight[y[j]]
				j++
			default:
				w := ft.weight[x[i]]
				shared, wx, wy = shared+w, wx+w, wy+w
				i++
				j++
			}
		}
		return shared, wx, wy
	}
	common, qa, qb = both(a.quoted, b.quoted)
	said, _, _ = both(a.pred, b.pred)
	return common, said, qa, qb
}
