package compare

import (
	"strings"
	"testing"
)

// memberOf returns the text article id's member of the fact group whose
// sentences hold prefix shows, and whether there is one.
func memberOf(r *Report, prefix, id string) (FactSentence, bool) {
	for _, s := range factGroupWith(r, prefix) {
		if s.Article == id {
			return s, true
		}
	}
	return FactSentence{}, false
}

// TestRunOnClauseCut: one article tells the ferry operator's statement
// and runs on into what the crowd did; the other tells the statement
// alone. The first article's member is shown up to the comma, marked
// cut, and lists no own words from the part cut off.
func TestRunOnClauseCut(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry line ends\nThe Norby ferry company said on Monday it will stop the night crossing to Halm island next spring.\n"+
			"\"The night boat has lost money every winter for a decade,\" chief executive Ola Brenn said, drawing angry shouts from islanders packed into the harbour hall.\n"+
			"Tickets already sold will be refunded.",
		"Night ferry to stop\nThe Norby ferry company will stop its night crossing to Halm island next spring, it said on Monday.\n"+
			"\"The night boat has lost money every winter for a decade,\" chief executive Ola Brenn said.\n"+
			"The day boats keep their timetable.",
	))
	s, ok := memberOf(r, "\"The night boat has lost money", "a0")
	if !ok {
		t.Fatalf("the statement is no fact of both articles: %+v", r.Facts)
	}
	if want := "\"The night boat has lost money every winter for a decade,\" chief executive Ola Brenn said…"; s.Text != want {
		t.Errorf("the run-on member shows %q, want %q", s.Text, want)
	}
	for _, o := range s.OnlyHere {
		if strings.Contains(o, "shouts") || strings.Contains(o, "harbour") {
			t.Errorf("the member lists %q, which is cut off", o)
		}
	}
	if o, _ := memberOf(r, "\"The night boat has lost money", "a1"); strings.HasSuffix(o.Text, cutMark) {
		t.Errorf("the other member is cut: %q", o.Text)
	}
}

// TestRunOnClauseKept: the clause after the comma stays when another
// member says it too, when it is an item of a list, or when it is in
// quotation marks.
func TestRunOnClauseKept(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry line ends\nThe Norby ferry company said on Monday it will stop the night crossing to Halm island next year, blaming rising fuel costs for the loss.\n"+
			"Brenn was charged last year with fraud, lying to auditors and hiding papers from inspectors.\n"+
			"\"We kept it running for the islanders, and we cannot any more,\" chief executive Ola Brenn said.",
		"Night ferry to stop\nThe Norby ferry company will stop its night crossing to Halm island next year, blaming rising fuel costs, it said on Monday.\n"+
			"Brenn was charged last year with fraud, the island council said.\n"+
			"\"We kept it running for the islanders, and we cannot any more,\" Brenn said.",
	))
	for _, f := range r.Facts {
		if len(f.Sentences) < 2 {
			continue
		}
		for _, s := range f.Sentences {
			if strings.HasSuffix(s.Text, cutMark) {
				t.Errorf("%s's member is cut: %q", s.Article, s.Text)
			}
		}
	}
}
