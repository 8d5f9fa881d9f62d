package story

import (
	"bytes"
	"testing"
)

// TestMarshalSizedFromLastState: a state is written into a buffer sized
// from the state before it (an eighth more), not grown from nothing, and
// writing it so changes none of its bytes.
func TestMarshalSizedFromLastState(t *testing.T) {
	c := New(DefaultConfig(), nil)
	for _, d := range synthStream(7, 600) {
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
	if want := len(first) + len(first)/8 + len(stateMagic); cap(second) != want {
		t.Errorf("the second state's buffer holds %d bytes, want %d (its length %d and an eighth)", cap(second), want, len(second))
	}
	resumed, err := Resume(second, nil)
	if err != nil {
		t.Fatal(err)
	}
	again, err := resumed.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, first) {
		t.Error("a resumed clusterer's state differs")
	}
}
