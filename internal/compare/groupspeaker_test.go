package compare

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// speakerGroup is a quote group of n versions in n articles, given in
// turn to three persons, one in ten to nobody, in words of our own.
func speakerGroup(n int) ([]nlp.GlobalEntity, []quoteItem, []int) {
	ents := []nlp.GlobalEntity{{Name: "Ilse Varga"}, {Name: "Tomas Brill"}, {Name: "Oren Tal"}}
	keys := []string{"the", "board", "has", "never", "once", "stepped", "into", "the", "inquiry", "and", "never", "will"}
	items := make([]quoteItem, n)
	ms := make([]int, n)
	for i := range n {
		sp := i % 3
		if i%10 == 9 {
			sp = -1
		}
		items[i] = quoteItem{doc: i, speaker: sp, keys: keys[:6+i%7]}
		ms[i] = i
	}
	return ents, items, ms
}

// TestGroupSpeakerLarge: groupSpeaker names, on a large group of mixed
// speakers, the one most versions give; with one speaker it names none.
func TestGroupSpeakerLarge(t *testing.T) {
	ents, items, ms := speakerGroup(3001)
	if got := groupSpeaker(ents, items, ms); got != 0 {
		t.Errorf("groupSpeaker = %d, want 0 (the most versions)", got)
	}
	for i := range items {
		items[i].speaker = 1
	}
	if got := groupSpeaker(ents, items, ms); got != -1 {
		t.Errorf("groupSpeaker of one speaker = %d, want -1", got)
	}
}

// BenchmarkGroupSpeaker: a group of 2,000 versions given to three persons.
func BenchmarkGroupSpeaker(b *testing.B) {
	for _, n := range []int{200, 2000} {
		ents, items, ms := speakerGroup(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for range b.N {
				groupSpeaker(ents, items, ms)
			}
		})
	}
}
