// Package outlets measures stored stories by the outlets that report them:
// coverage by lean for any set of articles (an event, a storyline), the
// stories listing filtered and sorted by it, and blindspots, the stories
// one side of the spectrum carries almost alone. The outlet records and
// their ratings come from the store (store.OutletStore); package outlet
// holds the measures themselves.
package outlets

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// Index is what coverage is measured with: the ratings in use and the
// outlets' names, as they were at one outlet version. It is safe for
// concurrent use.
type Index struct {
	// Version is the store's outlet version the index was read at.
	Version int64
	Leans   *outlet.Leans
	// Names are the outlets' names by id.
	Names map[string]string
}

// Load brings the outlet records up to date (see store.OutletStore's
// SyncOutlets) and reads the index.
func Load(ctx context.Context, st store.OutletStore) (*Index, error) {
	if _, err := st.SyncOutlets(ctx); err != nil {
		return nil, err
	}
	return Read(ctx, st)
}

// Read reads the index as the store has it, without folding.
func Read(ctx context.Context, st store.OutletStore) (*Index, error) {
	v, err := st.OutletVersion(ctx)
	if err != nil {
		return nil, err
	}
	ratings, err := st.OutletRatings(ctx)
	if err != nil {
		return nil, err
	}
	list, err := st.Outlets(ctx)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(list))
	for _, o := range list {
		names[o.ID] = o.Name
	}
	return &Index{Version: v, Leans: outlet.NewLeans(ratings), Names: names}, nil
}

// Cover measures the coverage of any set of articles (a storyline's, a
// search's) by the lean of their outlets.
func Cover(ctx context.Context, st store.OutletStore, ix *Index, articleIDs []string) (outlet.Coverage, error) {
	ms, err := st.ArticleOutlets(ctx, articleIDs)
	if err != nil {
		return outlet.Coverage{}, err
	}
	return outlet.Cover(ms, ix.Leans), nil
}

// UnionCoverage measures the coverage of the articles of several stories
// together (a storyline's events): each outlet and article counted once.
func UnionCoverage(ctx context.Context, st store.OutletStore, ix *Index, ids []string) (outlet.Coverage, error) {
	if len(ids) == 0 {
		return outlet.Coverage{}, nil
	}
	members, err := st.StoryMembers(ctx, ids)
	if err != nil {
		return outlet.Coverage{}, fmt.Errorf("coverage of stories: %w", err)
	}
	seen := map[string]bool{}
	var all []outlet.Member
	for _, id := range ids {
		for _, m := range members[id] {
			if !seen[m.Article] {
				seen[m.Article] = true
				all = append(all, m)
			}
		}
	}
	return outlet.Cover(all, ix.Leans), nil
}

// StoryCoverage measures the coverage of stories by id; all stories when
// ids is nil.
func StoryCoverage(ctx context.Context, st store.OutletStore, ix *Index, ids []string) (map[string]outlet.Coverage, error) {
	members, err := st.StoryMembers(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("coverage of stories: %w", err)
	}
	out := make(map[string]outlet.Coverage, len(members))
	for id, ms := range members {
		out[id] = outlet.Cover(ms, ix.Leans)
	}
	return out, nil
}
