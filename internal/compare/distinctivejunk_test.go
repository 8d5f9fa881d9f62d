package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// TestDistinctiveWordsLeaveHouseStyle: the words that set an article
// apart leave out a neutral verb of saying, a courtesy title and the
// outlet's name of one word (h/read54: "said", "mr", "'s", "cnn" led the
// lists on 11 of 16 pages); a loaded verb of saying stays.
func TestDistinctiveWordsLeaveHouseStyle(t *testing.T) {
	got := distinctiveOfCourier(t, "Mr. Orsted said the harbour board claimed the levy on cargo ship number %d was fair, the Courier's reporter said.")
	for _, junk := range []string{"said", "mr", "courier", "'s"} {
		if strings.Contains(got, " "+junk+" ") {
			t.Errorf("distinctive words hold %q: %s", junk, got)
		}
	}
	if !strings.Contains(got, " claimed ") {
		t.Errorf("the loaded verb 'claimed' is not among the distinctive words: %s", got)
	}
}

// distinctiveOfCourier compares 40 paragraphs of the Courier (line, with
// %d the paragraph's number) with 40 of another outlet on the same levy,
// and returns the Courier's distinctive words in lower case, each with a
// space before and after.
func distinctiveOfCourier(t *testing.T, line string) string {
	t.Helper()
	var a, b []string
	for i := range 40 {
		a = append(a, fmt.Sprintf(line, i))
		b = append(b, fmt.Sprintf("The dockworkers union rejected the levy on cargo ship number %d at the harbour meeting on Tuesday.", i))
	}
	arts := []*article.Article{
		{ID: "a", Outlet: "Courier", Title: "Levy row", Paragraphs: a},
		{ID: "b", Outlet: "Harbour Gazette", Title: "Union rejects levy", Paragraphs: b},
	}
	r := run(t, arts)
	var words []string
	for _, at := range r.Terms {
		if at.Article != "a" {
			continue
		}
		for _, w := range at.Distinctive {
			words = append(words, strings.ToLower(w.Word))
		}
	}
	return " " + strings.Join(words, " ") + " "
}
