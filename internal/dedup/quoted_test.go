package dedup

import (
	"slices"
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
	// A stray mark that is never closed quotes nothing: the next mark
	// that can only open starts the quotation.
	text = "It aims at \"measuring links. The name \"Rank\" is a mark."
	toks = Tokenize(text)
	q = quotedWords(text, toks)
	got = got[:0]
	for i, tk := range toks {
		if q[i] {
			got = append(got, text[tk.Start:tk.End])
		}
	}
	if strings.Join(got, " ") != "Rank" {
		t.Errorf("quoted words after a stray mark %q", got)
	}
	// A mark that can only open, after an ellipsis, opens the next
	// fragment of the same quotation: the first stays quoted.
	for _, text := range []string{
		"\u201cThe levees will hold this year.\u2026 \u201cThe towns will pay nothing.\u201d\n\nLena Moss, Courier",
		"\u201cThe levees will hold this year.\u2019\u2026 \u201cThe towns will pay nothing.\u201d\n\nLena Moss, Courier",
		"\u201cThe levees will hold this year... \u201cThe towns will pay nothing.\u201d\n\nLena Moss, Courier",
	} {
		toks = Tokenize(text)
		q = quotedWords(text, toks)
		got = got[:0]
		for i, tk := range toks {
			if q[i] {
				got = append(got, text[tk.Start:tk.End])
			}
		}
		if strings.Join(got, " ") != "The levees will hold this year The towns will pay nothing" {
			t.Errorf("quoted words of %q: %q", text, got)
		}
	}
	// A quotation inside a quotation, in double marks too, leaves the
	// outer one open; a mark that can only close when none is open ends
	// the paragraph's last quotation there (its inner quotation's close
	// was taken for its end).
	for _, tc := range []struct{ text, want string }{
		{"\u201cThe board says \u201cno tolls\u201d for now,\u201d the mayor wrote. Then she left.", "The board says no tolls for now"},
		{"\"The board says \"no tolls\" for now,\" the mayor wrote. Then she left.", "The board says no tolls for now"},
		{"\u201cThe board\u2019s \u2018no tolls\u201d pledge holds,\u201d the mayor wrote.", "The board s no tolls pledge holds"},
		// Two single marks closing (or opening) a quotation stand for
		// one double mark.
		{"\u201cI need the keys,\u2019\u2019 the mayor said. \u201cThen I leave the hall.\u2019\u2019 She left.", "I need the keys Then I leave the hall"},
		{"\u201cI need the keys,'' the mayor said. \"Then I leave the hall.'' She left.", "I need the keys Then I leave the hall"},
		{"``I need the keys,'' the mayor said. The players' union\u2019s hall is shut.", "I need the keys"},
		// One mark after the inner quotation: a stray opening, as before.
		{"It aims at \"measuring links. The name \"Rank\" is a mark.", "Rank"},
	} {
		toks = Tokenize(tc.text)
		q = quotedWords(tc.text, toks)
		got = got[:0]
		for i, tk := range toks {
			if q[i] {
				got = append(got, tc.text[tk.Start:tk.End])
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("quoted words of %q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRecurringExcerptIsNoCopy: two issues of one digest on different
// topics that both carry the same excerpt of a third party's column, in
// two fragments joined by an ellipsis, share that columnist's words and
// copy nothing of each other.
func TestRecurringExcerptIsNoCopy(t *testing.T) {
	excerpt := "\u201cThe council will say the evidence is thin. But thin evidence is still evidence: it is what a careful reader finds in the minutes of every meeting where the harbour contract was discussed, in the letters the mayor signed the week before the vote and in the sudden change of the tender rules that only one bidder could meet.\u2026 \u201cWhether that amounts to a breach of the city charter is for the auditors to decide, and they should be given every document they ask for without delay or excuse.\u201d"
	day := time.Date(2026, 6, 1, 7, 0, 0, 0, time.UTC)
	a := doc("a", "Both Sides", "https://bothsides.example/harbour-strike", day, []string{
		"The dockworkers of Valmora walked out on Monday over the night shift.",
		"From the left: the union has waited two years for an answer on pay.",
		"From the right: a strike in the busy season hurts the farmers first.",
		excerpt, "Tomas Reyes, Harbour Review",
	})
	b := doc("b", "Both Sides", "https://bothsides.example/river-tolls", day.Add(72*time.Hour), []string{
		"The province will charge tolls on the Reddin bridges from next spring.",
		"From the left: the tolls fall hardest on commuters with the lowest pay.",
		"From the right: the bridges need repairs that the tolls will pay for.",
		excerpt, "Tomas Reyes, Harbour Review",
	})
	c, _ := NewComparer(DefaultConfig())
	if m := c.Compare(a, b); m.Related() {
		t.Errorf("two digest issues sharing one excerpt: %s, share %.2f", m.Kind, m.Share)
	}
}

// TestQuotedTranscriptIsNoCopy: a report that quotes a speech, passage by
// passage, shares the speech with the outlet that prints its transcript
// (the speaker's words without quotation marks) and copies neither; an
// article that takes the transcript's words without quotation marks is a
// copy.
func TestQuotedTranscriptIsNoCopy(t *testing.T) {
	speech := []string{
		"Good afternoon. I want to talk about the flooding in the river towns of Valmora and what the province will do for the families who lost their homes this spring.",
		"We will rebuild the levees along the Reddin before the autumn rains, and every family whose house was lost will have a place to live by the end of the summer, paid for by the province and not by the towns.",
		"I know that many of you have waited too long for answers, and I know that the first weeks after the water came were harder than they had to be because our agencies did not talk to each other.",
		"So starting today one office in Harwick will answer every claim within ten days, and it will report to me every Friday until the last claim is settled.",
		"Thank you, and I will take a few questions.",
	}
	day := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	transcript := doc("t", "Public Radio", "", day, speech)
	report := doc("r", "Courier", "", day.Add(time.Hour), []string{
		"Governor Ines Calloway promised on Monday to rebuild the river defences before autumn, in her first public remarks since the floods.",
		"\u201cWe will rebuild the levees along the Reddin before the autumn rains, and every family whose house was lost will have a place to live by the end of the summer, paid for by the province and not by the towns,\u201d Calloway said.",
		"She admitted that the response had been slow. \u201cI know that many of you have waited too long for answers,\u201d she said, \u201cand I know that the first weeks after the water came were harder than they had to be because our agencies did not talk to each other.\u201d",
		"\u201cSo starting today one office in Harwick will answer every claim within ten days,\u201d she added.",
		"Opposition leaders said the promise came months too late for the towns that flooded first.",
	})
	c, _ := NewComparer(DefaultConfig())
	if m := c.Compare(transcript, report); m.Related() {
		t.Errorf("a report quoting a speech and its transcript: %s, share %.2f", m.Kind, m.Share)
	}
	taken := doc("c", "Farm", "", day.Add(2*time.Hour), append([]string{"The governor spoke about the floods on Monday."}, speech[1:4]...))
	if m := c.Compare(transcript, taken); !m.Related() {
		t.Errorf("an article taking the transcript's words unquoted: %s", m.Kind)
	}
}

// TestCreditedExcerptStaysACopy: an outlet that quotes another outlet's
// own writing and names it (a round-up of columns) takes text from it; its
// quotation marks credit the outlet, not a speaker.
func TestCreditedExcerptStaysACopy(t *testing.T) {
	day := time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)
	column := doc("col", "Harwick Review", "", day, []string{
		"The governor has spent a month promising levees, and the towns along the Reddin have heard that promise every spring since the last great flood swept through their valleys.",
		"What the river towns need is not another office in the capital but money that arrives before the water does, and a plan that a family can read in an afternoon.",
		"Until that plan exists, the promises are only words, and the water does not read words.",
	})
	roundup := doc("ru", "The Other Side", "", day.Add(3*time.Hour), []string{
		"Both sides doubt the governor's flood plan.",
		"\u201cThe governor has spent a month promising levees, and the towns along the Reddin have heard that promise every spring since the last great flood swept through their valleys. What the river towns need is not another office in the capital but money that arrives before the water does, and a plan that a family can read in an afternoon.\u201d",
		"Mara Ellison, Harwick Review",
	})
	c, _ := NewComparer(DefaultConfig())
	if m := c.Compare(column, roundup); !m.Related() {
		t.Errorf("a credited excerpt of a column: %s", m.Kind)
	}
	roundup.Paragraphs[2] = "Mara Ellison, a columnist"
	if m := c.Compare(column, roundup); m.Related() {
		t.Errorf("the same excerpt crediting no outlet reads as a speaker's words: %s", m.Kind)
	}
}

// TestExcerptIsNoCopy: two reports that each set the same passage of a
// third outlet as a paragraph of its own, introduced by "The Gazette
// writes:" or "(via the Gazette):", and tell the rest in their own words
// are no copy of each other; the same passage without the introduction
// is text the later one took.
func TestExcerptIsNoCopy(t *testing.T) {
	excerpt := "The port authority referred its finding that the harbour master had misled inspectors about the night shift to the regional prosecutor, according to people familiar with the matter, and the prosecutor's office has yet to decide whether to bring charges against him or his deputy over the false logs of the ferry crossings."
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	own1 := "Dockworkers in Valmora cheered the news at the main gate, where the union had kept a picket for three weeks."
	own2 := "The union's leader said on Monday that the referral proved what the dockers had said all along about the logs."
	a := doc("a", "Courier", "", day, []string{"The harbour master of Valmora may face charges. The Gazette writes:", excerpt, own1})
	b := doc("b", "Ledger", "", day.Add(time.Hour), []string{"Prosecutors now hold the case of the harbour master, who was suspended in May (via the Gazette):", excerpt, own2})
	c, _ := NewComparer(DefaultConfig())
	if m := c.Compare(a, b); m.Related() {
		t.Errorf("two reports quoting one excerpt: %s, share %.2f", m.Kind, m.Share)
	}
	a2 := doc("a2", "Courier", "", day, []string{"The harbour master of Valmora may face charges.", excerpt, own1})
	b2 := doc("b2", "Ledger", "", day.Add(time.Hour), []string{"Prosecutors now hold the case of the harbour master, who was suspended in May.", excerpt, own2})
	if m := c.Compare(a2, b2); !m.Related() {
		t.Errorf("the passage without an introduction is taken text: %s", m.Kind)
	}
}

// TestDocumentPrintedWhole: a report that prints a statement whole after
// "Here is the full statement …:" and another that takes some of its
// sentences without quotation marks share the board's text, not the
// first report's; without the announcement the same paragraphs are the
// report's own text, taken by the other.
func TestDocumentPrintedWhole(t *testing.T) {
	statement := []string{
		"Over the past year our crews have carried more passengers across the bay than in any year since the harbour opened, and we are proud of every one of them.",
		"We have decided, after long consultation with the town council and the unions, to close the night ferry between Valmora and Castel Rocca at the end of May.",
		"The savings from the night service will go to the new footbridge over the river Wend and to longer opening hours at the northern terminal during the summer.",
		"We thank our crews for their patience and ask passengers to plan their late crossings with the bus company, which will add three night buses from June.",
	}
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	intro := []string{"The harbour board of Valmora said on Monday it would end its night ferry.", "Here is the full statement the board sent to staff on Monday:"}
	a := doc("a", "Courier", "", day, append(slices.Clone(intro), statement...))
	b := doc("b", "Ledger", "", day.Add(time.Hour), []string{
		"Valmora's night ferry will stop at the end of May, the harbour board told its staff.",
		statement[1], statement[2], statement[3],
		"Dockworkers at the northern terminal said the union had not been consulted about the night buses.",
	})
	c, _ := NewComparer(DefaultConfig())
	if m := c.Compare(a, b); m.Kind != KindUnrelated {
		t.Errorf("a statement printed whole by one and taken by the other: %s, share %.2f", m.Kind, m.Share)
	}
	a1 := doc("a1", "Courier", "", day, append([]string{intro[0] + " Read the board's statement below, sent to staff on Monday."}, statement...))
	if m := c.Compare(a1, b); m.Kind != KindUnrelated {
		t.Errorf("a statement announced with 'read … below' and taken by the other: %s, share %.2f", m.Kind, m.Share)
	}
	a2 := doc("a2", "Courier", "", day, append([]string{intro[0], "The board spoke to staff on Monday."}, statement...))
	if m := c.Compare(a2, b); m.Kind == KindUnrelated {
		t.Errorf("the same paragraphs without the announcement are taken text: %s", m.Kind)
	}
}

func TestAnnouncesDocument(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"Here is the full memo the chief executive sent to staff on Tuesday:", true},
		{"Read the full text of the mayor's remarks below:", true},
		{"The statement reads in full:", true},
		{"The complete letter:", true},
		{"The board's letter reads as follows:", true},
		{"The hackers sent thousands of emails like the one below:", false},
		{"Read the whole transcript below:", true},
		{"You can read the board's letter below, or on its website.", true},
		{"The mayor will speak to the council on Thursday. Read her opening statement below, sent to members on Wednesday.", true},
		{"Read our analysis of the memo below.", false},
		{"Read more about the board's letter below:", false},
		{"The statement is below.", false},
		{"Readers who want the memo will find it below.", false},
		{"Here is the full memo the chief executive sent to staff on Tuesday.", false},
		{"Among the measures:", false},
		{"Here is the full statement, which the board sent to every member of staff on Tuesday after a long meeting of its directors and the union leaders that lasted well into the night and ended without any agreement on pay or on the hours of the crews who work the late crossings:", false},
	}
	for _, tt := range tests {
		if got := announcesDocument(tt.para); got != tt.want {
			t.Errorf("announcesDocument(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}

// TestSharedRosterIsNoCopy: two issues of one survey series, on different
// questions, that both end with the panel's roster (a paragraph per region
// listing the members' names) share a list, not writing; an issue copied
// with its findings stays a copy.
func TestSharedRosterIsNoCopy(t *testing.T) {
	roster := []string{
		"These are the members of the Harbour Panel, not all of whom answered this survey:",
		"North: Ana Bellini, Tomas Reyes, Lena Moss, Karl Varga, Ines de la Torre, Piet van Dam, Rosa Quint, Omar Haddad, Jon Ekberg, Mara Lutz, D.J. Fenn, Ed Corrigan Jr., Sofia Brandt and Yusuf Kaya",
		"South: Carla Ottens, Milo Prade, Nina Sorel, Felix Aubry, Hana Novak, Rui Matos, Greta Lind, Bram Okafor, Lucia Ferro, Ivo Petrov, Selma Haas, Aldo Rossi, Tess Morrow and Jan Blom",
		"Coast: Ola Berg, Enzo Calvi, Dana Whit, Lior Adler, Maud Sellier, Kofi Mensah, Pia Kranz, Rafe Dunn, Alma Cruz, Teo Vidal, Una Reid, Basil Orme, Cleo Marsh and Odin Falk",
	}
	day := time.Date(2026, 4, 6, 9, 0, 0, 0, time.UTC)
	a := doc("a", "Courier", "https://courier.example/panel-ferry", day, append([]string{
		"Most members of the Harbour Panel expect the night ferry to close by the summer.",
		"Two in three said the savings would not pay for the footbridge the board has promised.",
		"\u201cThe board has made up its mind,\u201d said one member from the north shore.",
	}, roster...))
	b := doc("b", "Courier", "https://courier.example/panel-tolls", day.Add(30*24*time.Hour), append([]string{
		"The panel is split on the bridge tolls the province plans for next spring.",
		"Members from the coast were the most opposed, saying commuters would pay twice.",
		"\u201cNobody asked the towns,\u201d said one member from the south.",
	}, roster...))
	c, _ := NewComparer(DefaultConfig())
	if m := c.Compare(a, b); m.Related() {
		t.Errorf("two issues sharing the panel's roster: %s, share %.2f", m.Kind, m.Share)
	}
	cp := doc("c", "Ledger", "", day.Add(time.Hour), append([]string{"The panel's verdict, as the Courier put it:"}, a.Paragraphs...))
	if m := c.Compare(a, cp); !m.Related() {
		t.Errorf("an issue copied with its findings: %s", m.Kind)
	}
}

func TestIsNameList(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"North: Ana Bellini, Tomas Reyes, Lena Moss, Karl Varga, Ines de la Torre, Piet van Dam, Rosa Quint and Omar Haddad", true},
		{"Signed: Ana Bellini; Tomas Reyes; Lena Moss; Karl Varga; Rosa Quint; Omar Haddad; Jon Ekberg; Mara Lutz.", true},
		{"Ana Bellini, Tomas Reyes, Lena Moss, Karl Varga, Rosa Quint, Omar Haddad, Jon Ekberg, Mara Lutz", true},
		// A long list the page cut in the middle of a name: its first
		// item is the name's end.
		{"tein, Ana Bellini, Tomas Reyes, Lena Moss, Karl Varga, Rosa Quint, Omar Haddad, Jon Ekberg, Mara Lutz, Ola Berg, Enzo Calvi, Dana Whit, Lior Adler, Maud Sellier, Kofi Mensah, Pia Kranz", true},
		{"tein, Ana Bellini, Tomas Reyes, Lena Moss, Karl Varga, Rosa Quint, Omar Haddad, Jon Ekberg, Mara Lutz", false},
		{"tein, Ana Bellini, Tomas Reyes, Lena Moss, Karl Varga, Rosa Quint, Omar Haddad, Jon Ekberg, Mara Lutz, Ola Berg, Enzo Calvi, Dana Whit, Lior Adler, Maud Sellier, Kofi Mensah, Pia Kranz, son", false},
		// Too few names.
		{"North: Ana Bellini, Tomas Reyes, Lena Moss, Karl Varga and Rosa Quint", false},
		// A sentence with commas is writing.
		{"The panel, which met in Valmora, Reddin, Castel Rocca, Wend, Orme, Lind, Haas and Blom, said the ferry would close.", false},
		{"Ana Bellini, who chairs the panel, said members from Valmora, Reddin, Castel Rocca, Wend, Orme and Lind agreed.", false},
	}
	for _, tt := range tests {
		if got := isNameList(tt.para); got != tt.want {
			t.Errorf("isNameList(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}

// TestTypewriterQuotesAreQuotes: a report that closes its quotations with
// two single marks (“…,’’ she said) quotes a letter that another report
// prints as paragraphs of its own; they share the letter's words, not
// each other's text. Read as stray opening marks, the quotations would
// leave the letter's sentences to the report.
func TestTypewriterQuotesAreQuotes(t *testing.T) {
	letter := []string{
		"I asked the harbour board three times for the minutes of the March meeting and three times I was told they were not ready",
		"I then learned that the tender rules had been changed the week before the vote, in a way that only one bidder could meet",
		"I am not willing to sign the accounts of a year in which the board kept its own members from the papers they needed",
	}
	day := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	a := doc("a", "Courier", "", day, []string{
		"Lena Moss, the treasurer of Valmora's harbour board, resigned on Monday. She gave the chair her reasons:",
		letter[0] + ".", letter[1] + ".", letter[2] + ".",
	})
	var paras []string
	for _, l := range letter {
		paras = append(paras, "\u201c"+l+",\u2019\u2019 Moss wrote. \u201cThat is all.\u2019\u2019")
	}
	b := doc("b", "Ledger", "", day.Add(2*time.Hour), append([]string{
		"The harbour board lost its treasurer on Monday after a row over the ferry contract.",
	}, append(paras, "The chair said the minutes would be published this week.")...))
	c, _ := NewComparer(DefaultConfig())
	if m := c.Compare(a, b); m.Related() {
		t.Errorf("a letter printed by one and quoted with \u2019\u2019 by the other: %s, share %.2f", m.Kind, m.Share)
	}
}

// TestDocumentPrintedWholeDespiteCredit: a report that prints a statement
// "in full" and names the other outlet elsewhere (as where a quote was
// given) still prints the statement's author's words, so an outlet that
// prints the same statement as paragraphs of its own copies nothing from
// it; when the announcement itself credits that outlet, the statement as
// printed is that outlet's and the report takes it.
func TestDocumentPrintedWholeDespiteCredit(t *testing.T) {
	statement := []string{
		"Over the past year our crews have carried more passengers across the bay than in any year since the harbour opened, and we are proud of every one of them.",
		"We have decided, after long consultation with the town council and the unions, to close the night ferry between Valmora and Castel Rocca at the end of May.",
		"The savings from the night service will go to the new footbridge over the river Wend and to longer opening hours at the northern terminal during the summer.",
		"We thank our crews for their patience and ask passengers to plan their late crossings with the bus company, which will add three night buses from June.",
	}
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		intro   string
		related bool
	}{
		{"Here is the board's statement in full:", false},
		{"Here is the board's statement in full, as the Ledger first printed it:", true},
	} {
		a := doc("a", "Courier", "", day.Add(time.Hour), append([]string{
			"The harbour board of Valmora said on Monday it would end its night ferry.",
			"A board member told the Ledger that the decision was taken last week.",
			tc.intro,
		}, statement...))
		b := doc("b", "Ledger", "", day, append([]string{"Valmora's night ferry will stop at the end of May."}, statement...))
		c, _ := NewComparer(DefaultConfig())
		if m := c.Compare(b, a); m.Related() != tc.related {
			t.Errorf("%q: %s, share %.2f, want related %v", tc.intro, m.Kind, m.Share, tc.related)
		}
	}
}

func TestIntroducesReply(t *testing.T) {
	tests := []struct {
		intro string
		want  bool
	}{
		{"this was the mayor's response:", true},
		{"to which the mayor replied:", true},
		{"her answer:", true},
		{"the harbour board is full of excuses for why its response was so slow:", false},
		{"the answer is, of course:", false},
	}
	for _, tt := range tests {
		if got := introduces(tt.intro); got != tt.want {
			t.Errorf("introduces(%q) = %v, want %v", tt.intro, got, tt.want)
		}
	}
}
