package compare

import "testing"

// TestNumbersAgeLabel: an age is labelled as the age of whom it is said
// of, never by a count noun of its sentence ("left 19-year-old Dorran
// Pell dead" is no count of deaths) nor by the name or noun after it
// ("29-year-old Orla Venn" is no count of "Orla") (h/labels69, issue 15;
// the lead read "deaths | 18-year-old" and "James | 29" on two pages).
func TestNumbersAgeLabel(t *testing.T) {
	r := run(t, mkArticles(
		"Shooting in Tarrow\nThe Saturday shooting, which left 19-year-old Dorran Pell dead, has angered the town of Tarrow. A customer, later named as 29-year-old Orla Venn, wrestled the gun away.",
		"Tarrow protest\nA protest of the shooting of 19-year-old Dorran Pell by an officer in Tarrow turned violent. The mayor praised Orla Venn, 29, at a news conference. In May a 46-year-old man sued Dorran Pell's landlord. Orla Venn's 12-year-old son saw it.",
	))
	// A person named after the figure with more than one word between
	// is not whom the age is said of.
	if q := quantityOf(r, "a1", "46-year-old"); q == nil || q.What == "age of Dorran Pell" {
		t.Errorf("46-year-old: labelled as Pell's age: %+v", q)
	}
	if q := quantityOf(r, "a1", "12-year-old"); q == nil || q.What == "age of Orla Venn" {
		t.Errorf("12-year-old: labelled as Venn's age: %+v", q)
	}
	for _, c := range []struct{ text, want string }{{"19-year-old", "age of Dorran Pell"}, {"29-year-old", "age of Orla Venn"}} {
		q := quantityOf(r, "a0", c.text)
		if q == nil || q.What != c.want {
			t.Errorf("%s: want %q, got %+v", c.text, c.want, q)
		}
	}
}

// TestNumbersDeadNotInjured: a count of people shot dead is no count of
// injured because the sentence's next verb injures others ("gunned down
// four diners and injured three more"), so it never shares a row
// with a count of injured (h/labels69; the lead read Fox's four dead in
// an "injured: four" row).
func TestNumbersDeadNotInjured(t *testing.T) {
	r := run(t, mkArticles(
		"Diner shooting in Pellow\nA manhunt is under way for a gunman who gunned down four diners and injured three more inside a Pellow cafe, police said.",
		"Pellow diner attack\nFour diners were killed and four others wounded on Sunday when a gunman opened fire at a Pellow diner, police said.",
	))
	if q := quantityOf(r, "a0", "four"); q != nil && q.What == "injured" {
		t.Errorf("four shot dead labelled injured: %+v", q)
	}
	// Any form of the toll's verb before the figure still says it.
	r = run(t, mkArticles(
		"Cinema attack in Dunmore\nA gunman used a rifle to kill 11 people and injure dozens more inside a Dunmore cinema.",
		"Dunmore cinema shooting\nThe gunman opened fire in a Dunmore cinema, killing 11 people and wounding 40.",
	))
	if q := quantityOf(r, "a0", "11"); q == nil || q.What != "deaths" || len(q.Values) != 2 {
		t.Errorf("the toll of 11: %+v", q)
	}
}

// TestNumbersAgeLabelNoVerb: an adjective age followed by its person's
// verb ("the 24-year-old staggered out", "the 24-year-old working there")
// labels no row "age of staggered": the word after it is no noun it
// describes (issue 15; session 69 left an age row so headed).
func TestNumbersAgeLabelNoVerb(t *testing.T) {
	r := run(t, mkArticles(
		"Crash in Tarrow\nPolice said the 24-year-old staggered out of the car on the Tarrow bridge after the crash.",
		"Tarrow bridge crash\nWitnesses said the 24-year-old staggered away from the wreck on the Tarrow bridge before help came.",
	))
	for _, a := range []string{"a0", "a1"} {
		if q := quantityOf(r, a, "24-year-old"); q != nil && q.What == "age of staggered" {
			t.Errorf("%s: 24-year-old labelled %q", a, q.What)
		}
	}
}
