package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/parallax-news/parallax/internal/compare"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

// outletPage is one outlet's stories and the words that set its coverage
// of them apart from the other outlets' coverage of the same stories.
type outletPage struct {
	Outlet  string        `json:"outlet"`
	Stories []store.Story `json:"stories"`
	// Words are the outlet's characteristic words (log-odds ratio with an
	// informative prior against the other outlets' articles in the same
	// stories); empty when there is too little text.
	Words []compare.Word `json:"words"`
	// Articles and OtherArticles count the articles the words were
	// measured on.
	Articles      int `json:"articles"`
	OtherArticles int `json:"other_articles"`
}

// Limits of the outlet page's measure, so that it stays fast on a large
// store: the newest stories, and a few articles of each.
const (
	outletStories       = 30
	outletWordStories   = 20
	outletArticlesEach  = 4
	outletWordsShown    = 20
	outletOthersPerEach = 6
)

func (s *Server) outletPage(ctx context.Context, name string) (*outletPage, error) {
	return s.outlets.get(ctx, name, s.version.Load(), nil, func(ctx context.Context) (*outletPage, error) {
		return s.buildOutletPage(ctx, name)
	})
}

func (s *Server) buildOutletPage(ctx context.Context, name string) (*outletPage, error) {
	list, err := s.st.Stories(ctx, store.StoryQuery{Outlet: name, Limit: outletStories})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("outlet %q has no stories: %w", name, store.ErrNotFound)
	}
	p := &outletPage{Outlet: name, Stories: list, Words: []compare.Word{}}
	mine, others := compare.NewWordCounts(), compare.NewWordCounts()
	rd := s.reader()
	for _, st := range list[:min(outletWordStories, len(list))] {
		_, as, err := s.st.Story(ctx, st.ID)
		if err != nil {
			return nil, err
		}
		nMine, nOther := 0, 0
		for _, asg := range as {
			if nMine == outletArticlesEach && nOther == outletOthersPerEach {
				break
			}
			a, err := s.st.Get(ctx, asg.Article)
			if err != nil {
				return nil, err
			}
			switch {
			case a.Outlet == name && nMine < outletArticlesEach:
				nMine++
			case a.Outlet != name && nOther < outletOthersPerEach:
				nOther++
			default:
				continue
			}
			masked, _, err := rd.Masked(ctx, a)
			if err != nil {
				return nil, err
			}
			an := s.an.Analyze(nlp.Input{Title: masked.Title, Paragraphs: masked.Paragraphs, Lang: masked.Language})
			if a.Outlet == name {
				mine.Add(an)
			} else {
				others.Add(an)
			}
		}
		p.Articles += nMine
		p.OtherArticles += nOther
	}
	if w := compare.DistinctiveWords(mine, others, outletWordsShown); w != nil {
		p.Words = w
	}
	return p, nil
}

func (s *Server) outletPageHandler(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PathValue("name"))
	p, err := s.outletPage(r.Context(), name)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.render(w, r, "outlet", page{Title: name, Nav: "stories", Data: p}, true)
}
