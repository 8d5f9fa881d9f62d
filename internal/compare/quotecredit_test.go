package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// quotedParagraphs are the paragraphs of an invented article: a
// quotation of three sentences whose credit after its last gives a long
// name and title, and quotations whose words are followed by more than
// their credit.
var quotedParagraphs = []string{
	"Fire broke out on the night ferry to Ostra on Saturday, and all 212 passengers were taken off at the Marsk quay.",
	"\"Smoke poured out of the galley and people ran to the deck. The crew pulled us to the rails. It felt unreal, like a film,\" Nils Ove Starke, a retired teacher from Velmar, told Ostra Radio.",
	"\"We will sail again next week,\" said Ivo Lund, whose company lost two boats to fire last winter.",
	"\"The engines were checked in May,\" said Ivo Lund; the harbour board disputes that.",
	"\"The whole quay was dark with smoke,\" said Edda Voss Marren, the harbour master at Ostra. \"We opened the gates at once.\"",
	"\"We got every one of them off,\" said Ivo Lund, the owner of the ferry line out of Marsk, calling the crew \"heroes\".",
	"\"We got every one of them off,\" said Ivo Lund, the owner of the small ferry line running the night crossing from the Marsk quay to the outer islands for most of the last few winters.",
	"\"We got every one of them off,\" said Ivo Lund, the owner of the ferry line out of Marsk with 14 boats.",
}

// TestCreditAfterQuote: the words after a quotation's last part are its
// credit when they name the speaker with the verb and a title, whom
// they told, and nothing else; a relative clause, a clause after a
// semicolon, a second quotation, a figure or more than maxCreditWords
// words is more than the credit.
func TestCreditAfterQuote(t *testing.T) {
	checkCreditAfter(t, quotedParagraphs, map[int]bool{1: true, 2: false, 3: false, 4: true, 5: false, 6: false, 7: false})
}

// checkCreditAfter reads an article of paras under a made-up title and
// checks creditAfter on the sentence of each quote whose verb is in a
// paragraph of want: whether the words after the quote are its credit
// alone. A paragraph of want with no quote read is an error too.
func checkCreditAfter(t *testing.T, paras []string, want map[int]bool) {
	t.Helper()
	ar := mkArticles("Ferry fire at Ostra\n" + joinParas(paras))[0]
	d := &doc{art: ar, an: newAnalyzer(t).Analyze(nlp.Input{Title: ar.Title, Paragraphs: ar.Paragraphs, Lang: ar.Language})}
	found := map[int]bool{}
	for _, q := range d.an.Quotes {
		if q.Partial || q.VerbSpan == nil {
			continue
		}
		w, ok := want[q.VerbSpan.Para]
		if !ok {
			continue
		}
		for k, sen := range d.an.Sentences {
			if sen.Para != q.VerbSpan.Para || len(sen.Tokens) == 0 || q.VerbSpan.Start < sen.Tokens[0].Start || q.VerbSpan.End > sen.Tokens[len(sen.Tokens)-1].End {
				continue
			}
			found[sen.Para] = true
			if _, got := creditAfter(d, q, k); got != w {
				t.Errorf("paragraph %d (%q): creditAfter %v, want %v", sen.Para, sen.Text, got, w)
			}
		}
	}
	for p := range want {
		if !found[p] {
			t.Errorf("paragraph %d: no quote read", p)
		}
	}
}

// TestQuoteLastSentenceWithCreditQuoteOnly: the last sentence of a
// quotation, whose long credit ("Nils Ove Starke, a retired teacher from
// Velmar, told Ostra Radio") holds more words than the
// quoted ones, is shown as the speaker's words only its article
// quotes, as the first sentence of the quotation is, not as a fact of
// its own (before, the credit's names made it a fact only one article
// gives, beside its quotation's quote-only claim); so is the sentence
// of a quotation that its credit closes before the quotation goes on.
func TestQuoteLastSentenceWithCreditQuoteOnly(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry fire at Ostra\n"+joinParas([]string{quotedParagraphs[0], quotedParagraphs[1], quotedParagraphs[4]}),
		"Ostra ferry fire\nFire broke out on the night ferry to Ostra on Saturday, and all 212 passengers were taken off at the Marsk quay. The harbour board will inspect the ferry next week.",
		"Passengers saved from burning Ostra ferry\nFire broke out on the night ferry to Ostra on Saturday, and the 212 passengers were taken off at the quay. Investigators have not said how it started.",
	))
	f := oneArticleFact(r, "felt unreal")
	if f == nil || !f.OnlyIn() {
		t.Fatalf("the quotation's last sentence: not claimed as only in its article (%+v)", f)
	}
	if f.QuoteOnly != "Nils Ove Starke" {
		t.Errorf("the quotation's last sentence: QuoteOnly %q, want the speaker's words (own %v)", f.QuoteOnly, ownStrings(f))
	}
	// The credit inside a quotation, after its first sentence.
	if f := oneArticleFact(r, "dark with smoke"); f == nil || !f.OnlyIn() || f.QuoteOnly != "Edda Voss Marren" {
		t.Errorf("the quotation's first sentence with its credit: want the speaker's words only its article quotes (%+v)", f)
	}
}

func joinParas(ps []string) string {
	s := ""
	for i, p := range ps {
		if i > 0 {
			s += "\n"
		}
		s += p
	}
	return s
}

// TestQuotePrintedElsewhereNotQuoteOnly: a line mostly quoted, whose
// quotation's first words another article prints (here read out by
// another man, after a colon), is not claimed as the words only its
// article quotes: the "stated elsewhere" test skips quoted lines, and
// the speaker test needs the other print attributed to the same person.
func TestQuotePrintedElsewhereNotQuoteOnly(t *testing.T) {
	r := run(t, mkArticles(
		"Ostra harbour board under fire\nThe Ostra harbour board raised berth fees for the third time this year on Monday. \"This is no way to run a harbour, and not one member of the board has crossed to the islands on a winter ferry in ten years,\" said Edda Voss Marren, the longest-serving harbour master on the Velmar coast.",
		"Berth fees rise again at Ostra\nThe Ostra harbour board raised berth fees on Monday, the third rise this year.\nAt the crowded meeting in the Marsk fish hall, where crews from six islands voted to strike over wages, pensions and the winter timetable, the old skipper Jon Tarre read out a single line: \"This is no way to run a harbour.\"",
		"Ostra fees up\nBerth fees at Ostra went up on Monday for the third time this year, the harbour board said.",
	))
	if f := oneArticleFact(r, "not one member of the board"); f != nil && f.OnlyIn() {
		t.Errorf("a quote whose first words another article prints: claimed as only in its article (QuoteOnly %q)", f.QuoteOnly)
	}
}
