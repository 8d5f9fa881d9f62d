package clean

import (
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestHeadlineEcho: a page that prints the headline again at the top of
// the text, alone, after its section's name or run into its standfirst,
// sets it aside; a lede that opens with the headline's words and goes on,
// and a headline written as a full sentence, stay text.
func TestHeadlineEcho(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	title := "Reddin council votes to close the old bridge"
	body := "The council voted 7-2 on Tuesday after engineers found cracks in two piers."
	tests := []struct {
		name, title, para string
		want              bool
	}{
		{"alone", title, "Reddin council votes to close the old bridge", true},
		{"after a section", title, "Valley Reddin council votes to close the old bridge", true},
		{"with a standfirst", title, "Reddin council votes to close the old bridge Engineers found cracks in two piers last month", true},
		{"a lede going on", title, "Reddin council votes to close the old bridge, ending a year of debate over its piers.", false},
		{"a lede in other case going on", title, "REDDIN COUNCIL VOTES TO CLOSE THE OLD BRIDGE after a long night", false},
		{"a sentence headline", "The council voted to close the old bridge.", "The council voted to close the old bridge.", false},
		{"too far in", title, "In a late vote on Tuesday night Reddin council votes to close the old bridge", false},
	}
	for _, tc := range tests {
		a := &article.Article{Outlet: "Valley Courier", Language: "en", Title: tc.title, Paragraphs: []string{tc.para, body}}
		p := c.Clean(a, nil).Paras[0]
		if got := p.Verdict == Furniture && p.Reason == "the headline printed again at the top"; got != tc.want {
			t.Errorf("%s: %q echo = %v (%s %q), want %v", tc.name, tc.para, got, p.Kind, p.Reason, tc.want)
		}
	}
}
