package compare

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Kinds of difference. When two differences score the same, they are
// shown in this order.
const (
	DiffQuote     = "altered-quote"   // the outlets put different words in a speaker's mouth
	DiffConflict  = "conflict"        // they state opposite outcomes of one thing
	DiffNumbers   = "numbers"         // they give different figures for one quantity
	DiffNaming    = "naming"          // a charged spelling or a stance-taking description
	DiffWording   = "wording"         // unnamed sources one outlet alone credits (summaryWording: the other lexicon categories are not shown)
	DiffOneSided  = "one-sided"       // a fact only outlets of one side report (see SideDifferences)
	DiffFigures   = "only-figures"    // figures one article alone gives (not shown: summaryFigures)
	DiffCopy      = "copy"            // one article copies another, with what it inserted or changed
	DiffOnly      = "only-facts"      // facts one article alone reports
	DiffLeftOut   = "left-out"        // facts most outlets report and one leaves out
	DiffShortened = "shortened-quote" // one outlet quotes only part of what another does
)

// kindOrder breaks ties between differences of equal score.
var kindOrder = map[string]int{DiffQuote: 0, DiffConflict: 1, DiffNumbers: 2, DiffNaming: 3, DiffWording: 4,
	DiffOneSided: 5, DiffFigures: 6, DiffCopy: 7, DiffOnly: 8, DiffLeftOut: 9, DiffShortened: 10}

// kindCap is how many differences of one kind the summary shows before it
// shows the other kinds' best (it shows more only when there are no
// others).
var kindCap = map[string]int{DiffQuote: 3}

const defaultKindCap = 2

// DifferencesShown is how many differences a report keeps: the summary
// that opens it.
const DifferencesShown = 8

// Difference is one way the outlets' accounts differ, for the "What
// differs" summary that opens a report: one plain sentence naming the
// outlets, the articles it concerns and where the report has its detail.
type Difference struct {
	// Kind is one of the Diff* constants.
	Kind string `json:"kind"`
	// Text is the difference in one sentence, naming the outlets as
	// ArticleLabels does.
	Text string `json:"text"`
	// Ops is the word diff of an altered quote, cut to what both versions
	// quote, from the article From to the article To (the first and the
	// second outlet named).
	Ops  []DiffOp `json:"ops,omitempty"`
	From string   `json:"from,omitempty"`
	To   string   `json:"to,omitempty"`
	// Articles are the articles concerned, in input order.
	Articles []string `json:"articles"`
	// Section and Index locate the detail in the report: Facts, Quotes,
	// Names, Terms, Numbers or Copies ("facts", "quotes", "names",
	// "terms", "numbers", "copies") and the index in that list; Section
	// is "" (and Index -1) for a difference about one outlet's whole
	// coverage, whose detail is that outlet's articles.
	Section string `json:"section,omitempty"`
	Index   int    `json:"index"`
	// Score ranks the differences (see RankDifferences).
	Score float64 `json:"score"`
}

// Differences returns the differences between the report's articles
// that matter most, best first, at most n of them (see RankDifferences
// for the order).
func Differences(r *Report, n int) []Difference {
	if len(r.Articles) < 2 {
		return []Difference{}
	}
	return RankDifferences(allDifferences(r), n)
}

// allDifferences finds every difference Differences ranks.
func allDifferences(r *Report) []Difference {
	c := newDiffCtx(r)
	var all []Difference
	all = append(all, c.quotes()...)
	all = append(all, c.conflicts()...)
	all = append(all, c.numbers()...)
	all = append(all, c.naming()...)
	all = append(all, c.wording()...)
	if summaryFigures {
		all = append(all, c.onlyFigures()...)
	}
	all = append(all, c.onlyFacts()...)
	all = append(all, c.leftOut()...)
	all = append(all, c.copies()...)
	for i := range all {
		all[i].Score = round(all[i].Score)
	}
	return all
}

// RankDifferences orders differences by score (ties: by kind in the
// order of the Diff* constants, then by text) and keeps n of them, at
// most two of a kind (three altered quotes) while other kinds are left:
// a summary shows several kinds of difference before a second page of
// one. It does not change its argument.
func RankDifferences(ds []Difference, n int) []Difference {
	sorted := slices.Clone(ds)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if kindOrder[a.Kind] != kindOrder[b.Kind] {
			return kindOrder[a.Kind] < kindOrder[b.Kind]
		}
		return a.Text < b.Text
	})
	out := []Difference{}
	taken := make([]bool, len(sorted))
	per := map[string]int{}
	for i, d := range sorted {
		if len(out) == n {
			break
		}
		limit, ok := kindCap[d.Kind]
		if !ok {
			limit = defaultKindCap
		}
		if per[d.Kind] < limit {
			per[d.Kind]++
			taken[i] = true
			out = append(out, d)
		}
	}
	// Fewer kinds than places: fill with the best left over, in order.
	for i, d := range sorted {
		if len(out) == n {
			break
		}
		if !taken[i] {
			out = append(out, d)
		}
	}
	// Keep the rank order (the second pass appended lower scores).
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// diffCtx holds what the difference finders share.
type diffCtx struct {
	r      *Report
	labels map[string]string // article id → label
	pos    map[string]int    // article id → input index
	outlet map[string]string // article id → outlet
	// outlets are the distinct outlets, in input order.
	outlets []string
}

func newDiffCtx(r *Report) *diffCtx {
	c := &diffCtx{r: r, labels: ArticleLabels(r.Articles), pos: map[string]int{}, outlet: map[string]string{}}
	for i, a := range r.Articles {
		c.pos[a.ID] = i
		c.outlet[a.ID] = a.Outlet
		if !slices.Contains(c.outlets, a.Outlet) {
			c.outlets = append(c.outlets, a.Outlet)
		}
	}
	return c
}

// breadth adds up to 1 to a score as more articles are concerned.
func breadth(n int) float64 { return math.Min(1, float64(max(0, n-2))/10) }

// who names articles for a sentence: "A", "A and B", "A, B and C", "A, B,
// C and 4 others".
func (c *diffCtx) who(ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range c.sorted(ids) {
		names = append(names, c.labels[id])
	}
	return listNames(names, 3)
}

// listNames joins names as a sentence does, naming at most n of them.
func listNames(names []string, n int) string {
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return names[0]
	case len(names) > n+1:
		return strings.Join(names[:n], ", ") + fmt.Sprintf(" and %d others", len(names)-n)
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// sorted returns ids in input order, without repeats.
func (c *diffCtx) sorted(ids []string) []string {
	out := slices.Clone(ids)
	sort.SliceStable(out, func(i, j int) bool { return c.pos[out[i]] < c.pos[out[j]] })
	return slices.Compact(out)
}

// quoted puts a phrase in typographic quotation marks, shortened to n
// characters.
func quoted(s string, n int) string {
	return "“" + clipText(nestQuotes(strings.TrimSpace(s)), n) + "”"
}

// nestQuotes turns the double quotation marks of a sentence that is itself
// a quotation into single ones, as a quotation inside a quotation is
// written: “‘We’re talking about years,’ he said.” rather than “"We’re…”.
func nestQuotes(s string) string {
	if s == "" || !strings.HasPrefix(s, "\"") && !strings.HasPrefix(s, "“") {
		return s
	}
	var b strings.Builder
	open := true
	for _, r := range s {
		switch r {
		case '“':
			r, open = '‘', false
		case '”':
			r, open = '’', true
		case '"':
			if open {
				r = '‘'
			} else {
				r = '’'
			}
			open = !open
		}
		b.WriteRune(r)
	}
	return b.String()
}

// clipText shortens s to at most n characters at a word boundary,
// marking the cut with "…".
func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// maxAlteredShare is the largest share of changed words with which an
// altered quote ranks as one: past it, the versions share too little.
const maxAlteredShare = 0.4

// changedShare is the share of a diff's words that it deletes or
// inserts ("…", where coreOps cut, is no word).
func changedShare(ops []DiffOp) float64 {
	all := 0
	for _, o := range ops {
		for _, w := range words(o.Text) {
			if w != "…" {
				all++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(changedWords(ops)) / float64(all)
}

// changedWords counts the words a diff deletes or inserts.
func changedWords(ops []DiffOp) int {
	n := 0
	for _, o := range ops {
		if o.Op != OpEqual {
			n += len(words(o.Text))
		}
	}
	return n
}

// CoreOps drops from a quote's word diff what one version alone has
// before or after the words both quote (the longer quote's context),
// marking the cut with "…", so that the words changed inside stand out.
// A diff with no change inside is kept whole.
func CoreOps(ops []DiffOp) []DiffOp {
	lo, hi := 0, len(ops)
	if hi > 1 && ops[0].Op != OpEqual && ops[1].Op == OpEqual {
		lo = 1
	}
	if hi-lo > 1 && ops[hi-1].Op != OpEqual && ops[hi-2].Op == OpEqual {
		hi--
	}
	if changedWords(ops[lo:hi]) == 0 || (lo == 0 && hi == len(ops)) {
		return ops
	}
	out := slices.Clone(ops[lo:hi])
	if lo > 0 {
		out[0].Text = "… " + out[0].Text
	}
	if hi < len(ops) {
		out[len(out)-1].Text += " …"
	}
	return out
}

// quotes finds altered quotes (and, ranked low, shortened ones).
func (c *diffCtx) quotes() []Difference {
	var out []Difference
	for i, g := range c.r.Quotes {
		if g.Kind != QuoteAltered && (g.Kind != QuoteShortened || !summaryShortened) {
			continue
		}
		// The diff that changes the fewest words, in proportion, inside
		// what both quote: the clearest alteration.
		var best *QuoteDiff
		bestShare := 0.0
		for k := range g.Diffs {
			d := &g.Diffs[k]
			// A diff that marks no word (wordDiff shows words written
			// alike as kept, see unmarkWritten) shows no alteration.
			if core := CoreOps(d.Ops); d.Kind != g.Kind || g.Kind == QuoteAltered && (sameWordsWritten(core) || changedWords(core) == 0) {
				continue
			}
			// One outlet's two articles are not two outlets' versions
			// (h/trivialq54).
			if o := c.outlet[d.From]; o != "" && o == c.outlet[d.To] {
				continue
			}
			if share := changedShare(CoreOps(d.Ops)); best == nil || share < bestShare {
				best, bestShare = d, share
			}
		}
		if best == nil {
			continue
		}
		arts := c.groupArticles(g)
		speaker := g.Speaker
		if speaker == "" {
			speaker = "an unnamed speaker"
		}
		d := Difference{Articles: arts, Section: "quotes", Index: i}
		if g.Kind == QuoteAltered {
			d.Kind = DiffQuote
			d.Text = fmt.Sprintf("%s and %s quote %s in different words", c.labels[best.From], c.labels[best.To], speaker)
			d.Ops, d.From, d.To = CoreOps(best.Ops), best.From, best.To
			// A few words changed in a quote otherwise the same is the
			// finding; a quote mostly in other words may be a paraphrase
			// or another statement, and ranks lower.
			d.Score = 11 - 2*bestShare + breadth(len(arts))
			if bestShare > maxAlteredShare {
				d.Score = 6 + breadth(len(arts))
			}
		} else {
			d.Kind = DiffShortened
			d.Text = fmt.Sprintf("%s quotes only part of what %s quotes of %s", c.labels[best.To], c.labels[best.From], speaker)
			if len(words(best.ToText)) > len(words(best.FromText)) {
				d.Text = fmt.Sprintf("%s quotes only part of what %s quotes of %s", c.labels[best.From], c.labels[best.To], speaker)
			}
			d.Score = 2 + breadth(len(arts))
		}
		switch more := len(arts) - 2; {
		case more == 1:
			d.Text += " (1 other article quotes it too)"
		case more > 1:
			d.Text += fmt.Sprintf(" (%d other articles quote it too)", more)
		}
		out = append(out, d)
	}
	return out
}

// sameWordsWritten reports whether every change of a quote's word diff
// writes the same words another way: an abbreviation spelled out ("US",
// "United States"), "&" for "and", a censored word censored otherwise
// ("f---ed", "f***ed"), or punctuation and case. Such versions are no
// alteration worth a place in the summary.
func sameWordsWritten(ops []DiffOp) bool {
	changed := false
	for i := 0; i < len(ops); i++ {
		if ops[i].Op == OpEqual {
			continue
		}
		var ins, del []string
		for ; i < len(ops) && ops[i].Op != OpEqual; i++ {
			if ops[i].Op == OpInsert {
				ins = append(ins, words(ops[i].Text)...)
			} else {
				del = append(del, words(ops[i].Text)...)
			}
		}
		if !sameWords(ins, del) && !trivialVariant(ins, del) {
			return false
		}
		changed = true
	}
	return changed
}

// trivialVariant reports whether two runs of a quote's words differ only
// as two transcripts of one speech do: a plural ending ("campaign",
// "campaigns"), a contraction ("I've", "I have") or punctuation. A
// joining word one adds ("I have said that") stays a change: the judged
// sample (README-differs.md) reads a dropped "that" or "and" inside the
// speaker's words as an alteration, and so it was measured (six items
// judged right left the summary when "and", "that" and "of" were taken
// as no change).
func trivialVariant(a, b []string) bool {
	for r := range 2 {
		if slices.Equal(variantKeys(a, r), variantKeys(b, r)) {
			return true
		}
	}
	return false
}

// variantKeys are the keys trivialVariant compares: contractions spelled
// out (reading r of those with two), plurals in -s made singular.
func variantKeys(ws []string, r int) []string {
	norm := make([]string, len(ws))
	for i, w := range ws {
		norm[i] = strings.ReplaceAll(w, "’", "'")
	}
	var out []string
	for _, k := range uncontract(keys(norm), r) {
		if base, ok := strings.CutSuffix(k, "ies"); ok && len(base) > 2 {
			k = base + "y"
		} else if len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "us") && !strings.HasSuffix(k, "is") {
			k = strings.TrimSuffix(k, "s")
		}
		out = append(out, k)
	}
	return out
}

// sameWords reports whether two runs of words say the same words written
// differently (see sameWordsWritten).
func sameWords(a, b []string) bool {
	norm := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = strings.ReplaceAll(w, "’", "'")
			if w == "&" {
				out[i] = "and"
			}
		}
		return keys(out)
	}
	a, b = norm(a), norm(b)
	if len(a) == 1 && len(b) > 1 {
		a, b = b, a
	}
	if len(b) == 1 && len(a) > 1 {
		// An abbreviation of the other's words: their initials.
		var ini strings.Builder
		for _, w := range a {
			r, _ := utf8.DecodeRuneInString(w)
			ini.WriteRune(r)
		}
		return strings.ReplaceAll(b[0], ".", "") == ini.String()
	}
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !censoredAlike(a[i], b[i]) {
			return false
		}
	}
	return true
}

// censoredAlike reports whether two words are one word censored two ways:
// the same letters where both have letters, the others masked (*, -, _
// or another mark that is no letter, digit or apostrophe).
func censoredAlike(a, b string) bool {
	mask := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || !strings.ContainsFunc(a, mask) && !strings.ContainsFunc(b, mask) {
		return false
	}
	for i := range ra {
		if !mask(ra[i]) && !mask(rb[i]) && ra[i] != rb[i] {
			return false
		}
	}
	return true
}

func (c *diffCtx) groupArticles(g QuoteGroup) []string {
	ids := make([]string, len(g.Quotes))
	for i, q := range g.Quotes {
		ids[i] = q.Article
	}
	return c.sorted(ids)
}

// conflicts finds facts the articles state with opposite outcomes.
func (c *diffCtx) conflicts() []Difference {
	var out []Difference
	for i, f := range c.r.Facts {
		if len(f.Conflict) == 0 || len(f.Sentences) == 0 {
			continue
		}
		arts := c.sorted(f.ReportedBy)
		out = append(out, Difference{Kind: DiffConflict, Articles: arts, Section: "facts", Index: i,
			Text: fmt.Sprintf("%s give opposite accounts (%s): %s", c.who(arts), joinWords(f.Conflict), quoted(f.Sentences[0].Text, 140)),
			// Opposite accounts would matter as much as an altered quote,
			// but on real news few are right: on the fresh events of the
			// What differs sample (issue 15) 1 of 118 conflicts of main
			// was, and 0 of 18 after the rules of conflict. They rank
			// below the figures and facts one outlet alone gives until
			// their precision is measured near 0.9.
			Score: 4 + breadth(len(arts))})
	}
	return out
}

// numbers finds quantities the articles give different values for.
func (c *diffCtx) numbers() []Difference {
	var out []Difference
	for i, q := range c.r.Numbers {
		if !q.Discrepancy {
			continue
		}
		// Articles grouped by the figure they give, in input order.
		var figures []string
		by := map[string][]string{}
		source := map[string]string{}
		for _, v := range q.Values {
			k := strings.ToLower(v.Text)
			if _, ok := by[k]; !ok {
				figures = append(figures, figureText(v.Text))
				source[k] = v.Source
			} else if source[k] != v.Source {
				source[k] = ""
			}
			by[k] = append(by[k], v.Article)
		}
		parts := make([]string, 0, len(figures))
		for j, f := range figures {
			if j == 4 {
				parts = append(parts, plural(len(figures)-4, "other figure", "other figures"))
				break
			}
			verb := " gives "
			if j > 0 {
				verb = " "
			} else if len(c.sorted(by[strings.ToLower(f)])) > 1 {
				verb = " give "
			}
			part := c.who(by[strings.ToLower(f)]) + verb + f
			if src := source[strings.ToLower(f)]; src != "" {
				part += " (citing " + src + ")" // a figure passed on (h/numbers58)
			}
			parts = append(parts, part)
		}
		arts := c.sorted(q.ReportedBy)
		out = append(out, Difference{Kind: DiffNumbers, Articles: arts, Section: "numbers", Index: i,
			Text:  fmt.Sprintf("The figures for %s differ: %s", quantityName(q), strings.Join(parts, ", ")),
			Score: 8 + breadth(len(arts))})
	}
	return out
}

// figureText writes a figure for the middle of a sentence: "Twelve",
// capitalised at the start of its own, becomes "twelve".
func figureText(s string) string {
	if s != "" && !strings.ContainsAny(s, "0123456789") && strings.ToLower(s[1:]) == s[1:] {
		return strings.ToLower(s)
	}
	return s
}

// quantityName says what a quantity counts, for a sentence.
func quantityName(q Quantity) string {
	switch {
	case q.What != "":
		return q.What
	case q.Unit != "":
		return q.Kind + " (" + q.Unit + ")"
	}
	return q.Kind
}

// naming finds the entities the articles name with a charged or
// transliterated spelling, or describe with a stance-taking word.
func (c *diffCtx) naming() []Difference {
	var out []Difference
	for i, n := range c.r.Names {
		if !n.Flagged {
			continue
		}
		var parts []namePart
		var arts []string
		seen := map[string]bool{}
		for _, v := range n.Variants {
			if !v.Flagged || seen[v.Kind+strings.Join(v.Articles[0], ",")+strings.Join(v.Articles[1], ",")] {
				continue
			}
			seen[v.Kind+strings.Join(v.Articles[0], ",")+strings.Join(v.Articles[1], ",")] = true
			a, b := 0, 1
			if c.firstPos(v.Articles[1]) < c.firstPos(v.Articles[0]) {
				a, b = 1, 0
			}
			if v.Kind == VariantDescriptor && describes(v.Forms[b], v.Forms[a]) {
				// The description first, not the plain name after
				// "call" ("call Islamic State “Islamic State”").
				a, b = b, a
			}
			np := namePart{kind: v.Kind, forms: [2]string{v.Forms[a], v.Forms[b]}, arts: [2][]string{v.Articles[a], v.Articles[b]}}
			if !mergePart(parts, np) {
				if len(parts) == 2 {
					continue
				}
				parts = append(parts, np)
			}
			arts = append(arts, v.Articles[0]...)
			arts = append(arts, v.Articles[1]...)
		}
		texts := make([]string, len(parts))
		if t, ok := c.threeForms(parts, n.Entity); ok {
			texts = []string{t}
			parts = parts[:1]
		}
		for k, np := range parts {
			if texts[k] != "" {
				continue
			}
			a, b := c.sorted(np.arts[0]), c.sorted(np.arts[1])
			if np.kind == VariantDescriptor {
				texts[k] = fmt.Sprintf("%s %s %s %s, %s %s", c.who(a), verbFor(a, "calls", "call"), n.Entity, quoted(np.forms[0], 60), c.who(b), quoted(np.forms[1], 60))
			} else {
				texts[k] = fmt.Sprintf("%s %s %s, %s %s", c.who(a), verbFor(a, "writes", "write"), quoted(np.forms[0], 60), c.who(b), quoted(np.forms[1], 60))
			}
		}
		if len(parts) == 0 {
			continue
		}
		arts = c.sorted(arts)
		out = append(out, Difference{Kind: DiffNaming, Articles: arts, Section: "names", Index: i,
			Text:  strings.Join(texts, "; "),
			Score: 4 + math.Min(4, n.Significance/3) + breadth(len(arts))})
	}
	return out
}

// threeForms writes two spelling contrasts that share one side (the same
// form in the same articles) as one list of three forms, each after the
// articles that write it, in the order the articles came: "Gazette and
// Ledger write “Aleksei Varga”, Gazette “Alexei Varga”, Courier “Alexey
// Varga”" rather than the shared side said twice. Two descriptor
// contrasts (both kinds VariantDescriptor) are written so as well, after
// "call" and the entity's name: "CBN calls Kim Jong Un “dictator Kim
// Jong Un”, The Hill “Kim Jong Un”, Washington Times “Kim Jong-un”"
// rather than CBN's clause twice. ok is false unless parts are two such
// contrasts.
func (c *diffCtx) threeForms(parts []namePart, entity string) (string, bool) {
	if len(parts) != 2 || (parts[0].kind == VariantDescriptor) != (parts[1].kind == VariantDescriptor) {
		return "", false
	}
	desc := parts[0].kind == VariantDescriptor
	p, q := parts[0], parts[1]
	for s := 0; s < 2; s++ {
		for t := 0; t < 2; t++ {
			if p.forms[s] != q.forms[t] || !slices.Equal(c.sorted(p.arts[s]), c.sorted(q.arts[t])) {
				continue
			}
			groups := []formGroup{{p.forms[1-s], c.sorted(p.arts[1-s])}, {q.forms[1-t], c.sorted(q.arts[1-t])}, {p.forms[s], c.sorted(p.arts[s])}}
			slices.SortStableFunc(groups, func(a, b formGroup) int { return cmp.Compare(c.firstPos(a.arts), c.firstPos(b.arts)) })
			if desc {
				// The first form follows "call": a description of another
				// form, not the plain name.
				if i := slices.IndexFunc(groups, func(g formGroup) bool {
					return slices.ContainsFunc(groups, func(h formGroup) bool { return describes(g.form, h.form) })
				}); i > 0 {
					g := groups[i]
					groups = slices.Insert(slices.Delete(groups, i, i+1), 0, g)
				}
			}
			texts := make([]string, len(groups))
			for i, g := range groups {
				texts[i] = fmt.Sprintf("%s %s", c.who(g.arts), quoted(g.form, 60))
				if i == 0 && desc {
					texts[i] = fmt.Sprintf("%s %s %s %s", c.who(g.arts), verbFor(g.arts, "calls", "call"), entity, quoted(g.form, 60))
				} else if i == 0 {
					texts[i] = fmt.Sprintf("%s %s %s", c.who(g.arts), verbFor(g.arts, "writes", "write"), quoted(g.form, 60))
				}
			}
			return strings.Join(texts, ", "), true
		}
	}
	return "", false
}

// describes reports whether name form a is form b with a description
// added ("so-called Islamic State", "Islamic State").
func describes(a, b string) bool {
	return a != b && b != "" && strings.Contains(a, b)
}

// formGroup is one form of a name and the articles that write it.
type formGroup struct {
	form string
	arts []string
}

// namePart is one contrast of a name item: the articles that write
// forms[0] against those that write forms[1].
type namePart struct {
	kind  string
	forms [2]string
	arts  [2][]string
}

// mergePart adds np's articles to a part of parts that contrasts the same
// thing, and reports whether it did: the same kind and one side the same
// form in the same articles, the other side a shorter or longer form of
// the same name ("Volodymyr Zelenskiy" and "Zelenskiy" against
// "Volodymyr Zelensky" are one contrast), where the shorter form keeps
// what sets it apart ("Marchuk" against "Oleh Marchuk" does not; a
// description's bare name always ends its described form: "Raul Castro"
// and "Raúl Castro" against "dictator Raul Castro" are one contrast). The
// fuller form is kept.
func mergePart(parts []namePart, np namePart) bool {
	for i := range parts {
		p := &parts[i]
		if p.kind != np.kind {
			continue
		}
		for side := 0; side < 2; side++ {
			other := 1 - side
			if p.forms[side] != np.forms[side] || !slices.Equal(p.arts[side], np.arts[side]) || !sameNameForms(p.forms[other], np.forms[other]) ||
				np.kind != VariantDescriptor && sameNameForms(np.forms[side], np.forms[other]) {
				continue
			}
			if len(np.forms[other]) > len(p.forms[other]) {
				p.forms[other] = np.forms[other]
			}
			for _, id := range np.arts[other] {
				if !slices.Contains(p.arts[other], id) {
					p.arts[other] = append(p.arts[other], id)
				}
			}
			return true
		}
	}
	return false
}

// sameNameForms reports whether one form's words end the other's
// ("Zelenskiy", "Volodymyr Zelenskiy"), accents aside ("Raul Castro",
// "Raúl Castro": one contrast against "dictator Raul Castro", not two).
func sameNameForms(x, y string) bool {
	xw, yw := strings.Fields(withoutAccents(x)), strings.Fields(withoutAccents(y))
	if len(xw) > len(yw) {
		xw, yw = yw, xw
	}
	return len(xw) > 0 && slices.Equal(xw, yw[len(yw)-len(xw):])
}

// withoutAccents returns s without diacritics ("Raúl" → "Raul"):
// decomposed, the combining marks dropped, composed again. The chain is
// made per call: a transformer keeps state.
func withoutAccents(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}

// verbFor is the verb that agrees with who(ids): one for a single article,
// the plural for several ("CNN and Vox write").
func verbFor(ids []string, one, several string) string {
	if len(ids) > 1 {
		return several
	}
	return one
}

// firstPos is the input index of the first of ids.
func (c *diffCtx) firstPos(ids []string) int {
	best := len(c.pos)
	for _, id := range ids {
		best = min(best, c.pos[id])
	}
	return best
}

// wordingText says, per lexicon category, what an outlet alone does.
var wordingText = map[string]struct {
	text  string
	score float64
}{
	string(nlp.TermLoaded):           {"%s alone uses loaded words: %s", 4.5},
	string(nlp.TermVagueAttribution): {"%s alone credits unnamed sources: %s", 5},
	string(nlp.TermHedging):          {"%s alone hedges: %s", 3},
	string(nlp.TermScareQuote):       {"%s alone puts %s in quotation marks", 3},
}

// summaryWording are the lexicon categories whose "alone" items the
// summary shows. Precision first (issue 15): an item is shown only in a
// category that held up on events nobody had read. Judged over every
// label of testdata/abpjudged/summary-keyed.tsv (right / partly / wrong):
// unnamed sources 10 / 0 / 0; loaded words 27 / 11 / 9 (fresh12, clean
// when judged: 0 / 6); hedges 11 / 5 / 4; scare quotes 0 / 9 / 0.
// With unnamed sources alone every part scores 1.00; adding hedges
// leaves fresh11 at 3 / 5 and fresh12 at 5 / 7 (README.md of abpjudged,
// "Precision-first summary (h/gate36)"). The other categories' terms
// stay listed in the report's Terms (the Word choice section); only
// their summary item goes.
var summaryWording = map[string]bool{
	string(nlp.TermVagueAttribution): true,
}

// pageWording are the lexicon categories whose own-voice uses the story
// page lists as an outlet's word choice (the Word choice section of the
// report and each outlet's lens). Precision first (issue 15): quotation
// marks around a single word that no one is said to speak read as the
// writer's distance in 2 of 11 judged uses (testdata/abpjudged/
// wordchoice-read38.tsv, tune 1/4 and held-out 1/4, seed 3720; read37
// 0/3): the marks name a term of art ("robopollster", a "clean" bill), a
// vote, a coined word, a tweet's or a report's word. Scare quotes keep
// their own flag in the report's Terms; only the page leaves them out.
var pageWording = map[string]bool{
	string(nlp.TermLoaded):           true,
	string(nlp.TermHedging):          true,
	string(nlp.TermVagueAttribution): true,
}

// pageHidden are hedges the page does not list either, own voice or
// not: over the readings of unseen events (fresh38, fresh38b, fresh38c;
// seeds 3723, 3725, 3727) "may have" was right 9 of 17 times (a
// paraphrase of someone's belief or a study's estimate, a relative
// clause on a thing: "elements that may have leaked") and "reported" 1
// of 6 (a named outlet or office reporting, "reported her missing"),
// while the hedging adverbs held (reportedly 16/16, allegedly 9/9,
// apparently 11/12, seemingly 7/7); "unverified" and "unconfirmed"
// assert that nothing was checked rather than soften a claim (read37:
// 0/2). Their own flag stays in the report's Terms.
var pageHidden = setOf("may have", "reported", "unverified", "unconfirmed")

// Shown reports whether the page lists the use as its outlet's word
// choice: the outlet's own wording (Own) in a category of pageWording,
// not one of pageHidden.
func (u TermUse) Shown() bool {
	return u.Own && pageWording[u.Category] && !pageHidden[strings.ToLower(u.Term)]
}

// wording finds the summary's wording items: those of wordingOf in the
// categories of summaryWording.
func (c *diffCtx) wording() []Difference { return c.wordingOf(summaryWording) }

// wordingOf finds, per outlet and lexicon category of cats (keys of
// wordingText), the terms no other outlet uses in its own voice: a term
// inside a quotation is the speaker's (TermUse.Quoted), and a scare
// quote around words another outlet quotes (TermUse.QuotedElsewhere) or
// around a label someone gives (givenLabel) is no distance.
func (c *diffCtx) wordingOf(cats map[string]bool) []Difference {
	if len(c.outlets) < 2 {
		return nil
	}
	users := map[string]map[string]bool{} // category + term → outlets
	for _, t := range c.r.Terms {
		for _, u := range t.Lexicon {
			if u.Quoted && strings.Contains(u.Term, " ") && u.Category == string(nlp.TermLoaded) {
				// A loaded phrase another outlet quotes ("witch hunt")
				// is a speaker's phrase of the story: counted as that
				// outlet's use, so no outlet has it alone.
				u.Quoted = false
			}
			if u.Quoted || u.QuotedElsewhere || u.Category == string(nlp.TermScareQuote) && givenLabel(u.Sentence, u.Text) {
				// A speaker's word inside a quotation is not the
				// outlet's wording, and marks around words other
				// outlets quote as someone's attribute, not distance.
				// Uses the other rules of ownVoice set aside still
				// count here: words another outlet also marks or
				// uses are no one outlet's own.
				continue
			}
			k := wordingKey(u)
			if users[k] == nil {
				users[k] = map[string]bool{}
			}
			users[k][c.outlet[t.Article]] = true
			if unsourced[strings.ToLower(u.Term)] {
				// "reportedly" credits no one either: an outlet that
				// writes it leaves the other no unnamed sources alone.
				vk := string(nlp.TermVagueAttribution)
				if users[vk] == nil {
					users[vk] = map[string]bool{}
				}
				users[vk][c.outlet[t.Article]] = true
			}
		}
	}
	type key struct{ outlet, category string }
	type group struct {
		terms    []string
		seen     map[string]bool
		articles []string
		index    int
	}
	groups := map[key]*group{}
	var order []key
	for i, t := range c.r.Terms {
		o := c.outlet[t.Article]
		for _, u := range t.Lexicon {
			if _, ok := wordingText[u.Category]; !ok || !cats[u.Category] || !ownVoice(u) || u.NamedAfter || len(users[wordingKey(u)]) != 1 {
				continue
			}
			k := key{o, u.Category}
			g := groups[k]
			if g == nil {
				g = &group{seen: map[string]bool{}, index: i}
				groups[k] = g
				order = append(order, k)
			}
			if !slices.Contains(g.articles, t.Article) {
				g.articles = append(g.articles, t.Article)
			}
			if lt := strings.ToLower(u.Text); !g.seen[lt] {
				g.seen[lt] = true
				g.terms = append(g.terms, u.Text)
			}
		}
	}
	var out []Difference
	for _, k := range order {
		g := groups[k]
		w := wordingText[k.category]
		shown := make([]string, 0, 4)
		for _, t := range g.terms[:min(4, len(g.terms))] {
			shown = append(shown, quoted(t, 60))
		}
		list := strings.Join(shown, ", ")
		if len(g.terms) > 4 {
			list += fmt.Sprintf(" and %d more", len(g.terms)-4)
		}
		name := k.outlet
		if name == "" || len(g.articles) == 1 {
			name = c.labels[g.articles[0]]
		}
		out = append(out, Difference{Kind: DiffWording, Articles: c.sorted(g.articles), Section: "terms", Index: g.index,
			Text:  fmt.Sprintf(w.text, name, list),
			Score: w.score + math.Min(1, 0.25*float64(len(g.terms)-1))})
	}
	return out
}

// unsourced are the hedges that pass on a report without saying whose
// (read37: an outlet was said to credit unnamed sources alone beside
// another's "reportedly").
var unsourced = map[string]bool{"reportedly": true, "it is believed": true, "is thought to": true}

// wordingKey is what an outlet must use alone for a wording item: the
// term itself, but for unnamed sources any of them ("officials said" and
// "sources say" both hide who spoke: an outlet does not credit unnamed
// sources alone when another does in other words; read on 12 random ABP
// events, 6 of 7 such items were misleading so).
func wordingKey(u TermUse) string {
	if u.Category == string(nlp.TermVagueAttribution) {
		return u.Category
	}
	return u.Category + "\x00" + strings.ToLower(u.Term)
}

// ownVoice reports whether a lexicon use is the outlet's own wording: not
// a speaker's word inside a quotation (TermUse.Quoted), not marks around
// words another outlet quotes (TermUse.QuotedElsewhere) or around a label
// or phrase someone else gives (givenLabel, reportedSpeech), and not a
// loaded word that only names a legal designation someone proposes
// (designation) or is a neutral "claim" (claimNoun: "the claims that",
// "claimed responsibility"), nor marks around a count (quotedQuantity),
// nor a modal of an indirect question taken for a hedge
// (indirectQuestion).
func ownVoice(u TermUse) bool {
	if u.Quoted || u.QuotedElsewhere {
		return false
	}
	if u.Category == string(nlp.TermScareQuote) {
		// Marks around a phrase of several words quote it ("blaming
		// “both sides”", "a workshop on “healing from …”", "the “gang of
		// six”"): of 7 such own-voice uses read on 40 random ABP events
		// (seed 3690) none kept the writer's distance; around one word
		// they may ("the “wall”").
		return len(strings.Fields(u.Text)) == 1 && !givenLabel(u.Sentence, u.Text) && !reportedSpeech(u.Sentence, u.Text) && !quotedQuantity(u.Text) && !quotedPiece(u.Sentence)
	}
	if insideMarks(u.Sentence, u.Text) {
		return false // a quoted tweet or headline: someone's words
	}
	if plainWord(u.Text) {
		return false // mostly the word's plain sense (plainWords)
	}
	switch u.Category {
	case string(nlp.TermLoaded):
		return !designation(u.Sentence, u.Text) && !claimNoun(u.Sentence, u.Text) && !neutralSense(u.Sentence, u.Text) && !soCalledName(u.Sentence, u.Text) && !disputeDescribed(u.Sentence, u.Text) && !speakersJudgement(u.Sentence, u.Text) && !givenLoaded(u.Sentence, u.Text) && !othersJudgement(u.Sentence)
	case string(nlp.TermHedging):
		return !indirectQuestion(u.Sentence, u.Text) && !reportedModal(u.Sentence, u.Text) && !relativeModal(u.Sentence, u.Text) && !namedReport(u.Sentence, u.Text)
	}
	return true
}

// questionWords open an indirect question.
var questionWords = map[string]bool{"what": true, "whether": true, "why": true, "how": true, "who": true, "if": true, "when": true, "where": true}

// indirectQuestion reports whether the hedge text stands in sentence
// right after a word that opens an indirect question ("to learn what may
// have prompted the fire", "asked whether it might have been"): the
// modal belongs to the question, not to the writer's hedging.
func indirectQuestion(sentence, text string) bool {
	low := strings.ToLower(sentence)
	t := strings.ToLower(text)
	for i := range indexesOf(low, t) {
		before := strings.Fields(low[:i])
		if n := len(before); n > 0 && questionWords[before[n-1]] {
			return true
		}
	}
	return false
}

// givenLabel reports whether the scare quote text stands in sentence
// right after "as", or after "as one of" ("dismissed the inquiry as a
// “sham”", "known in the trade as “lone wolves”", "tagged as a “person of
// interest”", "framed the vote as one of “duty”"): the marks report a
// label someone else gives, not the writer's distance.
func givenLabel(sentence, text string) bool {
	low := strings.ToLower(sentence)
	t := strings.ToLower(text)
	for i := range indexesOf(low, t) {
		before := strings.Fields(strings.TrimRight(low[:i], "“\"‘' "))
		if n := len(before); n > 0 && (before[n-1] == "a" || before[n-1] == "an" || before[n-1] == "the") {
			before = before[:n-1]
		}
		if n := len(before); n > 2 && before[n-2] == "one" && before[n-1] == "of" {
			before = before[:n-2]
		}
		if n := len(before); n > 0 && before[n-1] == "as" {
			return true
		}
	}
	return false
}

// speechThat matches a verb of saying followed by "that" (with at most
// two words between: "told reporters that", "made it clear that"): what
// follows is someone's reported speech.
var speechThat = regexp.MustCompile(`\b(said|says|say|told|tells|made it clear|makes it clear|made clear|announced|announces|argued|argues|insisted|insists|warned|warns|vowed|vows|wrote|writes|stated|states|declared|declares|added|adds|explained|explains|promised|promises|found|finds|concluded|concludes|reported|reports|acknowledged|admitted|claimed|claims|suggested|suggests)(?: [\w’'-]+){0,2} that\b`)

// reportedSpeech reports whether the scare quote text stands in
// sentence after a verb of saying and "that" ("The mayor made it clear
// that the city takes a “firm hand” policy"): the marks give the
// speaker's phrase in reported speech, not the writer's distance.
func reportedSpeech(sentence, text string) bool {
	low := strings.ToLower(sentence)
	i := strings.Index(low, strings.ToLower(text))
	return i > 0 && speechThat.MatchString(low[:i])
}

// designationVerb matches a verb that confers a legal designation,
// followed by at most seven words ("declaring the group a", "designate
// the network as a domestic").
var designationVerb = regexp.MustCompile(`\b(declare|declared|declares|declaring|designate|designated|designates|designating|designation of)(?: \S+){0,7} $`)

// designation reports whether the loaded word text stands in sentence as
// the name of a designation someone confers or proposes ("calls to
// declare the club a terrorist organization"): the word names the
// designation, not the writer's label.
func designation(sentence, text string) bool {
	low := strings.ToLower(sentence)
	t := strings.ToLower(text)
	for i := range indexesOf(low, t) {
		if designationVerb.MatchString(low[:i]) {
			return true
		}
	}
	return false
}

// figureKinds are the kinds of number worth naming among the figures one
// article alone gives, best first.
var figureKinds = map[string]int{string(nlp.NumPercent): 0, string(nlp.NumMoney): 1, string(nlp.NumCount): 2, string(nlp.NumRange): 2}

// figureUses indexes the values each article gives, by kind and unit; a
// count and a range (a tally, "230-197") share one index, and a range
// is indexed by both its ends.
type figureUses map[string][]NumberUse

// figureKey is the index of a kind and unit in figureUses.
func figureKey(kind, unit string) string {
	if kind == string(nlp.NumRange) {
		kind = string(nlp.NumCount) // "230-197" holds the count 230
	}
	return kind + "\x00" + unit
}

// givenFigures indexes the values of quantities.
func givenFigures(qs []Quantity) figureUses {
	g := figureUses{}
	for _, q := range qs {
		k := figureKey(q.Kind, q.Unit)
		g[k] = append(g[k], q.Values...)
		if countLike[q.Kind] {
			g[anyCount] = append(g[anyCount], q.Values...)
		}
		if q.Kind != string(nlp.NumRange) {
			continue
		}
		for _, v := range q.Values {
			if hi, ok := rangeHigh(v.Text); ok {
				v.Value = hi
				g[k] = append(g[k], v)
			}
		}
	}
	return g
}

// rangeHigh returns the upper figure of a range or tally as written
// ("230-197", "3 million to 5 million" is not read: 0, false).
func rangeHigh(text string) (float64, bool) {
	i := strings.IndexAny(text, "-\u2013")
	if i < 0 {
		return 0, false
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	hi, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(text[i+size:]), ",", ""), 64)
	return hi, err == nil
}

// rhetorical reports whether a figure is a vague count in words
// ("hundreds", "dozens") that a speaker's quotation holds or that bounds
// another ("dozens, if not hundreds"): a manner of speaking, no figure
// of the story.
func rhetorical(v NumberUse) bool {
	if strings.ContainsAny(v.Text, "0123456789") || !v.Approx {
		return false
	}
	low := strings.ToLower(v.Sentence)
	t := strings.ToLower(v.Text)
	for _, q := range marked(low) {
		if slices.Contains(strings.Fields(q), t) {
			return true
		}
	}
	return strings.Contains(low, "if not "+t) || strings.Contains(low, "potentially "+t) || strings.Contains(low, "literally "+t)
}

// qualifiers are the words that bound a figure, as a sentence writes
// them before it: longest first.
var qualifiers = []string{"as many as", "as much as", "no more than", "no fewer than", "more than", "fewer than", "less than",
	"at least", "at most", "up to", "upwards of", "just over", "just under", "an estimated", "nearly", "almost", "about",
	"around", "roughly", "approximately", "some", "over", "under", "estimated"}

// qualifier returns the words that bound the figure text in sentence
// ("more than" of "more than 40 questions", "up to a" of "up to a dozen
// moderates"), lower-cased, or "" when none stands right before it.
func qualifier(sentence, text string) string {
	if text == "" {
		return ""
	}
	low := strings.ToLower(sentence)
	t := strings.ToLower(text)
	for i := range indexesOf(low, t) {
		before := strings.Fields(low[:i])
		if i > 0 && low[i-1] != ' ' {
			continue // inside a word
		}
		article := ""
		if n := len(before); n > 0 && (before[n-1] == "a" || before[n-1] == "an") {
			article, before = " "+before[n-1], before[:n-1]
		}
		for _, q := range qualifiers {
			qw := strings.Fields(q)
			if len(before) >= len(qw) && strings.Join(before[len(before)-len(qw):], " ") == q {
				return q + article
			}
		}
	}
	return ""
}

// indexesOf yields the byte offsets at which t occurs in s, each after
// the end of the one before (none for an empty t).
func indexesOf(s, t string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; t != "" && from < len(s); {
			i := strings.Index(s[from:], t)
			if i < 0 || !yield(from+i) {
				return
			}
			from += i + len(t)
		}
	}
}

// pointsUnit returns " percentage points" (or " points") when the
// share text stands in sentence right before those words and does not
// carry a unit itself ("by more than 30 percentage points"), so that a
// difference of shares is not shown as a bare number; else "".
func pointsUnit(sentence, text string) string {
	if text == "" || strings.ContainsAny(text, "%") || strings.Contains(strings.ToLower(text), "percent") || strings.Contains(strings.ToLower(text), "per cent") {
		return ""
	}
	low := strings.ToLower(sentence)
	t := strings.ToLower(text)
	for i := range indexesOf(low, t) {
		after := low[i+len(t):]
		for _, u := range []string{" percentage points", " percentage point", " points", " point"} {
			if strings.HasPrefix(after, u) {
				return u
			}
		}
	}
	return ""
}

// elsewhere reports whether an article other than v's gives v's value, of
// any quantity of its kind and unit: a figure told of another noun ("the
// $45 billion takeover", "the $45.2 billion deal") is not one article's
// own, though numbers group by what they count, nor is a count another
// article gives in a tally ("230 votes", "230-197").
func (g figureUses) elsewhere(kind, unit string, v NumberUse) bool {
	for _, u := range g[figureKey(kind, unit)] {
		if u.Article != v.Article && roundedEqual(u.Value, v.Value) {
			return true
		}
	}
	if !countLike[kind] {
		return false
	}
	// A count another article gives as an age or with a measure word:
	// "Kushner, 36," and "a 36-year-old"; "13 members" and "the
	// 13-person council".
	for _, u := range g[anyCount] {
		if u.Article != v.Article && roundedEqual(u.Value, v.Value) {
			return true
		}
	}
	return false
}

// countLike are the kinds of number a count may be written as in
// another article: a count of any measure word, a range, an age.
var countLike = map[string]bool{string(nlp.NumCount): true, string(nlp.NumRange): true, string(nlp.NumAge): true}

// anyCount indexes, in figureUses, the values of every count-like
// quantity whatever its unit.
const anyCount = "any-count"

// summaryShortened says whether the summary at the top of a page shows
// shortened quotes ("X quotes only part of what Y quotes of Z"). It does
// not: read as a reader reads the summary, on 24 random ABP events
// (summary-read36.tsv, summary-read37.tsv), 5 of 22 such items were
// worth their place: the shorter version is most often a phrase the
// writer frames with its own account of the rest, or a cut of a word or
// two, which hides nothing. The Quotes section still marks every
// shortened quote. (A gate on altered quotes by the words of substance
// they change was measured too and not kept: on the judged ABP quote
// items it removed 19 right altered quotes for 1 wrong.)
const summaryShortened = false

// summaryFigures says whether the summary shows the figures one article
// alone gives (onlyFigures, "Only X gives 3 figures: …"). It does not:
// precision first (issue 15), the item did not hold up on events nobody
// had read. Judged right / judged (partly counted wrong) on main 66047b3:
// tune33 14 / 15, fresh8 7 / 10, fresh10 16 / 18, fresh11 6 / 7, fresh12
// 5 / 10 (clean when judged: fresh10 11 / 19, fresh11 5 / 7, fresh12
// 5 / 10). Showing only figures that say what they count (or money and
// shares), two at most, gives fresh8 7 / 9, fresh10 16 / 18, fresh11
// 6 / 8, fresh12 8 / 12; also leaving out figures inside quotation
// marks, street numbers and codes, fresh8 8 / 9, fresh10 15 / 17,
// fresh11 6 / 7 (README.md of testdata/abpjudged, "Precision-first
// summary (h/gate36)"): figures of other happenings, a toll another
// article gives in other words or in a paragraph the cleaner drops have
// no signal. Every figure stays in the report's Numbers, with the
// outlets that give it; the facts one article alone reports stay in the
// summary (onlyFacts).
const summaryFigures = false

// onlyFacts finds, per outlet, how many facts it alone reports: the
// facts that no article of another outlet reports or states in other
// words, counted once when two articles of the outlet both report them.
// The story page's lens of the outlet counts the same facts, so the
// summary and the lens never show two counts of one thing (an outlet of
// two articles was counted per article here, "25 facts", and per outlet
// there, "34 facts").
func (c *diffCtx) onlyFacts() []Difference {
	if len(c.r.Articles) > 1 && c.r.Accounts() == 1 {
		return nil // every article copies one: the copy relations say it all
	}
	facts := map[string]int{}             // outlet key → facts
	quoted := map[string]int{}            // outlet key → remarks of a speaker only it quotes
	remarks := map[string]bool{}          // article, speaker and paragraph of each remark counted
	added := map[string]int{}             // outlet key → facts others tell in part, to which it alone adds details
	reporters := map[string][]string{}    // outlet key → its articles that report them
	copied := map[string]map[string]int{} // outlet key → article of another outlet → the facts it repeats as their copy
	key := func(id string) string {
		if o := c.outlet[id]; o != "" {
			return "o:" + o
		}
		return "a:" + id // no outlet: each article is its own
	}
	for _, f := range c.r.Facts {
		if f.MaybeElsewhere || len(f.Sentences) == 0 || len(f.ReportedBy) == 0 {
			continue
		}
		src := f.Sources() // a copy of the fact's article repeats it, it does not report it too
		k := key(src[0])
		alone := true
		for _, id := range slices.Concat(src, f.StatedBy) {
			if key(id) != k {
				alone = false
				break
			}
		}
		if !alone {
			continue
		}
		if f.QuoteOnly != "" {
			// A speaker's words only this outlet quotes: the others
			// may make their point in words of their own (see
			// Fact.QuoteOnly), so they are counted apart. The
			// sentences of one quotation in one paragraph ("… said
			// Lind. “…”") are one remark, not one each.
			remark := fmt.Sprint(src[0], "\x00", f.QuoteOnly, "\x00", f.Sentences[0].Paragraph)
			if !remarks[remark] {
				remarks[remark] = true
				quoted[k]++
			}
			if !slices.Contains(reporters[k], src[0]) {
				reporters[k] = append(reporters[k], src[0])
			}
			continue
		}
		if f.PartElsewhere {
			// Details only this outlet adds to a fact others tell in
			// part (see Fact.PartElsewhere): counted apart too.
			added[k]++
			if !slices.Contains(reporters[k], src[0]) {
				reporters[k] = append(reporters[k], src[0])
			}
			continue
		}
		facts[k]++
		for _, id := range src {
			if !slices.Contains(reporters[k], id) {
				reporters[k] = append(reporters[k], id)
			}
		}
		for _, id := range f.ReportedBy {
			if f.IsCopy(id) && key(id) != k {
				if copied[k] == nil {
					copied[k] = map[string]int{}
				}
				copied[k][id]++
			}
		}
	}
	var out []Difference
	others := "the others leave out"
	keys := map[string]bool{}
	for _, a := range c.r.Articles {
		keys[key(a.ID)] = true
	}
	if len(keys) == 2 {
		others = "the other leaves out"
	}
	done := map[string]bool{}
	for _, a := range c.r.Articles {
		k := key(a.ID)
		n, q, ad := facts[k], quoted[k], added[k]
		if n+q+ad == 0 || done[k] {
			continue
		}
		done[k] = true
		name := c.labels[a.ID]
		if c.outlet[a.ID] != "" {
			name = c.outlet[a.ID]
		}
		// The names the article alone gives are not listed here: read on
		// 12 random ABP events (summary-read36.tsv), 9 of 19 partly right
		// items were wrong only by a listed name (a film title, an
		// organisation cut short, the outlet's own columnist); the lens
		// and the facts show who the facts name.
		var clauses []string
		if n > 0 {
			clauses = append(clauses, fmt.Sprintf("reports %s %s", plural(n, "fact", "facts"), others)+c.repeatedBy(copied[k], n))
		}
		if q > 0 {
			clauses = append(clauses, fmt.Sprintf("quotes %s no other outlet quotes", plural(q, "remark", "remarks")))
		}
		if ad > 0 {
			// What made each told in part is only that its sentence
			// shares words or a figure with another outlet's
			// (Fact.PartBasis), often the story's own topic: the
			// count says that, not that others tell the fact.
			whose := "whose sentences share"
			if ad == 1 {
				whose = "whose sentence shares"
			}
			clauses = append(clauses, fmt.Sprintf("gives names or figures of its own in %s %s words or a figure with another outlet's", plural(ad, "fact", "facts"), whose))
		}
		text := "Only " + name + " " + clauses[0]
		for i, cl := range clauses[1:] {
			if i == len(clauses)-2 {
				text += ", and " + cl
			} else {
				text += ", " + cl
			}
		}
		out = append(out, Difference{Kind: DiffOnly, Articles: c.sorted(reporters[k]), Index: -1, Text: text,
			Score: 3.5 + math.Min(2, float64(n+q+ad)/8)})
	}
	return out
}

// repeatedBy says which copies of an outlet's articles repeat its n
// facts no other outlet reports ("; Washington Times repeats 11 of them
// in its copy"), from the facts each copy repeats; "" when none do.
func (c *diffCtx) repeatedBy(copies map[string]int, n int) string {
	if len(copies) == 0 {
		return ""
	}
	var ids []string
	for _, a := range c.r.Articles {
		if copies[a.ID] > 0 {
			ids = append(ids, a.ID)
		}
	}
	var parts []string
	for _, id := range ids {
		name := c.labels[id]
		if o := c.outlet[id]; o != "" {
			name = o
		}
		k := copies[id]
		of := fmt.Sprintf("%d of them", k)
		switch {
		case k == n && n == 1:
			of = "it"
		case k == n && n == 2:
			of = "both"
		case k == n:
			of = "all of them"
		}
		in := "in its copy"
		if c.wireOf(id) {
			in = "in the wire text both carry"
		}
		parts = append(parts, fmt.Sprintf("%s repeats %s %s", name, of, in))
	}
	return "; " + strings.Join(parts, ", ")
}

// wireOf reports whether article id's copy relations are all a wire
// text it and the other carry (Copy.Wire): it then repeats the facts as
// the wire's, not as a copy of the other outlet.
func (c *diffCtx) wireOf(id string) bool {
	found := false
	for _, cp := range c.r.Copies {
		if cp.Kind == KindSharesQuotes || cp.Copy != id && cp.Source != id {
			continue
		}
		if cp.Wire == "" {
			return false
		}
		found = true
	}
	return found
}

// onlyFigures finds, per article, the figures it alone gives (not shown
// in the summary: summaryFigures).
func (c *diffCtx) onlyFigures() []Difference {
	type figure struct {
		text string
		rank int // by kind; figures that say what they count first
	}
	figs := map[string][]figure{}
	given := givenFigures(append(slices.Clip(c.r.Numbers), c.r.unshownNumbers...))
	listed := map[string]map[string]bool{} // article → kind and value of the figures listed
	for _, q := range c.r.Numbers {
		rank, ok := figureKinds[q.Kind]
		if !ok || len(q.ReportedBy) != 1 || len(q.Values) != 1 {
			continue
		}
		v := q.Values[0]
		if q.Kind == string(nlp.NumCount) && v.Value < 10 && !v.Approx {
			continue // "two regions": a detail, not a figure
		}
		if given.elsewhere(q.Kind, q.Unit, v) {
			continue // another article gives it of another noun ("$45 billion takeover", "$45.2 billion deal")
		}
		if rhetorical(v) {
			continue // "literally hundreds of issues," she wrote; "dozens, if not hundreds"
		}
		if q.Kind != string(nlp.NumRange) && rangeEnd(v.Sentence, v.Text) {
			continue // "between 322 and 1,300": an end shown alone misstates the range
		}
		if q.Kind == string(nlp.NumCount) && q.What == "" && ageFigure(v.Sentence, v.Text) {
			continue // "under the age of 31", "before turning 16": an age limit, no count
		}
		if spelledPart(v.Sentence, v.Text) {
			continue // "forty-three" of "one hundred and forty-three"
		}
		if k := fmt.Sprintf("%s\x00%g", q.Kind, v.Value); listed[v.Article][k] {
			continue // the same figure said of two nouns ("49 victims", "the 49 clubgoers")
		} else {
			if listed[v.Article] == nil {
				listed[v.Article] = map[string]bool{}
			}
			listed[v.Article][k] = true
		}
		t := figureText(v.Text)
		if q.Kind == string(nlp.NumPercent) {
			t += pointsUnit(v.Sentence, v.Text) // "30 percentage points"
		}
		if q := qualifier(v.Sentence, v.Text); q != "" {
			t = q + " " + t // "more than 40", "almost half", "up to a dozen"
		} else if v.Approx && !strings.ContainsAny(t, "abcdefghijklmnopqrstuvwxyz") {
			t = "about " + t
		}
		if q.What != "" && !strings.EqualFold(q.What, q.Kind) {
			t += " (" + q.What + ")"
		} else {
			rank += len(figureKinds)
		}
		figs[v.Article] = append(figs[v.Article], figure{t, rank})
	}
	var out []Difference
	for _, a := range c.r.Articles {
		label := c.labels[a.ID]
		if fs := figs[a.ID]; len(fs) > 0 {
			sort.SliceStable(fs, func(i, j int) bool { return fs[i].rank < fs[j].rank })
			shown := make([]string, 0, 4)
			for _, f := range fs[:min(4, len(fs))] {
				shown = append(shown, f.text)
			}
			text := fmt.Sprintf("Only %s gives %s: %s", label, plural(len(fs), "figure", "figures"), strings.Join(shown, ", "))
			if len(fs) > 4 {
				text += fmt.Sprintf(" and %d more", len(fs)-4)
			}
			out = append(out, Difference{Kind: DiffFigures, Articles: []string{a.ID}, Index: -1, Text: text,
				Score: 6 + math.Min(1.5, 0.25*float64(len(fs)))})
		}
	}
	return out
}

// leftOut finds, with three outlets or more, the facts most outlets
// report that an outlet leaves out.
func (c *diffCtx) leftOut() []Difference {
	if len(c.outlets) < 3 {
		return nil
	}
	missing := map[string][]int{} // outlet → fact indexes
	articlesOf := map[string][]string{}
	for _, a := range c.r.Articles {
		articlesOf[c.outlet[a.ID]] = append(articlesOf[c.outlet[a.ID]], a.ID)
	}
	var printed printedRuns      // built when a fact is first missing somewhere
	var statements statementRuns // likewise
	days := c.r.Days()
	reporters := map[int]int{} // fact index → outlets reporting it
	for i, f := range c.r.Facts {
		if len(f.Conflict) > 0 || f.Tentative {
			continue // not agreement, or possibly not one fact
		}
		if recalledEarlier(f) {
			continue // background most outlets recall, not the story's own happening
		}
		if remarkOnly(f) {
			continue // a line of a speaker's, not a fact: the Quotes section compares those
		}
		by := map[string]bool{}
		for _, id := range f.ReportedBy {
			by[c.outlet[id]] = true
		}
		if len(by) < 2 || 2*len(by) <= len(c.outlets) {
			continue
		}
		reporters[i] = len(by)
		stated := map[string]bool{}
		for _, id := range f.StatedBy {
			stated[c.outlet[id]] = true
		}
		var runs []string // the fact's quoted words, read when an outlet lacks it
		read := false
		for _, o := range c.outlets {
			if by[o] || stated[o] {
				continue
			}
			if printed == nil {
				printed, statements = newPrintedRuns(c.r), newStatementRuns(c.r)
			}
			if !read {
				runs, read = quotedRuns(f), true
			}
			// An outlet that quotes the fact's quoted words where no fact
			// group holds them does not leave it out, nor one that quotes
			// another part of the statement they are of (the tweets whose
			// tail the fact is: the Quotes section sets the parts side by
			// side), nor one that wrote before the first report of it.
			if !printed.printsAny(runs, articlesOf[o]) && !statements.quotesAny(runs, articlesOf[o]) && !days.Before(articlesOf[o], f) {
				missing[o] = append(missing[o], i)
			}
		}
	}
	var out []Difference
	for _, o := range c.outlets {
		fs := missing[o]
		if len(fs) == 0 {
			continue
		}
		var arts []string
		columns := 0
		for _, a := range c.r.Articles {
			if a.Outlet == o {
				arts = append(arts, a.ID)
				if a.Kind != "" {
					columns++
				}
			}
		}
		if columns == len(arts) {
			// A column or an analysis argues from the news it takes as
			// known: a fact it does not retell is no omission (issue 14).
			continue
		}
		name := o
		if name == "" || len(arts) == 1 {
			name = c.labels[arts[0]]
		}
		f := c.r.Facts[fs[0]]
		text := fmt.Sprintf("%s leaves out %s most outlets report, such as %s", name, plural(len(fs), "fact", "facts"), quoted(f.Sentences[0].Text, 120))
		if len(fs) == 1 {
			text = fmt.Sprintf("%s leaves out what most outlets report: %s", name, quoted(f.Sentences[0].Text, 120))
		}
		if k, some := fewestReporters(c.r.Facts, fs, reporters); some {
			// The page lists a group of these under "some outlets" or as
			// one account's (its coverage counts independent accounts:
			// an outlet's several articles apart, copies with their
			// source): say how many outlets print it rather than "most"
			// (sb57b4ed2605d4716).
			least := "at least "
			if k == len(c.outlets)-1 {
				least = "" // every other outlet, for each fact
			}
			text = fmt.Sprintf("%s leaves out %s %s%d of the %d outlets report, such as %s", name, plural(len(fs), "fact", "facts"), least, k, len(c.outlets), quoted(f.Sentences[0].Text, 120))
			if len(fs) == 1 {
				text = fmt.Sprintf("%s leaves out what %d of the %d outlets report: %s", name, k, len(c.outlets), quoted(f.Sentences[0].Text, 120))
			}
		}
		out = append(out, Difference{Kind: DiffLeftOut, Articles: arts, Index: -1, Text: text,
			Score: 3.5 + math.Min(2, 0.5*float64(len(fs)))})
	}
	return out
}

// fewestReporters returns the fewest outlets that report a fact of fs
// (reporters, by fact index) and whether the page lists any of fs under
// "some outlets" or as one account's (its copies counted with it).
func fewestReporters(facts []Fact, fs []int, reporters map[int]int) (int, bool) {
	k, some := 0, false
	for _, i := range fs {
		if facts[i].Coverage == CoverageSome || facts[i].Coverage == CoverageOne {
			some = true
		}
		if n := reporters[i]; k == 0 || n < k {
			k = n
		}
	}
	return k, some
}

// statementRuns holds, per article, the runs of minQuotedRun words of
// the statements it quotes: for each quote group of a report (one
// statement as the articles quote it) that holds a quotation of the
// article's, the runs of all the group's quotations, built once for a
// report (indexed by article so that a lookup does not search every
// group: BenchmarkLeftOut).
type statementRuns map[string]map[string]bool

// newStatementRuns reads the statements of r.
func newStatementRuns(r *Report) statementRuns {
	out := statementRuns{}
	for _, g := range r.Quotes {
		runs := map[string]bool{}
		for _, u := range g.Quotes {
			for _, run := range wordRuns(u.Text) {
				runs[run] = true
			}
		}
		for _, u := range g.Quotes {
			set := out[u.Article]
			if set == nil {
				set = map[string]bool{}
				out[u.Article] = set
			}
			for run := range runs {
				set[run] = true
			}
		}
	}
	return out
}

// quotesAny reports whether an article of ids quotes a statement one of
// whose quotations holds one of runs (see quotedRuns): any part of it, not
// only those words.
func (s statementRuns) quotesAny(runs []string, ids []string) bool {
	for _, id := range ids {
		for _, run := range runs {
			if s[id][run] {
				return true
			}
		}
	}
	return false
}

// remarkOnly reports whether every sentence of f is a speaker's words
// (see remarkLine): the group is one line of a statement or a tweet the
// outlets quote, not a fact they report. What differs said, on four pages
// read in session 57 (h/read57), that an outlet "leaves out" the second
// sentence of a tweet, its tail of grievances or a rhetorical question,
// where the outlet quoted other lines of the same tweets, told their
// point in its own words, or wrote of the story without the tweets. An
// outlet that does not quote a line may make its point otherwise, as
// Fact.QuoteOnly says of only-in claims; the Quotes section sets the
// outlets' quotations side by side.
func remarkOnly(f Fact) bool {
	if len(f.Sentences) == 0 {
		return false
	}
	for _, s := range f.Sentences {
		if !remarkLine(s) {
			return false
		}
	}
	return true
}

// remarkLine reports whether s is a speaker's words: a quoted line whose
// speaker the article names elsewhere (Speaker), or a sentence most of
// whose words stand inside quotation marks, a mark that closes with none
// opening before it ("… the focus?????" Trump tweeted") counting all the
// words before it as quoted, and one that opens with none closing after
// it all the words after it.
func remarkLine(s FactSentence) bool {
	if s.Speaker != "" {
		return true
	}
	words := strings.Fields(s.Text)
	if len(words) == 0 {
		return false
	}
	marks := 0
	for _, r := range s.Text {
		if quoteRune(r) {
			marks++
		}
	}
	// An odd count leaves one mark unpaired: when the first mark closes
	// (the quotation began in the sentence before), the words start
	// inside the quotation; when it opens ("… calling it “a matter of
	// safety."), the quotation runs on into the next sentence.
	in := marks%2 == 1 && firstMarkCloses(s.Text)
	quoted := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); in || quoteRune(r) {
			quoted++
		}
		for _, r := range w {
			if quoteRune(r) {
				in = !in
			}
		}
	}
	return 2*quoted > len(words)
}

// firstMarkCloses reports whether the first double quotation mark of s
// closes a quotation: a closing curly mark or guillemet, or a straight
// mark right after a letter or a stop ("… the focus?????" Trump
// tweeted"), not after a space or at the start.
func firstMarkCloses(s string) bool {
	prev := ' '
	for _, r := range s {
		if quoteRune(r) {
			switch r {
			case '”', '»':
				return true
			case '"':
				return !unicode.IsSpace(prev)
			}
			return false
		}
		prev = r
	}
	return false
}

// quoteRune reports whether r is a double quotation mark.
func quoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„':
		return true
	}
	return false
}

// earlierText finds, in a sentence's text, the dating of a happening weeks
// or more before the story that earlier (differ.go) reads from tokens.
var earlierText = regexp.MustCompile(`(?i)\b(?:(?:weeks|months?|years?|decades?) ago|last (?:month|year|summer|spring|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b|earlier this (?:month|year)|had already)\b`)

// recalledEarlier reports whether most sentences of a fact date it weeks
// or more before the story: an earlier event the outlets recall as
// background (s4fb6343947ab21e9: Flynn's exit, recalled in a story of
// Sessions' recusal), which an outlet that leaves it out does not leave
// out of the story.
func recalledEarlier(f Fact) bool {
	n := 0
	for _, s := range f.Sentences {
		if earlierText.MatchString(s.Text) {
			n++
		}
	}
	return 2*n > len(f.Sentences)
}

// copies finds the copies, with what the copier inserted or changed;
// articles that only quote the same statements are no copy.
func (c *diffCtx) copies() []Difference {
	var out []Difference
	for i, cp := range c.r.Copies {
		if cp.Kind == KindSharesQuotes {
			continue
		}
		score := 3.5 + cp.Share
		if note := cp.Note(); note != "" {
			// Who took from whom is a guess, or neither did (a wire
			// both carry, one outlet's own update): what one
			// "inserted" or "changed" is as likely the other's doing.
			text := fmt.Sprintf("%s and %s share text (%s; %s, %.0f%% of %s's text)", c.labels[cp.Copy], c.labels[cp.Source], note, cp.Kind, 100*cp.Share, c.labels[cp.Copy])
			out = append(out, Difference{Kind: DiffCopy, Articles: c.sorted([]string{cp.Source, cp.Copy}), Section: "copies", Index: i,
				Text: text, Score: score})
			continue
		}
		text := fmt.Sprintf("%s copies %s (%s, %.0f%% of its text)", c.labels[cp.Copy], c.labels[cp.Source], cp.Kind, 100*cp.Share)
		var edits []string
		if cp.Kind != "derived" && len(cp.Inserted) > 0 {
			edits = append(edits, "adds "+quoted(cp.Inserted[0], 80))
			if len(cp.Inserted) > 1 {
				edits[0] += fmt.Sprintf(" and %d more passages", len(cp.Inserted)-1)
			}
		}
		if len(cp.Substituted) > 0 {
			subs := make([]string, 0, 2)
			for _, s := range cp.Substituted[:min(2, len(cp.Substituted))] {
				from, to, _ := strings.Cut(s, " → ")
				subs = append(subs, quoted(from, 40)+" to "+quoted(to, 40))
			}
			edits = append(edits, "changes "+strings.Join(subs, " and "))
		}
		if len(edits) > 0 {
			text += " and " + strings.Join(edits, "; ")
			score += 2
		}
		out = append(out, Difference{Kind: DiffCopy, Articles: c.sorted([]string{cp.Source, cp.Copy}), Section: "copies", Index: i,
			Text: text, Score: score})
	}
	return out
}

// plural returns "1 fact" or "3 facts".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
