package compare

import "testing"

// TestQuoteSamePassageTwoSpeakers: one outlet gives a minister's
// statement to her spokesman, who relayed it, and quotes its last
// clause; another gives the statement whole to the minister. The same
// eleven words stand word for word in both: one quote group (the
// longer version's speaker holds the shorter's words), named for the
// minister, not two lines quoted by one outlet each (h/quotes56b; on
// main the two known speakers kept them apart).
func TestQuoteSamePassageTwoSpeakers(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour inquiry\nThe harbour minister, Ilse Varga, rejected the charge on Monday. Her spokesman Tomas Brill added that the inquiry goes on, saying she had \u201cnever once stepped into the inquiry, nor would I ever ask anyone to do so.\u201d",
		"Varga answers\nHarbour minister Ilse Varga issued a statement on Monday, saying: \u201cThe board answers to the public and to the crews, and I have never once stepped into the inquiry, nor would I ever ask anyone to do so.\u201d",
		"Other\nIlse Varga spoke to the harbour board on Monday about the inquiry.",
	))
	g := groupWith(r, "a0", "never once stepped")
	if g == nil || len(g.Quotes) != 2 || g.Kind != QuoteShortened {
		t.Fatalf("the same passage given to two speakers is not one shortened group: %+v", g)
	}
	if g.Speaker != "Ilse Varga" {
		t.Errorf("group speaker %q, want the minister", g.Speaker)
	}
}

// TestQuoteDifferentStatementsTwoSpeakers: two persons who say
// different sentences that share a long phrase stay apart.
func TestQuoteDifferentStatementsTwoSpeakers(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour inquiry\nThe harbour minister, Ilse Varga, said on Monday: \u201cThe board has never once stepped into the inquiry into the harbour fees and it never will.\u201d",
		"Crews\nPilot chief Oren Tal said on Monday: \u201cThe board has never once stepped into the inquiry into the harbour fees, and that is the scandal.\u201d",
		"Other\nIlse Varga and Oren Tal spoke to the harbour board on Monday about the inquiry.",
	))
	g := groupWith(r, "a0", "never once stepped")
	if g == nil || len(g.Quotes) != 1 {
		t.Errorf("two speakers' different statements were paired: %+v", g)
	}
}
