package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/queue"
)

// Jobs queues posted articles for the workers and says how the work
// stands; *queue.Queue is one.
type Jobs interface {
	// SubmitArticles queues articles (with the input each came from) as
	// one group, then copies and stories after them; an article it cannot
	// queue is in skipped, by index.
	SubmitArticles(ctx context.Context, arts []*article.Article, inputs []string) (job queue.Job, skipped map[int]error, err error)
	// JobState says how a job stands (queue.ErrNoJob for one never
	// queued).
	JobState(ctx context.Context, j queue.Job) (queue.JobState, error)
}

// queueTimeout bounds how long a request waits for the work queue.
const queueTimeout = 30 * time.Second

// queuedResult is the answer to POST /api/v1/articles on a server that
// queues them (202 Accepted).
type queuedResult struct {
	// Queued counts the articles queued; Job names them and Status is
	// where to follow them (also the Location header).
	Queued   int             `json:"queued"`
	Job      string          `json:"job"`
	Status   string          `json:"status"`
	Articles []queuedArticle `json:"articles"`
	// Errors are the documents of the body that could not be read, and
	// the articles too large for the queue.
	Errors []string `json:"errors"`
}

type queuedArticle struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// URL is where the article will be once stored (404 until then).
	URL string `json:"url"`
}

// queueArticles hands the articles read from a POST to the workers and
// answers 202 Accepted with the job that follows them.
func (s *Server) queueArticles(w http.ResponseWriter, r *http.Request, arts []*article.Article, errs []string, failed int) {
	inputs := make([]string, len(arts))
	for i, a := range arts {
		inputs[i] = a.Source.Location
	}
	// A queue that is away gets a bounded wait, then a 503 the client may
	// retry (storing an article again changes nothing).
	ctx, cancel := context.WithTimeout(r.Context(), queueTimeout)
	defer cancel()
	job, skipped, err := s.jobs.SubmitArticles(ctx, arts, inputs)
	if err != nil {
		s.unavailable(w, "queue posted articles", err, "the work queue cannot take the articles now; try again later (posting them again stores nothing twice)")
		return
	}
	res := queuedResult{Articles: []queuedArticle{}, Errors: errs}
	for i, a := range arts {
		if err, ok := skipped[i]; ok {
			failed++
			res.Errors = append(res.Errors, fmt.Sprintf("%s (%q): %v", a.ID, clipText(a.Title, 60), err))
			continue
		}
		res.Queued++
		res.Articles = append(res.Articles, queuedArticle{ID: a.ID, Title: a.Title, URL: "/api/v1/articles/" + a.ID})
	}
	if res.Queued == 0 {
		s.fail(w, r, http.StatusBadRequest, "no article of the body could be queued: "+strings.Join(res.Errors, "; "))
		return
	}
	s.metrics.ArticlesIn(metrics.PathAPI, 0, 0, failed)
	res.Job = job.String()
	res.Status = "/api/v1/jobs/" + res.Job
	w.Header().Set("Location", res.Status)
	writeJSON(w, http.StatusAccepted, res)
}

// apiJob says how a job of queued articles stands.
func (s *Server) apiJob(w http.ResponseWriter, r *http.Request) {
	if s.jobs == nil {
		s.fail(w, r, http.StatusNotFound, "this server has no work queue: the articles posted to it are stored at once, and have no job")
		return
	}
	job, err := queue.ParseJob(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), queueTimeout)
	defer cancel()
	st, err := s.jobs.JobState(ctx, job)
	if errors.Is(err, queue.ErrNoJob) {
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("no job %s on this server's work queue", job))
		return
	}
	if err != nil {
		s.unavailable(w, "job state", err, fmt.Sprintf("the work queue cannot say now how job %s stands; try again later", job))
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// unavailable answers 503 with a Retry-After when the work queue is away:
// the reason (which may name the NATS server) goes to the log, the client
// is told to retry.
func (s *Server) unavailable(w http.ResponseWriter, what string, err error, msg string) {
	s.log.Error(what, "err", err)
	w.Header().Set("Retry-After", "10")
	writeAPIError(w, http.StatusServiceUnavailable, msg)
}
