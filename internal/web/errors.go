package web

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/parallax-news/parallax/internal/store"
)

// apiError is the body of every API error response.
type apiError struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"error"`
}

// fail answers with an error: a JSON document under /api/, a page
// elsewhere.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", msg)
		msg = "internal error; the server's log has the details"
	}
	if isAPI(r) {
		writeAPIError(w, status, msg)
		return
	}
	w.Header().Set("Content-Type", htmlType)
	w.WriteHeader(status)
	s.render(w, r, "error", page{Title: http.StatusText(status), Data: struct {
		Status  int
		Message string
	}{status, msg}}, false)
}

// writeAPIError writes the API's error document, never cached.
func writeAPIError(w http.ResponseWriter, status int, msg string) {
	var e apiError
	e.Error.Status, e.Error.Message = status, msg
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, status, e)
}

// failErr answers with the status that err calls for: 404 for an unknown
// id, 409 for an ambiguous prefix, 400 for a bad query or a prefix too
// short, 500 otherwise.
func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, err.Error())
	case errors.Is(err, store.ErrAmbiguous):
		s.fail(w, r, http.StatusConflict, err.Error())
	case errors.Is(err, store.ErrBadQuery), errors.Is(err, store.ErrShortID):
		s.fail(w, r, http.StatusBadRequest, err.Error())
	case r.Context().Err() != nil:
		// The client went away; nobody reads the answer.
	default:
		s.fail(w, r, http.StatusInternalServerError, err.Error())
	}
}

func isAPI(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/api/")
}

// writeJSON writes v as an indented JSON document with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := marshalJSON(v)
	if err != nil {
		http.Error(w, `{"error":{"status":500,"message":"encode JSON"}}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", jsonType)
	w.WriteHeader(status)
	w.Write(b)
}

// marshalJSON encodes v as the CLI's --json does: indented, with <, >
// and & left as they are (the API's content type is JSON, never HTML).
func marshalJSON(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

func jsonDecoder(r io.Reader) *json.Decoder {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	return dec
}
