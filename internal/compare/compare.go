package compare

import (
	"context"
	"errors"
	"sort"
	"strings"

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
			Source: d.art.Source.Location, Words: d.art.Words()}
	}
	r.SameStory, r.Story = sameStory(docs, order, cps)
	r.Facts = facts(docs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.Quotes = quoteGroups(docs, ents)
	r.Names = names(docs, ents, an.Naming(docs[0].an.Lang))
	r.Terms = terms(docs)
	r.Numbers = quantities(docs)
	r.Copies = append(cps, sharedQuotes(docs, order, cps, r.Quotes)...)
	r.Timeline = timeline(docs, order)
	for i, names := range onlyNames(docs, ents) {
		r.Articles[i].OnlyNames = names
	}
	r.Differences = Differences(r, DifferencesShown)
	nonNilSlices(r)
	return r, nil
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

// onlyNames returns, per article, the people, organisations and places
// that it alone names: people by a full name, others by a name of
// several words or mentioned twice (a lone capitalised word is often no
// name). People come first, then organisations, then places, each the
// most mentioned first.
func onlyNames(docs []*doc, ents []nlp.GlobalEntity) [][]string {
	if len(docs) < 2 {
		return make([][]string, len(docs))
	}
	rank := map[nlp.EntityType]int{nlp.Person: 0, nlp.Org: 1, nlp.Place: 2}
	type named struct {
		name       string
		rank, uses int
	}
	per := make([][]named, len(docs))
	for _, e := range ents {
		r, ok := rank[e.Type]
		if !ok || e.Name == "" || len(e.Members) == 0 {
			continue
		}
		art := e.Members[0].Article
		alone := true
		for _, m := range e.Members[1:] {
			alone = alone && m.Article == art
		}
		if !alone {
			continue
		}
		uses := 0
		for _, f := range e.Forms {
			uses += f.Count
		}
		several := strings.Contains(e.Name, " ")
		if (e.Type == nlp.Person && !several) || (!several && uses < 2) {
			continue
		}
		per[art] = append(per[art], named{e.Name, r, uses})
	}
	out := make([][]string, len(docs))
	for i, ns := range per {
		sort.SliceStable(ns, func(a, b int) bool {
			if ns[a].rank != ns[b].rank {
				return ns[a].rank < ns[b].rank
			}
			return ns[a].uses > ns[b].uses
		})
		for _, n := range ns[:min(onlyNamesShown, len(ns))] {
			out[i] = append(out[i], n.name)
		}
	}
	return out
}
