package compare

import (
	"time"

	"github.com/parallax-news/parallax/internal/nlp"
)

// dayGroups takes out of each group a member whose sentence tells its act
// on another day than another member's: the days each names (nlp.ActDays:
// "Varn on Saturday defended …" beside "Varn on Sunday slammed …") are
// read against its article's publication day, and two members whose days
// share none tell two happenings, not one fact (read in session 65,
// h/facts65: one group held a leader's Saturday posts and his Sunday
// posts). A sentence that
// tells what is yet to come (tellsAhead) names the day of a plan, not of
// an act: it is never at odds.
func dayGroups(docs []*doc, al []aligned, groups []*factGroup) []*factGroup {
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		var dates map[int][]int
		ds := map[int]bool{}
		for _, m := range members {
			d := actDates(docs, al[m].s)
			if len(d) == 0 {
				continue
			}
			if dates == nil {
				dates = map[int][]int{}
			}
			dates[m] = d
			ds[al[m].s.doc] = true
		}
		if len(ds) < 2 {
			return nil, nil
		}
		return func(x, y int) bool {
			a, b := dates[x], dates[y]
			if len(a) == 0 || len(b) == 0 || al[x].s.doc == al[y].s.doc {
				return false
			}
			for _, p := range a {
				for _, q := range b {
					if p == q {
						return false
					}
				}
			}
			return true
		}, func(x, y int) int { return 0 }
	})
}

// actDates returns the days (counted from the Unix epoch) on which s
// tells its act: each weekday it names (nlp.ActDays) is the day of that
// name from five days before its article's publication day to one day
// after (a report dated in one time zone may name the next day of
// another), "yesterday" the day before. It returns nil when the article
// has no publication day, the sentence names a day of another week, or
// it tells what is yet to come.
func actDates(docs []*doc, s *sent) []int {
	pub := docs[s.doc].art.Published
	if pub.IsZero() {
		return nil
	}
	toks := docs[s.doc].an.Sentences[s.pos].Tokens
	days, yesterday, ok := nlp.ActDays(toks)
	if !ok || len(days) == 0 && !yesterday || tellsAhead(toks) {
		return nil
	}
	y, mo, d := pub.Time.Date()
	day := int(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	wd := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Weekday()
	var out []int
	for _, w := range days {
		for k := -5; k <= 1; k++ {
			if (int(wd)+k+7)%7 == int(w) {
				out = append(out, day+k)
			}
		}
	}
	if yesterday {
		out = append(out, day-1)
	}
	return out
}
