package export

import (
	"context"
	"strings"

	"github.com/parallax-news/parallax/internal/compare"
)

// sliceTable is a table whose rows are in memory (a comparison's).
type sliceTable struct {
	name string
	cols []Column
	rows []Row
}

func (t *sliceTable) Name() string      { return t.name }
func (t *sliceTable) Columns() []Column { return t.cols }

func (t *sliceTable) Rows(ctx context.Context, emit func(Row) error) error {
	for _, r := range t.rows {
		if err := emit(r); err != nil {
			return err
		}
	}
	return nil
}

// ReportTables returns a comparison report as tables, one per finding, a
// row per article's part in it, each naming the article and its outlet:
// articles, facts, fact_sentences, quotes, quote_diffs, names,
// name_variants, terms, distinctive_words, numbers, copies and timeline.
func ReportTables(r *compare.Report) []Table {
	outlet := map[string]string{}
	for _, a := range r.Articles {
		outlet[a.ID] = a.Outlet
	}
	outlets := func(ids []string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = outlet[id]
		}
		return out
	}
	arts := &sliceTable{name: "articles", cols: []Column{{"article", String}, {"outlet", String}, {"title", String},
		{"published", String}, {"words", Int}, {"source", String}}}
	for _, a := range r.Articles {
		arts.rows = append(arts.rows, Row{a.ID, a.Outlet, a.Title, dateText(a.Published), int64(a.Words), a.Source})
	}
	facts := &sliceTable{name: "facts", cols: []Column{{"fact", Int}, {"coverage", String}, {"only_in", Bool},
		{"reported_by", Strings}, {"reported_by_outlets", Strings}, {"missing_from", Strings}, {"missing_from_outlets", Strings},
		{"stated_by", Strings}, {"shared", Strings}, {"conflict", Strings}, {"own", Strings}}}
	sents := &sliceTable{name: "fact_sentences", cols: []Column{{"fact", Int}, {"article", String}, {"outlet", String},
		{"text", String}, {"whole", String}, {"only_here", Strings}}}
	for i, f := range r.Facts {
		n := int64(i + 1)
		facts.rows = append(facts.rows, Row{n, f.Coverage, f.OnlyIn(), f.ReportedBy, outlets(f.ReportedBy), f.MissingFrom,
			outlets(f.MissingFrom), f.StatedBy, f.Shared, f.Conflict, ownLabels(f.Own)})
		for _, s := range f.Sentences {
			sents.rows = append(sents.rows, Row{n, s.Article, outlet[s.Article], s.Text, s.Whole, s.OnlyHere})
		}
	}
	quotes := &sliceTable{name: "quotes", cols: []Column{{"group", Int}, {"speaker", String}, {"kind", String},
		{"article", String}, {"outlet", String}, {"text", String}, {"verb", String}, {"mention", String}, {"partial", Bool}}}
	diffs := &sliceTable{name: "quote_diffs", cols: []Column{{"group", Int}, {"speaker", String}, {"kind", String},
		{"from_article", String}, {"from_outlet", String}, {"to_article", String}, {"to_outlet", String},
		{"from_text", String}, {"to_text", String}, {"diff", String}}}
	for i, g := range r.Quotes {
		n := int64(i + 1)
		for _, q := range g.Quotes {
			quotes.rows = append(quotes.rows, Row{n, g.Speaker, g.Kind, q.Article, outlet[q.Article], q.Text, q.Verb, q.Mention, q.Partial})
		}
		for _, d := range g.Diffs {
			diffs.rows = append(diffs.rows, Row{n, g.Speaker, d.Kind, d.From, outlet[d.From], d.To, outlet[d.To], d.FromText, d.ToText, d.Inline})
		}
	}
	names := &sliceTable{name: "names", cols: []Column{{"entity", String}, {"type", String}, {"flagged", Bool},
		{"forms_differ", Bool}, {"roles_differ", Bool}, {"article", String}, {"outlet", String}, {"forms", Strings}, {"roles", Strings}}}
	variants := &sliceTable{name: "name_variants", cols: []Column{{"entity", String}, {"kind", String}, {"flagged", Bool},
		{"form_a", String}, {"articles_a", Strings}, {"outlets_a", Strings}, {"form_b", String}, {"articles_b", Strings}, {"outlets_b", Strings}}}
	for _, nm := range r.Names {
		for _, u := range nm.Uses {
			names.rows = append(names.rows, Row{nm.Entity, nm.Type, nm.Flagged, nm.FormsDiffer, nm.RolesDiffer, u.Article, outlet[u.Article], u.Forms, u.Roles})
		}
		for _, v := range nm.Variants {
			variants.rows = append(variants.rows, Row{nm.Entity, v.Kind, v.Flagged, v.Forms[0], v.Articles[0], outlets(v.Articles[0]),
				v.Forms[1], v.Articles[1], outlets(v.Articles[1])})
		}
	}
	terms := &sliceTable{name: "terms", cols: []Column{{"article", String}, {"outlet", String}, {"category", String},
		{"term", String}, {"text", String}, {"sentence", String}}}
	words := &sliceTable{name: "distinctive_words", cols: []Column{{"article", String}, {"outlet", String}, {"word", String},
		{"count", Int}, {"z", Float}}}
	for _, at := range r.Terms {
		for _, t := range at.Lexicon {
			terms.rows = append(terms.rows, Row{at.Article, outlet[at.Article], t.Category, t.Term, t.Text, t.Sentence})
		}
		for _, w := range at.Distinctive {
			words.rows = append(words.rows, Row{at.Article, outlet[at.Article], w.Word, int64(w.Count), w.Z})
		}
	}
	numbers := &sliceTable{name: "numbers", cols: []Column{{"quantity", Int}, {"what", String}, {"kind", String}, {"unit", String},
		{"discrepancy", Bool}, {"article", String}, {"outlet", String}, {"text", String}, {"value", Float}, {"approx", Bool}, {"sentence", String}}}
	for i, q := range r.Numbers {
		for _, v := range q.Values {
			numbers.rows = append(numbers.rows, Row{int64(i + 1), q.What, q.Kind, q.Unit, q.Discrepancy, v.Article, outlet[v.Article],
				v.Text, v.Value, v.Approx, v.Sentence})
		}
	}
	cps := &sliceTable{name: "copies", cols: []Column{{"source", String}, {"source_outlet", String}, {"copy", String},
		{"copy_outlet", String}, {"kind", String}, {"extent", String}, {"share", Float}, {"basis", String},
		{"inserted", Strings}, {"removed", Strings}, {"substituted", Strings}, {"direction_known", Bool}}}
	for _, c := range r.Copies {
		cps.rows = append(cps.rows, Row{c.Source, outlet[c.Source], c.Copy, outlet[c.Copy], c.Kind, c.Extent, c.Share, c.Basis,
			c.Inserted, c.Removed, c.Substituted, c.DirectionKnown})
	}
	timeline := &sliceTable{name: "timeline", cols: []Column{{"article", String}, {"outlet", String}, {"published", String},
		{"first", Bool}, {"after", String}}}
	for _, e := range r.Timeline {
		timeline.rows = append(timeline.rows, Row{e.Article, outlet[e.Article], dateText(e.Published), e.First, e.After})
	}
	return []Table{arts, facts, sents, quotes, diffs, names, variants, terms, words, numbers, cps, timeline}
}

// FileName is the file a table of a report is written to in format.
func FileName(t Table, format string) string {
	return strings.ReplaceAll(t.Name(), "/", "_") + "." + Extension(format)
}

// ownLabels are what of a fact claimed only in its article no other
// article has, as the report lists them (see compare.Fact.Own).
func ownLabels(own []compare.OwnDetail) []string {
	var out []string
	for _, o := range own {
		out = append(out, o.Label())
	}
	return out
}
