package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// The bylines of issue 15's "only-in facts" (read38): reporters' names
// alone at the top and live-blog sign-offs under a quotation. Fictional
// text.

// TestNamesAtTop: two or more people's names alone, above the text, are
// the reporters' byline; a sentence about two people, a headline in
// title case, a titled name and names further down are text.
func TestNamesAtTop(t *testing.T) {
	c := newCleaner(t)
	tests := []struct {
		name  string
		paras []string
		at    int
		want  bool
	}{
		{"two names", []string{"Mara Lind and Tomas Berg", body[0], body[1]}, 0, true},
		{"comma and", []string{"Mara Lind, and Tomas Berg", body[0], body[1]}, 0, true},
		{"and twice", []string{"Mara Lind and Tomas Berg and Ivo Kral", body[0], body[1]}, 0, true},
		{"a list with an initial", []string{"Mara Lind, Eva J. Ruda, Tomas Berg and Ivo Kral", body[0], body[1]}, 0, true},
		{"under a credit", []string{"Ana Ruiz/Reuters", "Mara Lind and Tomas Berg", body[0]}, 1, true},
		{"a sentence", []string{"Lind and Berg met on Tuesday.", body[0], body[1]}, 0, false},
		{"a headline", []string{"With Eye On Budget, Council Seeks Changes", body[0], body[1]}, 0, false},
		{"a headline with a possessive", []string{"Estria's Economy Cools, Perhaps More Than Planned", body[0], body[1]}, 0, false},
		{"a headline of two words", []string{"Millions Raised and Spent So Far", body[0], body[1]}, 0, false},
		{"titles", []string{"Sen. Mara Lind and Sen. Tomas Berg", body[0], body[1]}, 0, false},
		{"below the text", []string{body[0], body[1], "Mara Lind and Tomas Berg", body[2]}, 2, false},
	}
	for _, tc := range tests {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: tc.paras}
		p := c.Clean(a, nil).Paras[tc.at]
		if got := p.Verdict == Furniture && p.Kind == KindByline; got != tc.want {
			t.Errorf("%s: %q byline = %v (%s %q), want %v", tc.name, tc.paras[tc.at], got, p.Kind, p.Reason, tc.want)
		}
	}
}

// TestSignOffUnderQuotation: a live report's entry may end with someone's
// words and then its reporter's name; the name is a sign-off when the
// quotation names its own speaker, or when the same name signs off
// elsewhere in the report.
func TestSignOffUnderQuotation(t *testing.T) {
	c := newCleaner(t)
	text1 := "The council voted on Tuesday to close the Reddin bridge until the spring."
	text2 := "Engineers found cracks in two of its piers after the March floods."
	alone := "“We will rebuild it stronger than before, whatever it costs.”"
	said := "“We will rebuild it,” Dusek said. “Whatever it costs.”"
	tests := []struct {
		name  string
		paras []string
		at    int
		want  bool
	}{
		{"the quotation names its speaker", []string{text1, said, "- Mara Lind", text2}, 2, true},
		{"straight marks, named", []string{text1, "\"We will rebuild it,\" Dusek said.", "- Mara Lind", text2}, 2, true},
		{"alone, signed elsewhere", []string{text1, alone, "— Mara Lind", "Bridge vote", text2, "— Mara Lind", "Ferry resumes", text1}, 2, true},
		{"alone, signed by others elsewhere", []string{text1, alone, "— Ivo Kral", "Bridge vote", text2, "— Mara Lind", "Ferry resumes", text1}, 2, false},
		{"alone", []string{text1, alone, "— Mara Lind", text2}, 2, false},
		{"alone in single marks", []string{text1, "‘We will rebuild it, whatever it costs.’", "— Mara Lind", text2}, 2, false},
	}
	for _, tc := range tests {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: tc.paras}
		p := c.Clean(a, nil).Paras[tc.at]
		if got := p.Verdict == Furniture && p.Kind == KindByline; got != tc.want {
			t.Errorf("%s: %q sign-off = %v (%s %q), want %v", tc.name, tc.paras[tc.at], got, p.Kind, p.Reason, tc.want)
		}
	}
}
