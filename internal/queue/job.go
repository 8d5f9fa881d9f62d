package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/parallax-news/parallax/internal/article"
)

// Job is work a client handed over in one go (serve's POST
// /api/v1/articles with a queue): one group of articles on the articles
// queue, the request to check copies once it is stored, and the request to
// group stories once those copies are checked. Its state is read from the
// queues alone, so that any server, or one restarted, can say how it
// stands.
type Job struct {
	Articles, Copies, Stories uint64
}

// String is the job's id: the three sequences, dash-separated.
func (j Job) String() string { return fmt.Sprintf("%d-%d-%d", j.Articles, j.Copies, j.Stories) }

// ParseJob reads a job's id.
func ParseJob(s string) (Job, error) {
	parts := strings.Split(s, "-")
	bad := fmt.Errorf("job id %q: want three positive numbers joined by dashes (as the answer that queued it gave)", clip(s))
	if len(parts) != 3 {
		return Job{}, bad
	}
	var n [3]uint64
	for i, p := range parts {
		v, err := strconv.ParseUint(p, 10, 64)
		if err != nil || v == 0 {
			return Job{}, bad
		}
		n[i] = v
	}
	if n[1] >= n[2] {
		return Job{}, bad
	}
	return Job{n[0], n[1], n[2]}, nil
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// The states of a job, in the order it goes through them (or failed).
const (
	JobQueued  = "queued"  // the articles wait to be stored
	JobStored  = "stored"  // stored; copy detection is still to come
	JobChecked = "checked" // checked for copies; stories are still to come
	JobDone    = "done"    // grouped into stories
	JobFailed  = "failed"  // a step failed for good (see Error)
)

// JobState is how a job stands.
type JobState struct {
	Job   string `json:"job"`
	State string `json:"state"`
	// Stage and Error say, for a failed job, which stage failed and why
	// (the item is in the dead-letter stream).
	Stage string `json:"failed_stage,omitempty"`
	Error string `json:"error,omitempty"`
}

// SubmitArticles queues articles (each Identify'd and finished, with the
// input each came from) as one group, stored in one transaction as a
// single process stores one request's articles, then asks for copies and
// stories after them. An article too large for the queue is left out and
// its error returned in skipped, by index; the Job is zero when none was
// queued.
func (q *Queue) SubmitArticles(ctx context.Context, arts []*article.Article, inputs []string) (job Job, skipped map[int]error, err error) {
	if len(arts) != len(inputs) {
		return Job{}, nil, fmt.Errorf("submit: %d articles but %d inputs", len(arts), len(inputs))
	}
	b := q.NewBatcher(len(arts))
	skipped = map[int]error{}
	for i, a := range arts {
		err := b.Add(ctx, a, inputs[i])
		if errors.Is(err, ErrTooLarge) {
			skipped[i] = err
			continue
		}
		if err != nil {
			return Job{}, skipped, fmt.Errorf("queue articles: %w", err)
		}
	}
	if err := b.Flush(ctx); err != nil {
		return Job{}, skipped, fmt.Errorf("queue articles: %w", err)
	}
	if b.Sent() == 0 {
		return Job{}, skipped, nil
	}
	job.Articles = b.Last()
	// The copies request says that its stories request is queued here,
	// so that the job's sequence is known now and the copies step asks
	// for no second one.
	if job.Copies, err = q.publishCopies(ctx, Derive{After: []Mark{{Stream: StreamArticles, Seq: job.Articles}}, StoriesQueued: true}); err != nil {
		return Job{}, skipped, fmt.Errorf("ask for copies: %w", err)
	}
	if job.Stories, err = q.publishDerive(ctx, SubjectStories, storiesID(job.Copies),
		Derive{After: []Mark{{Stream: StreamDerive, Seq: job.Copies, Subject: SubjectCopies}}}); err != nil {
		return Job{}, skipped, fmt.Errorf("ask for stories: %w", err)
	}
	return job, skipped, nil
}

// JobState says how a job stands: how far its items went through the
// queues, or which one was dead-lettered and why.
func (q *Queue) JobState(ctx context.Context, j Job) (JobState, error) {
	st := JobState{Job: j.String()}
	steps := []struct {
		stream string
		stage  Stage
		seq    uint64
		before string // the state while the item is still queued
	}{
		{StreamArticles, StageStore, j.Articles, JobQueued},
		{StreamDerive, StageCopies, j.Copies, JobStored},
		{StreamDerive, StageStories, j.Stories, JobChecked},
	}
	for _, s := range steps {
		stream, err := q.js.Stream(ctx, s.stream)
		if err != nil {
			return st, fmt.Errorf("stream %s: %w", s.stream, err)
		}
		// Stream has just fetched the stream's info: no second request.
		if s.seq > stream.CachedInfo().State.LastSeq {
			return st, fmt.Errorf("job %s: %w", j, ErrNoJob)
		}
		_, err = stream.GetMsg(ctx, s.seq)
		if err == nil {
			st.State = s.before
			return st, nil
		}
		if !errors.Is(err, jetstream.ErrMsgNotFound) {
			return st, fmt.Errorf("stream %s: %w", s.stream, err)
		}
		dead, err := q.deadLetter(ctx, s.stage, s.seq)
		if err != nil {
			return st, err
		}
		if dead != nil {
			st.State, st.Stage, st.Error = JobFailed, string(s.stage), dead.Header.Get(HeaderError)
			return st, nil
		}
	}
	st.State = JobDone
	return st, nil
}

// ErrNoJob is a job id that names items these queues never held.
var ErrNoJob = errors.New("no such job on these queues")

// deadLetter returns the dead letter of a stage's item, nil when it has
// none.
func (q *Queue) deadLetter(ctx context.Context, stage Stage, seq uint64) (*jetstream.RawStreamMsg, error) {
	s, err := q.js.Stream(ctx, StreamDead)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", StreamDead, err)
	}
	m, err := s.GetLastMsgForSubject(ctx, deadSubject(stage, seq))
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", StreamDead, err)
	}
	return m, nil
}
