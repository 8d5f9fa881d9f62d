package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/paging"
	"github.com/parallax-news/parallax/internal/store"
)

// blindspotsQuery reads the blindspots' rule and filters: min_outlets,
// min_share, limit, since and until.
func blindspotsQuery(r *http.Request) (outlet.Rule, store.StoryQuery, int, string, error) {
	v := r.URL.Query()
	rule := outlet.DefaultRule
	var q store.StoryQuery
	var err error
	if rule.MinOutlets, err = intParam(v.Get("min_outlets"), "min_outlets", outlet.DefaultRule.MinOutlets, 1, 1000); err != nil {
		return rule, q, 0, "", err
	}
	if s := strings.TrimSpace(v.Get("min_share")); s != "" {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return rule, q, 0, "", fmt.Errorf("min_share: want a number above 0.5 and at most 1, not %q", s)
		}
		rule.MinShare = f
	}
	if err := rule.Check(); err != nil {
		return rule, q, 0, "", err
	}
	limit, err := paging.ParseLimit("limit", v.Get("limit"), 20, paging.Rule{All: true, Max: 1000})
	if err != nil {
		return rule, q, 0, "", err
	}
	if q.Since, err = parseDay("since", strings.TrimSpace(v.Get("since"))); err != nil {
		return rule, q, 0, "", err
	}
	if q.Until, err = parseDay("until", strings.TrimSpace(v.Get("until"))); err != nil {
		return rule, q, 0, "", err
	}
	key := fmt.Sprintf("%d:%g:%d:%s:%s", rule.MinOutlets, rule.MinShare, limit, v.Get("since"), v.Get("until"))
	return rule, q, limit, key, nil
}

func (s *Server) findBlindspots(ctx context.Context, rule outlet.Rule, q store.StoryQuery, limit int) (outlets.Blindspots, error) {
	ix, err := s.indexFor(ctx)
	if err != nil {
		return outlets.Blindspots{}, err
	}
	return outlets.FindBlindspots(ctx, s.st, ix, q, rule, limit)
}

// blindspotsData is what the blindspots page shows.
type blindspotsData struct {
	outlets.Blindspots
	Since, Until string
	Limit        int
	Share        int // MinShare in percent
}

func (s *Server) blindspotsPage(w http.ResponseWriter, r *http.Request) {
	rule, q, limit, key, err := blindspotsQuery(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	s.serveKept(w, r, "blindspots-page:"+key, htmlType, func(ctx context.Context) ([]byte, error) {
		bs, err := s.findBlindspots(ctx, rule, q, limit)
		if err != nil {
			return nil, err
		}
		d := blindspotsData{Blindspots: bs, Since: r.URL.Query().Get("since"), Until: r.URL.Query().Get("until"), Limit: limit,
			Share: int(rule.MinShare*100 + 0.5)}
		return s.renderBytes("blindspots", page{Title: "Blindspots", Nav: "blindspots", Data: d})
	})
}

func (s *Server) apiBlindspots(w http.ResponseWriter, r *http.Request) {
	rule, q, limit, key, err := blindspotsQuery(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	s.serveKept(w, r, "api-blindspots:"+key, jsonType, func(ctx context.Context) ([]byte, error) {
		bs, err := s.findBlindspots(ctx, rule, q, limit)
		if err != nil {
			return nil, err
		}
		return marshalJSON(bs)
	})
}

// intParam reads a whole number parameter that is not a limit or an
// offset (those are package paging's): def when absent, else a number
// from lo to hi.
func intParam(s, name string, def, lo, hi int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("%s: want a whole number from %d to %d, not %q", name, lo, hi, s)
	}
	return n, nil
}
