package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/parallax-news/parallax/internal/export"
	"github.com/parallax-news/parallax/internal/store"
)

// apiExport streams a whole table (GET /api/v1/export/{table}) in the
// format asked for, with the listings' filters. Nothing is kept: the rows
// go to the client as they are read, with no cap.
func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	format := strings.ToLower(strings.TrimSpace(v.Get("format")))
	if format == "" {
		format = export.CSV
	}
	f := export.Filter{Outlet: strings.TrimSpace(v.Get("outlet")), Query: strings.TrimSpace(v.Get("q")), Lean: strings.TrimSpace(v.Get("lean"))}
	var err error
	if f.Since, err = parseDay("since", v.Get("since")); err == nil {
		f.Until, err = parseDay("until", v.Get("until"))
	}
	for name, val := range map[string]string{"outlet": f.Outlet, "q": f.Query, "lean": f.Lean} {
		if err == nil && len(val) > maxQuery {
			err = fmt.Errorf("%s: at most %d bytes, not %d", name, maxQuery, len(val))
		}
	}
	if err == nil {
		err = export.CheckFormat(format)
	}
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	t, err := export.Open(r.Context(), r.PathValue("table"), s.st, s.an, f)
	switch {
	case errors.Is(err, export.ErrUnknownTable):
		s.fail(w, r, http.StatusNotFound, err.Error())
		return
	case errors.Is(err, store.ErrBadQuery), errors.Is(err, store.ErrNoLean), errors.Is(err, export.ErrBadFilter), errors.Is(err, export.ErrNoStorylines):
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	case err != nil:
		s.failErr(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", export.ContentType(format))
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="parallax-%s.%s"`, t.Name(), export.Extension(format)))
	h.Set("Cache-Control", "no-store")
	if _, err := export.Write(r.Context(), w, t, format, export.Options{}); err != nil && r.Context().Err() == nil {
		// The status is sent; the body stops short, and the log says why.
		s.log.Error("export", "table", t.Name(), "format", format, "err", err)
		panic(http.ErrAbortHandler) // the client sees a broken download, not a short one
	}
}
