package export

import (
	"context"
	"runtime"
	"sync"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// analysisTable is one kind of thing read from each article (quotes,
// names or numbers), a row per thing, with the article's outlet, date and
// event. Analysis is deterministic, so it is computed as the rows are
// written: articles are read in batches, analysed on every core, and
// written in order.
type analysisTable struct {
	name string
	src  Source
	an   *nlp.Analyzer
	f    store.ArticleFilter
}

func newAnalysisTable(name string, src Source, an *nlp.Analyzer, f store.ArticleFilter) *analysisTable {
	return &analysisTable{name: name, src: src, an: an, f: f}
}

func (t *analysisTable) Name() string { return t.name }

// articleColumns begin every row of an analysis table.
var articleColumns = []Column{{"article", String}, {"outlet", String}, {"published", String}, {"event", String}}

func (t *analysisTable) Columns() []Column {
	var rest []Column
	switch t.name {
	case TableQuotes:
		rest = []Column{{"speaker", String}, {"speaker_type", String}, {"speaker_mention", String}, {"verb", String},
			{"reported_by", String}, {"partial", Bool}, {"text", String}, {"paragraph", Int}, {"start", Int}, {"end", Int}}
	case TableNames:
		rest = []Column{{"name", String}, {"type", String}, {"key", String}, {"forms", Strings}, {"aliases", Strings},
			{"mentions", Int}}
	case TableNumbers:
		rest = []Column{{"text", String}, {"kind", String}, {"value", Float}, {"high", Float}, {"approx", Bool},
			{"unit", String}, {"counts", String}, {"sentence", String}, {"paragraph", Int}, {"start", Int}, {"end", Int}}
	}
	return append(append([]Column(nil), articleColumns...), rest...)
}

// analysisBatch is how many articles are analysed between two writes.
const analysisBatch = 256

type analysed struct {
	art   *article.Article
	story string
	an    *nlp.Analysis
}

func (t *analysisTable) Rows(ctx context.Context, emit func(Row) error) error {
	batch := make([]analysed, 0, analysisBatch)
	flush := func() error {
		t.analyse(batch)
		for _, x := range batch {
			if err := t.emitRows(x, emit); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return ctx.Err()
	}
	err := t.src.EachArticle(ctx, t.f, func(a *article.Article, story string) error {
		batch = append(batch, analysed{art: a, story: story})
		if len(batch) == analysisBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// analyse reads the articles of a batch on every core.
func (t *analysisTable) analyse(batch []analysed) {
	workers := min(runtime.GOMAXPROCS(0), len(batch))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a := batch[i].art
				batch[i].an = t.an.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language})
			}
		}()
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()
}

func (t *analysisTable) emitRows(x analysed, emit func(Row) error) error {
	a, an := x.art, x.an
	head := func() Row { return Row{a.ID, a.Outlet, dateText(a.Published), x.story} }
	switch t.name {
	case TableQuotes:
		for _, q := range an.Quotes {
			var speaker, typ, mention, reportedBy any
			if q.Speaker != nil {
				mention = q.Speaker.Mention
				if q.Speaker.Entity >= 0 && q.Speaker.Entity < len(an.Entities) {
					e := an.Entities[q.Speaker.Entity]
					speaker, typ = e.Name, string(e.Type)
				}
			}
			if q.Source != nil {
				reportedBy = q.Source.Mention
				if q.Source.Entity >= 0 && q.Source.Entity < len(an.Entities) {
					reportedBy = an.Entities[q.Source.Entity].Name
				}
			}
			var para, start, end any
			if len(q.Parts) > 0 {
				para, start, end = int64(q.Parts[0].Para), int64(q.Parts[0].Start), int64(q.Parts[len(q.Parts)-1].End)
			}
			if err := emit(append(head(), speaker, typ, mention, q.Verb, reportedBy, q.Partial, q.Text, para, start, end)); err != nil {
				return err
			}
		}
	case TableNames:
		for _, e := range an.Entities {
			forms := make([]string, len(e.Forms))
			for i, f := range e.Forms {
				forms[i] = f.Text
			}
			if err := emit(append(head(), e.Name, string(e.Type), e.Key, forms, e.Aliases, int64(len(e.Mentions)))); err != nil {
				return err
			}
		}
	case TableNumbers:
		for _, n := range an.Numbers {
			var high any
			if n.High != nil {
				high = *n.High
			}
			sentence := ""
			if n.Sentence >= 0 && n.Sentence < len(an.Sentences) {
				sentence = an.Sentences[n.Sentence].Text
			}
			if err := emit(append(head(), n.Text, string(n.Kind), n.Value, high, n.Approx, n.Unit, n.Counts, sentence,
				int64(n.Para), int64(n.Start), int64(n.End))); err != nil {
				return err
			}
		}
	}
	return nil
}
