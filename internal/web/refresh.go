package web

import (
	"context"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/copies"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/stories"
)

// Update checks the articles added since the last run for copies, groups
// them into stories and records the stories' version, so that cached pages
// of changed stories are rebuilt. Only one Update runs at a time.
func (s *Server) Update(ctx context.Context) error {
	s.updating.Lock()
	defer s.updating.Unlock()
	n, err := s.st.CountUnassigned(ctx)
	if err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	var start time.Time
	if n > 0 || !s.refreshed {
		start = time.Now()
		if n > 0 {
			s.log.Info("checking new articles for copies and grouping them into stories", "articles", n)
		}
		// Copy detection first, so that a copy joins its source's story.
		if _, err := copies.Update(ctx, s.st, nil); err != nil {
			return fmt.Errorf("refresh: copies: %w", err)
		}
		if _, err := stories.Update(ctx, s.st, nil); err != nil {
			return fmt.Errorf("refresh: stories: %w", err)
		}
		// The full-text index, so that searches do not wait for it.
		if _, err := s.st.IndexText(ctx, 0); err != nil {
			return fmt.Errorf("refresh: full-text index: %w", err)
		}
		pending, err := s.st.CountUnchecked(ctx)
		if err != nil {
			return fmt.Errorf("refresh: %w", err)
		}
		s.copiesPending.Store(pending > 0)
		s.refreshed = true
	}
	if _, err := s.st.SyncOutlets(ctx); err != nil {
		return fmt.Errorf("refresh: outlets: %w", err)
	}
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
	if n > 0 { // said once readers see the new stories
		s.log.Info("stories up to date", "articles", n, "took", time.Since(start).Round(time.Millisecond))
	}
	return nil
}
