package nlp

import "testing"

// TestNumbersCounted: what a figure counts when a word stands between
// them: a word of increment ("other", "more"), the whole of a part ("of
// the 12 jurors", "out of eleven contests", "of her colleagues"), an
// adverb of degree or in -ly, a participle before the noun, and money
// "in" a noun (h/numbers56, issue 15; session 55 hid such rows for want
// of a label).
func TestNumbersCounted(t *testing.T) {
	a := newTestAnalyzer(t)
	type want = numWant
	checkNumbers(t, a, []numCase{
		{"The mayor toured the site with three other officials.", []want{{"three", NumCount, 3, 0, "", "officials"}}},
		{"The county hired 400 more nurses last spring.", []want{{"400", NumCount, 400, 0, "", "nurses"}}},
		{"The count was not two more than expected.", []want{{"two", NumCount, 2, 0, "", ""}}},
		{"Nine of the 12 jurors backed the ferry owner.", []want{{"Nine", NumCount, 9, 0, "", "12 jurors"}, {"12", NumCount, 12, 0, "", "jurors"}}},
		{"She won seven out of eleven contests in the spring.", []want{{"seven", NumCount, 7, 0, "", "eleven contests"}, {"eleven", NumCount, 11, 0, "", "contests"}}},
		{"The mayor was joined by dozens of her council colleagues.", []want{{"dozens", NumCount, 12, 0, "", "council colleagues"}}},
		{"The pollster reached 1,200 randomly chosen tenants by phone.", []want{{"1,200", NumCount, 1200, 0, "", "chosen tenants"}}},
		{"The port will take 3,000 pledged workers next year.", []want{{"3,000", NumCount, 3000, 0, "", "pledged workers"}}},
		{"The county set aside $40 million in road repairs.", []want{{"$40 million", NumMoney, 4e7, 0, "USD", "road repairs"}}},
		{"The two sides split the five most populous counties.", []want{{"two", NumCount, 2, 0, "", "sides"}, {"five", NumCount, 5, 0, "", ""}}},
		{"She left as the two slowly went home.", []want{{"two", NumCount, 2, 0, "", ""}}},
		{"The bill holds $5 billion in wall funding Darrow asked for.", []want{{"$5 billion", NumMoney, 5e9, 0, "USD", "wall funding"}}},
		{"Seven in 10 of those polled backed the plan.", []want{{"Seven in 10", NumPercent, 0.7, 0, "share", ""}}},
		{"In year four of his term, the plan stalled.", []want{{"four", NumCount, 4, 0, "", ""}}},
		{"The county spent $40 million in Harlow.", []want{{"$40 million", NumMoney, 4e7, 0, "USD", ""}}},
	})
}
