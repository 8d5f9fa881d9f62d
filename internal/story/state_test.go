package story

import (
	"bytes"
	"testing"
)

// TestMarshalSizedFromLastState: a state is written into a buffer sized
// from the states before it (the last one's length, plus the growth it
// had over the one before, and an eighth more), not grown from nothing,
// and writing it so changes none of its bytes.
func TestMarshalSizedFromLastState(t *testing.T) {
	c := New(DefaultConfig(), nil)
	docs := synthStream(7, 900)
	for _, d := range docs[:600] {
		c.Add(d)
	}
	c.Drain()
	first, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	second, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Fatal("the second state differs from the first")
	}
	// The first grew from nothing: as much again is expected.
	if n := 2 * len(first); cap(second) != n+n/8+len(stateMagic) {
		t.Errorf("the second state's buffer holds %d bytes, want %d (twice its length %d and an eighth)", cap(second), n+n/8+len(stateMagic), len(second))
	}
	third, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if want := len(first) + len(first)/8 + len(stateMagic); cap(third) != want {
		t.Errorf("the third state's buffer holds %d bytes, want %d (its length %d and an eighth: no growth)", cap(third), want, len(third))
	}
	// A state that grew is followed by a buffer for as much growth again,
	// which the next batch's state fits in.
	for _, d := range docs[600:750] {
		c.Add(d)
	}
	c.Drain()
	grown, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	g := len(grown) - len(first)
	if g <= 0 {
		t.Fatalf("the state did not grow: %d -> %d bytes", len(first), len(grown))
	}
	for _, d := range docs[750:] {
		c.Add(d)
	}
	c.Drain()
	next, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(grown) + g; cap(next) != n+n/8+len(stateMagic) {
		t.Errorf("the state after one that grew by %d holds %d bytes, want %d", g, cap(next), n+n/8+len(stateMagic))
	}
	resumed, err := Resume(next, nil)
	if err != nil {
		t.Fatal(err)
	}
	again, err := resumed.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, next) {
		t.Error("a resumed clusterer's state differs")
	}
	// A resumed clusterer sizes its first state from the one it read.
	if want := len(next) + len(next)/8 + len(stateMagic); cap(again) != want {
		t.Errorf("a resumed clusterer's first state holds %d bytes, want %d", cap(again), want)
	}
}
