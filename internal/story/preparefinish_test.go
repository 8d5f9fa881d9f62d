package story

import (
	"context"
	"errors"
	"reflect"
	"sync/atomic"
	"testing"
	"time"
)

// TestPrepareFinishWaitsAlone: a finish that waits (for the save of the
// batch before) holds up the assignment of its doc, not the loading and
// extraction of the docs after it, and what it sets on a doc is what the
// assignment reads: the decisions are those of the docs so completed
// added one by one.
func TestPrepareFinishWaitsAlone(t *testing.T) {
	docs := synthStream(3, 5*prepareChunk)
	const copyAt = 10 // the doc that copies docs[0]
	var loads atomic.Int32
	load := func(i int) (Doc, error) {
		loads.Add(1)
		d := docs[i]
		if i == copyAt {
			d.CopyOf = docs[0].ID
		}
		return d, nil
	}
	ahead := int32(3 * prepareChunk) // the chunk assigned and the two waiting
	finish := func(i int, d *Doc) error {
		if i != copyAt {
			return nil
		}
		deadline := time.Now().Add(20 * time.Second)
		for loads.Load() < ahead {
			if time.Now().After(deadline) {
				t.Errorf("finish of doc %d waited while %d docs were loaded, want at least %d", i, loads.Load(), ahead)
				break
			}
			time.Sleep(time.Millisecond)
		}
		d.SourceStory = "s-known" // no such event: the copy is scored as any doc
		return nil
	}
	c := New(DefaultConfig(), nil)
	var got []Decision
	if err := c.AddPrepared(context.Background(), c.PrepareFinish(context.Background(), len(docs), load, finish, 2),
		func(d Decision) { got = append(got, d) }); err != nil {
		t.Fatal(err)
	}
	ref := New(DefaultConfig(), nil)
	var want []Decision
	for i, d := range docs {
		if i == copyAt {
			d.CopyOf, d.SourceStory = docs[0].ID, "s-known"
		}
		want = append(want, ref.Add(d))
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("decisions differ from adding the completed docs one by one")
	}
}

// TestPrepareFinishError: an error of finish ends AddPrepared with it,
// the docs before the failed one added.
func TestPrepareFinishError(t *testing.T) {
	docs := synthStream(4, 600)
	boom := errors.New("no source")
	finish := func(i int, _ *Doc) error {
		if i == 300 {
			return boom
		}
		return nil
	}
	c := New(DefaultConfig(), nil)
	added := 0
	err := c.AddPrepared(context.Background(), c.PrepareFinish(context.Background(), len(docs),
		func(i int) (Doc, error) { return docs[i], nil }, finish, 2), func(Decision) { added++ })
	if !errors.Is(err, boom) || added != 300 {
		t.Fatalf("error %v after %d docs, want %v after 300", err, added, boom)
	}
}
