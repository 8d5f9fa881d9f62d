package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/nlp"
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
	mux.HandleFunc("GET /api/v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", jsonType)
		w.Write(openAPI)
	})
	mux.HandleFunc("GET /api/v1/stories", s.apiStories)
	mux.HandleFunc("GET /api/v1/stories/{id}", s.apiStory)
	mux.HandleFunc("GET /api/v1/stories/{id}/facts/{n}", s.apiFact)
	mux.HandleFunc("GET /api/v1/storylines", s.apiStorylines)
	mux.HandleFunc("GET /api/v1/storylines/{id}", s.apiStoryline)
	mux.HandleFunc("GET /api/v1/articles", s.apiArticles)
	mux.HandleFunc("POST /api/v1/articles", s.writer(s.apiAddArticles))
	mux.HandleFunc("GET /api/v1/articles/{id}", s.apiArticle)
	mux.HandleFunc("GET /api/v1/articles/{id}/analysis", s.apiAnalysis)
	mux.HandleFunc("GET /api/v1/outlets/{name}", s.apiOutlet)
	mux.HandleFunc("GET /api/v1/search", s.apiSearch)
	mux.HandleFunc("GET /api/v1/copies", s.apiCopies)
	mux.HandleFunc("GET /api/v1/feeds", s.apiFeeds)
	mux.HandleFunc("POST /api/v1/feeds", s.writer(s.apiAddFeed))
	mux.HandleFunc("DELETE /api/v1/feeds/{id}", s.writer(s.apiRemoveFeed))
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
		list, err := s.st.Stories(ctx, q)
		if err != nil {
			return nil, err
		}
		if list == nil {
			list = []store.Story{}
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
			if q.Limit, err = intParam(v.Get("limit"), "limit", 50, 1, 500); err == nil {
				q.Offset, err = intParam(v.Get("offset"), "offset", 0, 0, 1<<30)
			}
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
	writeJSON(w, http.StatusOK, s.an.Analyze(nlp.Input{Title: a.Title, Paragraphs: a.Paragraphs, Lang: a.Language}))
}

func (s *Server) apiOutlet(w http.ResponseWriter, r *http.Request) {
	p, err := s.outletPage(r.Context(), strings.TrimSpace(r.PathValue("name")))
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := intParam(v.Get("limit"), "limit", 20, 1, 500)
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
		hits, err := view.Search(ctx, s.st, q, limit)
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

// addResult is the answer to POST /api/v1/articles.
type addResult struct {
	Added     int            `json:"added"`
	Unchanged int            `json:"unchanged"`
	Revised   int            `json:"revised"`
	Articles  []addedArticle `json:"articles"`
	// Errors are the documents of the body that could not be read; the
	// others were stored.
	Errors []string `json:"errors"`
}

type addedArticle struct {
	ID      string        `json:"id"`
	Title   string        `json:"title"`
	Outcome store.Outcome `json:"outcome"`
}

// apiAddArticles stores the articles in the body: any format `parallax
// add` reads, chosen by ?name= (a file name) or else by Content-Type.
func (s *Server) apiAddArticles(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.URL.Query().Get("name"))
	if name == "" {
		name = uploadName(r.Header.Get("Content-Type"))
	}
	body := http.MaxBytesReader(w, r.Body, maxUpload)
	var arts []*article.Article
	res := addResult{Articles: []addedArticle{}, Errors: []string{}}
	opt := ingest.Options{Outlet: strings.TrimSpace(r.URL.Query().Get("outlet"))}
	if r.ContentLength > maxUpload {
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", maxUpload))
		return
	}
	failed := 0
	err := ingest.ReadStream(r.Context(), name, body, -1, opt, func(it ingest.Item) error {
		var tooBig *http.MaxBytesError
		if errors.As(it.Err, &tooBig) {
			return it.Err // nothing is stored from a body over the limit
		}
		if len(arts) >= maxUploadArticles {
			return fmt.Errorf("more than %d articles in one request", maxUploadArticles)
		}
		if it.Err != nil {
			if failed++; failed <= maxUploadErrors {
				res.Errors = append(res.Errors, it.Err.Error())
			}
			return nil
		}
		it.Article.Source.Location = "api:" + name
		arts = append(arts, it.Article)
		return nil
	})
	if failed > maxUploadErrors {
		res.Errors = append(res.Errors, fmt.Sprintf("and %d more documents that could not be read", failed-maxUploadErrors))
	}
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", maxUpload))
		return
	case err != nil:
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("read %s: %v", name, err))
		return
	case len(arts) == 0:
		msg := "the body holds no article"
		if len(res.Errors) > 0 {
			msg += ": " + strings.Join(res.Errors, "; ")
		}
		s.fail(w, r, http.StatusBadRequest, msg)
		return
	}
	put, err := s.st.Put(r.Context(), arts)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	for i, p := range put {
		switch p.Outcome {
		case store.Added:
			res.Added++
		case store.Unchanged:
			res.Unchanged++
		case store.Revised:
			res.Revised++
		}
		res.Articles = append(res.Articles, addedArticle{ID: arts[i].ID, Title: arts[i].Title, Outcome: p.Outcome})
	}
	s.wake()
	status := http.StatusOK
	if res.Added > 0 {
		status = http.StatusCreated
	}
	writeJSON(w, status, res)
}

// uploadName gives an upload a file name whose extension tells ingest its
// format.
func uploadName(contentType string) string {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/json":
		return "upload.json"
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		return "upload.jsonl"
	case "text/markdown":
		return "upload.md"
	case "text/html", "application/xhtml+xml":
		return "upload.html"
	case "application/warc":
		return "upload.warc"
	default:
		return "upload.txt"
	}
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
