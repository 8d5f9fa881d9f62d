package dedup

import (
	"strings"
	"testing"
	"time"
)

// Repetitive input must not make alignment quadratic: the seed and work
// limits bound it.
func TestRepetitiveInputStaysFast(t *testing.T) {
	c, _ := NewComparer(DefaultConfig())
	cases := [][2]string{
		{strings.Repeat("a ", 20000), strings.Repeat("a ", 20000)},
		{strings.Repeat("a b ", 20000), strings.Repeat("a b a ", 20000)},
		{strings.Repeat("a\n\n", 5000), strings.Repeat("a ", 5000)},
	}
	for i, cs := range cases {
		t0 := time.Now()
		c.Compare(Doc{ID: "a", Paragraphs: strings.Split(cs[0], "\n\n")}, Doc{ID: "b", Paragraphs: strings.Split(cs[1], "\n\n")})
		if d := time.Since(t0); d > 10*time.Second {
			t.Errorf("case %d took %v", i, d)
		}
	}
}
