package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/watches"
)

// Bounds of the watch listings.
const (
	feedEntries   = 50
	defaultListed = 50
	maxListed     = 500
)

func (s *Server) watchRoutes(mux *http.ServeMux) {
	s.route(mux, "/api/v1/watches", map[string]http.HandlerFunc{
		http.MethodGet:  s.apiWatches,
		http.MethodPost: s.writer(s.apiAddWatch),
	})
	s.route(mux, "/api/v1/watches/{id}", map[string]http.HandlerFunc{
		http.MethodGet:    s.apiWatch,
		http.MethodDelete: s.writer(s.apiRemoveWatch),
	})
	s.route(mux, "/api/v1/watches/{id}/matches", get(s.apiWatchMatches))
	s.route(mux, "/api/v1/watches/{id}/deliveries", get(s.apiWatchDeliveries))
	s.route(mux, "/api/v1/watches/{id}/feed", get(s.watchFeed))
	s.route(mux, "/watches/{id}/feed.atom", get(s.watchFeed))
	// The forms check the token themselves, to answer with the form again.
	s.route(mux, "/watches", map[string]http.HandlerFunc{
		http.MethodGet:  s.watchesPage,
		http.MethodPost: s.addWatchForm,
	})
	// "/watches/new" and "/watches/{id}" are one pattern: a method-less
	// "/watches/new" (for its 405) would conflict with "GET /watches/{id}".
	s.route(mux, "/watches/{id}", get(func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") == "new" {
			s.newWatchPage(w, r)
			return
		}
		s.watchPage(w, r)
	}))
	s.route(mux, "/watches/{id}/remove", map[string]http.HandlerFunc{http.MethodPost: s.removeWatchForm})
}

// watchOf reads the watch a request names by its {id}.
func (s *Server) watchOf(w http.ResponseWriter, r *http.Request) (store.Watch, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("no watch %q: a watch id is a positive number", r.PathValue("id")))
		return store.Watch{}, false
	}
	wt, err := s.st.GetWatch(r.Context(), id)
	if err != nil {
		s.failErr(w, r, err)
		return store.Watch{}, false
	}
	return wt, true
}

func (s *Server) apiWatches(w http.ResponseWriter, r *http.Request) {
	ws, err := s.st.Watches(r.Context())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	out := make([]watches.View, 0, len(ws))
	for _, x := range ws {
		v, err := watches.ViewOf(r.Context(), s.st, x)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		out = append(out, v)
	}
	writeJSON(w, http.StatusOK, out)
}

// watchRequest is the body of POST /api/v1/watches.
type watchRequest struct {
	Title   string `json:"title"`
	Kind    string `json:"kind"`
	Query   string `json:"query"`
	Entity  string `json:"entity"`
	Outlet  string `json:"outlet"`
	Lean    string `json:"lean"`
	Event   string `json:"event"`
	Webhook string `json:"webhook"`
	Secret  string `json:"secret"`
}

// createWatch checks a request and stores the watch; the error is the
// reason to tell the client (a bad request) unless it is a store error.
func (s *Server) createWatch(ctx context.Context, req watchRequest) (store.Watch, error) {
	sp, err := watches.Check(store.WatchSpec{Kind: req.Kind, Query: req.Query, Entity: req.Entity, Outlet: req.Outlet,
		Lean: req.Lean, Event: req.Event})
	if err != nil {
		return store.Watch{}, badRequest{err}
	}
	if sp.Event != "" {
		st, _, err := s.st.Story(ctx, sp.Event)
		if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrAmbiguous) {
			return store.Watch{}, badRequest{fmt.Errorf("event: %w", err)}
		}
		if err != nil {
			return store.Watch{}, err
		}
		sp.Event = st.ID
	}
	wt := store.Watch{Title: strings.TrimSpace(req.Title), Spec: sp}
	if len(wt.Title) > 200 {
		return store.Watch{}, badRequest{fmt.Errorf("title: at most 200 bytes, not %d", len(wt.Title))}
	}
	if strings.TrimSpace(req.Webhook) != "" {
		if wt.Webhook, err = watches.CheckWebhook(req.Webhook); err != nil {
			return store.Watch{}, badRequest{err}
		}
		wt.Secret = strings.TrimSpace(req.Secret)
		switch {
		case wt.Secret == "":
			if wt.Secret, err = watches.NewSecret(); err != nil {
				return store.Watch{}, err
			}
		case len(wt.Secret) < watches.MinSecret:
			return store.Watch{}, badRequest{fmt.Errorf("secret: at least %d characters", watches.MinSecret)}
		}
	} else if req.Secret != "" {
		return store.Watch{}, badRequest{errors.New("secret: a secret needs a webhook")}
	}
	wt, err = s.st.AddWatch(ctx, wt)
	if errors.Is(err, store.ErrNoLean) {
		return wt, badRequest{err}
	}
	return wt, err
}

// badRequest marks an error as the client's.
type badRequest struct{ error }

func (s *Server) apiAddWatch(w http.ResponseWriter, r *http.Request) {
	var req watchRequest
	if err := decodeJSON(w, r, &req); err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	wt, err := s.createWatch(r.Context(), req)
	var bad badRequest
	if errors.As(err, &bad) {
		s.fail(w, r, http.StatusBadRequest, bad.Error())
		return
	}
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	v, err := watches.ViewOf(r.Context(), s.st, wt)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	v.Secret = wt.Secret
	w.Header().Set("Location", "/api/v1/watches/"+strconv.FormatInt(wt.ID, 10))
	writeJSON(w, http.StatusCreated, v)
}

func (s *Server) apiWatch(w http.ResponseWriter, r *http.Request) {
	wt, ok := s.watchOf(w, r)
	if !ok {
		return
	}
	v, err := watches.ViewOf(r.Context(), s.st, wt)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) apiRemoveWatch(w http.ResponseWriter, r *http.Request) {
	wt, ok := s.watchOf(w, r)
	if !ok {
		return
	}
	if err := s.st.RemoveWatch(r.Context(), wt.ID); err != nil {
		s.failErr(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) apiWatchMatches(w http.ResponseWriter, r *http.Request) {
	wt, ok := s.watchOf(w, r)
	if !ok {
		return
	}
	limit, err := intParam(r.URL.Query().Get("limit"), "limit", defaultListed, 1, maxListed)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	ms, err := s.st.Matches(r.Context(), wt.ID, limit)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	out := make([]watches.MatchView, 0, len(ms))
	for _, m := range ms {
		out = append(out, watches.MatchViewOf(m))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiWatchDeliveries(w http.ResponseWriter, r *http.Request) {
	wt, ok := s.watchOf(w, r)
	if !ok {
		return
	}
	limit, err := intParam(r.URL.Query().Get("limit"), "limit", defaultListed, 1, maxListed)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	log, err := s.st.DeliveryLog(r.Context(), wt.ID, limit)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, watches.AttemptViews(log))
}

// baseURL is the server's address as the client reached it, for the
// absolute links of a feed.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// watchFeed serves a watch's latest matches as an Atom feed.
func (s *Server) watchFeed(w http.ResponseWriter, r *http.Request) {
	wt, ok := s.watchOf(w, r)
	if !ok {
		return
	}
	ms, err := s.st.Matches(r.Context(), wt.ID, feedEntries)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := watches.WriteAtom(&b, baseURL(r), wt, ms); err != nil {
		s.failErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b.Bytes())
}

// formAuthorized reports whether a form carries the server's token in its
// token field. A form cannot send an Authorization header; asking for the
// token in the form also keeps other sites from posting it.
func (s *Server) formAuthorized(r *http.Request) bool {
	if s.token == "" {
		return false
	}
	a, b := sha256.Sum256([]byte(strings.TrimSpace(r.PostFormValue("token")))), sha256.Sum256([]byte(s.token))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

// watchesData is what the watches page shows.
type watchesData struct {
	Watches  []watches.View
	Writable bool
}

func (s *Server) watchesPage(w http.ResponseWriter, r *http.Request) {
	ws, err := s.st.Watches(r.Context())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	d := watchesData{Writable: s.token != ""}
	for _, x := range ws {
		v, err := watches.ViewOf(r.Context(), s.st, x)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		d.Watches = append(d.Watches, v)
	}
	s.render(w, r, "watches", page{Title: "Watches", Nav: "watches", Data: d}, true)
}

// newWatchData is the form that makes a watch, as filled in.
type newWatchData struct {
	Req      watchRequest
	Kinds    []string
	Err      string
	Writable bool
	// Created and Secret are set once the watch is made.
	Created *watches.View
	Secret  string
}

func (s *Server) newWatchPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	req := watchRequest{Title: v.Get("title"), Kind: v.Get("kind"), Query: v.Get("query"), Entity: v.Get("entity"),
		Outlet: v.Get("outlet"), Event: v.Get("event")}
	if req.Query == "" {
		req.Query = v.Get("q")
	}
	if req.Kind == "" {
		req.Kind = watches.KindArticle
	}
	s.render(w, r, "watchnew", page{Title: "New watch", Nav: "watches", Data: newWatchData{Req: req, Kinds: watches.Kinds, Writable: s.token != ""}}, true)
}

func (s *Server) addWatchForm(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusBadRequest, "form: "+err.Error())
		return
	}
	f := r.PostForm
	req := watchRequest{Title: f.Get("title"), Kind: f.Get("kind"), Query: f.Get("query"), Entity: f.Get("entity"),
		Outlet: f.Get("outlet"), Event: f.Get("event"), Webhook: f.Get("webhook")}
	d := newWatchData{Req: req, Kinds: watches.Kinds, Writable: s.token != ""}
	status := http.StatusOK
	switch {
	case s.token == "":
		status, d.Err = http.StatusForbidden, "Writing is disabled: start the server with a token (--token-file or PARALLAX_TOKEN)."
	case !s.formAuthorized(r):
		status, d.Err = http.StatusUnauthorized, "The token is not the server's."
	default:
		wt, err := s.createWatch(r.Context(), req)
		var bad badRequest
		switch {
		case errors.As(err, &bad):
			status, d.Err = http.StatusBadRequest, bad.Error()
		case err != nil:
			s.failErr(w, r, err)
			return
		default:
			v, err := watches.ViewOf(r.Context(), s.st, wt)
			if err != nil {
				s.failErr(w, r, err)
				return
			}
			d.Created, d.Secret = &v, wt.Secret
		}
	}
	w.Header().Set("Cache-Control", "no-store")
	s.renderStatus(w, r, "watchnew", page{Title: "New watch", Nav: "watches", Data: d}, status)
}

// renderStatus renders a page and answers it with status; a page that
// fails to render is a 500 that says why, not an empty page.
func (s *Server) renderStatus(w http.ResponseWriter, r *http.Request, name string, p page, status int) {
	b, err := s.renderBytes(name, p)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", htmlType)
	w.WriteHeader(status)
	w.Write(b)
}

// watchData is what a watch's page shows.
type watchData struct {
	View     watches.View
	Matches  []watches.MatchView
	Log      []watches.AttemptView
	Writable bool
	Err      string
}

func (s *Server) watchPage(w http.ResponseWriter, r *http.Request) {
	wt, ok := s.watchOf(w, r)
	if !ok {
		return
	}
	s.renderWatch(w, r, wt, http.StatusOK, "")
}

func (s *Server) renderWatch(w http.ResponseWriter, r *http.Request, wt store.Watch, status int, msg string) {
	v, err := watches.ViewOf(r.Context(), s.st, wt)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	ms, err := s.st.Matches(r.Context(), wt.ID, defaultListed)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	log, err := s.st.DeliveryLog(r.Context(), wt.ID, 20)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	d := watchData{View: v, Log: watches.AttemptViews(log), Writable: s.token != "", Err: msg}
	for _, m := range ms {
		d.Matches = append(d.Matches, watches.MatchViewOf(m))
	}
	title := v.Title
	if title == "" {
		title = v.Description
	}
	s.renderStatus(w, r, "watch", page{Title: "Watch: " + title, Nav: "watches", Data: d}, status)
}

func (s *Server) removeWatchForm(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusBadRequest, "form: "+err.Error())
		return
	}
	wt, ok := s.watchOf(w, r)
	if !ok {
		return
	}
	switch {
	case s.token == "":
		s.renderWatch(w, r, wt, http.StatusForbidden, "Writing is disabled: start the server with a token (--token-file or PARALLAX_TOKEN).")
		return
	case !s.formAuthorized(r):
		s.renderWatch(w, r, wt, http.StatusUnauthorized, "The token is not the server's.")
		return
	}
	if err := s.st.RemoveWatch(r.Context(), wt.ID); err != nil {
		s.failErr(w, r, err)
		return
	}
	http.Redirect(w, r, "/watches", http.StatusSeeOther)
}
