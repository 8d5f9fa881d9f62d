package compare

import (
	"slices"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/article"
)

// TestOwnCountriesAndYears: a country's descriptive name beside another
// article's short one and a year beside another article's "two years
// ago" of the same thing, counted from its date, are no details of the
// article's own; a year another article tells relative of another matter
// ("last year" of a union congress) and a name the other lacks stay own.
func TestOwnCountriesAndYears(t *testing.T) {
	first := "Ostra port vote\nThe Ostra council passed the harbour budget on Monday. " +
		"The first reading took an hour. " +
		"Lawyers for the port asked for a delay. " +
		"Iran sent an observer to the vote. " +
		"Harbour chief Lena Holm said the Islamic Republic wanted the cracked boilers, the locked gates and the unpaid night watchmen fixed. " +
		"The Velda county board passed a similar harbour toll in 2016, and the Marsk court struck down half of it after a long hearing on the ferry fares, the mooring fees, the pilot charges and the night landing rules. " +
		"Holm opened the fish market in 2017 with twelve stalls and two bakeries. " +
		"Ostra dredged its silted channel in the 1930s, and the merchants of the town paid for the new stone quay and the lighthouse."
	second := "Ostra council passes budget\nThe Ostra council passed the harbour budget on Monday. " +
		"Iran watched the vote. " +
		"Two years ago the pilots of Skarn complained of the night landing rules at their docks. " +
		"Last year the union held its congress in Marsk. " +
		"Engineers say the 1934 works on the channel left the stone quay too shallow for tugs."
	arts := mkArticles(first, second)
	arts[0].Published = article.Date{Time: time.Date(2018, 5, 2, 0, 0, 0, 0, time.UTC), Precision: article.Day}
	arts[1].Published = article.Date{Time: time.Date(2018, 5, 3, 0, 0, 0, 0, time.UTC), Precision: article.Day}
	r := run(t, arts)
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Islamic Republic", []string{"name:Lena Holm"}},
		{"Marsk court", []string{"figure:half"}},
		// "Holm" is listed as the article names her in full (fullName).
		{"fish market", []string{"name:Lena Holm", "figure:2017", "figure:twelve", "figure:two"}},
	} {
		f := oneArticleFact(r, c.in)
		if f == nil {
			t.Errorf("%s: no fact of one article", c.in)
			continue
		}
		if got := ownStrings(f); !slices.Equal(got, c.want) {
			t.Errorf("%s: own %q, want %q (only in %v)", c.in, got, c.want, f.OnlyIn())
		}
	}
}

// TestRelativeYears: years told from the publication date.
func TestRelativeYears(t *testing.T) {
	got := relativeYears("last year the board met; this year it votes, next year it builds, as it did two years ago and 12 years ago, not in the last years", 2018)
	if want := []int{2017, 2018, 2019, 2016, 2006}; !slices.Equal(got, want) {
		t.Errorf("relativeYears: %v, want %v", got, want)
	}
}
