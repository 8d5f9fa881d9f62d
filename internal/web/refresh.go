package web

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/derive"
	"github.com/parallax-news/parallax/internal/store"
)

// Update checks the articles added since the last run for copies, groups
// them into stories and records the stories' version, so that cached pages
// of changed stories are rebuilt. Only one Update runs at a time. When
// another process holds the copies or stories lease (a command, another
// server, the workers), that process brings them up to date and Update
// only follows the version.
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
	pending, err := s.st.CountUnchecked(ctx)
	if err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	s.copiesPending.Store(pending > 0)
	v, err := s.st.StoryVersion(ctx)
	if err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	s.version.Store(v)
	if res.Checked > 0 || res.Assigned > 0 { // said once readers see the new stories
		s.log.Info("stories up to date", "articles", res.Assigned, "checked", res.Checked, "took", time.Since(start).Round(time.Millisecond))
	}
	return nil
}
