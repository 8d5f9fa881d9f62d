package compare

import (
	"testing"
)

// TestNumbersSpeech: a figure of speech ("a thousand miles away"
// against a measured 300 miles), a show's name with a unit in it ("on 60
// Minutes"), "one quarter" standing for a place and "the two" before a
// time are no quantities and never a discrepancy (h/numbers58b; read58
// found each on a page).
func TestNumbersSpeech(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik rally\nWhen the council voted on Tuesday, the mayor of Orvik was a thousand miles away at a rally in Tarn. In at least one quarter, the vote met with open scorn. The mayor said he knew the judge well because both had been guests on 60 Minutes.",
		"Orvik rally held\nWhen the council voted on Tuesday, the mayor of Orvik was 300 miles away at a rally in Tarn. The deal was sealed at a lunch between the two Tuesday afternoon.",
	))
	for _, c := range []struct{ id, text string }{{"a0", "a thousand"}, {"a0", "one quarter"}, {"a0", "60 Minutes"}, {"a1", "two"}} {
		if q := quantityOf(r, c.id, c.text); q != nil {
			t.Errorf("%s %q is a row: %+v", c.id, c.text, q)
		}
	}
	for _, q := range r.Numbers {
		if q.Discrepancy {
			t.Errorf("discrepancy marked: %+v", q)
		}
	}
}

// TestNumbersLiterally: "a thousand miles away, literally" is a claim
// of distance the writer insists on, kept as a figure (the judged harness
// holds such a pair against a measured distance right).
func TestNumbersLiterally(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik rally\nWhen the council voted on Tuesday, the mayor of Orvik was a thousand miles away, literally, at a rally in Tarn.",
		"Orvik rally held\nWhen the council voted on Tuesday, the mayor of Orvik was 300 miles away at a rally in Tarn.",
	))
	if quantityOf(r, "a0", "a thousand") == nil {
		t.Errorf("the literal thousand miles is no row")
	}
}

// TestNumbersLabels: a row's label is what the figure counts, never a
// word after it that names nothing ("21 weeks along", "20 weeks
// nationwide", "eight hours worth of"), nor only the name of a source
// before its noun ("six Orvik reports").
func TestNumbersLabels(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik bill\nThe Orvik bill would ban the procedure after 20 weeks nationwide, its sponsor said on Monday. She was 21 weeks along when the clinic turned her away. None of the six OECD reports the council read found a flaw.",
		"Orvik bill passes\nThe hearing ended on Monday after eight hours worth of testimony on the Orvik bill. None of the six OECD reports the council read found a flaw, the clerk said.",
	))
	for _, c := range []struct{ id, text, want string }{
		{"a0", "20 weeks", ""}, {"a0", "21 weeks", ""}, {"a1", "eight hours", ""}, {"a0", "six", "OECD reports"},
	} {
		q := quantityOf(r, c.id, c.text)
		if q == nil {
			continue // a one-outlet row may be hidden; then it shows no label
		}
		if q.What != c.want {
			t.Errorf("%s %q labelled %q, want %q", c.id, c.text, q.What, c.want)
		}
	}
	if quantityOf(r, "a0", "six") == nil {
		t.Errorf("the six reports of both outlets are no row")
	}
}

// TestNumbersLabelKept: a word of labelStops before a noun keeps the
// label whole ("two legal categories"), an adjective before a noun is
// no stop, and "for 50 Years" in a quoted headline stays a span.
func TestNumbersLabelKept(t *testing.T) {
	if got := rowCounts(nil, 0, "legal categories"); got != "legal categories" {
		t.Errorf("got %q", got)
	}
	if got := rowCounts(nil, 0, "young illegal migrants"); got != "young illegal migrants" {
		t.Errorf("got %q", got)
	}
	if got := rowCounts(nil, 0, "gestation except"); got != "gestation" {
		t.Errorf("got %q", got)
	}
	r := run(t, mkArticles(
		"Orvik dies\nThe wire story's headline read, \"Orvik, Who Ran Tarn for 50 Years, Dies at 90.\"",
		"Orvik dead\nOrvik, who ran Tarn for 50 years, died on Friday at 90.",
	))
	if quantityOf(r, "a0", "50 Years") == nil {
		t.Errorf("the headline's 50 years is no row")
	}
}
