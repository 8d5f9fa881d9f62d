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

// addsCase is a member sentence and the other article's sentence that
// make one fact group, the prefix the group's sentences hold, and what
// the member is marked as adding.
type addsCase struct{ name, member, other, prefix, adds string }

// checkMemberAdds runs each case as two articles and checks what the
// first article's member is marked as adding; with whole, the member
// must also be shown whole (not cut).
func checkMemberAdds(t *testing.T, cases []addsCase, whole bool) {
	t.Helper()
	for _, c := range cases {
		r := run(t, mkArticles("Harbour\n"+c.member+"\nWork is due to start in March.", "Harbour news\n"+c.other+"\nThe council meets again next week."))
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%s: %q is no fact of both articles: %+v", c.name, c.prefix, r.Facts)
		}
		if whole && s.Whole != "" || s.Adds != c.adds {
			t.Errorf("%s: the member shows %q (whole %q) adding %q, want it whole adding %q", c.name, s.Text, s.Whole, s.Adds, c.adds)
		}
	}
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
	noMemberCut(t, r)
}

// TestSecondPredicateCut: one article tells the harbour board's ruling
// and runs on, after "and" and a verb, into a second thing the board
// did; another tells the shipwright's remark and runs on, after a comma
// and "when", into when he made it. Each member is shown up to that
// point, marked cut, and the other articles' members are not cut.
func TestSecondPredicateCut(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour board rules on ferry\nThe Halm harbour board banned the old ferry from the night crossing on Tuesday and ordered its owners to repaint every lifeboat before spring.\n"+
			"\"That hull will outlast all of us,\" shipwright Per Lund told reporters, when the inspectors had left the dry dock for lunch.\n"+
			"The ferry keeps its day timetable.",
		"Old ferry barred at night\nThe Halm harbour board on Tuesday banned the old ferry from the night crossing.\n"+
			"\"That hull will outlast all of us,\" shipwright Per Lund told reporters.\n"+
			"Islanders fear a longer wait in winter.",
	))
	for _, c := range []struct{ prefix, want string }{
		{"The Halm harbour board banned", "The Halm harbour board banned the old ferry from the night crossing on Tuesday…"},
		{"\"That hull will outlast", "\"That hull will outlast all of us,\" shipwright Per Lund told reporters…"},
	} {
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if s.Text != c.want {
			t.Errorf("the run-on member shows %q, want %q", s.Text, c.want)
		}
		for _, o := range s.OnlyHere {
			if strings.Contains(o, "lifeboat") || strings.Contains(o, "inspector") {
				t.Errorf("the member lists %q, which is cut off", o)
			}
		}
		if o, _ := memberOf(r, c.prefix, "a1"); strings.HasSuffix(o.Text, cutMark) {
			t.Errorf("the other member is cut: %q", o.Text)
		}
	}
}

// TestSecondPredicateKept: the second predicate stays when the other
// member adds a predicate of its own (it may say the same in other
// words), when a speaker after it is the source of the whole sentence,
// and when "and" joins two descriptions rather than two predicates.
func TestSecondPredicateKept(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry owners answer\nThe ferry owners rejected the harbour board's ruling on Tuesday and vowed to take the matter to court before spring.\n"+
			"The old ferry sailed forty winters, was laid up twice and had its engine replaced, a deckhand said.\n"+
			"The board ordered a check of the lifeboats on the old ferry that was limited and focused on rust under the waterline.\n"+
			"The board said the old slipway beside the ferry pier will stay open and unused through the winter months ahead.",
		"Owners push back\nThe ferry owners rejected the harbour board's ruling on Tuesday and promised an appeal within the month.\n"+
			"The old ferry, laid up twice, sailed forty winters.\n"+
			"The board ordered a check of the lifeboats on the old ferry.\n"+
			"The board said the old slipway beside the ferry pier will stay open.",
	))
	noMemberCut(t, r)
	for _, prefix := range []string{"The ferry owners rejected", "The old ferry sailed", "The board ordered a check", "The board said the old slipway"} {
		if len(factGroupWith(r, prefix)) < 2 {
			t.Errorf("%q is no fact of both articles, so the test shows nothing: %+v", prefix, r.Facts)
		}
	}
}

// noMemberCut fails t for every member of r's fact groups shown cut.
func noMemberCut(t *testing.T, r *Report) {
	t.Helper()
	for _, f := range r.Facts {
		if len(f.Sentences) < 2 {
			continue
		}
		for _, s := range f.Sentences {
			if strings.Contains(s.Text, cutMark) { // at the end, or in the middle for a head cut
				t.Errorf("%s's member is cut: %q", s.Article, s.Text)
			}
		}
	}
}

// TestSecondMainClauseCut: one article's member adds a second main
// clause beside the shared fact: a refusal after "but", a clause about
// the place after "where", or a first predicate of the subject before
// the one the others state ("called … and on Tuesday said …"). Each is
// shown with the shared clause only, marked cut, and the other
// articles' members are not cut.
func TestSecondMainClauseCut(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry aground off Halm\nThe harbour master said the stranded ferry was towed back to port without damage but declined to elaborate.\n"+
			"The injured deckhand was flown to the island clinic where surgeons treated his broken wrist.\n"+
			"Harbour master Ola Brenn called the grounding “a dark day for the island” and on Tuesday said most of the cargo was still missing at sea.\n"+
			"Ferry service resumes next week.",
		"Halm ferry towed home\nThe stranded ferry was towed back to port without damage on Monday.\n"+
			"The injured deckhand was flown to the island clinic on Monday evening.\n"+
			"Harbour master Ola Brenn said most of the cargo was still missing at sea.\n"+
			"Islanders wait for the day boat.",
	))
	for _, c := range []struct{ prefix, want string }{
		{"The harbour master said the stranded", "The harbour master said the stranded ferry was towed back to port without damage…"},
		{"The injured deckhand", "The injured deckhand was flown to the island clinic…"},
		{"Harbour master Ola Brenn", "Harbour master Ola Brenn … on Tuesday said most of the cargo was still missing at sea."},
	} {
		s, ok := memberOf(r, c.prefix, "a0")
		if !ok {
			t.Fatalf("%q is no fact of both articles: %+v", c.prefix, r.Facts)
		}
		if s.Text != c.want {
			t.Errorf("the member shows %q, want %q", s.Text, c.want)
		}
		for _, o := range s.OnlyHere {
			if strings.Contains(o, "elaborat") || strings.Contains(o, "surgeon") || strings.Contains(o, "grounding") {
				t.Errorf("the member lists %q, which is cut off", o)
			}
		}
		if o, _ := memberOf(r, c.prefix, "a1"); strings.Contains(o.Text, cutMark) {
			t.Errorf("the other member is cut: %q", o.Text)
		}
	}
}

// TestSecondMainClauseKept: no cut when "where" opens what was asked,
// when "and" joins two descriptions, when the second predicate points
// back at the first ("and repeated that on Tuesday"), or when the first
// predicate runs past a comma.
func TestSecondMainClauseKept(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry owners answer\nAt the meeting angry islanders asked where parked cars would be moved during repairs.\n"+
			"Harbour master Ola Brenn depicted lifeboat volunteers as frightened and battered after the long night at sea.\n"+
			"Harbour master Ola Brenn has long said the night crossing is unsafe in winter and repeated that on Tuesday in a radio interview with island listeners.\n"+
			"Harbour master Ola Brenn thanked the lifeboat crews, praised the islanders and warned the ferry owners about the pier repairs.",
		"Owners push back\nAt the meeting angry islanders asked about the harbour.\n"+
			"Harbour master Ola Brenn said they were battered after the long night at sea.\n"+
			"Harbour master Ola Brenn spoke on Tuesday in a radio interview with island listeners.\n"+
			"Harbour master Ola Brenn warned the ferry owners about the pier repairs.",
	))
	noMemberCut(t, r)
	for _, prefix := range []string{"At the meeting", "Harbour master Ola Brenn depicted", "Harbour master Ola Brenn has long", "Harbour master Ola Brenn thanked"} {
		if len(factGroupWith(r, prefix)) < 2 {
			t.Errorf("%q is no fact of both articles, so the test shows nothing: %+v", prefix, r.Facts)
		}
	}
}
