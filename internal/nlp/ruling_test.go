package nlp

import "testing"

// TestClauseRules: a court's, a legislature's or a board's "rejected",
// "dismissed", "denied", or one whose object is a matter put to a
// decision, is a ruling; the same verbs of a person answering a claim are
// not (invented Velmar text).
func TestClauseRules(t *testing.T) {
	a, err := NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	nm := a.Naming(DefaultLang)
	for _, tc := range []struct {
		text  string
		rules bool
	}{
		{"The Velmar Senate rejected the harbour tax bill on Tuesday by a wide margin.", true},
		{"Judge Ana Falk dismissed the lawsuit against the port board on Monday.", true},
		{"The Velmar High Court denied the ferry company's appeal against the harbour fees.", true},
		{"Mayor Kiri Ardell rejected the harbour tax bill passed by the council last week.", true},
		{"The port board rejected the mayor's plan to double the harbour tax on Monday.", true},
		{"Mayor Kiri Ardell rejected the port board's claims about the harbour tax on Monday.", false},
		{"The White House rejected the port board's report on the harbour tax as false.", false},
		{"Councillor Brek Dunn denied the accusations made by the port board on Monday.", false},
		{"The Velmar Senate slammed the port board's plan to double the harbour tax.", false},
		{"The Velmar Senate passed the harbour tax bill on Tuesday by a wide margin.", false},
		// The head of the subject rules, not a word before it.
		{"A federal appeals court in Velmar rejected a bid by the port board to close the ferry dock.", true},
		{"Chief Justice Ana Falk dismissed the port board's objections to the ferry timetable.", true},
		{"A spokesman for Senate Leader Ivo Lund denied a Velmar Post report about the ferry fees.", false},
		{"Senate Leader Ivo Lund on Tuesday dismissed demands from the port board for new hearings.", false},
		{"Court nominee Ivo Lund forcefully denied the allegations made against him on Monday.", false},
		// A justice ministry or department, or its minister, answers: the
		// title of one who rules names a person only before a name.
		{"The Velmar Justice Department denied the allegations made by the port board on Monday.", false},
		{"The Justice Ministry rejected the port board's claims about the harbour tax on Monday.", false},
		{"Justice Minister Ivo Lund rejected the port board's claims about the harbour tax on Monday.", false},
		// The subject's head is cut before its phrase, either way.
		{"A spokesman for the Velmar Senate denied the reports about the ferry fees on Monday.", false},
		{"The high court in Velmar dismissed the claims of the ferry company on Monday.", true},
		// A legislature's members: only a matter put to a vote rules.
		{"Velmar lawmakers rejected the mayor's proposal to double the harbour tax on Monday.", false},
		{"Velmar lawmakers rejected the harbour tax bill on Monday by a wide margin.", true},
	} {
		an := a.Analyze(Input{Paragraphs: []string{tc.text}})
		c := nm.MainClause(an, 0)
		if !c.Found() {
			t.Errorf("%q: no clause read", tc.text)
			continue
		}
		if got := c.Rules(); got != tc.rules {
			t.Errorf("%q (subject %q verb %q object %v): Rules %v, want %v", tc.text, c.Subject, c.Verb, c.Object, got, tc.rules)
		}
	}
}
