package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/paging"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
)

// indexFor returns the coverage index of the last refresh, reading it
// when no refresh has run yet.
func (s *Server) indexFor(ctx context.Context) (*outlets.Index, error) {
	if ix := s.index.Load(); ix != nil {
		return ix, nil
	}
	ix, err := outlets.Load(ctx, s.st)
	if err != nil {
		return nil, err
	}
	s.index.CompareAndSwap(nil, ix)
	return ix, nil
}

// outletData is what the outlet page shows.
type outletData struct {
	view.Outlet
	// Bars are the volume's bars, drawn as SVG.
	Bars []volumeBar
	// Width and Height are the volume chart's size in its own units.
	Width, Height int
}

// volumeBar is one period of an outlet's volume chart.
type volumeBar struct {
	X, Y, W, H int
	Label      string
}

// volumeChart lays out a volume as bars of a chart 100 units high.
func volumeChart(v view.Volume) ([]volumeBar, int, int) {
	const height, gap = 100, 1
	w := 4
	if len(v.Periods) > 150 {
		w = 2
	}
	bars := make([]volumeBar, 0, len(v.Periods))
	for i, p := range v.Periods {
		h := 0
		if v.Max > 0 {
			h = p.Articles * height / v.Max
			if p.Articles > 0 && h == 0 {
				h = 1
			}
		}
		bars = append(bars, volumeBar{X: i * (w + gap), Y: height - h, W: w, H: h,
			Label: fmt.Sprintf("%s: %s", p.Start, plural(p.Articles, "article", "articles"))})
	}
	// A few periods stay thin bars at the left rather than filling the
	// chart.
	return bars, max(200, len(v.Periods)*(w+gap)), height
}

// outletDetail builds an outlet's read model; redirect when ref is not
// the outlet's id.
func (s *Server) outletDetail(ctx context.Context, ref string) (view.Outlet, error) {
	ix, err := s.indexFor(ctx)
	if err != nil {
		return view.Outlet{}, err
	}
	o, err := view.OutletDetail(ctx, s.st, s.an, s.reader(), ix, ref)
	if err != nil {
		return view.Outlet{}, err
	}
	return o, nil
}

// keptOutlet serves an outlet's page or JSON from the outlets cache.
func (s *Server) keptOutlet(w http.ResponseWriter, r *http.Request, asJSON bool) {
	ref := strings.TrimSpace(r.PathValue("id"))
	if len(ref) > maxQuery {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("outlet: at most %d bytes", maxQuery))
		return
	}
	o, err := s.st.Outlet(r.Context(), ref)
	if errors.Is(err, store.ErrNotFound) && !asJSON && ref != "" {
		// A name articles give that is no outlet's own (a columnist's on
		// an outlet's site): its stories.
		if n, cerr := s.st.Count(r.Context(), store.ListQuery{Outlet: ref, Limit: 1}); cerr == nil && n > 0 {
			http.Redirect(w, r, "/?outlet="+urlQuery(ref), http.StatusFound)
			return
		}
	}
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if o.ID != ref {
		to := "/outlets/" + urlPath(o.ID)
		if asJSON {
			to = "/api/v1" + to
		}
		http.Redirect(w, r, to, http.StatusMovedPermanently)
		return
	}
	kind, ct := "html:", htmlType
	if asJSON {
		kind, ct = "json:", jsonType
	}
	b, err := s.outlets.get(r.Context(), kind+o.ID, s.version.Load(), nil, func(ctx context.Context) (body, error) {
		d, err := s.outletDetail(ctx, o.ID)
		if err != nil {
			return body{}, err
		}
		if asJSON {
			raw, err := marshalJSON(d)
			return newBody(raw), err
		}
		bars, width, height := volumeChart(d.Volume)
		raw, err := s.renderBytes("outlet", page{Title: d.Name, Nav: "outlets", Data: outletData{Outlet: d, Bars: bars, Width: width, Height: height}})
		return newBody(raw), err
	})
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	b.write(w, r, ct)
}

func (s *Server) outletPageHandler(w http.ResponseWriter, r *http.Request) { s.keptOutlet(w, r, false) }

func (s *Server) apiOutlet(w http.ResponseWriter, r *http.Request) { s.keptOutlet(w, r, true) }

// outletsQuery reads the outlets listing's filters: side (left, center,
// right or unrated), origin (auto or user) and limit.
func outletsQuery(r *http.Request) (side outlet.Side, origin string, limit int, err error) {
	v := r.URL.Query()
	if sd := strings.TrimSpace(v.Get("side")); sd != "" {
		if sd == string(outlet.Unrated) {
			side = outlet.Unrated
		} else if side, err = outlet.ParseSide(sd); err != nil {
			return "", "", 0, fmt.Errorf("side: %w (or unrated)", err)
		}
	}
	origin = strings.TrimSpace(v.Get("origin"))
	if origin != "" && origin != outlet.OriginAuto && origin != outlet.OriginUser {
		return "", "", 0, fmt.Errorf("origin: want auto or user, not %q", origin)
	}
	limit, err = paging.ParseLimit("limit", v.Get("limit"), 0, paging.Rule{All: true, Max: 100000})
	return side, origin, limit, err
}

// outletList lists the outlet records the filters keep.
func (s *Server) outletList(ctx context.Context, side outlet.Side, origin string, limit int) ([]outlet.Outlet, error) {
	list, err := s.st.Outlets(ctx)
	if err != nil {
		return nil, err
	}
	kept := []outlet.Outlet{}
	for _, o := range list {
		if (side == "" || o.Side == side) && (origin == "" || o.Origin == origin) {
			kept = append(kept, o)
		}
	}
	if limit > 0 && len(kept) > limit {
		kept = kept[:limit]
	}
	return kept, nil
}

// outletsData is what the outlets page shows.
type outletsData struct {
	Outlets []outlet.Outlet
	Side    string
	Counts  map[string]int
}

func (s *Server) outletsPage(w http.ResponseWriter, r *http.Request) {
	side, origin, limit, err := outletsQuery(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	key := "outlets-page:" + string(side) + ":" + origin + ":" + strconv.Itoa(limit)
	s.serveKept(w, r, key, htmlType, func(ctx context.Context) ([]byte, error) {
		all, err := s.outletList(ctx, "", origin, 0)
		if err != nil {
			return nil, err
		}
		d := outletsData{Side: string(side), Counts: map[string]int{}}
		for _, o := range all {
			d.Counts[string(o.Side)]++
			if side == "" || o.Side == side {
				d.Outlets = append(d.Outlets, o)
			}
		}
		if limit > 0 && len(d.Outlets) > limit {
			d.Outlets = d.Outlets[:limit]
		}
		return s.renderBytes("outlets", page{Title: "Outlets", Nav: "outlets", Data: d})
	})
}

func (s *Server) apiOutlets(w http.ResponseWriter, r *http.Request) {
	side, origin, limit, err := outletsQuery(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	key := "api-outlets:" + string(side) + ":" + origin + ":" + strconv.Itoa(limit)
	s.serveKept(w, r, key, jsonType, func(ctx context.Context) ([]byte, error) {
		list, err := s.outletList(ctx, side, origin, limit)
		if err != nil {
			return nil, err
		}
		return marshalJSON(list)
	})
}
