package compare

import (
	"testing"
)

// TestNumbersNotRows: ordinals, idioms, listicle headline counts, a
// street address, a mistyped year, an insult and an ordinal "a third" are
// no rows of the Numbers table (h/numbers57b: read57 found each as a row);
// the quantities beside them stay.
func TestNumbersNotRows(t *testing.T) {
	r := run(t, mkArticles(
		"5 key takeaways from the Orvik hearing\nThe mayor of Orvik won a second term in the 2106 election, with 3,400 votes. "+
			"Her aide stayed within the four corners of the report. Her rival called him a zero. "+
			"Two committees met this week and a third meets next week. The office at 1600 Orvik Avenue cost $2 million.",
		"3 winners and 5 losers from the Orvik vote\nThe mayor of Orvik won a second term with 3,400 votes. "+
			"Critics called the plan death by a thousand cuts. Here are five takeaways. The mayor said it a million times.",
	))
	for _, c := range []struct{ art, text string }{
		{"a0", "5"}, {"a0", "second"}, {"a0", "2106"}, {"a0", "four"}, {"a0", "zero"}, {"a0", "a third"}, {"a0", "1600"},
		{"a1", "3"}, {"a1", "5"}, {"a1", "second"}, {"a1", "a thousand"}, {"a1", "five"}, {"a1", "a million"},
	} {
		if q := quantityOf(r, c.art, c.text); q != nil {
			t.Errorf("%s %q is a row: %+v", c.art, c.text, q)
		}
	}
	if q := quantityOf(r, "a0", "3,400"); q == nil || len(q.Values) != 2 {
		t.Errorf("3,400 votes: %+v", q)
	}
	if q := quantityOf(r, "a0", "$2 million"); q == nil {
		t.Errorf("$2 million lost")
	}
}

// TestNumbersLeadingPoint: a figure written with a leading decimal
// point keeps it (h/numbers57b: read57 found ".026 percent" shown as
// "026 percent", a value a thousand times larger).
func TestNumbersLeadingPoint(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik budget\nThe Orvik fund costs about .026 percent of the annual budget.",
		"Orvik budget told\nThe Orvik fund costs .026 percent of the annual budget, officials said.",
	))
	q := quantityOf(r, "a0", ".026 percent")
	if q == nil || len(q.Values) != 2 || q.Values[0].Value > 0.001 {
		t.Errorf(".026 percent: %+v", q)
	}
}

// TestNumbersOneAge: one person's age told by several outlets is one
// row (h/numbers57b: read57 found an age of 44 in three rows), not the
// same age of another person.
func TestNumbersOneAge(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik senator runs\nSenator Lorne Orvik, 44, is starting the third year of his term.",
		"Orvik enters race\nA graduate of Tarn College, Mr. Orvik, 44, served as the state's solicitor.",
		"Orvik rival\nHis rival, Mara Tarn, 44, runs too.",
	))
	q := quantityOf(r, "a0", "44")
	if q == nil || len(q.Values) != 2 || quantityOf(r, "a1", "44") != q || quantityOf(r, "a2", "44") == q {
		t.Errorf("age 44: %+v", q)
	}
}

// TestNumbersConversion: a distance and its conversion in brackets
// ("56 kilometers (35 miles)") are one row, which joins another outlet's
// 35 miles (h/numbers57b: read57 found each distance in two rows).
func TestNumbersConversion(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik site\nThe launch site is 56 kilometers (35 miles) from Orvik.",
		"Orvik site told\nThe launch site is 35 miles from Orvik.",
		"Tarn pad\nA fuel depot lies 70 kilometers (45 miles) south of Tarn.",
	))
	if q := quantityOf(r, "a0", "56"); q != nil {
		t.Errorf("56 kilometers is a row of its own: %+v", q)
	}
	if q := quantityOf(r, "a0", "35"); q == nil || len(q.Values) != 2 {
		t.Errorf("35 miles: %+v", q)
	}
	if q70, q45 := quantityOf(r, "a2", "70"), quantityOf(r, "a2", "45"); q70 != nil && q45 != nil {
		t.Errorf("70 kilometers (45 miles) in two rows")
	}
}

// TestNumbersKept: what the rules above leave as rows: an ordinal day
// of something that lasts ("in its 26th day"), "zero tolerance", a count
// of things in a body sentence ("questions" told in a sentence that does
// not open with the figure).
func TestNumbersKept(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik strike goes on\nThe Orvik strike is in its 26th day, and a zero tolerance rule holds. Workers asked five questions at the meeting.",
		"Orvik strike\nThe Orvik strike is now in its 26th day. Panel: Five questions the council may ask\n\nThe rule is zero tolerance.",
	))
	if q := quantityOf(r, "a0", "26th"); q == nil || len(q.Values) != 2 {
		t.Errorf("26th day: %+v", q)
	}
	if q := quantityOf(r, "a0", "zero"); q == nil {
		t.Errorf("zero tolerance lost")
	}
	if q := quantityOf(r, "a0", "five"); q == nil {
		t.Errorf("five questions at the meeting lost")
	}
	if q := quantityOf(r, "a1", "Five"); q != nil {
		t.Errorf("listicle heading after a colon is a row: %+v", q)
	}
}

// TestNumbersKeptCounts: rows the numbers57b rules took by mistake
// (review57c): a billion downloads counted as "times" with no idiom word
// before it, a listicle noun counted in a body sentence that opens with
// another figure, a race distance after "a" read as a year.
func TestNumbersKeptCounts(t *testing.T) {
	r := run(t, mkArticles(
		"Orvik app\nThe Orvik app was downloaded 1 billion times. 12 people died in the storm, and officials cited 3 reasons for the delay. She won a 1500 meter race.",
		"Orvik app told\nThe Orvik app has been downloaded 1 billion times, its maker said. Officials cited 3 reasons for the delay. She won a 1500 meter race in May.",
	))
	for _, text := range []string{"1 billion", "3", "1500"} {
		if q := quantityOf(r, "a0", text); q == nil {
			t.Errorf("%q lost", text)
		}
	}
}
