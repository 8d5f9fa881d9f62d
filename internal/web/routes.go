package web

import (
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"slices"
	"strings"
)

// route registers the handlers of one path by method ("GET", "POST",
// "DELETE"). Any other method on the path is answered with 405 Method Not
// Allowed and an Allow header naming the methods it takes (GET implies
// HEAD); OPTIONS gets 204 with the same header.
func (s *Server) route(mux *http.ServeMux, pattern string, byMethod map[string]http.HandlerFunc) {
	var allowed []string
	for m, h := range byMethod {
		mux.HandleFunc(m+" "+pattern, h)
		allowed = append(allowed, m)
		if m == http.MethodGet {
			allowed = append(allowed, http.MethodHead)
		}
	}
	slices.Sort(allowed)
	allow := strings.Join(append(allowed, http.MethodOptions), ", ")
	mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		s.fail(w, r, http.StatusMethodNotAllowed, fmt.Sprintf("%s is not allowed on %s; it takes %s", r.Method, r.URL.Path, strings.Join(allowed, ", ")))
	})
}

// get is the handlers of a path that is only read.
func get(h http.HandlerFunc) map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{http.MethodGet: h}
}

// staticFile serves the embedded assets under /static/: files only, never
// a listing of a directory.
func (s *Server) staticFile(files http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/static/")
		if fi, err := fs.Stat(s.static, name); name == "" || !fs.ValidPath(name) || path.Clean(name) != name || err != nil || fi.IsDir() {
			s.fail(w, r, http.StatusNotFound, "there is no file at "+r.URL.Path)
			return
		}
		files.ServeHTTP(w, r)
	}
}
