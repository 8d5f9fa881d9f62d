package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestDeniedAgainstStated: a refusal or a negation of what the other
// sentence states of the same subject is an opposite account; of another
// subject, as an intent or in quotation marks it is not.
func TestDeniedAgainstStated(t *testing.T) {
	an := newAnalyzer(t)
	first := func(text string) account {
		a := an.Analyze(nlp.Input{Paragraphs: []string{text}, Lang: "en"})
		return newAccount(a.Sentences[0], a.Quotes)
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Councillor Mara Ostin, one of three new members of the harbour board, has apologized for some of her remarks and said she would listen.",
			"Ostin, one of three new members of the harbour board, has declined to apologize for the latest remark.", true},
		{"Councillor Ostin refused to resign after the harbour vote.", "Councillor Ostin resigned after the harbour vote.", true},
		{"Councillor Ostin has not resigned from the harbour board.", "Councillor Ostin resigned from the harbour board on Friday.", true},
		// Another subject, an intent, someone's words, a plan.
		{"Dock workers demanded an apology from the harbour board.", "Ostin declined to apologize to the dock workers.", false},
		{"Councillor Ostin declined to apologize for the remark.", "Councillor Ostin was urged to apologize for the remark.", false},
		{"Councillor Ostin declined to apologize for the remark.", "\u201cI apologize for nothing,\u201d Councillor Ostin said.", false},
		{"Councillor Ostin declined to resign.", "Councillor Ostin will resign on Friday.", false},
		{"Councillor Ostin refused to resign.", "Councillor Ostin never resigned.", false},
		// An abstention is the negation in other words.
		{"Councillor Mara Ostin voted present on both harbour motions.", "Councillor Mara Ostin did not vote for or against the harbour motions.", false},
	} {
		if got := deniedAgainstStated(first(tc.a), first(tc.b)); got != tc.want {
			t.Errorf("deniedAgainstStated(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// One outlet's "has apologized" and another's "declined to apologize",
// sharing a long description of the speaker, are no fact both report.
func TestRefusalNotGroupedWithStatement(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Ostin and the harbour\nIt rained in the morning.\n"+
			"Ostin, one of three new harbour board members elected in May, has apologized for some of her remarks about the dock workers in the past."+floodA,
		"Ostin under fire\nThe bakery on the square sold out of bread.\n"+
			"Ostin, one of three new harbour board members elected in May, has declined to apologize for the latest remark about the dock workers."+floodB,
		"Ostra budget\nThe council of Ostra met on Tuesday to discuss the budget.",
	), nil, newAnalyzer(t))
	fs := facts(docs, nil, nil)
	for _, f := range fs {
		if len(f.Conflict) > 0 {
			continue
		}
		for _, s := range f.Sentences {
			if !strings.Contains(s.Text, "declined to apologize") {
				continue
			}
			if len(f.ReportedBy) > 1 {
				logGroups(t, fs)
				t.Fatalf("the refusal is grouped as agreement with %d articles", len(f.ReportedBy))
			}
			// Nor does the other article state it in other words.
			if slices.Contains(f.StatedBy, docs[0].art.ID) {
				t.Errorf("the refusal is said to be told in other words by the article of the apology")
			}
		}
	}
}
