package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestForecastAgainstOutcome: what one sentence forecasts and the other
// tells as done by the same subject is no fact both report; two
// forecasts, an obligation or a present state are.
func TestForecastAgainstOutcome(t *testing.T) {
	an := newAnalyzer(t)
	first := func(text string) account {
		a := an.Analyze(nlp.Input{Paragraphs: []string{text}, Lang: "en"})
		return newAccount(a.Sentences[0], a.Quotes)
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Some surveys show that the challenger Mara Ostin could pull off a narrow win by becoming the first woman to lead the harbour board.",
			"The challenger Mara Ostin has pulled off a narrow win, becoming the first woman to lead the harbour board.", true},
		{"Councillor Ostin is expected to resign from the harbour board on Friday.", "Councillor Ostin resigned from the harbour board on Friday.", true},
		// Two forecasts, a schedule, an obligation, a present state,
		// another subject.
		{"The mayor will name Mara Ostin to the harbour board on Monday.", "The mayor on Monday named Mara Ostin to the harbour board.", false},
		{"Councillor Ostin could resign from the harbour board.", "Councillor Ostin is likely to resign from the harbour board.", false},
		{"Councillor Ostin should step down from the harbour board.", "Councillor Ostin stepped down from the harbour board.", false},
		{"Either party will get two hours to argue before the harbour board.", "The rules give each side two hours, and each side has two hours to argue.", false},
		{"Councillor Ostin could win the harbour seat.", "Councillor Brell won the harbour seat.", false},
		// "Could not" is a negation, not a forecast.
		{"Harbour pilot Tomas Brell could not confirm the ferry delay.", "Harbour pilot Tomas Brell confirmed the ferry delay on Monday.", false},
	} {
		if got := forecastAgainstOutcome(first(tc.a), first(tc.b)); got != tc.want {
			t.Errorf("forecastAgainstOutcome(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestOppositeVotes: a vote for and a vote against are two accounts,
// an abstention or "all but two voted for" is neither way.
func TestOppositeVotes(t *testing.T) {
	an := newAnalyzer(t)
	first := func(text string) account {
		a := an.Analyze(nlp.Input{Paragraphs: []string{text}, Lang: "en"})
		return newAccount(a.Sentences[0], a.Quotes)
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Two other members of the harbour board voted to close the hearing.", "Councillor Ostin voted with the minority against closing the hearing.", true},
		{"Councillor Ostin voted for the harbour budget.", "Councillor Ostin voted no on the harbour budget.", true},
		{"Councillor Ostin voted for the harbour budget.", "Councillor Brell voted for the harbour budget too.", false},
		{"Every member voted for the budget except Ostin and Brell.", "Ostin and Brell voted against the budget.", false},
		{"Councillor Ostin voted present on the budget.", "Councillor Brell voted against the budget.", false},
	} {
		if got := oppositeVotes(first(tc.a), first(tc.b)); got != tc.want {
			t.Errorf("oppositeVotes(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// groupedWith returns how many articles report the fact of the first
// non-conflict group holding a sentence with the given words (0 if
// none).
func groupedWith(fs []Fact, words string) int {
	for _, f := range fs {
		if len(f.Conflict) > 0 {
			continue
		}
		for _, s := range f.Sentences {
			if strings.Contains(s.Text, words) && len(f.ReportedBy) > 1 {
				return len(f.ReportedBy)
			}
		}
	}
	return 0
}

// An eve-of-vote forecast sharing a long description with the result
// is no fact the outlets of the result agree on; the result stays one
// fact of the others.
func TestForecastNotGroupedWithOutcome(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Ostin's night\nIt rained in the morning.\n"+
			"Some surveys show the challenger Mara Ostin, a former harbour pilot, could pull off a narrow upset by becoming the first woman to chair the Lund harbour board in forty years."+floodA,
		"Ostin wins\nThe bakery on the square sold out of bread.\n"+
			"The challenger Mara Ostin, a former harbour pilot, has pulled off a narrow upset, becoming the first woman to chair the Lund harbour board in forty years."+floodB,
		"Harbour board result\nThe council of Ostra met on Tuesday to discuss the budget.\n"+
			"The challenger Mara Ostin, a former harbour pilot, pulled off a narrow upset on Tuesday, becoming the first woman to chair the Lund harbour board in forty years.",
	), nil, newAnalyzer(t))
	fs := facts(docs, nil, nil)
	if n := groupedWith(fs, "could pull off"); n > 0 {
		logGroups(t, fs)
		t.Fatalf("the forecast is grouped as agreement with %d articles", n)
	}
	if n := groupedWith(fs, "has pulled off"); n != 2 {
		logGroups(t, fs)
		t.Errorf("the result is reported by %d articles, want 2", n)
	}
}

// A vote to close and a vote against closing are no fact both report.
func TestOppositeVotesNotGrouped(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Harbour hearing\nIt rained in the morning.\n"+
			"Two other members of the Lund harbour board voted to close the hearing on the ferry contract and move to a final vote."+floodA,
		"Harbour hearing closed\nThe bakery on the square sold out of bread.\n"+
			"One member of the Lund harbour board, Mara Ostin, voted against closing the hearing on the ferry contract."+floodB,
		"Ostra budget\nThe council of Ostra met on Tuesday to discuss the budget.",
	), nil, newAnalyzer(t))
	fs := facts(docs, nil, nil)
	if n := groupedWith(fs, "voted against closing"); n > 0 {
		logGroups(t, fs)
		t.Fatalf("the vote against is grouped as agreement with %d articles", n)
	}
}
