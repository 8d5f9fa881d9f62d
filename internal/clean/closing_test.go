package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestClosingCredit: the credit that closes a report in a network's or a
// paper's own form (who wrote and reported from where, who contributed,
// with additional reporting by, an update's time) is furniture among the
// last paragraphs; a sentence of the report about what someone reported
// or contributed is text, and so is a credit-like line far from the end.
func TestClosingCredit(t *testing.T) {
	c := newCleaner(t)
	lead := "The Reddin council voted on Tuesday to close the old bridge for repairs, the mayor said."
	for _, tc := range []struct {
		text string
		want bool // furniture
	}{
		{"Valley Wire's Ann Lee and Bo P. Park wrote in Reddin, and Tal Roe reported from Sorn. Valley Wire's Max Ode, Ida Vell and Jon Sarn contributed to this report.", true},
		{"Ann Lee reported and wrote from Reddin, while Valley Wire's Bo Park reported from Sorn.", true},
		{"With additional reporting by Valley Courier's Ann Lee.", true},
		{"Bo Park contributed to this article.", true},
		{"Tal Roe and Ida Vell contributed. Updated at 7:37 p.m.", true},
		{"Valley Courier correspondent Ann Lee contributed to this post.", true},
		{"This story was reported by the Sorn Trust Foundation.", true},
		{"It was reported from Reddin on Tuesday.", false},
		{"Bo Park contributed. He reported from Sorn on Tuesday.", false},
		{"Ann Lee wrote from Reddin that the bridge was unsafe.", false},
		{"The council contributed 40,000 to the repair fund.", false},
		{"As the Courier previously reported:", false},
		{"Bo Park contributed to this report, \"we will rebuild\" he wrote.", false},
	} {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: []string{lead, tc.text, lead}}
		v := c.Clean(a, nil)
		if got := v.Paras[1].Verdict != Text; got != tc.want {
			t.Errorf("%q: verdict %s (%s), want furniture %v", tc.text, v.Paras[1].Verdict, v.Paras[1].Reason, tc.want)
		}
	}
	// Far from the end, the same line is a sentence of the report.
	far := "With additional reporting by Valley Courier's Ann Lee."
	a := &article.Article{Outlet: "Valley Courier", Language: "en", Paragraphs: []string{lead, far,
		"The bridge was built in 1931 and last repaired twenty years ago.",
		"Engineers found cracks in two of its piers in March, the council's report said.",
		"Drivers will be sent over the Sorn road, which adds about ten minutes to the trip.",
		"The council will meet again next month to choose a contractor."}}
	if v := c.Clean(a, nil); v.Paras[1].Verdict != Text {
		t.Errorf("%q opening the article: verdict %s (%s), want text", far, v.Paras[1].Verdict, v.Paras[1].Reason)
	}
}
