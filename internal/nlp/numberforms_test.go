package nlp

import (
	"fmt"
	"strings"
	"testing"
)

// numbersOf lists the numbers of a text as "text/kind/value/counts".
func numbersOf(a *Analyzer, paras ...string) string {
	an := a.Analyze(Input{Paragraphs: paras})
	var out []string
	for _, n := range an.Numbers {
		out = append(out, fmt.Sprintf("%s/%s/%g/%s", n.Text, n.Kind, n.Value, n.Counts))
	}
	return strings.Join(out, " | ")
}

func TestNumbersListMarkersFractionsAges(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ name, text, want string }{
		{"list marker", "4) Mrs. Lee then praised the mayor twice.", ""},
		{"list marker before adverb", "5) Perhaps the oddest moment came late.", ""},
		{"list marker keeps later figures", "2) The town built 40 homes.", "40/count/40/homes"},
		{"parenthesised count stays", "The vote (12) was close.", "12/count/12/"},
		{"mixed fraction", "The clerk got 3 1/2 years for the theft.", "3 1/2 years/duration/3.5/"},
		{"fraction alone stays out", "Only 1/2 of them came.", ""},
		{"ages of two", "Her cousins, ages 41 and 38, live nearby.", "41/age/41/ | 38/age/38/"},
		{"aged of two", "His sons, aged 19 and 22, were not home.", "19/age/19/ | 22/age/22/"},
		{"now after name", "Lena Ortiz, now 30, left the town.", "30/age/30/"},
		{"is now after name", "Ortiz is now 30, her aunt said.", "30/age/30/"},
		{"is n now", "She left in 2001 and is 30 now.", "2001/date/2001/ | 30/age/30/"},
		{"parenthesised after name", "Three cousins, Maria Ortiz (30) and Ana Ruiz (28), were hired.", "Three/count/3/cousins | 30/age/30/ | 28/age/28/"},
		{"pronoun was", "She was 19.", "19/age/19/"},
		{"bracketed score after a name", "Maria Ortiz (81.50) led the field.", "81.50/count/81.5/"}, // "led" is a verb, not what is counted (h/numbers48),
		{"bracketed count after a place", "Cases rose in Ohio (31) and New Mexico (12).", "31/count/31/ | 12/count/12/"},
		{"toll is now stays a count", "The toll is now 30 people.", "30/count/30/people"},
		{"no stop before a capital", "He had waited two years The crowd cheered.", "two years/duration/2/"},
	}
	for _, tc := range tests {
		if got := numbersOf(a, tc.text); got != tc.want {
			t.Errorf("%s: %q\n got %q\nwant %q", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestSentencesBulletDash(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		text string
		want int
	}{
		{"The bridge reopened at noon. — Two drivers were later fined by the city.", 2},
		{"The bridge reopened at noon. -- Two drivers were later fined by the city.", 2},
		{"The bridge reopened at noon. — and then it closed again.", 1},
		{"He moved to Washington, D.C. — The city suited him.", 1},
		{"ELM CITY, Ore. — Voters in the county went to the polls.", 1},
		{"We will keep going until it is done. — Ana Ruiz, a nurse", 1},
		{"We will keep going until it is done. — Ana Ruiz", 1},
		{"ELM CITY, Ore. — Voters in the county went to the polls.", 1},
		{"“We will keep going until it is done.” — Ana Ruiz, a nurse", 1},
		{"We will keep going until it is done. — Ana Ruiz", 1},
	}
	for _, tc := range tests {
		an := a.Analyze(Input{Paragraphs: []string{tc.text}})
		if got := len(an.Sentences); got != tc.want {
			t.Errorf("%q: %d sentences, want %d", tc.text, got, tc.want)
		}
	}
}

// A sentence split at a bullet dash opens at its first word: the dash is
// in neither sentence, and the spans still index the paragraph.
func TestSentencesBulletDashLeftOut(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "The bridge reopened at noon. — Two drivers were later fined by the city."
	an := a.Analyze(Input{Paragraphs: []string{text}})
	if len(an.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(an.Sentences))
	}
	want := []string{"The bridge reopened at noon.", "Two drivers were later fined by the city."}
	for i, s := range an.Sentences {
		if s.Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s.Text, want[i])
		}
		if text[s.Span.Start:s.Span.End] != s.Text {
			t.Errorf("sentence %d span %v does not hold its text", i, s.Span)
		}
		if len(s.Tokens) == 0 || s.Tokens[0].Surface == "—" {
			t.Errorf("sentence %d opens with %v", i, s.Tokens)
		}
	}
}

// TestThirdOrdinalOrShare: "a third" is a share after "by" or "of" or a
// rough word ("about a third said"), and a position when it opens a
// sentence or a clause with a comma after it ("A third, a guard, …").
func TestThirdOrdinalOrShare(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct {
		text string
		kind NumberKind
	}{
		{"Two guards were hurt. A third, a cook, was not.", NumOrdinal},
		{"Two boats sank and a third, the ferry, drifted.", NumOrdinal},
		{"Fares fell by a third, the board said.", NumPercent},
		{"A third of the members stayed home.", NumPercent},
		{"Nearly a third, or 30 percent, voted.", NumPercent},
		{"About a third said no.", NumPercent},
		{"More than a fifth left early.", NumPercent},
		{"She won a third term.", NumOrdinal},
	} {
		an := analyze(t, a, c.text)
		var got []NumberKind
		for _, n := range an.Numbers {
			if strings.Contains(strings.ToLower(n.Text), "third") || strings.Contains(strings.ToLower(n.Text), "fifth") {
				got = append(got, n.Kind)
			}
		}
		if len(got) != 1 || got[0] != c.kind {
			t.Errorf("%q: %v, want %s", c.text, got, c.kind)
		}
	}
}
