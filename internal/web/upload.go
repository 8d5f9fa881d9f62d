package web

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/store"
)

// addResult is the answer to POST /api/v1/articles.
type addResult struct {
	Added     int            `json:"added"`
	Unchanged int            `json:"unchanged"`
	Revised   int            `json:"revised"`
	Articles  []addedArticle `json:"articles"`
	// Errors are the documents of the body that could not be read, each
	// named ("NAME:LINE: reason" for a JSON line); the others were stored.
	Errors []string `json:"errors"`
}

type addedArticle struct {
	ID      string        `json:"id"`
	Title   string        `json:"title"`
	Outcome store.Outcome `json:"outcome"`
}

// apiAddArticles stores the articles in the body: any format `parallax
// add` reads, chosen by ?name= (a file name) or else by Content-Type (see
// uploadName). A body that holds no article is refused with the reason.
func (s *Server) apiAddArticles(w http.ResponseWriter, r *http.Request) {
	name, err := uploadName(r.URL.Query().Get("name"), r.Header.Get("Content-Type"))
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if r.ContentLength > maxUpload {
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", maxUpload))
		return
	}
	body := http.MaxBytesReader(w, r.Body, maxUpload)
	var arts []*article.Article
	res := addResult{Articles: []addedArticle{}, Errors: []string{}}
	opt := ingest.Options{Outlet: strings.TrimSpace(r.URL.Query().Get("outlet")), MaxTotal: s.maxUploadTotal}
	failed := 0
	err = ingest.ReadStream(r.Context(), name, body, -1, opt, func(it ingest.Item) error {
		var tooBig *http.MaxBytesError
		if errors.As(it.Err, &tooBig) {
			return it.Err // nothing is stored from a body over the limit
		}
		if len(arts) >= maxUploadArticles {
			return fmt.Errorf("more than %d articles in one request", maxUploadArticles)
		}
		if it.Err != nil {
			if failed++; failed <= maxUploadErrors {
				res.Errors = append(res.Errors, it.Input+": "+it.Err.Error())
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
	if s.jobs != nil {
		s.queueArticles(w, r, arts, res.Errors, failed)
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
	s.metrics.ArticlesIn(metrics.PathAPI, res.Added+res.Revised, res.Unchanged, failed)
	s.wake()
	status := http.StatusOK
	if res.Added > 0 {
		status = http.StatusCreated
	}
	writeJSON(w, status, res)
}

// readTypes names the Content-Types that POST /api/v1/articles reads, for
// the message that refuses another.
const readTypes = "text/plain, text/markdown, text/html, application/json, application/x-ndjson, " +
	"application/warc, application/gzip or application/octet-stream (the content decides)"

// uploadName decides how the body of POST /api/v1/articles is read: it
// returns the name ingest reads the body under, whose extension (or its
// absence, when the content is to decide) chooses the reader. The name
// given as ?name= decides unless the Content-Type says the body is not a
// document at all: a form, a multipart envelope, an image, sound, video or
// font. Without a name the Content-Type decides; a generic one
// (text/plain, application/octet-stream, application/gzip or none) lets
// the content decide, so that JSON sent as text is read as JSON. Any other
// type is refused with the list of those read.
func uploadName(name, contentType string) (string, error) {
	name = strings.TrimSpace(name)
	mt := ""
	if strings.TrimSpace(contentType) != "" {
		var err error
		if mt, _, err = mime.ParseMediaType(contentType); err != nil {
			return "", fmt.Errorf("Content-Type %q: %v", clipText(contentType, 80), err)
		}
	}
	top, sub, _ := strings.Cut(mt, "/")
	switch {
	case mt == "application/x-www-form-urlencoded":
		return "", errors.New("a form body is not an article: send the document itself as the body with its Content-Type " +
			"(with curl: --data-binary @FILE -H 'Content-Type: text/plain')")
	case top == "multipart":
		return "", fmt.Errorf("a %s body is not read: send the document itself as the body with its Content-Type, not as a form upload", mt)
	case top == "image" || top == "audio" || top == "video" || top == "font" || top == "model":
		return "", fmt.Errorf("Content-Type %s is not an article format; Parallax reads %s", mt, readTypes)
	case name != "":
		return name, nil
	}
	switch {
	case mt == "", mt == "text/plain", mt == "application/octet-stream", mt == "application/gzip", mt == "application/x-gzip":
		return "upload", nil
	case mt == "application/json", mt == "text/json", top == "application" && strings.HasSuffix(sub, "+json"):
		return "upload.json", nil
	case mt == "application/x-ndjson", mt == "application/ndjson", mt == "application/jsonl", mt == "application/x-jsonlines", mt == "application/jsonlines":
		return "upload.jsonl", nil
	case mt == "text/markdown", mt == "text/x-markdown":
		return "upload.md", nil
	case mt == "text/html", mt == "application/xhtml+xml":
		return "upload.html", nil
	case mt == "application/warc":
		return "upload.warc", nil
	}
	return "", fmt.Errorf("Content-Type %s is not read; Parallax reads %s, or give ?name=FILE", mt, readTypes)
}

// clipText shortens s for an error message.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
