package compare

import (
	"strings"
	"testing"
)

// variantOf returns the variant of forms x and y among r's names, or nil.
func variantOf(r *Report, x, y string) *Variant {
	for _, n := range r.Names {
		for i, v := range n.Variants {
			if v.Forms == [2]string{x, y} || v.Forms == [2]string{y, x} {
				return &n.Variants[i]
			}
		}
	}
	return nil
}

// TestNameVariants: transliteration, charged naming and stance-bearing
// descriptors are flagged; abbreviations, aliases, titles, punctuation
// and short forms are listed quietly.
func TestNameVariants(t *testing.T) {
	r := run(t, mkArticles(
		"Talks in Kiev\nUkrainian leader Vladimir Zelensky met envoys in Kiev on Monday. Britain sent its foreign secretary. The F.B.I. said Zelensky was safe. Sir Harold Penn attended. French President Emile Faure sent a letter.",
		"Talks in Kyiv\nUkrainian President Volodymyr Zelenskyy met envoys in Kyiv on Monday. The United Kingdom sent its foreign secretary. The FBI said Zelenskyy was safe. Harold Penn attended.",
		"Talks in Burma\nThe embattled Ukrainian President Volodymyr Zelenskyy met envoys in Kyiv on Monday, and the UK sent a minister. Holt attended talks on Burma.",
		"Talks in Myanmar\nThe Ukrainian President Volodymyr Zelenskyy met envoys in Kyiv on Monday. Holt attended talks on Myanmar.",
	))
	for _, c := range []struct {
		x, y, kind string
		flagged    bool
	}{
		{"Kiev", "Kyiv", VariantCharged, true},
		{"Burma", "Myanmar", VariantCharged, true},
		{"Vladimir Zelensky", "Volodymyr Zelenskyy", VariantCharged, true},
		{"Ukrainian leader", "Ukrainian President", VariantDescriptor, true},
		{"F.B.I.", "FBI", VariantPunctuation, false},
		{"Sir Harold Penn", "Harold Penn", VariantHonorific, false},
	} {
		v := variantOf(r, c.x, c.y)
		if v == nil {
			t.Errorf("%s / %s: no variant in %+v", c.x, c.y, r.Names)
			continue
		}
		if v.Kind != c.kind || v.Flagged != c.flagged {
			t.Errorf("%s / %s: %s flagged=%v, want %s flagged=%v", c.x, c.y, v.Kind, v.Flagged, c.kind, c.flagged)
		}
	}
	if v := variantOf(r, "embattled Volodymyr Zelenskyy", "Volodymyr Zelenskyy"); v == nil || v.Kind != VariantDescriptor || !v.Flagged {
		t.Errorf("the loaded descriptor 'embattled' is not flagged: %+v", v)
	}
	for _, n := range r.Names {
		if n.Entity == "United Kingdom" || n.Entity == "Britain" {
			if n.Flagged {
				t.Errorf("UK / Britain / United Kingdom flagged: %+v", n)
			}
		}
	}
	// Flagged names come first, most significant first.
	seenQuiet := false
	for i, n := range r.Names {
		if !n.Flagged {
			seenQuiet = true
		} else if seenQuiet {
			t.Errorf("flagged %s after an unflagged name", n.Entity)
		}
		if i > 0 && n.Flagged && n.Significance > r.Names[i-1].Significance {
			t.Errorf("%s more significant than %s before it", n.Entity, r.Names[i-1].Entity)
		}
	}
}

// groupWith returns the quote group holding a quote of article id that
// contains s.
func groupWith(r *Report, id, s string) *QuoteGroup {
	for i, g := range r.Quotes {
		for _, q := range g.Quotes {
			if q.Article == id && strings.Contains(q.Text, s) {
				return &r.Quotes[i]
			}
		}
	}
	return nil
}

// TestQuoteKinds: an elision or a different excerpt is shortened, an
// editorial bracket changes nothing, only words changed inside the quote
// are altered; different quotes of different speakers never group.
func TestQuoteKinds(t *testing.T) {
	r := run(t, mkArticles(
		"Port strike\n\u201cWe will not return until the plan is withdrawn and every job is safe,\u201d union leader Tomas Brennick said. \u201c[T]he port belongs to its workers,\u201d Brennick added. Mayor Ana Ruiz said: \u201cThe city will mediate from Monday.\u201d",
		"Port strike goes on\n\u201cWe will not return until the plan is withdrawn \u2026 every job is safe,\u201d union leader Tomas Brennick said. \u201cThe port belongs to its workers,\u201d he added. Mayor Ana Ruiz said: \u201cThe city will try to mediate from Monday.\u201d",
		"Strike\n\u201cWe will not return until the plan is withdrawn,\u201d union leader Tomas Brennick said. Port director Helena Osk said: \u201cThe plan is withdrawn only when every job is safe, we will not return to it.\u201d",
	))
	for _, c := range []struct{ id, text, kind string }{
		{"a1", "withdrawn \u2026 every", QuoteShortened},
		{"a1", "belongs to its workers", QuoteIdentical},
		{"a1", "try to mediate", QuoteAltered},
	} {
		g := groupWith(r, c.id, c.text)
		if g == nil || g.Kind != c.kind {
			t.Errorf("%q: group %+v, want %s", c.text, g, c.kind)
		}
	}
	if g := groupWith(r, "a2", "only when every job"); g != nil && len(g.Quotes) > 1 {
		t.Errorf("Osk's words grouped with Brennick's: %+v", g)
	}
}

// TestNumbersSameQuantityOnly: ages, counts of another incident and two
// lower bounds never make a discrepancy; one incident's toll does.
func TestNumbersSameQuantityOnly(t *testing.T) {
	r := run(t, mkArticles(
		"Shooting in Valmora\nFive people were killed in the shooting in Valmora on Monday, police said. The gunman, 34, was arrested. At least two schools closed.",
		"Valmora shooting\nSix people were killed in the shooting in Valmora on Monday, police said. The suspect, 35, was arrested. At least three schools closed. In 2019 a shooting in Reddin killed nine people.",
	))
	if q := quantityOf(r, "a0", "Five"); q == nil || !q.Discrepancy || quantityOf(r, "a1", "Six") != q {
		t.Errorf("five and six killed in one shooting are not a discrepancy: %+v", q)
	}
	for _, v := range []string{"34", "two"} {
		if q := quantityOf(r, "a0", v); q != nil && q.Discrepancy {
			t.Errorf("%s: a discrepancy %+v", v, q)
		}
	}
	if q := quantityOf(r, "a1", "nine"); q != nil && len(q.Values) > 1 {
		t.Errorf("another incident's toll joins this one: %+v", q)
	}
}

// TestFactConflictAndOnlyIn: opposite outcomes of one thing are a
// difference, not agreement; a fact another article states in other
// words is not "only in" one article.
func TestFactConflictAndOnlyIn(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour bill\nThe Valmora council passed the harbour bill on Tuesday by nine votes to four after a long debate on dock fees.\nThe harbour master resigned on Monday after a dispute over the night shift at the container port.",
		"Harbour bill\nThe Valmora council dropped the harbour bill on Tuesday by nine votes to four after a long debate on dock fees.\nOn Monday the man who ran the harbour quit his post over a quarrel about the container port's night shift.",
	))
	conflict := false
	for _, f := range r.Facts {
		if len(f.ReportedBy) == 2 && len(f.Conflict) == 2 {
			conflict = true
		}
		if f.Coverage == CoverageAll && len(f.Conflict) == 0 && strings.Contains(f.Sentences[0].Text, "harbour bill") {
			t.Errorf("passed and dropped shown as agreement: %+v", f)
		}
	}
	if !conflict {
		t.Errorf("no conflicting fact in %+v", r.Facts)
	}
	for _, f := range r.Facts {
		if f.OnlyIn() && strings.Contains(f.Sentences[0].Text, "resigned") {
			t.Errorf("the resignation is shown only in one article although the other states it: %+v", f)
		}
	}
}

// TestNoConflictWhenBothSidesNamed: a sentence that speaks of both
// outcomes ("resigned rather than fire him") gives no account against
// one that states one of them.
func TestNoConflictWhenBothSidesNamed(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour chief out\nThe mayor fired the Valmora harbour chief on Tuesday, likening it to the night in 1990 when the old port board ousted its chief inspector.",
		"Harbour chief out\nThey likened it to 1990, when two Valmora port board members resigned rather than fire the chief inspector of the harbour on the mayor's order.",
	))
	for _, f := range r.Facts {
		if len(f.Conflict) > 0 {
			t.Errorf("opposite accounts %v in %+v", f.Conflict, f.Sentences)
		}
	}
}

// TestFactCheckRatingsConflict: two fact-checks that rate one claim
// differently are a difference, not agreement.
func TestFactCheckRatingsConflict(t *testing.T) {
	r := run(t, mkArticles(
		"Toll claim checked\nWe rate the claim that the Valmora harbour board doubled the night toll for fishing boats as INCONCLUSIVE, based on our research.\nThe board did not answer questions.",
		"Toll claim checked\nThe claim that the Valmora harbour board doubled the night toll for fishing boats is TRUE, based on our research.\nFishermen protested at the gate.",
	))
	for _, f := range r.Facts {
		if len(f.ReportedBy) == 2 && strings.Contains(f.Sentences[0].Text, "night toll") {
			if len(f.Conflict) != 2 {
				t.Errorf("ratings inconclusive and true shown as agreement: %+v", f)
			}
			return
		}
	}
	t.Errorf("the two ratings are no fact group: %+v", r.Facts)
}

// TestSharesQuotes: two reports quoting the same statement are no copy;
// they share quotes.
func TestSharesQuotes(t *testing.T) {
	stmt := "\u201cThe port authority regrets the disruption and will meet the union on Wednesday to discuss the night shift, the pay rise and the safety of every worker on the docks,\u201d the authority said in a statement."
	r := run(t, mkArticles(
		"Port talks\nDockworkers in Valmora stayed out for a third day as ships queued offshore.\n"+stmt+"\nExporters said the strike was costing them orders.",
		"Port strike\nThe strike at the Port of Valmora entered its third day with no sign of a deal.\n"+stmt+"\nUnion members gathered at the main gate in the rain.",
	))
	if len(r.Copies) != 1 || r.Copies[0].Kind != KindSharesQuotes {
		t.Errorf("copies = %+v, want one shares-quotes relation", r.Copies)
	}
}

// TestTranscriptSharesQuotes: a report that quotes a speech, passage by
// passage, is no copy of the outlet that prints the speech's transcript;
// they share quotes.
func TestTranscriptSharesQuotes(t *testing.T) {
	passages := []string{
		"We will rebuild the levees along the Reddin before the autumn rains, and every family whose house was lost will have a place to live by the end of the summer, paid for by the province and not by the towns.",
		"I know that many of you have waited too long for answers, and I know that the first weeks after the water came were harder than they had to be because our agencies did not talk to each other.",
		"So starting today one office in Harwick will answer every claim within ten days, and it will report to me every Friday until the last claim is settled.",
	}
	transcript := "Transcript: the governor on the floods\nGood afternoon. I want to talk about the flooding in the river towns of Valmora and what the province will do for the families who lost their homes.\n" +
		strings.Join(passages, "\n") + "\nThank you, and I will take a few questions."
	report := "Governor promises levees\nGovernor Ines Calloway promised on Monday to rebuild the river defences before autumn, in her first public remarks since the floods.\n" +
		"\u201c" + strings.TrimSuffix(passages[0], ".") + ",\u201d Calloway said.\n" +
		"She admitted that the response had been slow. \u201c" + passages[1] + "\u201d\n" +
		"\u201c" + strings.TrimSuffix(passages[2], ".") + ",\u201d she added.\n" +
		"Opposition leaders said the promise came months too late for the towns that flooded first."
	r := run(t, mkArticles(transcript, report))
	if len(r.Copies) != 1 || r.Copies[0].Kind != KindSharesQuotes {
		t.Errorf("copies = %+v, want one shares-quotes relation", r.Copies)
	}
}

// TestNamesNoStance: a loaded verb before a name ("an organiser blasted
// Kellan Marsh") and one office in two house styles ("Majority Leader",
// "leader") are no stance and are not flagged.
func TestNamesNoStance(t *testing.T) {
	r := run(t, mkArticles(
		"Port law\nA union organiser blasted Kellan Marsh over the port law on Monday. Council Majority Leader Tomas Brennick said the law would pass.",
		"Port law vote\nOfficials defended Kellan Marsh and the port law on Monday. Council leader Tomas Brennick said the law would pass.",
		"Port law debate\nKellan Marsh passed the port law on Monday. Majority Leader Tomas Brennick welcomed it.",
	))
	for _, n := range r.Names {
		for _, v := range n.Variants {
			if v.Flagged {
				t.Errorf("%s: %s / %s flagged (%s)", n.Entity, v.Forms[0], v.Forms[1], v.Kind)
			}
		}
	}
}

// TestQuoteKindsNotAltered: a quote with more words before it, an
// elision and an editor's insertion is shortened; a contraction is no
// change; two remarks of one speaker that share a phrase are two
// statements; differing words nobody is said to speak are not an altered
// quote.
func TestQuoteKindsNotAltered(t *testing.T) {
	r := run(t, mkArticles(
		"Port vote\nThe rule bans \u201cberthing at night as a method of saving fuel.\u201d\n\u201cI have told the mayor I will not vote for any of the 21 port rules pending in the harbour committee until \u2026 [the plan] is brought to the full council for a vote,\u201d Tomas Brennick said. \u201cThis isn't a slip, this is daily and weekly where they distance themselves from what he's saying,\u201d Brennick added. \u201cWe cannot name the pilots until the inquiry ends,\u201d harbour master Lena Voss said. \u201cThe dock will face fire and fury like the harbour has never seen,\u201d Mayor Ana Ruiz said.",
		"Port vote delayed\nThe rule says \u201cberthing at night is not a method of saving fuel.\u201d\n\u201cI will not vote for any of the 21 port rules pending in the harbour committee until (the plan) is brought to the full council,\u201d Tomas Brennick said. \u201cThis isn't a slip, this is daily and weekly where they distance themselves from what he is saying,\u201d Brennick said. \u201cWe can't name the pilots until the inquiry ends,\u201d harbour master Lena Voss said. Mayor Ana Ruiz later promised \u201cpower, the likes of which this harbour has never seen before.\u201d",
	))
	for _, c := range []struct{ id, text, kind string }{
		{"a0", "I have told the mayor", QuoteShortened},
		{"a0", "what he's saying", QuoteIdentical},
		{"a0", "cannot name the pilots", QuoteIdentical},
	} {
		if g := groupWith(r, c.id, c.text); g == nil || g.Kind != c.kind {
			t.Errorf("%q: group %+v, want %s", c.text, g, c.kind)
		}
	}
	for _, text := range []string{"fire and fury", "berthing at night"} {
		if g := groupWith(r, "a0", text); g == nil || g.Kind != QuoteOneOnly {
			t.Errorf("%q grouped with another quote: %+v", text, g)
		}
	}
}

// TestOnlyInStatedByHeadline: a fact one article gives in its body and
// another in its headline is not only in the first; a fact no headline
// states stays only in its article.
func TestOnlyInStatedByHeadline(t *testing.T) {
	r := run(t, mkArticles(
		"Dock strike goes on\nThe strike at the Valmora docks entered a third day on Monday. The harbour master Edda Brun resigned over the night-shift cuts, the union said. Fruit exporter Lina Marsh of Kessel Farms counted her losses.",
		"Valmora harbour master Brun resigns over night-shift cuts\nThe strike at the Valmora docks entered a third day on Monday. Exporters of machinery said orders were lost.",
	))
	for _, f := range r.Facts {
		if !f.OnlyIn() {
			continue
		}
		if strings.Contains(f.Sentences[0].Text, "resigned") {
			t.Errorf("the resignation the other headline states is only in one article: %+v", f)
		}
	}
	found := false
	for _, f := range r.Facts {
		found = found || f.OnlyIn() && strings.Contains(f.Sentences[0].Text, "Fruit exporter")
	}
	if !found {
		t.Errorf("the exporters' losses are not only in one article: %+v", r.Facts)
	}
}

// TestNoStanceOnPlaceOrParenthesis: a loaded word before a place that
// starts a title ("disgraced New York harbour chief") describes the
// person, not the place; words in parentheses inside a quote are the
// writer's, no change of the speaker's words.
func TestNoStanceOnPlaceOrParenthesis(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour chief quits\nThe disgraced New York harbour chief Tomas Brennick quit on Monday. \u201cIt is time to shift from what the (port) council thinks is best to what dockworkers deserve,\u201d Mayor Ana Ruiz said.",
		"Brennick quits\nThe New York harbour chief Tomas Brennick quit on Monday. \u201cIt is time to shift from what the council thinks is best to what dockworkers deserve,\u201d Mayor Ana Ruiz said.",
	))
	for _, n := range r.Names {
		for _, v := range n.Variants {
			if v.Flagged && strings.Contains(v.Forms[0]+v.Forms[1], "disgraced New York") {
				t.Errorf("%s: %s / %s flagged", n.Entity, v.Forms[0], v.Forms[1])
			}
		}
	}
	if g := groupWith(r, "a0", "(port) council"); g == nil || g.Kind == QuoteAltered || g.Kind == QuoteOneOnly {
		t.Errorf("a writer's parenthesis makes the quote %+v", g)
	}
}

// TestQuoteKindsSlipsAndExcerpts: a word one letter off is a slip and a
// number in words or figures a house style, and a plural for a singular
// a transcription, not an alteration, unless it changes a number or a
// short word that carries meaning; two versions that each quote words the other
// leaves out are excerpts, not a shortening; a stammered word is no
// change.
func TestQuoteKindsSlipsAndExcerpts(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour vote\n\u201cHe is forgetting every crew of the harbour,\u201d Jon Tamm said. \u201cWe waited four years for this vote,\u201d Ilse Varn said. \u201cThis vote will alter the course of our country and its harbour for good,\u201d councillor Mira Dale said. \u201cThe dock fees rose by 300 euros in one year,\u201d trader Olaf Brink said. \u201cWe stand with every crew in the campaign for fair pay,\u201d union leader Tomas Brennick said. \u201cI will not sign the harbour plan this winter,\u201d Mayor Ana Ruiz said. \u201cThe harbour has waited for this for years. We will build the new quay in spring,\u201d port director Helena Osk said. \u201cThe fishing fleet needs a past that doesn't fade away,\u201d Lena Voss said.",
		"Vote on the harbour\n\u201cHe's forgetting every crew of the harbour,\u201d Jon Tamm said. \u201cWe waited 4 years for this vote,\u201d Ilse Varn said. \u201cThis vote will alter the course of our county and it harbour for good,\u201d councillor Mira Dale said. \u201cThe dock fees rose by 200 euros in one year,\u201d trader Olaf Brink said. \u201cWe stand with every crew in the campaigns for fair pay,\u201d union leader Tomas Brennick said. \u201cI will now sign the harbour plan this winter,\u201d Mayor Ana Ruiz said. \u201cWe are glad. The harbour has waited for this for years,\u201d port director Helena Osk said. \u201cThe fishing fleet needs a past that, that doesn't fade away,\u201d Lena Voss said.",
	))
	for _, c := range []struct{ text, kind string }{
		{"course of our country", QuoteIdentical},
		{"four years", QuoteIdentical},
		{"forgetting every crew", QuoteIdentical},
		{"300 euros", QuoteAltered},
		// One word's singular and plural are two transcriptions of one
		// line (h/altered47), not a change of words.
		{"in the campaign for", QuoteIdentical},
		{"I will not sign", QuoteAltered},
		{"waited for this for years", QuoteExcerpts},
		{"a past that", QuoteIdentical},
	} {
		if g := groupWith(r, "a0", c.text); g == nil || g.Kind != c.kind {
			t.Errorf("%q: group %+v, want %s", c.text, g, c.kind)
		}
	}
	for _, d := range r.Differences {
		if d.Kind == DiffShortened {
			t.Errorf("two excerpts shown as a shortening: %+v", d)
		}
	}
}

// TestQuoteNestedAndTwoStatements: words a speaker quotes from someone
// else are not that speaker's statement; two statements of one speaker
// in one article that share a phrase never make one group; an article
// that gives both wordings of a slogan said twice has no altered quote.
func TestQuoteNestedAndTwoStatements(t *testing.T) {
	r := run(t, mkArticles(
		"Tribute to Arno Pell\n\u201cHe served the port for forty years and taught us all to be, in his words, \u2018a lantern for every ship at sea\u2019 in the darkest nights,\u201d Mayor Ana Ruiz said. Pell liked to say the port should be \u201ca lantern for every ship at sea.\u201d \u201cThe harbour would become a closed port with no future for the young,\u201d union leader Tomas Brennick said. Later he said: \u201cI never said that Valmora is a closed port with no future, and I never will.\u201d",
		"Arno Pell remembered\n\u201cHe served the port for forty years and taught us all to be, in his words, \u2018a lantern for every ship at sea\u2019 in the darkest nights,\u201d Mayor Ana Ruiz said. Brennick had warned of \u201ca closed port with no future.\u201d",
		"Rally in Valmora\n\u201cWe will make the harbour proud again,\u201d Mayor Ana Ruiz told the crowd. \u201cWe will make the harbour so proud again,\u201d she shouted later.",
		"Ruiz rally\n\u201cWe will make the harbour proud again,\u201d Mayor Ana Ruiz said at the rally.",
	))
	if g := groupWith(r, "a0", "lantern for every ship at sea."); g != nil && groupWith(r, "a0", "taught us all") == g {
		t.Errorf("the words Ruiz quotes from Pell grouped with her statement: %+v", g)
	}
	if g := groupWith(r, "a0", "I never said"); g != nil && g == groupWith(r, "a0", "would become a closed port") {
		t.Errorf("a remark and its denial in one group: %+v", g)
	}
	if g := groupWith(r, "a3", "proud again"); g == nil || g.Kind == QuoteAltered {
		t.Errorf("a slogan the same article gives both ways is altered: %+v", g)
	}
}

// TestQuoteStrayWordNotAltered: two versions that share one passage and,
// before it, only a stray "I" among different sentences are excerpts,
// not one statement with words changed.
func TestQuoteStrayWordNotAltered(t *testing.T) {
	item := func(s string, gapAt int) quoteItem {
		ks := strings.Fields(s)
		gap := make([]bool, len(ks))
		if gapAt >= 0 {
			gap[gapAt] = true
		}
		return quoteItem{keys: ks, gap: gap, speaker: 1}
	}
	shared := " we have come to a time when every crew can and should tell its story and the harbour board should listen to them and i will"
	a := item("i may not remember these nights the same way and i might be surprised by what i read but"+shared, -1)
	b := item("if it is shown i did so i will answer for it"+shared, 11)
	if k := pairKind(a, b); k == QuoteAltered {
		t.Errorf("a stray common word makes an altered quote")
	}
}

// TestRegimeNamesTheGovernment: "the Ivo Velmar regime" describes Ivo
// Velmar's government, not the man: no descriptor of the person, in any
// word order.
func TestRegimeNamesTheGovernment(t *testing.T) {
	r := run(t, mkArticles(
		"Sorn talks\nThe Ivo Velmar regime released two prisoners on Monday, officials in Sorn said. Ivo Velmar spoke after the talks.",
		"Sorn releases prisoners\nPresident Ivo Velmar released two prisoners on Monday, officials in Sorn said. Ivo Velmar spoke after the talks.",
	))
	for _, n := range r.Names {
		for _, v := range n.Variants {
			for _, f := range v.Forms {
				if strings.Contains(f, "regime") {
					t.Errorf("%s: %s form %q", n.Entity, v.Kind, f)
				}
			}
		}
	}
}

// TestQuotedInBitsStatesTheFact: an article that quotes a statement in
// bits in its own sentence ("called the theory “scientifically
// unsound” and “illogical”") states the fact another article quotes
// whole: it does not leave it out, and the whole quotation is not only in
// its article. One quoted piece of common words states nothing.
func TestQuotedInBitsStatesTheFact(t *testing.T) {
	r := run(t, mkArticles(
		"Ferry sank near Valmora\nThe ferry sank near Valmora on Monday with 40 aboard. “Scientifically, a torpedo hitting the ferry is unsound, and such rumours are illogical,” harbour chief Ivo Lund said on Tuesday.",
		"Valmora ferry lost\nThe ferry sank near Valmora on Monday with 40 aboard. State media, citing officials, argued that the attack story was “scientifically unsound” and “illogical”.",
	))
	for _, f := range r.Facts {
		if len(f.Sentences) == 0 || !strings.Contains(f.Sentences[0].Text, "torpedo hitting") {
			continue
		}
		if f.OnlyIn() {
			t.Errorf("the chief's denial, quoted in bits by the other article, is only in one: %+v", f)
		}
	}
}

// TestLeadInLineIsNoSecondFact: a page that gives a line once with a
// lead-in ("He also demanded: “…”") and once more as the last line of the
// quoted post shows one fact group for it, not two.
func TestLeadInLineIsNoSecondFact(t *testing.T) {
	r := run(t, mkArticles(
		"Mayor warns on harbour sale\nMayor Ivo Lund attacked the harbour sale on Monday. He also demanded: “Act now council, our harbour is being sold!” In a post he wrote: “The board has the power to stop these buyers. Act now council, our harbour is being sold!”",
		"Lund attacks harbour sale\nMayor Ivo Lund attacked the harbour sale on Monday. “Act now council, our harbour is being sold!” Lund wrote.",
	))
	n := 0
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if s.Article == r.Facts[0].Sentences[0].Article && strings.Contains(s.Text, "harbour is being sold") && len(f.ReportedBy) > 1 {
				n++
				break
			}
		}
	}
	if n > 1 {
		t.Errorf("the line is %d fact groups, want 1: %+v", n, r.Facts)
	}
}

// TestSlavicSurnameSpelling: a surname written with "y" from Ukrainian in
// one article and "i" from Russian in another (Danylov / Danilov) is one
// person, flagged as a spelling choice like Zelensky / Zelenskyy.
func TestSlavicSurnameSpelling(t *testing.T) {
	r := run(t, mkArticles(
		"Inquiry opens\nSecurity chief Oleksiy Danilov said the inquiry would take weeks. Danilov met the envoys.",
		"Inquiry begins\nSecurity chief Oleksiy Danylov said the inquiry would take weeks. Danylov met the envoys.",
	))
	v := variantOf(r, "Oleksiy Danilov", "Oleksiy Danylov")
	if v == nil || v.Kind != VariantSpelling || !v.Flagged {
		t.Errorf("Danilov / Danylov: %+v in %+v", v, r.Names)
	}
}
