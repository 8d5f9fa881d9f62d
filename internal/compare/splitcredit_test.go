package compare

import "testing"

// TestSplitCreditNotClaimed: the credit of a quotation, cut off as a
// sentence of its own (a speaker with a description, or spoken to by
// name), is no fact only its article gives; the same line after a
// sentence that is no quotation, and a credit that tells more than who
// spoke, are still claimed.
func TestSplitCreditNotClaimed(t *testing.T) {
	first := "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota.\n" +
		"The walkout began at dawn on the main quay.\n" +
		"Passengers were left waiting on the quays for hours.\n" +
		"\u201cWhat is it about tired crews that you do not like?\u201d Harbour councillor Ana Lind said to the Marsk Shipping Board.\n" +
		"\u201cNobody should sail a ferry into a winter storm after a double shift,\u201d\n" +
		"Ivo Kral, a retired pilot and a candidate for the Brennick Port Council from Vellby, told the Ostra Gazette on Wednesday.\n" +
		"The pilots met at noon.\n" +
		"Tomas Ferrant, a deckhand from Saltholm, told the Kestrel Courier on Thursday.\n" +
		"\u201cWe will not move,\u201d one crew member shouted.\n" +
		"Greta Holm, who ran the Dunmore Ferry Line until 2009, said on Friday.\n" +
		"Harbour master Piet Olsen was asked whether the ferries would sail on Saturday.\n" +
		"\u201cNo,\u201d Olsen told the Vellby Herald in a statement.\n" +
		"\u201cNot until the Marsk Shipping Board pays the Saltholm crews,\u201d Olsen told the Vellby Herald.\n" +
		"The port authority said talks would resume next week."
	second := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota.\n" +
		"Travellers spent the afternoon stranded at the terminal.\n" +
		"The port authority said talks would resume next week."
	r := run(t, mkArticles(first, second))
	for _, c := range []struct {
		in    string // a word of the credit's sentence
		claim bool
	}{
		{"Harbour councillor", false}, // cut from its quotation, spoken to by name
		{"retired pilot", false},      // cut from its quotation, with a description
		{"deckhand", true},            // after a sentence that is no quotation
		{"Dunmore", true},             // the description tells what she did
		{"No,", false},                // a short answer and its credit
		{"Not until", true},           // an answer that says something
	} {
		f := oneArticleFact(r, c.in)
		if f == nil {
			t.Errorf("%s: no fact of one article", c.in)
			continue
		}
		if f.OnlyIn() != c.claim {
			t.Errorf("%s: OnlyIn %v, want %v (%q)", c.in, f.OnlyIn(), c.claim, f.Sentences[0].Text)
		}
	}
}

// TestAnswerCredit: a short answer in quotation marks and its credit,
// and what is more than that.
func TestAnswerCredit(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"\u201cNo,\u201d Ana Lind told the Ostra Gazette in a statement.", true},
		{"\"Absolutely not,\" Ivo Kral said.", true},
		{"\u201cNot until May,\u201d Ana Lind said.", false},
		{"\u201cNo,\u201d Ana Lind said, adding that the ferries would sail.", false},
		{"\u201cNo,\u201d she said.", false},
		{"\u201cIt is over,\u201d Ivo Kral said.", false},
		{"\u201cOf course!\u201d Ivo Kral said.", true},
		{"Ana Lind said no.", false},
		{"\u201cNo no no,\u201d Ana Lind said.", false}, // more than maxAnswerWords
	} {
		if got := answerCredit(c.text); got != c.want {
			t.Errorf("answerCredit(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestCreditOnly: what a credit cut from its quotation may hold.
func TestCreditOnly(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Harbour councillor Ana Lind said to the Marsk Shipping Board.", true},
		{"Ivo Kral, a retired pilot, told the Ostra Gazette on Wednesday.", true},
		{"Ana Lind said.", true},
		{"Ana Lind said to be leaving.", false},
		{"Ana Lind said the ferries would sail.", false},
		{"Ivo Kral, a retired pilot, added that the ferries would sail.", false},
		{"Ivo Kral, who piloted ferries, said.", false},
		{"Ivo Kral, a retired pilot, of Vellby said.", false},
		{"Ivo Kral, a pilot said.", false},
		{"the pilot said to the board.", false},
		{"Ana Lind said to the board: no.", false},
		// Guards no row above reaches: more than maxCreditTail words
		// after the verb, a clause word before it with no description,
		// no speaker before the verb, and a name after when or where is
		// not whom they spoke to.
		{"Ana Lind told the Ostra Gazette on Wednesday in a statement.", false},
		{"The ferries were late Ana Lind said.", false},
		{"Told Ana Lind.", false},
		{"Ana Lind told reporters on Friday Ivo Kral.", false},
		// The name of whom they spoke to is capitalised: "to the
		// ferry owners" is more than a credit.
		{"Harbour councillor Ana Lind said to the ferry owners.", false},
	} {
		if got := creditOnly(c.text); got != c.want {
			t.Errorf("creditOnly(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSplitCreditSingleQuotes: papers that set speech in single
// quotation marks cut credits off the same way: the credit after a
// quotation closed by ’ and a short answer in ‘ ’ are read as those in
// double marks are.
func TestSplitCreditSingleQuotes(t *testing.T) {
	first := "Ferry strike at Ostra\nFerry crews at Ostra walked out on Tuesday over the new rota.\n" +
		"The walkout began at dawn on the main quay.\n" +
		"Passengers were left waiting on the quays for hours.\n" +
		"\u2018Nobody should sail a ferry into a winter storm after a double shift,\u2019\n" +
		"Ivo Kral, a retired pilot and a candidate for the Brennick Port Council from Vellby, told the Ostra Gazette on Wednesday.\n" +
		"The pilots met at noon at the Saltholm hall.\n" +
		"Tomas Ferrant, a deckhand from Saltholm, told the Kestrel Courier on Thursday.\n" +
		"The port authority said talks would resume next week."
	second := "Ostra ferries halted\nFerry crews at Ostra walked out on Tuesday over the new rota.\n" +
		"Travellers spent the afternoon stranded at the terminal.\n" +
		"The port authority said talks would resume next week."
	r := run(t, mkArticles(first, second))
	for _, c := range []struct {
		in    string
		claim bool
	}{
		{"retired pilot", false}, // cut from its quotation in single marks
		{"deckhand", true},       // after a sentence that is no quotation
	} {
		f := oneArticleFact(r, c.in)
		if f == nil {
			t.Errorf("%s: no fact of one article", c.in)
			continue
		}
		if f.OnlyIn() != c.claim {
			t.Errorf("%s: OnlyIn %v, want %v (%q)", c.in, f.OnlyIn(), c.claim, f.Sentences[0].Text)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"\u2018No,\u2019 Ana Lind told the Ostra Gazette in a statement.", true},
		{"\u2018Of course,\u2019 Ivo Kral said.", true},
		{"\u2018Not until May,\u2019 Ana Lind said.", false},
		{"\u2018No,\u2019 she said.", false},
	} {
		if got := answerCredit(c.text); got != c.want {
			t.Errorf("answerCredit(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestClosesQuotation: the ’ after a stop or comma closes a quotation,
// the ’ after a letter is a possessive's.
func TestClosesQuotation(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"\u201cWe will not move,\u201d", true},
		{"\"We will not move.\"", true},
		{"\u2018We will not move,\u2019", true},
		{"\u2018Will we move?\u2019", true},
		{"The ferry was the pilots\u2019", false},
		{"The pilots met at noon.", false},
		{"\u2019", false},
	} {
		if got := closesQuotation(c.text); got != c.want {
			t.Errorf("closesQuotation(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
