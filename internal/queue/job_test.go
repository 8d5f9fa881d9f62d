package queue_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/queue"
)

func TestParseJob(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want queue.Job
		ok   bool
	}{
		{"4-7-8", queue.Job{Articles: 4, Copies: 7, Stories: 8}, true},
		{"4-8-7", queue.Job{}, false}, // stories are asked for after copies
		{"0-1-2", queue.Job{}, false},
		{"4-7", queue.Job{}, false},
		{"4-7-8-9", queue.Job{}, false},
		{"a-b-c", queue.Job{}, false},
		{"-1-2-3", queue.Job{}, false},
		{"", queue.Job{}, false},
	} {
		got, err := queue.ParseJob(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseJob(%q) = %v, %v; want %v (ok %v)", tc.in, got, err, tc.want, tc.ok)
		}
		if tc.ok && got.String() != tc.in {
			t.Errorf("%v.String() = %q, want %q", got, got.String(), tc.in)
		}
	}
}

// posted is a fictional article as a client would post it.
func posted(t *testing.T, title string) *article.Article {
	t.Helper()
	a := &article.Article{Title: title, Outlet: "Harbour Gazette", URL: "https://gazette.example/" + strings.ReplaceAll(title, " ", "-"),
		Paragraphs: []string{"The harbour board of Port Elms voted on Tuesday to close the old ferry pier for repairs.",
			"Board chair Ada Brill said the work would take six weeks."}}
	if _, err := a.Finish(); err != nil {
		t.Fatal(err)
	}
	return a
}

func jobState(t *testing.T, ctx context.Context, q *queue.Queue, j queue.Job) queue.JobState {
	t.Helper()
	st, err := q.JobState(ctx, j)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestJobStates follows a job through the stages: queued, stored,
// checked, done; a job whose copy check fails for good says so, with why.
func TestJobStates(t *testing.T) {
	ctx := deadline(t)
	q, _ := connect(t, queue.Config{MaxDeliver: 2, Backoff: time.Millisecond})
	job, skipped, err := q.SubmitArticles(ctx, []*article.Article{posted(t, "Pier closes"), posted(t, "Pier reopens")}, []string{"api:a", "api:b"})
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	if st := jobState(t, ctx, q, job); st.State != queue.JobQueued || st.Job != job.String() {
		t.Fatalf("before any worker: %+v, want queued", st)
	}
	if _, err := q.JobState(ctx, queue.Job{Articles: job.Articles + 10, Copies: job.Copies + 10, Stories: job.Stories + 10}); !errors.Is(err, queue.ErrNoJob) {
		t.Errorf("a job never queued: %v, want ErrNoJob", err)
	}
	// Each stage in turn, checking the state between them: a stage's
	// observer says when its item is settled.
	step := func(stage queue.Stage, h queue.Handler, want string) {
		t.Helper()
		obs, outcomes := settled()
		cctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { q.Consume(cctx, stage, 1, h, obs); close(done) }()
		for out := next(t, ctx, outcomes); out == queue.OutcomeRetry; out = next(t, ctx, outcomes) {
		}
		cancel()
		<-done
		if st := jobState(t, ctx, q, job); st.State != want {
			t.Fatalf("after %s: %+v, want %s", stage, st, want)
		}
	}
	var stored int
	step(queue.StageStore, func(ctx context.Context, it queue.Item) error {
		m, err := queue.DecodeArticles(it.Data)
		stored = len(m.Articles)
		return err
	}, queue.JobStored)
	if stored != 2 {
		t.Errorf("the store stage got %d articles in one item, want 2", stored)
	}
	step(queue.StageCopies, func(ctx context.Context, it queue.Item) error { return nil }, queue.JobChecked)
	step(queue.StageStories, func(ctx context.Context, it queue.Item) error {
		m, err := queue.DecodeDerive(it.Data)
		if err == nil && (len(m.After) != 1 || m.After[0].Subject != queue.SubjectCopies || m.After[0].Seq != job.Copies) {
			t.Errorf("the stories request waits for %+v, want the copies request %d", m.After, job.Copies)
		}
		return err
	}, queue.JobDone)

	// A second job whose copy check keeps failing.
	job, _, err = q.SubmitArticles(ctx, []*article.Article{posted(t, "Pier sold")}, []string{"api:c"})
	if err != nil {
		t.Fatal(err)
	}
	step(queue.StageStore, func(ctx context.Context, it queue.Item) error { return nil }, queue.JobStored)
	step(queue.StageCopies, func(ctx context.Context, it queue.Item) error { return errors.New("the database is away") }, queue.JobFailed)
	if st := jobState(t, ctx, q, job); st.Stage != "copies" || !strings.Contains(st.Error, "the database is away") {
		t.Errorf("failed job: %+v, want the copies stage and its error", st)
	}
	// The dead letters are counted by stage, one subject an item.
	sts, err := q.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sts {
		if want := map[queue.Stage]uint64{queue.StageCopies: 1}[s.Stage]; s.Dead != want {
			t.Errorf("%s: %d dead letters, want %d", s.Stage, s.Dead, want)
		}
	}
}

// TestWaitOnSubject: a mark on one subject of the derive stream passes
// once that subject's work up to it is done, whatever the other subject
// still holds.
func TestWaitOnSubject(t *testing.T) {
	ctx := deadline(t)
	q, _ := connect(t, queue.Config{})
	stories, err := q.PublishStories(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	copies, err := q.PublishDerive(ctx)
	if err != nil {
		t.Fatal(err)
	}
	obs, outcomes := settled()
	consume(t, q, queue.StageCopies, 1, func(context.Context, queue.Item) error { return nil }, obs)
	next(t, ctx, outcomes)
	// The stories request is still there, before the copies request: a
	// wait on the whole stream up to the copies request would not pass.
	s, err := q.JetStream().Stream(ctx, queue.StreamDerive)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetMsg(ctx, stories); err != nil || stories > copies {
		t.Fatalf("stories request %d: %v (copies %d)", stories, err, copies)
	}
	if err := q.Wait(ctx, []queue.Mark{{Stream: queue.StreamDerive, Seq: copies, Subject: queue.SubjectCopies}}, nil); err != nil {
		t.Errorf("a wait on the copies subject: %v", err)
	}
}
