package compare

import (
	"context"
	"errors"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
)

// Compare compares how the articles tell one story. It is deterministic:
// the same articles in the same order give the same Report. ctx is
// checked between steps.
func Compare(ctx context.Context, arts []*article.Article, an *nlp.Analyzer) (*Report, error) {
	return CompareAnalyzed(ctx, arts, nil, an)
}

// CompareAnalyzed is Compare for articles some of which were analysed
// already: analyses[i], when present and not nil, is an.Analyze of
// arts[i] (analysis is deterministic, so the report is the same) and is
// not recomputed.
func CompareAnalyzed(ctx context.Context, arts []*article.Article, analyses []*nlp.Analysis, an *nlp.Analyzer) (*Report, error) {
	if len(arts) == 0 {
		return nil, errors.New("compare: no articles")
	}
	if an == nil {
		return nil, errors.New("compare: no analyzer")
	}
	docs, ents := prepare(arts, analyses, an)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	order := publishedOrder(docs)
	cps, err := copies(ctx, docs, order)
	if err != nil {
		return nil, err
	}
	r := &Report{Articles: make([]Article, len(docs))}
	for i, d := range docs {
		r.Articles[i] = Article{ID: d.art.ID, Outlet: d.label, Title: d.art.Title, Published: d.art.Published,
			Source: d.art.Source.Location, Words: d.art.Words(), Kind: ArticleKind(d.art), Preview: d.preview}
	}
	r.SameStory, r.Story = sameStory(docs, order, cps)
	// The number rows come first: a figure one of them holds beside an
	// agreeing one of another article is no own detail of a fact
	// (pairedFigures).
	qs, rows := quantities(docs)
	r.Facts = facts(docs, cps, rows)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.Quotes = quoteGroups(docs, ents)
	r.Names = names(docs, ents, an.Naming(docs[0].an.Lang))
	r.Terms = terms(docs)
	r.Numbers, r.unshownNumbers = shownQuantities(qs, r.Articles)
	r.Copies = append(cps, sharedQuotes(docs, order, cps, r.Quotes)...)
	r.Timeline = timeline(docs, order)
	for i, names := range onlyNames(docs, ents) {
		r.Articles[i].OnlyNames = names
	}
	r.Differences = Differences(r, DifferencesShown)
	nonNilSlices(r)
	return r, nil
}

// surname is the last word of a name, without a possessive.
func surname(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(lastWord(name), "'s"), "’s")
}

// ownName reports whether name is d's own outlet or one of its authors:
// the byline and the credit are no names of the story.
func ownName(d *doc, name string) bool {
	if strings.EqualFold(name, d.label) || strings.EqualFold(name, d.art.Outlet) {
		return true
	}
	for _, field := range d.art.Authors {
		// A byline may hold several names in one field ("Jack Shafer,
		// Jane Doe and Ann Poe").
		for _, a := range strings.FieldsFunc(strings.ReplaceAll(field, " and ", ","), func(r rune) bool { return r == ',' || r == ';' }) {
			if a = strings.TrimSpace(a); a != "" && (strings.EqualFold(a, name) || strings.EqualFold(surname(a), surname(name))) {
				return true
			}
		}
	}
	return false
}

// writtenElsewhere reports whether an article other than art writes word
// with a capital (the sets in capitals are filled on first use).
func writtenElsewhere(docs []*doc, capitals []map[string]bool, art int, word string) bool {
	w := strings.ToLower(word)
	for i, d := range docs {
		if i == art {
			continue
		}
		if capitals[i] == nil {
			capitals[i] = capitalWords(d)
		}
		if capitals[i][w] {
			return true
		}
	}
	return false
}

// capitalWords returns the lower-cased words of d's text (headline
// included) that it writes with a capital.
func capitalWords(d *doc) map[string]bool {
	out := map[string]bool{}
	for _, s := range d.an.Sentences {
		for _, t := range s.Tokens {
			if r, _ := utf8.DecodeRuneInString(t.Surface); t.Kind == nlp.KindWord && unicode.IsUpper(r) {
				out[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(t.Surface, "'s"), "’s"))] = true
			}
		}
	}
	return out
}

// nonNilSlices makes empty lists print as [] rather than null.
func nonNilSlices(r *Report) {
	if r.Facts == nil {
		r.Facts = []Fact{}
	}
	if r.Quotes == nil {
		r.Quotes = []QuoteGroup{}
	}
	if r.Names == nil {
		r.Names = []Name{}
	}
	if r.Numbers == nil {
		r.Numbers = []Quantity{}
	}
	if r.Differences == nil {
		r.Differences = []Difference{}
	}
}

// onlyNamesShown is how many names OnlyNames keeps per article.
const onlyNamesShown = 5

// onlyNames returns, per article, the people that it alone names: a
// person's full name (a lone capitalised word is often no name), whose
// last word no other
// article writes with a capital (another article's "Castro", "Stevens" or
// "Schumer" is most likely the same one, under another form the linking
// missed: "Raul Castro", "J. Christopher Stevens", "Senate Democrat Chuck
// Schumer"), and that is neither the article's own outlet nor one of its
// authors; the most mentioned first. Organisations and places are left
// out: over 40 random ABP events of 3+ outlets (seed 3660) most of the
// capitalised phrases typed so were headings or common phrases ("Border
// Protection", "Best Drama", "Homemade Explosives"), while nearly every
// person's full name was one.
func onlyNames(docs []*doc, ents []nlp.GlobalEntity) [][]string {
	if len(docs) < 2 {
		return make([][]string, len(docs))
	}
	type named struct {
		name string
		uses int
	}
	capitals := make([]map[string]bool, len(docs)) // per article, its words written with a capital
	per := make([][]named, len(docs))
	for _, e := range ents {
		if e.Type != nlp.Person || e.Name == "" || len(e.Members) == 0 || !strings.Contains(e.Name, " ") {
			continue
		}
		art := e.Members[0].Article
		alone := true
		for _, m := range e.Members[1:] {
			alone = alone && m.Article == art
		}
		if !alone || ownName(docs[art], e.Name) || writtenElsewhere(docs, capitals, art, surname(e.Name)) {
			continue
		}
		uses := 0
		for _, f := range e.Forms {
			uses += f.Count
		}
		per[art] = append(per[art], named{e.Name, uses})
	}
	out := make([][]string, len(docs))
	for i, ns := range per {
		sort.SliceStable(ns, func(a, b int) bool { return ns[a].uses > ns[b].uses })
		for _, n := range ns[:min(onlyNamesShown, len(ns))] {
			out[i] = append(out[i], n.name)
		}
	}
	return out
}
