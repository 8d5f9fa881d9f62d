package web

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/derive"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
)

// Update checks the articles added since the last run for copies, groups
// them into stories, folds outlet records, records the stories' and
// outlets' versions, so that cached pages of what changed are rebuilt, and
// matches what arrived against the watches. Only one Update runs at a
// time. When another process holds the copies or stories lease (a
// command, another server, the workers), that process brings them up to
// date and Update only follows the version.
func (s *Server) Update(ctx context.Context) error {
	s.updating.Lock()
	defer s.updating.Unlock()
	var res derive.Result
	start := time.Now()
	if s.derive != nil {
		var err error
		res, err = s.derive.Update(ctx)
		var held *store.LeaseHeldError
		switch {
		case errors.As(err, &held):
			if held.Holder != s.heldBy {
				s.log.Info("another process brings copies and stories up to date", "lease", held.Name, "holder", held.Holder)
				s.heldBy = held.Holder
			}
		case err != nil:
			return fmt.Errorf("refresh: %w", err)
		default:
			s.heldBy = ""
		}
	}
	// The full-text index (Put leaves it to IndexText), so that searches
	// do not wait for it.
	if _, err := s.st.IndexText(ctx, 0); err != nil {
		return fmt.Errorf("refresh: full-text index: %w", err)
	}
	pending, err := s.st.CountUnchecked(ctx)
	if err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	s.copiesPending.Store(pending > 0)
	ov, err := s.st.OutletVersion(ctx)
	if err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	if ix := s.index.Load(); ix == nil || ix.Version != ov {
		ix, err := outlets.Read(ctx, s.st)
		if err != nil {
			return fmt.Errorf("refresh: outlets: %w", err)
		}
		s.index.Store(ix)
	}
	v, err := s.st.StoryVersion(ctx)
	if err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	s.outletVersion.Store(ov)
	s.version.Store(v + ov)
	if res.Checked > 0 || res.Assigned > 0 { // said once readers see the new stories
		s.log.Info("stories up to date", "articles", res.Assigned, "checked", res.Checked, "took", time.Since(start).Round(time.Millisecond))
	}
	if _, err := s.matcher.Run(ctx); err != nil {
		return fmt.Errorf("refresh: watches: %w", err)
	}
	return nil
}

// countPending counts the articles waiting for a derive stage: not checked
// for copies, or checked and in no story.
func (s *Server) countPending(ctx context.Context, stage string) (int, error) {
	if stage == string(derive.StageCopies) {
		return s.st.CountUnchecked(ctx)
	}
	return s.st.CountUnassigned(ctx)
}
