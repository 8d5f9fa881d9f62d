package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestPullQuotes: a line of the article printed again with its speaker's
// name, after a dash or after a word with no stop, is a pull quote; the
// same form with words the article does not print elsewhere, and a
// sentence that ends with a name after its own stop, are text.
func TestPullQuotes(t *testing.T) {
	c := newCleaner(t)
	said := "\u201cWe will not close the old bridge before the new one is open,\u201d Mayor Ana Ruiz said on Tuesday."
	other := "The council voted 7-2 to fund the repairs, which will take two years."
	for _, tc := range []struct {
		name  string
		paras []string
		want  []bool // furniture or not, paragraph by paragraph
	}{
		{"a bare name after the words", []string{said, "We will not close the old bridge before the new one is open Ana Ruiz", other},
			[]bool{false, true, false}},
		{"a dash and a title", []string{said, other, "\u201cWe will not close the old bridge before the new one is open.\u201d \u2014 Mayor Ana Ruiz"},
			[]bool{false, false, true}},
		{"words printed nowhere else", []string{said, "Nobody here wants to lose a second ferry this winter Tom Reddin", other},
			[]bool{false, false, false}},
		{"a sentence ending with a name", []string{said, "Repairs on the old bridge before the new one is open were approved by Ana Ruiz.", other},
			[]bool{false, false, false}},
	} {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: tc.paras}
		v := c.Clean(a, nil)
		for i, p := range v.Paras {
			if got := p.Verdict != Text; got != tc.want[i] {
				t.Errorf("%s: paragraph %d %q: verdict %s (%s), want furniture %v", tc.name, i, tc.paras[i], p.Verdict, p.Reason, tc.want[i])
			}
		}
	}
}
