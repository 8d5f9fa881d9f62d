package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
)

// TestEmbeddedPostsQuotedOnly: a post embedded with its account's name
// and handle ("Jane Doe (@janedoe) …", as the Guardian prints one) is a
// source the outlet quotes: none of its sentences is a fact of the
// outlet's, none of its figures a number of the outlet's, and none of its
// loaded words the outlet's own wording (session 56: two posts stood as
// only-in facts, doubling the sentences before them, and a post's loaded
// word was listed as the outlet's own).
func TestEmbeddedPostsQuotedOnly(t *testing.T) {
	day := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	post := "Ann Lee (@annlee) 300 of my neighbours cross that bridge. The council slams the door on them. A disgrace."
	a := &article.Article{ID: "a1", Outlet: "Valley Courier", Title: "Reddin council votes to close the old bridge", Language: "en", Published: article.Date{Time: day},
		Paragraphs: []string{
			"The Reddin council voted on Tuesday to close the old bridge over the Varn for two years of repairs.",
			"Ann Lee, a member of the council who voted against the closure, wrote on Twitter that hundreds of her neighbours use the bridge.",
			post,
			"Repairs will cost the town about four million crowns, the mayor said after the vote.",
		}}
	b := &article.Article{ID: "b1", Outlet: "Sorn Wire", Title: "Reddin to shut old bridge for repairs", Language: "en", Published: article.Date{Time: day},
		Paragraphs: []string{
			"The council of Reddin voted on Tuesday to shut the old bridge over the Varn for two years while it is repaired.",
			"The repairs will cost about four million crowns, the mayor told reporters.",
		}}
	r := run(t, []*article.Article{a, b})
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if s.Article == "a1" && (strings.Contains(s.Text, "neighbours cross") || strings.Contains(s.Text, "slams the door") || strings.Contains(s.Text, "(@annlee)")) {
				t.Errorf("a post's sentence stands as a fact: %q", s.Text)
			}
		}
	}
	for _, n := range r.Numbers {
		for _, m := range n.Values {
			if strings.Contains(m.Sentence, "(@annlee)") || strings.Contains(m.Sentence, "neighbours cross") {
				t.Errorf("a post's figure stands in Numbers: %+v", m)
			}
		}
	}
	for _, at := range r.Terms {
		for _, u := range at.Lexicon {
			if at.Article == "a1" && strings.Contains(u.Sentence, "slams the door") && u.Own {
				t.Errorf("a post's word %q listed as the outlet's own", u.Text)
			}
		}
	}
}

// TestQuestionHeading: a numbered question standing as its paragraph
// heads an explainer's section and is no fact; a question in a paragraph
// of text, or one without a number, is left.
func TestQuestionHeading(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		paras []string
		para  int
		want  bool
	}{
		{[]string{"The council closed the old bridge on Tuesday.", "3) Why did the council vote now?", "The deck is cracked in four places, engineers said."}, 1, true},
		{[]string{"The council closed the old bridge on Tuesday.", "2. Will the ferry run all winter?", "The ferry will run until March, the harbour master said."}, 1, true},
		{[]string{"The council closed the old bridge on Tuesday.", "Why did the council vote now?", "The deck is cracked in four places, engineers said."}, 1, false},
		{[]string{"The council closed the old bridge on Tuesday.", "3) The council voted to close the bridge.", "The deck is cracked in four places, engineers said."}, 1, false},
		{[]string{"The council closed the old bridge on Tuesday. Why did it vote now?", "The deck is cracked in four places, engineers said."}, 0, false},
	} {
		a := an.Analyze(nlp.Input{Paragraphs: c.paras, Lang: "en"})
		got := false
		for i, s := range a.Sentences {
			if s.Para == c.para && questionHeading(a.Sentences, i) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: paragraph %d a question heading = %v, want %v", c.paras, c.para, got, c.want)
		}
	}
}
