package stories

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/story"
)

// What of an outlet's recurring text is no evidence of an event. Cleaning
// keeps as text a paragraph that the outlet repeats across its articles
// when it does not read as furniture (a quotation of the day, a standing
// sidebar, a section heading); but such a paragraph says nothing about
// which happening an article reports, and two unrelated articles that
// carry it would look alike. A paragraph in at least recurArticles of the
// outlet's articles is left out of what the clusterer reads, unless it is
// one story rerun or updated: in fewer than rerunArticles articles, all
// published within rerunDays of each other (those reruns report one event).
const (
	recurArticles = clean.MinRepeats
	rerunArticles = 8
	rerunDays     = 2
)

// ClusterDoc returns what the clusterer reads of a: its cleaned text (page
// furniture set aside) without the paragraphs its outlet repeats across
// many articles, and its kind (article.Kind) judged on the cleaned text.
// It is the one place that decides what of an article stories cluster.
func ClusterDoc(ctx context.Context, rd *clean.Reader, a *article.Article) (story.Doc, error) {
	v, err := rd.View(ctx, a)
	if err != nil {
		return story.Doc{}, fmt.Errorf("clean article %s: %w", a.ID, err)
	}
	m, err := rd.Model(ctx, a.Outlet)
	if err != nil {
		return story.Doc{}, fmt.Errorf("clean article %s: %w", a.ID, err)
	}
	kept, keys := v.KeptKeys()
	kind := article.Kind(clean.WithParagraphs(a, kept))
	return docOfKind(clean.WithParagraphs(a, withoutRecurring(m, kept, keys)), kind), nil
}

// withoutRecurring returns paras without the paragraphs that m, the
// outlet's model, has seen recur across its articles (see recurArticles);
// keys[i] is clean.Key(paras[i]). It returns paras itself when none
// recurs.
func withoutRecurring(m *clean.Model, paras []string, keys []uint64) []string {
	if m == nil {
		return paras
	}
	var out []string
	for i, p := range paras {
		l, ok := m.Recurs(keys[i]) // the lines in clean.MinRepeats (= recurArticles) articles or more
		recurs := ok && int(l.Articles) >= recurArticles &&
			!(int(l.Articles) < rerunArticles && l.First != 0 && l.Last-l.First < rerunDays)
		switch {
		case recurs && out == nil:
			out = append(make([]string, 0, len(paras)), paras[:i]...)
		case !recurs && out != nil:
			out = append(out, p)
		}
	}
	if out == nil {
		return paras
	}
	return out
}
