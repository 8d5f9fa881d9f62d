package compare

import (
	"strings"
	"testing"
)

// TestDatelineLen: the datelines and capitalised labels that open a
// paragraph's first sentence, and sentences that open with words of
// their own in capitals or a name with its party in parentheses.
func TestDatelineLen(t *testing.T) {
	for _, c := range []struct{ text, rest string }{
		{"HARBOURTOWN (AP) — The port reopened on Monday.", "The port reopened on Monday."},
		{"HARBOURTOWN – The port reopened on Monday.", "The port reopened on Monday."},
		{"NEW HARBOUR, Kest. -- The port reopened on Monday.", "The port reopened on Monday."},
		{"(CNN) The port reopened on Monday.", "The port reopened on Monday."},
		{"(Reuters) - The port reopened on Monday.", "The port reopened on Monday."},
		{"Harbourtown (CNN) The port reopened on Monday.", "The port reopened on Monday."},
		{"New Harbour (CNN Business) The port reopened on Monday.", "The port reopened on Monday."},
		{"UPDATE II - The port reopened on Monday.", "The port reopened on Monday."},
		{"The port reopened on Monday.", "The port reopened on Monday."},
		{"Sen. Ola Berg (D-Kest.) said the port reopened.", "Sen. Ola Berg (D-Kest.) said the port reopened."},
		{"The Harbour Board (HB) said the port reopened.", "The Harbour Board (HB) said the port reopened."},
		{"NATO — the alliance — met on Monday.", "NATO — the alliance — met on Monday."},
		{"US-led talks resumed on Monday.", "US-led talks resumed on Monday."},
		{"HARBOURTOWN—The port reopened on Monday.", "The port reopened on Monday."},
		{"KESTLAND/HARBOURTOWN (Lantern Wire) - The port reopened on Monday.", "The port reopened on Monday."},
		{"NEW HARBOUR, Kest./OSTIN (Reuters) - The port reopened on Monday.", "The port reopened on Monday."},
		{"(Lantern Wire) — The port reopened on Monday.", "The port reopened on Monday."},
		{"(APPLAUSE) The port reopened on Monday.", "(APPLAUSE) The port reopened on Monday."},
		{"DOCKWORKERS-UNION leaders reopened the port.", "DOCKWORKERS-UNION leaders reopened the port."},
		{"EX-MAYOR Ola Berg reopened the port.", "EX-MAYOR Ola Berg reopened the port."},
		{"HBA (Harbour Board Authority) staff reopened the port.", "HBA (Harbour Board Authority) staff reopened the port."},
		{"GOP Sens. Ola Berg Olaf (Ola) Berg reopened the port.", "GOP Sens. Ola Berg Olaf (Ola) Berg reopened the port."},
		{"BERG (HARBOUR) 2020 signs went up in Kestland.", "BERG (HARBOUR) 2020 signs went up in Kestland."},
		{"ORVIK SAYS HE SAW (MISSING) FOOTAGE OF THE PORT: officials deny it.", "ORVIK SAYS HE SAW (MISSING) FOOTAGE OF THE PORT: officials deny it."},
	} {
		if got := c.text[DatelineLen(c.text):]; got != c.rest {
			t.Errorf("%q: shown %q, want %q", c.text, got, c.rest)
		}
	}
}

// TestFactShownWithoutDateline: a fact group's member that opens its
// article on a dateline is shown without it (read58: "WASHINGTON (AP) —",
// "(CNN)", "Washington (CNN)" at the head of fact sentences).
func TestFactShownWithoutDateline(t *testing.T) {
	r := run(t, mkArticles(
		"Port reopens\nHARBOURTOWN (AP) — The harbour authority reopened the eastern port on Monday after a week of repairs to the storm-damaged quay.",
		"Port open again\nHarbourtown (CNN) The harbour authority reopened the eastern port on Monday after a week of repairs to the storm-damaged quay.",
		"Quay repaired\nThe harbour authority reopened the eastern port on Monday after a week of repairs to the storm-damaged quay, officials said.",
	))
	found := false
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if strings.Contains(s.Text, "eastern port") {
				found = true
				if !strings.HasPrefix(s.Text, "The harbour authority") {
					t.Errorf("%s: shown %q, with its dateline", s.Article, s.Text)
				}
			}
		}
	}
	if !found {
		t.Fatalf("no fact on the port: %+v", r.Facts)
	}
}

// TestStampedPostNoFact: a paragraph opened by a post's time stamp and
// then the post's words in quotation marks is an embedded post, no fact
// of the outlet (read58: a Daily Kos line opening "9:46 AM - 5 Nov 2017").
func TestStampedPostNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Mayor's son posts\nThe mayor's son answered his critics online on Sunday.\n9:46 AM - 5 Nov 2017 “The critics are out in force this morning and they will be disappointed when the harbour deal goes through.”",
		"Harbour deal\nThe harbour deal goes to the council on Tuesday, and the mayor is expected to back it after months of talks with the shipping firms.",
	))
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if strings.Contains(s.Text, "9:46") || strings.Contains(s.Text, "out in force") {
				t.Errorf("a post shown as a fact: %q", s.Text)
			}
		}
	}
}

// TestRoundupSectionsNoFacts: a newsletter's sections on other news,
// under headings in capitals, that name none of the event's participants
// give the outlet no facts; its section on the event does
// (read58: Reason's roundup sections, 12 Reason-only facts).
func TestRoundupSectionsNoFacts(t *testing.T) {
	event := "Harbour Board chair Ola Berg resigned on Monday after the audit of the quay contracts led by Ines Varga, the council auditor."
	arts := mkArticles(
		"Berg resigns\n"+event+"\nOla Berg said in a statement that Ines Varga's audit had been unfair to the board and its staff.\nCounty prosecutor Dana Holm has opened an inquiry into the quay contracts that Ines Varga flagged.\nFREE MINDS\nA novelist told a literary magazine that her publisher had cut three chapters from her memoir without asking her.\nThe magazine's editor defended the decision in a long letter to readers on Friday afternoon.\nFREE MARKETS\nSchool districts in the northern valley spend twice as much on administrators as the districts of the coast, a new report finds.",
		"Board chair quits\n"+event+"\nOla Berg will stay until the board names a successor, and Ines Varga will present the audit to the council on Thursday.",
		"Berg out\n"+event+"\nThe board will meet on Friday, and Ines Varga told the council that Ola Berg had signed the quay contracts himself.",
	)
	r := run(t, arts)
	got := factTextsOf(r, "a0")
	for _, offTopic := range []string{"novelist", "editor defended", "School districts"} {
		if strings.Contains(got, offTopic) {
			t.Errorf("a roundup section on other news gives a fact (%s): %s", offTopic, got)
		}
	}
	if !strings.Contains(got, "prosecutor") {
		t.Errorf("the article's own fact on the event is gone: %s", got)
	}
}

// TestSectionsOnTheEventKept: an article in sections whose every section
// names one of the event's participants keeps all its facts.
func TestSectionsOnTheEventKept(t *testing.T) {
	event := "Harbour Board chair Ola Berg resigned on Monday after the audit of the quay contracts led by Ines Varga, the council auditor."
	arts := mkArticles(
		"Berg resigns\n"+event+"\nTHE AUDIT\nInes Varga found that eleven contracts had been signed without a tender in the past four years.\nTHE BOARD\nOla Berg had chaired the board since the flood and oversaw the rebuilding of the northern quay.",
		"Board chair quits\n"+event+"\nOla Berg will stay until the board names a successor, and Ines Varga will present the audit on Thursday.",
		"Berg out\n"+event+"\nThe board will meet on Friday, and Ines Varga told the council that Ola Berg had signed the contracts himself.",
	)
	r := run(t, arts)
	got := factTextsOf(r, "a0")
	for _, want := range []string{"eleven contracts", "chaired the board"} {
		if !strings.Contains(got, want) {
			t.Errorf("a section on the event lost its fact (%s): %s", want, got)
		}
	}
}

// TestDistinctiveWordsLeavePlainWords: an outlet's distinctive words
// leave out a bare "no", contractions, abbreviated titles and words of
// no subject ("time") (read58: "no", "sen", "aren't", "doesn't", "time").
func TestDistinctiveWordsLeavePlainWords(t *testing.T) {
	got := distinctiveOfCourier(t, "Sen. Orsted says there is no time to waste and the dockers aren't ready and the board doesn't care about levy number %d on the U.S. cargo.")
	for _, junk := range []string{"no", "time", "sen", "aren't", "aren’t", "doesn't", "u.s."} {
		if strings.Contains(got, " "+junk+" ") {
			t.Errorf("distinctive words hold %q: %s", junk, got)
		}
	}
	if !strings.Contains(got, " waste ") {
		t.Errorf("the telling word 'waste' is not among the distinctive words: %s", got)
	}
}

// factTextsOf joins the texts of article id's sentences in all fact
// groups.
func factTextsOf(r *Report, id string) string {
	var out []string
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if s.Article == id {
				out = append(out, s.Text)
			}
		}
	}
	return strings.Join(out, " | ")
}
