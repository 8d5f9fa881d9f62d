package compare

import (
	"strings"
	"testing"
)

// TestSharedRunCutKeepsAttributionAfterQuote: a sentence that opens
// inside a quotation begun in the sentence before ("…," Lund said, and
// …) keeps its attribution: the words after the closing mark are the
// writer's, and a verb of saying there is the source of what is shown.
func TestSharedRunCutKeepsAttributionAfterQuote(t *testing.T) {
	r := run(t, mkArticles(
		"Night ferry\nThe harbour board met on Monday about the winter timetable.\n"+
			"\u201cWe cannot promise the night ferry. Nobody asked the pilots,\u201d Oren Lund, the harbour chief, said on Monday, and the crews will keep the northern pier safe through the whole winter.\n"+
			"Tickets already sold will be refunded.",
		"Ferry crews\nThe harbour board discussed the winter timetable on Monday.\n"+
			"The crews will keep the northern pier safe through the whole winter.\n"+
			"The day boats keep their timetable.",
	))
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if s.Article == "a0" && strings.Contains(s.Text, "northern pier") && !strings.Contains(s.Text, "said") {
				t.Errorf("the member is shown without its attribution: %q", s.Text)
			}
		}
	}
}
