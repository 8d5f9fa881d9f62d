package compare

import "testing"

// partyTagParagraphs are the paragraphs of an invented article whose
// quotations are credited after their words to a lawmaker with a party
// and state tag in brackets, and one whose brackets hold more than a tag.
var partyTagParagraphs = []string{
	"Fire broke out on the night ferry to Ostra on Saturday, and all 212 passengers were taken off at the Marsk quay.",
	"\"The crew did everything right. We got every one of them off,\" said Rep. Ivo Lund (D-Ostra), a member of the harbour committee.",
	"\"The inspection is long overdue,\" Sen. Edda Marren (R-N.M.) told Velmar Radio on Sunday.",
	"\"The inspection is long overdue,\" said Sen. Edda Marren (who sits on the harbour board), a critic of the ferry line.",
	"\"The ferry will sail again,\" Ivo Lund told crowds after landing at the Marsk quay.",
	"\"The ferry will sail again,\" Ivo Lund said after the board voted to close the quay.",
}

// TestCreditAfterPartyTag: a party-and-state tag in brackets after the
// speaker's name ("Rep. Ivo Lund (D-Ostra)") is part of the quote's
// credit, as a title is; brackets holding a clause are not. So is when
// the speaker spoke, "after" and a word in -ing ("after landing at the
// Marsk quay"; that case failed before speakingTime), but not a clause
// with a subject ("after the board voted"). Before, any bracket ended
// the credit, so the last sentence of a lawmaker's
// quotation was read as the writer's words and claimed as a fact only its
// article gives (two "split piece" labels of the judged ABP sample).
func TestCreditAfterPartyTag(t *testing.T) {
	checkCreditAfter(t, partyTagParagraphs, map[int]bool{1: true, 2: true, 3: false, 4: true, 5: false})
}

// TestQuoteLastSentencePartyTagQuoteOnly: the last sentence of a
// lawmaker's quotation, credited with a party tag, is shown as the
// speaker's words only its article quotes, not as a fact of its own.
func TestQuoteLastSentencePartyTagQuoteOnly(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry fire at Ostra\n"+joinParas(partyTagParagraphs[:2]),
		"Ostra ferry fire\nFire broke out on the night ferry to Ostra on Saturday, and all 212 passengers were taken off at the Marsk quay. The harbour board will inspect the ferry next week.",
		"Passengers saved from burning Ostra ferry\nFire broke out on the night ferry to Ostra on Saturday, and the 212 passengers were taken off at the quay. Investigators have not said how it started.",
	))
	f := oneArticleFact(r, "every one of them off")
	if f == nil || !f.OnlyIn() {
		t.Fatalf("the quotation's last sentence: not claimed as only in its article (%+v)", f)
	}
	if f.QuoteOnly != "Ivo Lund" {
		t.Errorf("the quotation's last sentence: QuoteOnly %q, want the speaker's words (own %v)", f.QuoteOnly, ownStrings(f))
	}
}
