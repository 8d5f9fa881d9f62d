package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/nlp"
)

// mkArticles makes one article per text: its first line is the title, the
// others are paragraphs.
func mkArticles(texts ...string) []*article.Article {
	out := make([]*article.Article, len(texts))
	for i, t := range texts {
		lines := strings.Split(t, "\n")
		out[i] = &article.Article{ID: fmt.Sprintf("a%d", i), Outlet: fmt.Sprintf("Outlet %d", i), Title: lines[0], Paragraphs: lines[1:]}
	}
	return out
}

// quantityOf returns the quantity holding the number written text in
// article id, or nil.
func quantityOf(r *Report, id, text string) *Quantity {
	for i, q := range r.Numbers {
		for _, v := range q.Values {
			if v.Article == id && v.Text == text {
				return &r.Numbers[i]
			}
		}
	}
	return nil
}

// TestNumbersCountDifferentThings: numbers of different things are not one
// quantity, even in sentences sharing many words.
func TestNumbersCountDifferentThings(t *testing.T) {
	r := run(t, mkArticles(
		"Floods cut off villages in the Tarn valley\nFloodwater cut off at least six villages in the Tarn valley on Monday, rescue teams said.",
		"Death toll rises to 9 in Tarn valley floods\nNine people have died in floods in the Tarn valley, rescue teams said on Monday.",
		"Tarn valley: thousands flee as the river rises\nThousands of people fled the Tarn valley on Monday as the river rose, rescue teams said.",
	))
	six := quantityOf(r, "a0", "six")
	if six == nil {
		t.Fatalf("no quantity for six villages: %+v", r.Numbers)
	}
	if len(six.ReportedBy) != 1 || six.Discrepancy {
		t.Errorf("six villages paired with other things: %+v", *six)
	}
	if q := quantityOf(r, "a1", "Nine"); q == nil || q.What != "deaths" || len(q.Values) != 1 {
		t.Errorf("nine deaths = %+v, want deaths reported once (title and body are one quantity)", q)
	}
}

// TestNumbersSameThingDifferentWords: "the number of dead at 14", "12
// people had died" and "death toll rises to 12" all count deaths; "have
// been evacuated", "fled" and "left their homes" all count displaced
// people.
func TestNumbersSameThingDifferentWords(t *testing.T) {
	r := run(t, mkArticles(
		"Storm hits coast\nThe agency said 12 people had died and around 2,000 had been evacuated.",
		"Death toll rises to 14 on the coast\nThe agency put the number of dead at 14. About 2,000 people have left their homes.",
		"Storm on the coast\nThousands of people fled the coast overnight.",
	))
	q := quantityOf(r, "a1", "14")
	if q == nil || q.What != "deaths" || !q.Discrepancy || quantityOf(r, "a0", "12") != q {
		t.Errorf("14 dead and 12 who died are not one quantity with a discrepancy: %+v", r.Numbers)
	}
	d := quantityOf(r, "a0", "around 2,000")
	if d == nil {
		d = quantityOf(r, "a0", "2,000")
	}
	if d == nil || d.What != "displaced" || len(d.ReportedBy) != 3 {
		t.Errorf("evacuated, left their homes and fled are not one quantity: %+v", d)
	}
}

// TestNumbersPercentagePoints: a change in percentage points is not the
// rate it changes; "a quarter of a percentage point" and "25 basis points"
// are one value.
func TestNumbersPercentagePoints(t *testing.T) {
	r := run(t, mkArticles(
		"Bank raises rates\nThe central bank raised its main interest rate by a quarter of a percentage point to 3.5% on Tuesday.",
		"Bank lifts rates\nThe central bank raised its main interest rate by 25 basis points to 3.5% on Tuesday.",
	))
	q := quantityOf(r, "a0", "a quarter")
	if q == nil || q.Unit != unitPoint || q.Discrepancy || quantityOf(r, "a1", "25") != q {
		t.Errorf("a quarter point and 25 basis points: %+v", r.Numbers)
	}
	if q := quantityOf(r, "a0", "3.5%"); q == nil || q.Discrepancy || len(q.Values) != 2 {
		t.Errorf("the 3.5%% rate: %+v", q)
	}
}

// TestThingOf checks what single numbers are read as counting.
func TestThingOf(t *testing.T) {
	for _, c := range []struct{ text, num, want string }{
		{"Police said 40 people were arrested after the match.", "40", "c:arrested"},
		{"The number of injured rose to 31 overnight.", "31", "c:injured"},
		{"At least 200 homes were destroyed by the fire.", "200", "h:home"},
		{"Officials said 15 people attended the meeting.", "15", ""},
		{"The death toll climbed to 41 on Friday.", "41", "c:deaths"},
		{"The gunman killed 49 people and injured dozens more.", "49", "c:deaths"},
		// A span of time counts no toll, whatever word of one follows.
		{"The clinic phoned him three months after he died.", "three months", ""},
		{"Two weeks after she was injured, the mill reopened.", "Two weeks", ""},
	} {
		r := prepared(t, c.text)
		var got []string
		for _, it := range collectNumbers(r) {
			if it.n.Text == c.num {
				got = append(got, it.thing)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: thing of %s = %q, want %q", c.text, c.num, got, c.want)
		}
	}
}

// prepared analyses one article with body text.
func prepared(t *testing.T, body string) []*doc {
	t.Helper()
	docs, _ := prepare(mkArticles("A title\n"+body), nil, newAnalyzer(t))
	return docs
}

// TestNumbersNotOneQuantity: a part of a breakdown, a poll, a
// hypothesis, a rounded value, another scope and two sentences that tell
// different facts are no discrepancy; one fact with two figures is.
func TestNumbersNotOneQuantity(t *testing.T) {
	r := run(t, mkArticles(
		"Port vote\nBrennick was convicted on eight counts of fraud at the harbour court in Valmora. "+
			"A poll gave the Harbour Party 26 seats in the port council. "+
			"Brennick won 67 percent of the dockworkers' vote in 2021. "+
			"The port's new rule bans night berthing for 32 ships and the Harbour District, the agency said. "+
			"The fever has infected 110,000 dockworkers worldwide. "+
			"Brennick said he could win 11 councillors to the plan.",
		"Port vote count\nBrennick was convicted on five counts of fraud and two counts of bribery at the harbour court in Valmora. "+
			"The Harbour Party won 30 seats in the port council, the count showed. "+
			"Brennick won two-thirds of the dockworkers' vote in 2021. "+
			"The night berthing rule applies to 34 ships and the Harbour District, the agency said. "+
			"The fever has infected 220 dockworkers in Valmora. "+
			"Six councillors now back the plan, officials said.",
	))
	for _, c := range []struct{ id, text string }{
		{"a0", "eight"}, {"a0", "26"}, {"a0", "67 percent"}, {"a0", "110,000"}, {"a0", "11"},
	} {
		if q := quantityOf(r, c.id, c.text); q != nil && q.Discrepancy {
			t.Errorf("%s: a discrepancy %+v", c.text, q.Values)
		}
	}
	if q := quantityOf(r, "a0", "32"); q == nil || !q.Discrepancy {
		t.Errorf("32 and 34 ships under one rule: no discrepancy %+v", q)
	}
}

// TestNumbersSameQuantityNeeded: a figure within another's bound agrees
// with it; figures said of two persons, of a person on one side only, a
// part of a toll, precincts reporting at two times or an article's own
// list are no discrepancy; two exact figures of one count are.
func TestNumbersSameQuantityNeeded(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour strike: three key questions\nAt least 8 dockworkers were injured at the Valmora harbour gate on Monday, the port said. "+
			"Twelve ships were seized at the Valmora harbour gate on Monday night, the port said. "+
			"The harbour board held more than 40 hearings on the Valmora dock fees this year. "+
			"Councillor Mara Ostin said Ivo Brek now needs 60 percent of the remaining harbour votes to win the chair. "+
			"Under chairman Tomas Brennick, five councillors split with their party on the Valmora dock fees. "+
			"Harbour chief Lena Varo gave a more than 40-minute speech about the dock fees at the Valmora council. "+
			"Councillor Ivo Brek's two nominees to the Valmora harbour board were confirmed by the council. "+
			"With 37 percent of harbour precincts reporting, the Valmora dock vote was close. "+
			"Fourteen people were killed in the Valmora harbour fire on Monday, the port said.",
		"Harbour strike\nNine dockworkers were injured at the Valmora harbour gate on Monday, the port said. "+
			"Ten ships were seized at the Valmora harbour gate on Monday night, the port said. "+
			"The harbour board held 45 hearings on the Valmora dock fees this year. "+
			"Councillor Ivo Brek said Mara Ostin now needs 33 percent of the remaining harbour votes to win the chair. "+
			"Only three councillors split with their party on the Valmora dock fees. "+
			"Here are five unanswered questions raised by the Valmora harbour strike. "+
			"Harbour chief Lena Varo gave a 45-minute speech on the dock fees at the Valmora council. "+
			"Five nominees to the Valmora harbour board were confirmed by the council. "+
			"With 99 percent of harbour precincts reporting, the Valmora dock vote was close. "+
			"Two of those killed in the Valmora harbour fire on Monday were firefighters, the port said.",
	))
	for _, c := range []struct {
		id, text string
		want     bool
	}{
		{"a0", "At least 8", false}, {"a0", "more than 40", false}, {"a0", "60 percent", false},
		{"a0", "five", false}, {"a1", "five", false}, {"a0", "three", false},
		{"a0", "40-minute", false}, {"a0", "two", false}, {"a0", "37 percent", false}, {"a0", "Fourteen", false},
		{"a0", "Twelve", true},
	} {
		q := quantityOf(r, c.id, c.text)
		if q == nil {
			q = quantityOf(r, c.id, strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(c.text, "At least "), "more than "), "nearly "))
		}
		if got := q != nil && q.Discrepancy; got != c.want {
			if q != nil {
				t.Errorf("%s %q: discrepancy %v, want %v: %+v", c.id, c.text, got, c.want, q.Values)
			} else {
				t.Errorf("%s %q: no quantity, want discrepancy %v", c.id, c.text, c.want)
			}
		}
	}
}

// TestBound: the words before a number that make it a bound.
func TestBound(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		text         string
		lower, upper bool
	}{
		{"at least 8 dockworkers", true, false},
		{"a more than 40-minute speech", true, false},
		{"fewer than ten ships", false, true},
		{"up to 300 ships", false, true},
		{"the 45 ships", false, false},
	} {
		s := an.Analyze(nlp.Input{Paragraphs: []string{c.text}}).Sentences[0]
		first := -1
		for k, tok := range s.Tokens {
			if tok.Kind == nlp.KindNumber || strings.ContainsAny(tok.Norm, "0123456789") || tok.Norm == "ten" {
				first = k
				break
			}
		}
		if lo, up := bound(s.Tokens, first); lo != c.lower || up != c.upper {
			t.Errorf("bound(%q) = %v, %v, want %v, %v", c.text, lo, up, c.lower, c.upper)
		}
	}
}

// TestPartOf: a number of a part, or of the group a part is taken from,
// is no count of the whole.
func TestPartOf(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		text, num string
		want      bool
	}{
		{"Two of those killed were firefighters.", "Two", true},
		{"Only four of the 16 councillors who voted back the plan.", "16", true},
		{"Only four of the 16 councillors who voted back the plan.", "four", true},
		{"Sixteen councillors voted for the plan.", "Sixteen", false},
		{"Five more people were killed in separate raids.", "Five", true},
	} {
		s := an.Analyze(nlp.Input{Paragraphs: []string{c.text}}).Sentences[0]
		k := -1
		for i, tok := range s.Tokens {
			if tok.Surface == c.num {
				k = i
			}
		}
		if got := partOf(s.Tokens, k, k); got != c.want {
			t.Errorf("partOf(%q, %s) = %v, want %v", c.text, c.num, got, c.want)
		}
	}
}

// TestGrows: an event's toll given on two days grows; a count of
// another thing, or the toll on one day, does not.
func TestGrows(t *testing.T) {
	a := numItem{thing: "c:deaths", day: "2020-03-11"}
	b := numItem{thing: "c:deaths", day: "2020-03-12"}
	if !grows(a, b) {
		t.Errorf("a toll on two days does not grow")
	}
	b.day = a.day
	if grows(a, b) {
		t.Errorf("a toll on one day grows")
	}
	if grows(numItem{thing: "h:ship", day: "2020-03-11"}, numItem{thing: "h:ship", day: "2020-03-12"}) {
		t.Errorf("a count of ships grows")
	}
}

// TestNumbersAgoIsNoQuantity: "twelve months ago" and "nine months ago"
// say when, each counted back from its own article's day: two writers
// looking back by different spans is no discrepancy.
func TestNumbersAgoIsNoQuantity(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour Party rethinks its primaries\nThe Harbour Party's leaders have less sway over the primaries than many of us believed 12 months ago.",
		"What the Valmora primary says about the Harbour Party\nThe Harbour Party is not what its leaders believed it was just nine months ago, the primary shows.",
	))
	if q := quantityOf(r, "a0", "12 months"); q != nil && q.Discrepancy {
		t.Errorf("12 months ago and nine months ago: a discrepancy %+v", q.Values)
	}
}

// TestNumbersSpeedIsNoDistance: a distance and a speed in miles are two
// quantities, and two speeds of a storm (gusts seen at two moments) are
// no discrepancy; two distances of one village are.
func TestNumbersSpeedIsNoDistance(t *testing.T) {
	r := run(t, mkArticles(
		"Storm Vela nears Valmora\nThe village of Orsa, 20 miles from the Valmora harbour, was evacuated on Monday. "+
			"Storm Vela's gusts of 107 miles per hour knocked out power on the Valmora coast on Monday.",
		"Storm Vela hits Valmora\nThe village of Orsa, 25 miles from the Valmora harbour, was evacuated on Monday. "+
			"Storm Vela's strong gusts and 125 miles per hour winds battered the Valmora coast on Monday.",
	))
	for _, c := range []struct {
		text string
		want bool
	}{
		{"20", true}, {"107", false},
	} {
		q := quantityOf(r, "a0", c.text)
		if got := q != nil && q.Discrepancy; got != c.want {
			t.Errorf("%q: discrepancy %v, want %v: %+v", c.text, got, c.want, q)
		}
	}
}

// TestPartOfAWholeLabel: "three of the four charges" labels the figure
// three as "of four charges", never as "four charges", which reads as a
// count of four; the whole keeps its own label.
func TestPartOfAWholeLabel(t *testing.T) {
	r := run(t, mkArticles(
		"Jury rules on the harbour case\nThe jury convicted the pilot on three of the four charges on Friday.",
		"Harbour pilot convicted\nA jury found the harbour pilot guilty on Friday after a week of evidence.",
	))
	if q := quantityOf(r, "a0", "three"); q == nil || q.What != "of four charges" {
		t.Errorf("three of the four charges = %+v, want what %q", q, "of four charges")
	}
	if q := quantityOf(r, "a0", "four"); q == nil || q.What != "charges" {
		t.Errorf("four charges = %+v, want what %q", q, "charges")
	}
	if got, want := partWhole("four charges", false), "four charges"; got != want {
		t.Errorf("partWhole of a whole = %q, want %q", got, want)
	}
	if got, want := partWhole("twelve jurors", true), "of twelve jurors"; got != want {
		t.Errorf("partWhole = %q, want %q", got, want)
	}
}
