package copies

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestCredits: a copy credits its source when it names the source's
// outlet (without its qualifier or generic words) or its web address's
// main label; a copy that names no one does not.
func TestCredits(t *testing.T) {
	src := func(outlet, url string) *article.Article { return &article.Article{Outlet: outlet, URL: url} }
	cp := func(text string, authors ...string) *article.Article {
		return &article.Article{Title: "Harbour works approved", Authors: authors, Paragraphs: []string{"The council approved the works.", text}}
	}
	for _, tc := range []struct {
		name string
		src  *article.Article
		cp   *article.Article
		want bool
	}{
		{"names the outlet", src("Quay Courier", "https://quaycourier.example/a"), cp("The Quay Courier first reported the plan."), true},
		{"bracketed qualifier", src("Quay Courier (Web News)", ""), cp("as Quay Courier reported"), true},
		{"dash qualifier", src("Harbour Times - News", ""), cp("the Harbour Times said"), true},
		{"generic words", src("Valley Online News", ""), cp("Valley reported on Monday"), true},
		{"host label", src("QC", "https://www.quaycourier.example/a"), cp("Source: quaycourier"), true},
		{"byline", src("Continental Wire", ""), cp("The council approved.", "Continental Wire staff"), true},
		{"case and punctuation", src("Quay Courier", ""), cp("(QUAY COURIER) — the council…"), true},
		{"no credit", src("Quay Courier", "https://quaycourier.example/a"), cp("Experts revealed that the council approved the works."), false},
		{"part of a word is no credit", src("Quay Courier", ""), cp("Quayside couriers delivered the papers."), false},
	} {
		if got := Credits(tc.cp, tc.src); got != tc.want {
			t.Errorf("%s: Credits = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestSameOutlet(t *testing.T) {
	a := &article.Article{Outlet: "Quay Courier", URL: "https://www.quaycourier.example/a"}
	for _, tc := range []struct {
		b    *article.Article
		want bool
	}{
		{&article.Article{Outlet: "quay courier "}, true},
		{&article.Article{Outlet: "QC", URL: "https://quaycourier.example/b"}, true},
		{&article.Article{Outlet: "Harbour Times", URL: "https://harbourtimes.example/b"}, false},
	} {
		if got := SameOutlet(a, tc.b); got != tc.want {
			t.Errorf("SameOutlet(%+v) = %v, want %v", tc.b, got, tc.want)
		}
	}
}
