package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestFiguresSetApart: what a sentence says beside a figure keeps two
// figures from being one disagreement: other weekdays of a running count,
// a figure the other side also gives, a rate against a total, a "1" that
// names a line, figures far apart, and tolls of two attacks that share
// nothing but "killed". The same facts on one day are a discrepancy.
func TestFiguresSetApart(t *testing.T) {
	r := run(t, mkArticles(
		"Fever in Estria\nAs of Tuesday, the Estrian health ministry counted 80,648 recovered patients nationwide. "+
			"On Monday Valmora ordered 13 Estrian diplomats to leave the country over the fever data. "+
			"The Valmora harbour added 20,800 dock jobs a month during the fever, the port board said. "+
			"The courier rode the Valmora ferry on the A, L and 1 lines before falling ill, the port board said. "+
			"The Valmora harbour board counted 1,404,000 votes for the quarantine plan on Monday. "+
			"Nine people died in the harbour clinic fire on Monday, officials said. "+
			"On Monday the Valmora port board said 612 dockworkers were in quarantine at the harbour.",
		"Estria fever\nAs of Friday, the Estrian health ministry counted 69,607 recovered patients nationwide. "+
			"Valmora expelled 13 Estrian envoys, and Sorn ordered two Estrian diplomats to leave the country over the fever data. "+
			"The Valmora harbour added 158,000 dock jobs during the fever, the port board said. "+
			"The courier rode three Valmora ferry lines before falling ill, the port board said. "+
			"The Valmora harbour board counted 232 votes for the quarantine plan on Monday. "+
			"Six people were killed in a bus crash near Sorn. "+
			"On Monday the Valmora port board said 640 dockworkers were in quarantine at the harbour.",
	))
	for _, c := range []struct {
		text string
		want bool
	}{
		{"80,648", false}, {"13", false}, {"20,800", false}, {"1", false}, {"1,404,000", false}, {"Nine", false},
		{"612", true},
	} {
		if q := quantityOf(r, "a0", c.text); q != nil && q.Discrepancy != c.want || q == nil && c.want {
			t.Errorf("%s: discrepancy %v, want %v: %+v", c.text, q != nil && q.Discrepancy, c.want, q)
		}
	}
}

// TestMixedQuantity: a group one of whose sentences also gives another
// member's figure holds two quantities.
func TestMixedQuantity(t *testing.T) {
	items := []numItem{
		{n: nlp.Number{Kind: nlp.NumCount, Value: 3}},
		{n: nlp.Number{Kind: nlp.NumCount, Value: 5}},
		{n: nlp.Number{Kind: nlp.NumCount, Value: 3}, others: []float64{5}},
	}
	if !mixedQuantity(items, []int{0, 1, 2}) {
		t.Error("three (next to five in one sentence) and five: not mixed")
	}
	if mixedQuantity(items, []int{0, 1}) {
		t.Error("three and five alone: mixed")
	}
}

// TestFarApart: figures more than twice and more than two apart.
func TestFarApart(t *testing.T) {
	for _, c := range []struct {
		x, y float64
		want bool
	}{
		{263, 270, false}, {2, 3, false}, {3, 5, false}, {600, 1000, false}, {2, 6, true}, {232, 1404000, true}, {1, 3, false},
	} {
		if got := farApart(c.x, c.y); got != c.want {
			t.Errorf("farApart(%v, %v) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

// TestSameIncidentToll: one outlet names the incident, another refers
// back to it; the sentences share no event word besides the toll, yet
// close tolls told of the article's own time are one toll at odds
// (h/numbers50). A toll told of another year, or one far off, is not.
func TestSameIncidentToll(t *testing.T) {
	for _, c := range []struct {
		name, first, second, text string
		want                      bool
	}{
		{"refers back", "A gunman fired on the crowd at the Orvik harvest fair on Sunday night, leaving at least 31 people dead and 90 others hurt.",
			"The attack left 30 people dead.", "31", true},
		{"another year", "A gunman fired on the crowd at the Orvik harvest fair on Sunday night, leaving at least 31 people dead and 90 others hurt.",
			"In 2016 a shooting at a Tarn club left 30 people dead.", "31", false},
		{"far off", "A gunman fired on the crowd at the Orvik harvest fair on Sunday night, leaving at least 31 people dead and 90 others hurt.",
			"The attack left 24 people dead.", "31", false},
	} {
		r := run(t, mkArticles("Orvik fair\n"+c.first, "Orvik\n"+c.second))
		q := quantityOf(r, "a0", c.text)
		if got := q != nil && q.Discrepancy; got != c.want {
			t.Errorf("%s: discrepancy %v, want %v: %+v", c.name, got, c.want, q)
		}
	}
}
