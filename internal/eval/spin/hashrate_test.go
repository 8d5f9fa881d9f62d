package spin

import (
	"testing"

	"github.com/zeebo/xxh3"
)

// BenchmarkXXH3Word measures xxh3 on word-sized keys (the mean word of the
// ABP corpus is about 5 bytes plus a separator): the hashing limit.
func BenchmarkXXH3Word(b *testing.B) {
	words := []string{"the", "president", "said", "on", "tuesday", "that", "ukraine", "forces"}
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	var acc uint64
	for b.Loop() {
		for _, w := range words {
			acc ^= xxh3.HashString(w)
		}
	}
	_ = acc
}

func TestSplitWords(t *testing.T) {
	got := splitWords("Kyiv's 20% — ok", nil)
	want := []string{"Kyiv", "s", "20", "\xe2\x80\x94", "ok"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}
