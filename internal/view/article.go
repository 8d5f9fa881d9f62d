package view

import (
	"context"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

// Article is one article as `show --json` prints it and the API returns
// it: the article, its earlier revisions, its copy relations and its story.
type Article struct {
	*article.Article
	Revisions  []store.Revision `json:"revisions"`
	CopiedFrom []Copy           `json:"copied_from"`
	CopiedBy   []Copy           `json:"copied_by"`
	// CopiesPending is true when copy detection has not caught up with
	// the store (run `parallax copies`), so the lists may be incomplete.
	CopiesPending bool `json:"copies_pending"`
	// Story is the id of the article's story (event) and Storyline that of
	// the story's storyline; empty when it has not been grouped yet (run
	// `parallax stories`).
	Story     string `json:"story,omitempty"`
	Storyline string `json:"storyline,omitempty"`
	// OutletRecord is the outlet record the article belongs to, with the
	// lean in use for it; nil when it has none yet.
	OutletRecord *MemberOutlet `json:"outlet_record,omitempty"`
}

// ArticleDetail reads one article (by id or unique prefix) with its
// revisions, copy relations and story. It does not run copy detection or
// clustering: callers bring them up to date first when they want to, and
// set CopiesPending (counting unchecked articles costs a scan of them all).
func ArticleDetail(ctx context.Context, st store.Store, id string) (Article, error) {
	art, err := st.Get(ctx, id)
	if err != nil {
		return Article{}, err
	}
	out := Article{Article: art, CopiedFrom: []Copy{}, CopiedBy: []Copy{}}
	if out.Revisions, err = st.Revisions(ctx, art.ID); err != nil {
		return Article{}, err
	}
	if out.Revisions == nil {
		out.Revisions = []store.Revision{}
	}
	groups, err := st.Groupings(ctx, []string{art.ID})
	if err != nil {
		return Article{}, err
	}
	out.Story, out.Storyline = groups[art.ID].Story, groups[art.ID].Storyline
	if out.OutletRecord, err = articleOutlet(ctx, st, art.ID); err != nil {
		return Article{}, err
	}
	links, err := LoadCopies(ctx, st, art.ID)
	if err != nil {
		return Article{}, err
	}
	for _, l := range links {
		if l.Copy == art.ID {
			out.CopiedFrom = append(out.CopiedFrom, l)
		} else {
			out.CopiedBy = append(out.CopiedBy, l)
		}
	}
	return out, nil
}
