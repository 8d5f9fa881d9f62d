package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestSignOffs: a live report's entries end with a dash and their
// reporters' names, which are no facts; a list of dashed names, a name
// under a quotation and a titled name stay text.
func TestSignOffs(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text1 := "The council voted on Tuesday to close the Reddin bridge until the spring."
	text2 := "Engineers found cracks in two of its piers after the March floods."
	quote := "“We will rebuild it stronger than before, whatever it costs.”"
	tests := []struct {
		name  string
		paras []string
		at    int
		want  bool
	}{
		{"one reporter", []string{text1, "– Mara Lind", text2}, 1, true},
		{"two, no space", []string{text1, "-Mara Lind, Tomas Berg", text2}, 1, true},
		{"three with and", []string{text1, "—Mara Lind, Tomas Berg and Ivo Kral", text2}, 1, true},
		{"double dash", []string{text1, "-- Mara Lind and Eva Ruda", text2}, 1, true},
		{"an initial", []string{text1, "—Carol E. Lind", text2}, 1, true},
		{"at the end", []string{text1, text2, "—Tomas Berg"}, 2, true},
		{"a list of names", []string{text1, "- Mara Lind", "- Tomas Berg", text2}, 1, false},
		{"under a quotation", []string{text1, quote, "— Mara Lind"}, 2, false},
		{"under an attributed quotation", []string{text1, "Asked about the bridge, the mayor replied: “We will see.”", "– Mara Lind and Tomas Berg", text2}, 2, true},
		{"a title", []string{text1, "— Sen. Mara Lind", text2}, 1, false},
		{"one word", []string{text1, "- Sorn", text2}, 1, false},
		{"in capitals", []string{text1, "- MARA LIND, Sorn, Estria", text2}, 1, false},
		{"a sentence", []string{text1, "— Mara Lind said the bridge would reopen.", text2}, 1, false},
	}
	for _, tc := range tests {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: tc.paras}
		p := c.Clean(a, nil).Paras[tc.at]
		if got := p.Verdict == Furniture && p.Kind == KindByline; got != tc.want {
			t.Errorf("%s: %q sign-off = %v (%s %q), want %v", tc.name, tc.paras[tc.at], got, p.Kind, p.Reason, tc.want)
		}
	}
}
