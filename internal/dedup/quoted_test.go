package dedup

import (
	"strings"
	"testing"
	"time"
)

// TestSharedQuoteIsNoCopy: two reports that quote one long statement but
// tell the rest in their own words are no copy; a copy that takes the
// statement with the text around it stays a copy.
func TestSharedQuoteIsNoCopy(t *testing.T) {
	stmt := "\u201cThe port authority regrets the disruption to shipping and will meet the union on Wednesday morning to discuss the night shift, the pay offer, the pension fund and the safety of every worker on the docks of Valmora and Reddin,\u201d the authority said in a statement released on Monday evening."
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	a := doc("a", "Courier", "", day, []string{"Dockworkers in Valmora stayed out for a third day as ships queued offshore and exporters counted their losses.", stmt, "Exporters of fruit said the strike was costing them orders abroad."})
	b := doc("b", "Ledger", "", day.Add(time.Hour), []string{"The strike at the Port of Valmora entered its third day with no sign of a deal between the two sides.", stmt, "Union members gathered at the main gate in the rain to hear their leaders."})
	c, _ := NewComparer(DefaultConfig())
	if m := c.Compare(a, b); m.Related() {
		t.Errorf("two reports of one statement: %s, share %.2f", m.Kind, m.Share)
	}
	cp := doc("c", "Farm", "", day.Add(2*time.Hour), append([]string{"Experts revealed that"}, a.Paragraphs...))
	if m := c.Compare(a, cp); !m.Related() {
		t.Errorf("a copy that takes the statement with its article: %s", m.Kind)
	}
}

func TestQuotedWords(t *testing.T) {
	text := "He said \u201cwe stay\u201d and left.\n\n\u201cStill open\n\nNot quoted \"straight quote\" here."
	toks := Tokenize(text)
	q := quotedWords(text, toks)
	var got []string
	for i, tk := range toks {
		if q[i] {
			got = append(got, text[tk.Start:tk.End])
		}
	}
	if strings.Join(got, " ") != "we stay Still open straight quote" {
		t.Errorf("quoted words %q", got)
	}
}
