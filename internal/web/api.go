package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/paging"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
)

// Bounds of one POST /api/v1/articles: its body, the articles stored
// from it and the read errors reported.
const (
	maxUpload         = 64 << 20
	maxUploadArticles = 20000
	maxUploadErrors   = 100
)

func (s *Server) apiRoutes(mux *http.ServeMux) {
	s.route(mux, "/api/v1/openapi.json", get(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", jsonType)
		w.Write(openAPI)
	}))
	s.route(mux, "/api/v1/stories", get(s.apiStories))
	s.route(mux, "/api/v1/stories/{id}", get(s.apiStory))
	s.route(mux, "/api/v1/stories/{id}/facts/{n}", get(s.apiFact))
	s.route(mux, "/api/v1/storylines", get(s.apiStorylines))
	s.route(mux, "/api/v1/storylines/{id}", get(s.apiStoryline))
	s.route(mux, "/api/v1/articles", map[string]http.HandlerFunc{
		http.MethodGet:  s.apiArticles,
		http.MethodPost: s.writer(s.apiAddArticles),
	})
	s.route(mux, "/api/v1/articles/{id}", get(s.apiArticle))
	s.route(mux, "/api/v1/articles/{id}/analysis", get(s.apiAnalysis))
	s.outletRoutes(mux)
	s.route(mux, "/api/v1/search", get(s.apiSearch))
	s.route(mux, "/api/v1/copies", get(s.apiCopies))
	s.route(mux, "/api/v1/feeds", map[string]http.HandlerFunc{
		http.MethodGet:  s.apiFeeds,
		http.MethodPost: s.writer(s.apiAddFeed),
	})
	s.route(mux, "/api/v1/feeds/{id}", map[string]http.HandlerFunc{http.MethodDelete: s.writer(s.apiRemoveFeed)})
	s.route(mux, "/api/v1/export/{table}", get(s.apiExport))
	s.route(mux, "/api/v1/jobs/{id}", get(s.apiJob))
	s.watchRoutes(mux)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("no API endpoint %s %s (see /api/v1/openapi.json)", r.Method, r.URL.Path))
	})
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	q, f, err := storyQuery(r, pageSize)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	s.serveKept(w, r, "api"+f.with(q.Offset)+"&limit="+strconv.Itoa(q.Limit), jsonType, func(ctx context.Context) ([]byte, error) {
		list, err := s.storyList(ctx, q, f)
		if err != nil {
			return nil, err
		}
		return marshalJSON(list)
	})
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	p, err := s.storyPage(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	p.json.write(w, r, jsonType)
}

// apiFact returns one fact group of a story's report (an element of its
// facts).
func (s *Server) apiFact(w http.ResponseWriter, r *http.Request) {
	if d, ok := s.storyFact(w, r); ok {
		writeJSON(w, http.StatusOK, d.Fact)
	}
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q := store.ListQuery{Outlet: strings.TrimSpace(v.Get("outlet"))}
	var err error
	if q.Since, err = parseDay("since", v.Get("since")); err == nil {
		if q.Until, err = parseDay("until", v.Get("until")); err == nil {
			q.Limit, q.Offset, err = pageParams(v, 50)
		}
	}
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	arts, err := s.st.List(r.Context(), q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	listed, err := view.ListArticles(r.Context(), s.st, arts)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if listed == nil {
		listed = []view.Listed{}
	}
	writeJSON(w, http.StatusOK, listed)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, err := view.ArticleDetail(r.Context(), s.st, r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	a.CopiesPending = s.copiesPending.Load()
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) apiAnalysis(w http.ResponseWriter, r *http.Request) {
	a, err := s.st.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	an, err := view.Analyze(r.Context(), s.an, s.reader(), a)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, an)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := paging.ParseLimit("limit", v.Get("limit"), 20, webRule)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	q := strings.TrimSpace(v.Get("q"))
	if q == "" {
		s.fail(w, r, http.StatusBadRequest, "q: say what to search for")
		return
	}
	if len(q) > maxQuery {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("q: at most %d bytes, not %d", maxQuery, len(q)))
		return
	}
	s.serveKept(w, r, "api-search:"+strconv.Itoa(limit)+":"+q, jsonType, func(ctx context.Context) ([]byte, error) {
		hits, err := view.Search(ctx, s.st, s.reader(), q, limit)
		if err != nil {
			return nil, err
		}
		return marshalJSON(hits)
	})
}

func (s *Server) apiCopies(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimSpace(r.URL.Query().Get("article"))
	if id == "" {
		s.fail(w, r, http.StatusBadRequest, "article: say whose copy relations to list")
		return
	}
	a, err := s.st.Get(r.Context(), id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	out, err := view.LoadCopies(r.Context(), s.st, a.ID)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiFeeds(w http.ResponseWriter, r *http.Request) {
	feeds, err := s.st.Feeds(r.Context())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	out := make([]view.Feed, 0, len(feeds))
	for _, f := range feeds {
		out = append(out, view.FeedOf(f))
	}
	writeJSON(w, http.StatusOK, out)
}

// feedRequest is the body of POST /api/v1/feeds.
type feedRequest struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

func (s *Server) apiAddFeed(w http.ResponseWriter, r *http.Request) {
	var req feedRequest
	if err := decodeJSON(w, r, &req); err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	u, err := view.CheckFeedURL(req.URL)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "url: "+err.Error())
		return
	}
	f, created, err := s.st.AddFeed(r.Context(), store.Feed{URL: u, Title: strings.TrimSpace(req.Title)})
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	writeJSON(w, status, view.FeedOf(f))
}

func (s *Server) apiRemoveFeed(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("feed id: want a positive number, not %q", r.PathValue("id")))
		return
	}
	if err := s.st.RemoveFeed(r.Context(), id); err != nil {
		s.failErr(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// decodeJSON reads one JSON object of at most 64 KiB from the body.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	dec := jsonDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("body: want a JSON object: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("body: want one JSON object and nothing after it")
	}
	return nil
}
