package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/paging"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
)

func (s *Server) pageRoutes(mux *http.ServeMux) {
	s.route(mux, "/{$}", get(s.storiesPage))
	// The list of stories is the front page; /stories, which a reader
	// guesses from /stories/ID, leads there with its filters.
	s.route(mux, "/stories", get(func(w http.ResponseWriter, r *http.Request) {
		target := "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusFound)
	}))
	s.route(mux, "/stories/{id}", get(s.storyPageHandler))
	s.route(mux, "/stories/{id}/facts/{n}", get(s.factPage))
	s.route(mux, "/articles/{id}", get(s.articlePage))
	s.route(mux, "/outlets/{id}", get(s.outletPageHandler))
	s.route(mux, "/outlets", get(s.outletsPage))
	s.route(mux, "/blindspots", get(s.blindspotsPage))
	s.route(mux, "/storylines", get(s.storylinesPage))
	s.route(mux, "/storylines/{id}", get(s.storylinePage))
	s.route(mux, "/search", get(s.searchPage))
	static := http.StripPrefix("/static/", cacheFor(time.Hour, http.FileServerFS(s.static)))
	s.route(mux, "/static/", get(s.staticFile(static)))
	s.route(mux, "/favicon.ico", get(func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, s.static, "favicon.svg")
	}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "there is no page at "+r.URL.Path)
	})
}

func cacheFor(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(d.Seconds())))
		next.ServeHTTP(w, r)
	})
}

// storiesData is what the stories page shows.
type storiesData struct {
	Stories []outlets.Story
	Filter  storiesFilter
	Next    string // the next page's query string, "" on the last page
	Prev    string
}

// storiesFilter is the stories page's form, as the user filled it.
type storiesFilter struct {
	Sort, Outlet, Entity, Q, Since, Until string
	// Lean and Without are the sides a story's outlets must include and
	// must not include, comma-separated.
	Lean, Without string
	Offset        int
}

// maxQuery bounds the text of a search or filter: a longer one is refused
// rather than run.
const maxQuery = 512

// pageSize is how many stories the stories page lists at a time.
const pageSize = 30

func (s *Server) storiesPage(w http.ResponseWriter, r *http.Request) {
	q, f, err := storyQuery(r, pageSize)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	s.serveKept(w, r, "page"+f.with(q.Offset)+"&limit="+strconv.Itoa(q.Limit), htmlType, func(ctx context.Context) ([]byte, error) {
		list, err := s.storyList(ctx, q, f)
		if err != nil {
			return nil, err
		}
		d := storiesData{Stories: list, Filter: f}
		if len(list) == q.Limit && f.Offset+q.Limit <= paging.MaxOffset {
			d.Next = f.with(f.Offset + q.Limit)
		}
		if f.Offset > 0 {
			d.Prev = f.with(max(0, f.Offset-q.Limit))
		}
		title := "Newest stories"
		switch {
		case q.Covered:
			title = "Most covered stories"
		case f.Sort != "":
			title = "Stories most covered by the " + f.Sort
		}
		return s.renderBytes("stories", page{Title: title, Nav: "stories", Query: f.Q, Data: d})
	})
}

// storyList lists stories with their coverage, filtered by outlet record
// and lean as f says.
func (s *Server) storyList(ctx context.Context, q store.StoryQuery, f storiesFilter) ([]outlets.Story, error) {
	ix, err := s.indexFor(ctx)
	if err != nil {
		return nil, err
	}
	lf := outlets.Filter{Outlet: f.Outlet, Sort: outlet.Side(f.Sort)}
	if f.Sort == "covered" {
		lf.Sort = ""
	}
	lf.Covered, _ = outlets.ParseSides(f.Lean) // checked by storyQuery
	lf.Without, _ = outlets.ParseSides(f.Without)
	list, err := outlets.Stories(ctx, s.st, ix, q, lf)
	if err != nil {
		return nil, err
	}
	if list == nil {
		list = []outlets.Story{}
	}
	// Names and words as the articles write them, not match keys and stems.
	if err := view.DisplayStories(ctx, s.st, s.an, list); err != nil {
		return nil, err
	}
	return list, nil
}

// with returns the filter's query string at another offset.
func (f storiesFilter) with(offset int) string {
	v := make([]string, 0, 7)
	add := func(k, val string) {
		if val != "" {
			v = append(v, k+"="+urlQuery(val))
		}
	}
	add("sort", f.Sort)
	add("outlet", f.Outlet)
	add("entity", f.Entity)
	add("q", f.Q)
	add("since", f.Since)
	add("until", f.Until)
	add("lean", f.Lean)
	add("without", f.Without)
	if offset > 0 {
		add("offset", strconv.Itoa(offset))
	}
	return "?" + strings.Join(v, "&")
}

// storyQuery reads the stories filters from a request: sort (newest or
// covered), outlet, entity, q, since and until (YYYY-MM-DD), limit and
// offset.
func storyQuery(r *http.Request, defLimit int) (store.StoryQuery, storiesFilter, error) {
	v := r.URL.Query()
	f := storiesFilter{Sort: v.Get("sort"), Outlet: strings.TrimSpace(v.Get("outlet")), Entity: strings.TrimSpace(v.Get("entity")),
		Q: strings.TrimSpace(v.Get("q")), Since: strings.TrimSpace(v.Get("since")), Until: strings.TrimSpace(v.Get("until")),
		Lean: strings.TrimSpace(v.Get("lean")), Without: strings.TrimSpace(v.Get("without"))}
	q := store.StoryQuery{Entity: f.Entity, Text: f.Q, Limit: defLimit}
	for name, val := range map[string]string{"outlet": f.Outlet, "entity": f.Entity, "q": f.Q} {
		if len(val) > maxQuery {
			return q, f, fmt.Errorf("%s: at most %d bytes, not %d", name, maxQuery, len(val))
		}
	}
	switch f.Sort {
	case "", "newest":
		f.Sort = ""
	case "covered":
		q.Covered = true
	case "left", "center", "right":
	default:
		return q, f, fmt.Errorf("sort: want newest, covered, left, center or right, not %q", f.Sort)
	}
	for name, val := range map[string]string{"lean": f.Lean, "without": f.Without} {
		if _, err := outlets.ParseSides(val); err != nil {
			return q, f, fmt.Errorf("%s: %w", name, err)
		}
	}
	var err error
	if q.Since, err = parseDay("since", f.Since); err != nil {
		return q, f, err
	}
	if q.Until, err = parseDay("until", f.Until); err != nil {
		return q, f, err
	}
	if q.Limit, q.Offset, err = pageParams(v, defLimit); err != nil {
		return q, f, err
	}
	f.Offset = q.Offset
	return q, f, nil
}

func parseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: want a day as YYYY-MM-DD, not %q", name, s)
	}
	return t, nil
}

// webRule bounds the limit of every listing the server answers, so that
// one request cannot ask for the whole database.
var webRule = paging.Rule{Max: 500}

// pageParams reads the limit and offset parameters of a listing as every
// command and endpoint does (package paging).
func pageParams(v url.Values, defLimit int) (limit, offset int, err error) {
	if limit, err = paging.ParseLimit("limit", v.Get("limit"), defLimit, webRule); err != nil {
		return 0, 0, err
	}
	if offset, err = paging.ParseOffset("offset", v.Get("offset")); err != nil {
		return 0, 0, err
	}
	return limit, offset, nil
}

// storyPage returns the cached comparison of a story, rebuilding it when
// the story changed.
func (s *Server) storyPage(ctx context.Context, id string) (*storyEntry, error) {
	ov := s.outletVersion.Load()
	fresh := func(ctx context.Context, e *storyEntry) bool {
		if e.outlets != ov {
			return false // its outlets' records or leans changed
		}
		st, as, err := s.st.Story(ctx, id)
		return err == nil && st.ID == e.id && st.Updated.Equal(e.updated) && len(as) == e.members
	}
	return s.stories.get(ctx, id, s.version.Load(), fresh, func(ctx context.Context) (*storyEntry, error) {
		e, err := s.buildStory(ctx, id)
		if e != nil {
			e.outlets = ov
		}
		return e, err
	})
}

func (s *Server) storyPageHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	p, err := s.storyPage(r.Context(), id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if p.id != id {
		// An old id of a merged story, or a prefix: send the reader to
		// the story's own address.
		http.Redirect(w, r, "/stories/"+urlPath(p.id), http.StatusMovedPermanently)
		return
	}
	p.html.write(w, r, htmlType)
}

// storyFact finds fact n of story id, answering the request itself when
// there is none.
func (s *Server) storyFact(w http.ResponseWriter, r *http.Request) (factData, bool) {
	p, err := s.storyPage(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failErr(w, r, err)
		return factData{}, false
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	d, ok := p.fact(n)
	if err != nil || !ok {
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("story %s has no fact %q (it has %d)", p.id, r.PathValue("n"), p.facts.len()))
		return factData{}, false
	}
	return d, true
}

func (s *Server) factPage(w http.ResponseWriter, r *http.Request) {
	if d, ok := s.storyFact(w, r); ok {
		s.render(w, r, "fact", page{Title: "A fact of " + orDash(d.StoryTitle), Nav: "stories", Data: d}, true)
	}
}

// articleBody is a rendered article page with the content hash of the
// text it shows.
type articleBody struct {
	body
	hash string
	// outlets is the outlets' version it was built at (it shows the
	// article's outlet and lean).
	outlets int64
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	// A cached page holds while the article's text is the same and no
	// story changed (copies and stories only change with the version).
	ov := s.outletVersion.Load()
	fresh := func(ctx context.Context, p *articleBody) bool {
		a, err := s.st.Get(ctx, id)
		return err == nil && a.ContentHash == p.hash && p.outlets == ov
	}
	p, err := s.articles.get(r.Context(), id, s.version.Load(), fresh, func(ctx context.Context) (*articleBody, error) {
		a, err := view.ArticleDetail(ctx, s.st, id)
		if err != nil {
			return nil, err
		}
		if a.ID != id {
			return nil, redirect("/articles/" + urlPath(a.ID))
		}
		a.CopiesPending = s.copiesPending.Load()
		d, err := s.annotate(ctx, a)
		if err != nil {
			return nil, err
		}
		b, err := s.renderBytes("article", page{Title: orDash(a.Title), Data: d})
		if err != nil {
			return nil, err
		}
		return &articleBody{body: newBody(b), hash: a.ContentHash, outlets: ov}, nil
	})
	var to redirect
	if errors.As(err, &to) {
		http.Redirect(w, r, string(to), http.StatusMovedPermanently)
		return
	}
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	p.write(w, r, htmlType)
}

// redirect is an "error" that sends the reader to another address (a
// prefix or old id to the canonical one).
type redirect string

func (r redirect) Error() string { return "moved to " + string(r) }

// searchData is what the search page shows.
type searchData struct {
	Q    string
	Hits []view.SearchHit
	Err  string
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.render(w, r, "search", page{Title: "Search", Nav: "search", Data: searchData{}}, true)
		return
	}
	// Answers are kept per query until the stories change (new articles
	// are grouped, and so found, within a refresh).
	if len(q) > maxQuery {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("q: at most %d bytes, not %d", maxQuery, len(q)))
		return
	}
	if store.ParseQuery(q).Empty() {
		w.Header().Set("Content-Type", htmlType)
		w.WriteHeader(http.StatusBadRequest)
		d := searchData{Q: q, Err: "Nothing to search for: type some words."}
		s.render(w, r, "search", page{Title: "Search", Nav: "search", Query: q, Data: d}, false)
		return
	}
	s.serveKept(w, r, "search:"+q, htmlType, func(ctx context.Context) ([]byte, error) {
		hits, err := view.Search(ctx, s.st, s.reader(), q, 50)
		if err != nil {
			return nil, err
		}
		return s.renderBytes("search", page{Title: "Search", Nav: "search", Query: q, Data: searchData{Q: q, Hits: hits}})
	})
}
