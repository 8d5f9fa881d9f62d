package web

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
)

func (s *Server) outletRoutes(mux *http.ServeMux) {
	s.route(mux, "/api/v1/outlets", map[string]http.HandlerFunc{
		http.MethodGet:  s.apiOutlets,
		http.MethodPost: s.writer(s.apiImportOutlets),
	})
	s.route(mux, "/api/v1/outlets/{id}", map[string]http.HandlerFunc{
		http.MethodGet:   s.apiOutlet,
		http.MethodPatch: s.writer(s.apiEditOutlet),
	})
	s.route(mux, "/api/v1/outlets/{id}/merge", map[string]http.HandlerFunc{http.MethodPost: s.writer(s.apiMergeOutlets)})
	s.route(mux, "/api/v1/blindspots", get(s.apiBlindspots))
}

// outletsChanged brings the coverage index and the caches' version up to
// date after an edit, so that the next request sees it.
func (s *Server) outletsChanged(ctx context.Context) {
	ov, err := s.st.OutletVersion(ctx)
	if err != nil {
		s.log.Error("outlets changed", "err", err)
		return
	}
	ix, err := outlets.Read(ctx, s.st)
	if err != nil {
		s.log.Error("outlets changed", "err", err)
		return
	}
	s.index.Store(ix)
	if old := s.outletVersion.Swap(ov); old != ov {
		s.version.Add(ov - old)
	}
}

// maxOutletsUpload bounds the body of POST /api/v1/outlets.
const maxOutletsUpload = 16 << 20

// apiImportOutlets imports the outlets file in the body: CSV (text/csv)
// or JSON Lines (application/x-ndjson), chosen by ?format=, else the
// Content-Type, else the body's first character.
func (s *Server) apiImportOutlets(w http.ResponseWriter, r *http.Request) {
	format := outlet.Format(strings.TrimSpace(r.URL.Query().Get("format")))
	if format == "" {
		mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		switch mt {
		case "text/csv":
			format = outlet.CSV
		case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json":
			format = outlet.JSONL
		}
	}
	if format != "" && format != outlet.CSV && format != outlet.JSONL {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("format: want csv or jsonl, not %q", format))
		return
	}
	if r.ContentLength > maxOutletsUpload {
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", maxOutletsUpload))
		return
	}
	body := http.MaxBytesReader(w, r.Body, maxOutletsUpload)
	buf := make([]byte, 0, 4096)
	head := make([]byte, 512)
	n, _ := body.Read(head)
	buf = append(buf, head[:n]...)
	if format == "" {
		format = outlet.FormatOf("", buf)
	}
	sum, err := outlets.Import(r.Context(), s.st, "body", &prefixReader{prefix: buf, r: body}, format)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", maxOutletsUpload))
		return
	case err != nil && strings.HasPrefix(err.Error(), "body:"):
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	case err != nil:
		s.failErr(w, r, err)
		return
	}
	s.outletsChanged(r.Context())
	status := http.StatusOK
	if sum.Created > 0 {
		status = http.StatusCreated
	}
	writeJSON(w, status, sum)
}

// prefixReader reads prefix, then r.
type prefixReader struct {
	prefix []byte
	r      interface{ Read([]byte) (int, error) }
}

func (p *prefixReader) Read(b []byte) (int, error) {
	if len(p.prefix) > 0 {
		n := copy(b, p.prefix)
		p.prefix = p.prefix[n:]
		return n, nil
	}
	return p.r.Read(b)
}

// outletPatch is the body of PATCH /api/v1/outlets/{id}.
type outletPatch struct {
	Name          string        `json:"name"`
	Aliases       []string      `json:"aliases"`
	Domains       []string      `json:"domains"`
	RemoveAliases []string      `json:"remove_aliases"`
	RemoveDomains []string      `json:"remove_domains"`
	Kind          *string       `json:"kind"`
	Country       *string       `json:"country"`
	Language      *string       `json:"language"`
	Owner         *string       `json:"owner"`
	Ratings       []ratingPatch `json:"ratings"`
	RemoveRatings []ratingPatch `json:"remove_ratings"`
}

// ratingPatch is a rating as the API takes it: a lean as a label or a
// value (on scale), a factuality as a label.
type ratingPatch struct {
	Kind    string   `json:"kind"`
	Section string   `json:"section"`
	Label   string   `json:"label"`
	Value   *float64 `json:"value"`
	Scale   string   `json:"scale"`
	Source  string   `json:"source"`
	Date    string   `json:"date"`
}

func (p ratingPatch) rating() (outlet.Rating, error) {
	r := outlet.Rating{Kind: p.Kind, Section: strings.TrimSpace(p.Section), Source: strings.TrimSpace(p.Source),
		Date: strings.TrimSpace(p.Date), Provenance: outlet.FromUser}
	switch p.Kind {
	case outlet.KindLean:
		sc, err := outlet.ParseScale(p.Scale)
		if err != nil {
			return r, err
		}
		in := p.Label
		if p.Value != nil {
			in = fmt.Sprint(*p.Value)
		}
		v, l, err := outlet.ParseLean(in, sc)
		if err != nil {
			return r, err
		}
		r.Value, r.Label = &v, l
		if p.Value != nil && p.Label != "" {
			if _, l2, err := outlet.ParseLean(p.Label, outlet.DefaultScale); err == nil {
				r.Label = l2
			}
		}
	case outlet.KindFactuality:
		l, err := outlet.ParseFactuality(p.Label)
		if err != nil {
			return r, err
		}
		r.Label = l
	default:
		return r, fmt.Errorf("rating kind %q: want lean or factuality", p.Kind)
	}
	return r, nil
}

func (s *Server) apiEditOutlet(w http.ResponseWriter, r *http.Request) {
	var p outletPatch
	if err := decodeJSON(w, r, &p); err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	e := store.OutletEdit{Ref: r.PathValue("id"), MustExist: true, Name: p.Name, Aliases: p.Aliases, Domains: p.Domains,
		RemoveAliases: p.RemoveAliases, RemoveDomains: p.RemoveDomains, Kind: p.Kind, Country: p.Country, Language: p.Language, Owner: p.Owner}
	for _, rp := range p.Ratings {
		rt, err := rp.rating()
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, "ratings: "+err.Error())
			return
		}
		e.Ratings = append(e.Ratings, rt)
	}
	for _, rp := range p.RemoveRatings {
		if rp.Kind != outlet.KindLean && rp.Kind != outlet.KindFactuality {
			s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("remove_ratings: kind %q: want lean or factuality", rp.Kind))
			return
		}
		e.RemoveRatings = append(e.RemoveRatings, outlet.Rating{Kind: rp.Kind, Section: rp.Section, Source: rp.Source})
	}
	res, err := s.st.EditOutlets(r.Context(), []store.OutletEdit{e})
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if err := res[0].Err; err != nil {
		if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrAmbiguous) {
			s.failErr(w, r, err)
		} else {
			s.fail(w, r, http.StatusBadRequest, err.Error())
		}
		return
	}
	s.outletsChanged(r.Context())
	writeJSON(w, http.StatusOK, res[0].Outlet)
}

// mergeRequest is the body of POST /api/v1/outlets/{id}/merge.
type mergeRequest struct {
	From []string `json:"from"`
}

func (s *Server) apiMergeOutlets(w http.ResponseWriter, r *http.Request) {
	var m mergeRequest
	if err := decodeJSON(w, r, &m); err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if len(m.From) == 0 {
		s.fail(w, r, http.StatusBadRequest, "from: name the outlets to merge into this one")
		return
	}
	var o outlet.Outlet
	for _, from := range m.From {
		var err error
		if o, err = s.st.MergeOutlets(r.Context(), r.PathValue("id"), from); err != nil {
			if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrAmbiguous) {
				s.failErr(w, r, err)
			} else {
				s.fail(w, r, http.StatusBadRequest, err.Error())
			}
			return
		}
	}
	s.outletsChanged(r.Context())
	writeJSON(w, http.StatusOK, o)
}
