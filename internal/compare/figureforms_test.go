package compare

import (
	"slices"
	"strings"
	"testing"
)

// figureFormsArticles are two reports of a harbour poll and a port fund.
// The first gives the parties' shares as single figures, the fund's sum
// in billions and the cost of the new quay roughly; the second gives the
// shares as pairs, the fund in millions and the quay's cost as a round
// figure. Each sentence named below has no other detail of its own.
func figureFormsArticles() []string {
	return []string{
		"Harbour poll finds support for scrapping port levy\n" +
			"A poll released on Monday found that most voters in Ostra want the new port levy scrapped. " +
			"The Harbour Polling Group surveyed 1,200 voters in the city last week. " +
			"The levy pays for a new quay at the Selden pier. " +
			"Voters were also asked about the ferry timetable. " +
			"Most said the ferries ran late too often. " +
			"The council will vote on the levy next month. " +
			"The mayor has said she supports the plan.\n" +
			"A large share of Dock Party members, 85 percent, and 65 percent of unaffiliated residents said they want the charge gone, compared with 72 percent of Greens who would keep it.\n" +
			"Kestrel Trust, which manages the reserve, reported holding $8.2 billion at the end of March.\n" +
			"Building the new quay would cost roughly $78 billion over 30 years, engineers at Marlow Works estimated.\n" +
			"About 1.5 million people use the Selden ferries every year.",
		"Voters sour on Ostra port levy, poll says\n" +
			"Most Ostra voters would repeal the port levy, according to a poll out Monday. " +
			"The poll asked voters about the levy and the ferries. " +
			"Many complained that ferries were often late.\n" +
			"Repeal wins among Dock Party supporters, 85-13 percent, and among voters of no party, 65-25; Greens would keep the levy, 72-21 percent.\n" +
			"The levy flows into a fund with $8,200 million in its accounts.\n" +
			"The Selden project is expected to run to $80 billion.\n" +
			"The ferries carry 1,500,000 passengers a year.",
	}
}

// listedFigures returns the figures of f's own list.
func listedFigures(f *Fact) []string {
	var got []string
	for _, o := range f.Own {
		if o.Kind == OwnFigure {
			got = append(got, o.Text)
		}
	}
	return got
}

// ownFigureTexts returns, for each figure of docs as written, whether it
// is its article's own: no other article gives its value as read
// (numberFeature) of the same measure (numberTold) nor in another form
// (figureOtherwise).
func ownFigureTexts(docs []*doc) map[string]bool {
	seen := seenElsewhere(docs)
	own := map[string]bool{}
	for i, d := range docs {
		for _, n := range d.an.Numbers {
			own[n.Text] = !seen[i].numberTold(d, n) && !figureOtherwise(d, n, seen[i])
		}
	}
	return own
}

// checkOwnFigures reports the figures of own (ownFigureTexts) whose
// verdict is not want's.
func checkOwnFigures(t *testing.T, own, want map[string]bool) {
	t.Helper()
	for text, w := range want {
		got, ok := own[text]
		if !ok {
			t.Errorf("%q: not read as a figure (read: %v)", text, own)
			continue
		}
		if got != w {
			t.Errorf("%q: own %v, want %v", text, got, w)
		}
	}
}

// TestFigureOtherwiseNotOwn: a figure the other article gives in another
// written form (a share as one figure of a poll pair, a sum in another
// scale, a sum rounded, a count with its zeros written out) is not one
// side's own, and a sentence claimed on such a figure is no longer
// claimed on it. Fails on main 2e55d6e9, where every share of the first
// article is its own (fresh44's wrong only-adds: 85, 65 and 72 percent,
// which the other gives as pairs), and the fund's and the quay's sums
// are listed as figures only one article gives.
func TestFigureOtherwiseNotOwn(t *testing.T) {
	arts := mkArticles(figureFormsArticles()...)
	docs, _ := prepare(arts, nil, newAnalyzer(t))
	checkOwnFigures(t, ownFigureTexts(docs), map[string]bool{
		"85 percent":     false,
		"65 percent":     false,
		"72 percent":     false,
		"85-13 percent":  true, // 13 percent is the second article's own
		"$8.2 billion":   false,
		"$8,200 million": false,
		"$78 billion":    false,
		"$80 billion":    false,
		"1.5 million":    false,
		"1,500,000":      false,
	})
	r := run(t, arts)
	for _, c := range []struct{ in, figure string }{
		{"$8.2 billion", "$8.2 billion"},
		{"$8,200 million", "$8,200 million"},
		{"$78 billion", "$78 billion"},
		{"$80 billion", "$80 billion"},
	} {
		f := oneArticleFact(r, c.in)
		if f == nil || !f.OnlyIn() {
			continue // not claimed: nothing listed
		}
		if slices.ContainsFunc(listedFigures(f), func(s string) bool { return strings.Contains(s, c.figure) }) {
			t.Errorf("%q: own list %q holds %q, which the other article gives in another form", c.in, ownStrings(f), c.figure)
		}
	}
}

// TestFigureOtherwiseKeepsOwn: figures that are not one figure written
// another way stay a side's own: a pair whose figures the other gives
// in two sentences, a share of another group than the pair's, a range that runs upwards, a change from one rate to another
// (one end alone; both ends in one sentence are given, see TestShareChangeEndsGiven),
// a rough sum further than a rounding off, a lower bound, and counts of
// other things.
func TestFigureOtherwiseKeepsOwn(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Port levy\nThe levy passed. Dock Party voters back it 64 percent. Marlow residents gave the mayor 30 percent. Brin polled 44 percent in Ostra. The quay may cost 12 percent more. The harbour tax now stands at 21 percent. "+
			"The fund holds about $90 billion. The repairs cost more than $60 billion. About 1,000 dockworkers marched. "+
			"A second fund holds $45 million. Aid ends for those earning roughly $30,000 a year. His lead grew to about 40 points.",
		"Port levy vote\nThe levy passed. Dock Party voters back it by 64-30 percent. A new poll has Tomas Brin ahead of Ana Varga in Ostra, 44-31 percent. Costs may rise 10-15 percent. The council cut the harbour tax from 35 percent to 21 percent. "+
			"The fund holds $78 billion. The repairs cost $58 billion. Some 1,040 sailors marched. The pier fund holds $4.5 million. "+
			"A household of four counts as poor below $32,319. He led by 38 points in the poll.",
	), nil, newAnalyzer(t))
	checkOwnFigures(t, ownFigureTexts(docs), map[string]bool{
		"64 percent":               false, // the first figure of the other's pair
		"64-30 percent":            true,  // the other gives 64 and 30 percent in two sentences
		"30 percent":               true,  // another group's share than the pair's
		"44 percent":               true,  // only the candidate and the city shared: another poll
		"12 percent":               true,  // a range's bound is no share given
		"10-15 percent":            true,
		"21 percent":               true, // one end of the other's change, not a pair (TestShareChangeEndsGiven)
		"35 percent to 21 percent": true,
		"$30,000":                  true, // 7 percent off the other's $32,319: two sums
		"$32,319":                  true,
		"40":                       true, // 38 points is 5 percent off: another lead
		"$90 billion":              true, // 78 is more than a rounding off 90
		"$78 billion":              true,
		"$60 billion":              true, // a lower bound, not a rounded sum
		"1,000":                    true, // dockworkers, not sailors
		"$45 million":              true, // a tenth of the other's sum
		"$4.5 million":             true,
	})
}

// TestShareChangeEndsGiven: both ends of a share's change that another
// article writes ("cutting the yearly rise from a five-year peak of 2.9%
// to 2.6%", which nlp reads as one range and, descending, as a poll's
// pair) are shares it gives: a line that gives both as the figures it
// stood at is not claimed on them; a line with one of them alone is
// (another share of that value). Fails on main b85a0750, where both
// were the line's own figures (fresh51's CNN wage line, 3.4% and 3.2%
// listed as CNN's alone though USA Today gives both: partly right, own
// wrong).
func TestShareChangeEndsGiven(t *testing.T) {
	arts := mkArticles(
		"Velmar dock report disappoints\nOne figure let the dock board down: pay, which Marlow Works had forecast to rise 2.9% in the year, came in at 2.6%.\nThe Ostra ferries hired 1,200 deckhands in May.",
		"Ostra ferries hire 1,200\nThe Ostra ferries hired 1,200 deckhands in May, the harbour board said.\nDeckhands' hourly pay rose 5 cents to $19.10, cutting the yearly rise from a five-year peak of 2.9% to 2.6%.",
	)
	docs, _ := prepare(arts, nil, newAnalyzer(t))
	checkOwnFigures(t, ownFigureTexts(docs), map[string]bool{
		"2.9%": false,
		"2.6%": false,
	})
	// One end alone is another share of the same value: a survey's 35
	// percent beside a rate cut from 35 to 21 percent.
	docs, _ = prepare(mkArticles(
		"Harbour tax cut\nThe council cut the harbour tax from 35 percent to 21 percent on Monday.",
		"Dock owners polled\nJust 35% of dock owners said they would spend the savings on new cranes.",
	), nil, newAnalyzer(t))
	checkOwnFigures(t, ownFigureTexts(docs), map[string]bool{"35%": true})
	if f := oneArticleFact(run(t, arts), "let the dock board down"); f != nil && f.OnlyIn() {
		if got := listedFigures(f); len(got) > 0 {
			t.Errorf("the ends of the other article's change listed as the line's own figures: %q", got)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"cutting the yearly rise from a five-year peak of 2.9% to 2.6%", true},
		{"the council cut the harbour tax from 35 percent to 21 percent", true},
		{"Dock Party members back it 64-30 percent", false},
		{"costs may rise from the new quay, 10-15 percent", false},
	} {
		d := prepared(t, c.text+".")[0]
		got := false
		for _, n := range d.an.Numbers {
			got = got || shareChange(d, n)
		}
		if got != c.want {
			t.Errorf("%q: shareChange %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRoundFigures(t *testing.T) {
	for _, c := range []struct {
		x    float64
		k    int
		want float64
	}{
		{78e9, 1, 80e9}, {1040, 1, 1000}, {1040, 2, 1000}, {1050, 2, 1100}, {8.2e9, 2, 8.2e9}, {0.0123, 2, 0.012},
	} {
		if got := roundFigures(c.x, c.k); !sameFigureValue(got, c.want) {
			t.Errorf("roundFigures(%v, %d) = %v, want %v", c.x, c.k, got, c.want)
		}
	}
}
