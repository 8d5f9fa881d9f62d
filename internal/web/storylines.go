package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
)

// storylinesData is what the storylines page shows.
type storylinesData struct {
	Storylines []store.Storyline
	Filter     storiesFilter
	Next, Prev string
}

// storylineData is what a storyline's page shows: its events on a
// timeline.
type storylineData struct {
	Line view.Storyline
	// Days are the events grouped by the day they began (undated last).
	Days []storylineDay
}

type storylineDay struct {
	Day    string // YYYY-MM-DD, "" for undated events
	Events []store.Story
}

// storylineQuery reads the storylines filters from a request: sort
// (newest or covered), entity, since and until (YYYY-MM-DD), limit and
// offset.
func storylineQuery(r *http.Request, defLimit int) (store.StorylineQuery, storiesFilter, error) {
	v := r.URL.Query()
	f := storiesFilter{Sort: v.Get("sort"), Entity: strings.TrimSpace(v.Get("entity")),
		Since: strings.TrimSpace(v.Get("since")), Until: strings.TrimSpace(v.Get("until"))}
	q := store.StorylineQuery{Entity: f.Entity, Limit: defLimit}
	if len(f.Entity) > maxQuery {
		return q, f, errTooLong("entity", len(f.Entity))
	}
	switch f.Sort {
	case "", "newest":
		f.Sort = ""
	case "covered":
		q.Covered = true
	default:
		return q, f, errBadSort(f.Sort)
	}
	var err error
	if q.Since, err = parseDay("since", f.Since); err != nil {
		return q, f, err
	}
	if q.Until, err = parseDay("until", f.Until); err != nil {
		return q, f, err
	}
	if q.Limit, err = intParam(v.Get("limit"), "limit", defLimit, 1, 500); err != nil {
		return q, f, err
	}
	if q.Offset, err = intParam(v.Get("offset"), "offset", 0, 0, 1<<30); err != nil {
		return q, f, err
	}
	f.Offset = q.Offset
	return q, f, nil
}

func (s *Server) storylinesPage(w http.ResponseWriter, r *http.Request) {
	q, f, err := storylineQuery(r, pageSize)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	s.serveKept(w, r, "lines"+f.with(q.Offset)+"&limit="+strconv.Itoa(q.Limit), htmlType, func(ctx context.Context) ([]byte, error) {
		list, err := s.st.Storylines(ctx, q)
		if err != nil {
			return nil, err
		}
		if err := view.DisplayStorylines(ctx, s.st, s.an, list); err != nil {
			return nil, err
		}
		d := storylinesData{Storylines: list, Filter: f}
		if len(list) == q.Limit {
			d.Next = f.with(f.Offset + q.Limit)
		}
		if f.Offset > 0 {
			d.Prev = f.with(max(0, f.Offset-q.Limit))
		}
		title := "Newest storylines"
		if q.Covered {
			title = "Longest storylines"
		}
		return s.renderBytes("storylines", page{Title: title, Nav: "storylines", Data: d})
	})
}

func (s *Server) storylinePage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	l, err := view.StorylineDetail(r.Context(), s.st, s.an, id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if l.ID != id {
		// An old id of a merged storyline, or a prefix.
		http.Redirect(w, r, "/storylines/"+urlPath(l.ID), http.StatusMovedPermanently)
		return
	}
	s.serveKept(w, r, "line/"+l.ID, htmlType, func(ctx context.Context) ([]byte, error) {
		d := storylineData{Line: l}
		for _, e := range l.Events {
			day := dayOf(e.First.Time)
			if n := len(d.Days); n == 0 || d.Days[n-1].Day != day {
				d.Days = append(d.Days, storylineDay{Day: day})
			}
			d.Days[len(d.Days)-1].Events = append(d.Days[len(d.Days)-1].Events, e)
		}
		return s.renderBytes("storyline", page{Title: l.Title, Nav: "storylines", Data: d})
	})
}

func (s *Server) apiStorylines(w http.ResponseWriter, r *http.Request) {
	q, f, err := storylineQuery(r, pageSize)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	s.serveKept(w, r, "apilines"+f.with(q.Offset)+"&limit="+strconv.Itoa(q.Limit), jsonType, func(ctx context.Context) ([]byte, error) {
		list, err := s.st.Storylines(ctx, q)
		if err != nil {
			return nil, err
		}
		if err := view.DisplayStorylines(ctx, s.st, s.an, list); err != nil {
			return nil, err
		}
		if list == nil {
			list = []store.Storyline{}
		}
		return marshalJSON(list)
	})
}

func (s *Server) apiStoryline(w http.ResponseWriter, r *http.Request) {
	l, err := view.StorylineDetail(r.Context(), s.st, s.an, r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, l)
}

// errTooLong and errBadSort are the errors of a filter out of bounds.
func errTooLong(name string, n int) error {
	return fmt.Errorf("%s: at most %d bytes, not %d", name, maxQuery, n)
}

func errBadSort(sort string) error {
	return fmt.Errorf("sort: want newest or covered, not %q", sort)
}
