package queue

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/queue/queuetest"
)

// TestBatcherGroups: articles go in groups of the size asked for, each
// group one message on the articles queue, a group too large for one
// message in chunks that Gather puts back together in order.
func TestBatcherGroups(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	srv := queuetest.Start(t)
	q, err := Connect(ctx, srv.URL(), t.Name(), Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if err := q.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	b := q.NewBatcher(5)
	b.limit = 1200 // about two articles a message
	for i := range 12 {
		a := &article.Article{Outlet: "The Fictional Gazette", URL: fmt.Sprintf("https://gazette.example/%d", i),
			Title: fmt.Sprintf("Story %d", i), Paragraphs: []string{strings.Repeat("Words of the story. ", 10)}}
		if _, err := a.Finish(); err != nil {
			t.Fatal(err)
		}
		if err := b.Add(ctx, a, fmt.Sprint("in:", i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if b.Sent() != 12 {
		t.Errorf("sent %d, want 12", b.Sent())
	}
	c, err := q.js.Consumer(ctx, StreamArticles, string(StageStore))
	if err != nil {
		t.Fatal(err)
	}
	batch, err := c.Fetch(10, jetstream.FetchMaxWait(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	var inputs []string
	chunked := false
	for msg := range batch.Messages() {
		m, err := DecodeArticles(msg.Data())
		if err != nil {
			t.Fatal(err)
		}
		chunked = chunked || len(m.Chunks) > 1
		if m, err = q.Gather(ctx, m); err != nil {
			t.Fatal(err)
		}
		sizes = append(sizes, len(m.Articles))
		inputs = append(inputs, m.Inputs...)
		_ = msg.Ack()
	}
	if fmt.Sprint(sizes) != "[5 5 2]" || !chunked {
		t.Errorf("groups of %v (chunked %v), want [5 5 2] in chunks", sizes, chunked)
	}
	for i, in := range inputs {
		if in != fmt.Sprint("in:", i) {
			t.Fatalf("inputs out of order: %v", inputs)
		}
	}
}
