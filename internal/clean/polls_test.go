package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestPollPromos: a short label over a question in headline capitals is
// a poll or promo, both paragraphs; a label over a question in sentence
// case, a label over a statement, and a question alone are text. A
// question in headline capitals listed under "Read more:" is a related
// link like any other headline there.
func TestPollPromos(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	for _, tc := range []struct {
		name  string
		paras []string
		want  []bool // furniture or not, paragraph by paragraph
	}{
		{"a poll over the text", []string{"Urgent Poll:", "Should Reddin Close the Old Bridge? Vote Here!", lead},
			[]bool{true, true, false}},
		{"a topic label over a question", []string{"Bridge Repairs:", "Was the Council Right to Close It?", lead},
			[]bool{true, true, false}},
		{"a label over a question in sentence case", []string{lead, "Question:", "Why did the council wait so long to act?"},
			[]bool{false, false, false}},
		{"a label over a statement", []string{lead, "Bridge Vote:", "The Bridge Reopens On Friday Morning."},
			[]bool{false, false, false}},
		{"a headline question under read more", []string{lead, "Read more:", "Can Reddin Afford a New Bridge?", lead},
			[]bool{false, true, true, false}},
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

// TestVideoPlayerCaption: the Guardian's video player line ("Play Video
// 1:07 Title – video") is a caption, not text.
func TestVideoPlayerCaption(t *testing.T) {
	c := newCleaner(t)
	a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: []string{
		"The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said.",
		"Play Video 1:07 Mayor Ana Ruiz: \u2018the bridge stays shut\u2019 \u2013 video",
	}}
	v := c.Clean(a, nil)
	if v.Paras[0].Verdict != Text || v.Paras[1].Verdict != Furniture {
		t.Errorf("verdicts %s, %s (%s); want text, then the player's caption set aside", v.Paras[0].Verdict, v.Paras[1].Verdict, v.Paras[1].Reason)
	}
}
