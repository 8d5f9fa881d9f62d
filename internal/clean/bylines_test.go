package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// The bylines and bios of issue 15's "only-in facts" (read38): reporters'
// names alone at the top, live-blog sign-offs under a quotation, and the
// bio, contact and book lines that close a column. Fictional text.

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

// TestColumnEnds: the lines that close a column (how to reach or follow
// its writer, who the writer is, the writer's book) are furniture; a
// sentence that only shares a word with them is text.
func TestColumnEnds(t *testing.T) {
	c := newCleaner(t)
	tests := []struct {
		para string
		kind string // "" for text
	}{
		{"Reach Mara Lind on Twitter @maralind.", KindPromo},
		{"• Contact Tomas Berg at tberg@courier.example or on Twitter @tberg.", KindPromo},
		{"Contact reporter Eva Ruda by email at eruda@courier.example or by phone.", KindPromo},
		{"Follow Courier valley correspondent Mara Lind @maralind", KindShare},
		{"Follow reporter Mara Lind at @maralind.", KindShare},
		{"You can follow Mara Lind on Twitter @maralind.", KindShare},
		{"Ivo Kral (@ivokral) is a lecturer in law at Sorn University.", KindBio},
		{"Ivo Kral (@ivokral), a former judge, is the author of two books on water law.", KindBio},
		{"Her new book, “The Long Valley,” is out now.", KindBio},
		{"Ivo Kral’s latest book is The Long Valley: A River and Its People.", KindBio},
		{"Ivo Kral's new book “The Long Valley” was published by Sorn Press in May.", KindBio},
		{"Reach for the high ground, the mayor told residents.", ""},
		{"Follow the money, Petra Halvorsen said.", ""},
		{"Dusek's new book contends the dam was never safe.", ""},
		{"His new book sold 40,000 copies in its first week, the publisher said.", ""},
	}
	for _, tc := range tests {
		a := withPara("Valley Courier", tc.para, -1)
		a.Authors = nil
		p := c.Clean(a, nil).Paras[len(a.Paragraphs)-1]
		got := ""
		if p.Verdict == Furniture {
			got = p.Kind
		}
		if got != tc.kind {
			t.Errorf("%q: kind %q (%q), want %q", tc.para, got, p.Reason, tc.kind)
		}
	}
}

// TestBioOfNameAtTop: a writer's name alone over an opinion piece does not
// make the writer someone the article mentions, so the bio at its end is
// set aside; a person the text reports on keeps their line.
func TestBioOfNameAtTop(t *testing.T) {
	c := newCleaner(t)
	bio := "Ivo Kral is chairman of the Sorn Rivers Trust."
	paras := append([]string{"Ivo Kral"}, body...)
	a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: append(paras, bio)}
	if p := c.Clean(a, nil).Paras[len(a.Paragraphs)-1]; p.Verdict != Furniture || p.Kind != KindBio {
		t.Errorf("%q under a name at the top: %s %s %q, want a bio", bio, p.Verdict, p.Kind, p.Reason)
	}
	paras = append([]string{"Ivo Kral"}, body...)
	paras = append(paras, "Kral opened the valley's first flood shelter in 2019.")
	a = &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: append(paras, bio)}
	if p := c.Clean(a, nil).Paras[len(a.Paragraphs)-1]; p.Verdict != Text {
		t.Errorf("%q of someone the text reports on: %s %s %q, want text", bio, p.Verdict, p.Kind, p.Reason)
	}
}
