package compare

import "github.com/parallax-news/parallax/internal/article"

// Kinds of article (Article.Kind): article.Kind's, named here for the
// comparison's readers.
const (
	// KindOpinion is a column, an editorial, an op-ed or a commentary.
	KindOpinion = article.KindOpinion
	// KindAnalysis is a piece its outlet labels an analysis.
	KindAnalysis = article.KindAnalysis
	// KindPreview is a report written before the happening it is about
	// (Article.Preview); only ShownKind gives it, Article.Kind never does.
	KindPreview = "preview"
)

// ShownKind is the kind a page shows for a: its Kind, or KindPreview
// for a report (Kind "") written before the happening it is about
// (Article.Preview). A column that previews stays a column. Markdown and
// the web page both read it, so they mark the same articles.
func (a Article) ShownKind() string {
	if a.Kind == "" && a.Preview {
		return KindPreview
	}
	return a.Kind
}

// ArticleKind is article.Kind, the one classifier of an article's kind:
// the comparison sets Article.Kind with it.
func ArticleKind(a *article.Article) string { return article.Kind(a) }

// OutletKind is article.OutletKind: KindOpinion when an outlet's name as
// its input gives it is an opinion section ("Fox News Opinion"), else "".
func OutletKind(outlet string) string { return article.OutletKind(outlet) }
