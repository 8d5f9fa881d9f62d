package compare

import (
	"strings"
	"testing"
)

// kindItem is a quote of speaker 1 with the words of s, an ellipsis
// ("…") marking words left out before the next word.
func kindItem(s string) quoteItem {
	it := quoteItem{speaker: 1}
	pending := false
	for _, w := range strings.Fields(s) {
		if w == "…" {
			pending = true
			continue
		}
		for _, k := range quoteWordKeys(w) {
			it.keys = append(it.keys, k)
			it.gap = append(it.gap, pending)
			pending = false
		}
	}
	return it
}

// TestQuoteKindsWrittenOtherwise: a title abbreviated or spelled out, a
// date written day first or month first and a word with or without its
// apostrophe change no word of the speaker;
// a word dropped or replaced still does.
func TestQuoteKindsWrittenOtherwise(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"I hear Gov. Brennick went shopping for a harbour today.", "I hear Governor Brennick went shopping for a harbour today.", QuoteIdentical},
		{"I'm going to close the harbour at night.", "Im going to close the harbour at night.", QuoteIdentical},
		{"We met Sen. Ruiz and Dr. Osk at the St. Anne dock yesterday.", "We met Senator Ruiz and Doctor Osk at the Saint Anne dock yesterday.", QuoteIdentical},
		{"If the vote was on Oct. 27, I would be your mayor.", "If the vote was on 27 October, I would be your mayor.", QuoteIdentical},
		{"If the vote was on Oct. 27, I would be your mayor.", "If the vote was on 28 October, I would be your mayor.", QuoteAltered},
		{"Crews must earn overtime dollars or get fired.", "Crews must earn overtime or get fired.", QuoteAltered},
		{"I'm going to close the harbour at night.", "I'm going to shut the harbour at night.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteKindsRepeatedAndExcerpts: a phrase a speaker says twice that
// one version gives once is no change; a version that starts at the
// second of two repeated openings ("I don't know. I don't think…") is a
// part, and one that starts later and goes on further an excerpt, not an
// alteration; a phrase repeated across two sentences of a quote does not
// make a word look dropped.
func TestQuoteKindsRepeatedAndExcerpts(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"I have been called a pilot a time or two, and I didn't have — did not have talks with the board.",
			"I have been called a pilot a time or two, and I did not have talks with the board.", QuoteIdentical},
		{"You should expect anything. You should expect anything. Not only from the harbour board.",
			"You should expect anything. Not only from the harbour board.", QuoteIdentical},
		{"I don't know. I don't know, maybe not. I don't think the dock would have opened if my name were not Brennick.",
			"I don't think the dock would have opened if my name were not Brennick.", QuoteShortened},
		{"I'm no hero, I am not, I think the crew and the pilots kept me safe and let me do what had to be done.",
			"I think the crew and the pilots kept me safe and let me do what had to be done, and I wish I had come sooner.", QuoteExcerpts},
		{"We are going to make our harbour strong again. We are going to begin to win again. We are going to make Valmora so proud again. Maybe prouder than ever.",
			"We are going to make Valmora proud again, … We are going now to Reddin. We are going to win in Reddin!", quoteDifferent},
		{"Night berthing is a tax on the harbour, the harbour must not run at the pace of the board.",
			"the harbour must not run at the pace of the board.", QuoteShortened},
		{"We are glad they are laying out the cost of the closure, but what will they do to stop it?",
			"We are glad they are laying out the cost of the closure, but what will they ever do to stop it?", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteKindsSharedPhraseAtEdge: two passages that share a phrase of
// four words, with as many different words before it, are two texts;
// a few words changed before a long shared passage are an alteration.
func TestQuoteKindsSharedPhraseAtEdge(t *testing.T) {
	a := kindItem("Where docks, cranes, and warehouses with a long history serve every crew of the harbour alike, they are lawful too.")
	b := kindItem("old, publicly owned docks, cranes, and warehouses.")
	if k := pairKind(a, b); k == QuoteAltered {
		t.Errorf("two passages sharing a phrase: %s", k)
	}
	if k := pairKind(a, kindItem("lasting docks, cranes, and warehouses.")); k == QuoteAltered {
		t.Errorf("a phrase with another word before it: %s", k)
	}
	a = kindItem("without a doubt one of the finest harbour masters of her generation and a leader who wins the trust of every crew.")
	b = kindItem("Captain Osk is one of the finest harbour masters of her generation and a leader who wins the trust of every crew.")
	if k := pairKind(a, b); k != QuoteAltered {
		t.Errorf("words changed before a long shared passage: %s, want %s", k, QuoteAltered)
	}
}

// TestQuoteHashtagAndPartsWhole: a post quoted without the hashtag it ends
// with is the whole statement; an article that quotes two posts one
// after the other, which another quotes as one, quotes no part only.
func TestQuoteHashtagAndPartsWhole(t *testing.T) {
	r := run(t, mkArticles(
		"Brennick runs\nTomas Brennick wrote: \u201cWe must now keep the promise of the harbour by trusting its crews and building its future. I am running for mayor of Valmora! #2030Harbour\u201d",
		"Brennick enters race\nTomas Brennick wrote: \u201cWe must now keep the promise of the harbour by trusting its crews and building its future. I am running for mayor of Valmora!\u201d",
		"Ruiz on the strike\nMayor Ana Ruiz wrote: \u201cThe strike at the docks is OVER! Thank you to the pilots. Without them the crews would have lost almost every shift this winter! This ended just like the board and the union wanted, the same as the ferry fiasco. The crews should come back to the harbour, JOBS!\u201d",
		"Ruiz posts\nMayor Ana Ruiz wrote: \u201cThis ended just like the board and the union wanted, the same as the ferry fiasco. The crews should come back to the harbour, JOBS!\u201d Earlier she wrote: \u201cThe strike at the docks is OVER! Thank you to the pilots. Without them the crews would have lost almost every shift this winter!\u201d",
	))
	if g := groupWith(r, "a1", "keep the promise"); g == nil || g.Kind != QuoteIdentical {
		t.Errorf("a hashtag left out: %+v, want %s", g, QuoteIdentical)
	}
	if g := groupWith(r, "a3", "strike at the docks"); g != nil && g.Kind == QuoteShortened {
		t.Errorf("two posts quoted whole in two quotes are shortened: %+v", g)
	}
	for _, d := range r.Differences {
		if d.Kind == DiffShortened {
			t.Errorf("shortened: %s", d.Text)
		}
	}
}

// TestQuotePartyNounNoSpeaker: "the New York Democrat said" names a party,
// not a speaker: the group shows the speaker another article names.
func TestQuotePartyNounNoSpeaker(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour bill\nSenator Ilse Varn attacked the harbour bill on Monday. \u201cThey have no plan for the docks. For years they talked about a new quay, but they have nothing to build it with,\u201d the New York Democrat said.",
		"Varn on the bill\n\u201cThey have no plan for the docks. For years they have talked about a new quay, but they have nothing to build it with,\u201d Senator Ilse Varn said on Monday.",
	))
	g := groupWith(r, "a0", "no plan for the docks")
	if g == nil || len(g.Quotes) < 2 {
		t.Fatalf("the two versions are not one group: %+v", g)
	}
	if g.Speaker == "Democrat" {
		t.Errorf("the speaker is a party noun: %+v", g)
	}
	if g.Kind != QuoteAltered {
		t.Errorf("kind %s, want %s", g.Kind, QuoteAltered)
	}
	// With no named speaker on the other side, the party noun still says
	// someone spoke: the change of words is an alteration.
	r = run(t, mkArticles(
		"Harbour bill\nThe harbour bill was attacked on Monday. \u201cThey have no plan for the docks. For years they talked about a new quay, but they have nothing to build it with,\u201d the New York Democrat said.",
		"Bill attacked\n\u201cThey have no plan for the docks. For years they have talked about a new quay, but they have nothing to build it with,\u201d charged a critic on Monday.",
	))
	if g := groupWith(r, "a0", "no plan for the docks"); g == nil || g.Kind != QuoteAltered {
		t.Errorf("a party noun's quote: %+v, want %s", g, QuoteAltered)
	}
}

// TestQuoteAlteredBehindElision: when the first article elides the
// passage that two others word differently, the group is altered.
func TestQuoteAlteredBehindElision(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour managers\n\u201cWe cannot name the pilots until we see what the board decides on the north side. \u2026 So far we have seen nothing that looks fair to the crews,\u201d Mayor Ana Ruiz said.",
		"Ruiz waits\n\u201cWe cannot name the pilots until we see what the board decides on the north side, and I would hope that comes soon. So far we have seen nothing that looks fair to the crews,\u201d Mayor Ana Ruiz said.",
		"Pilots wait\n\u201cWe cannot name the pilots until we see what the board decides on the north side, and we hope that will come soon. So far we have seen nothing that looks fair to the crews,\u201d Mayor Ana Ruiz said.",
	))
	g := groupWith(r, "a0", "name the pilots")
	if g == nil || len(g.Quotes) != 3 || g.Kind != QuoteAltered {
		t.Errorf("group %+v, want three versions, %s", g, QuoteAltered)
	}
}

// TestQuoteEllipsisWithoutSpaces: an ellipsis written between two words
// with no space ("wants…this", "harbour...All"), or as dots with spaces
// (". . ."), leaves words out there as a spaced "…" does: the version is
// shortened, not altered.
func TestQuoteEllipsisWithoutSpaces(t *testing.T) {
	for _, mark := range []string{"\u2026", "...", " . . . "} {
		r := run(t, mkArticles(
			"Ruiz on the board\n\u201cThe board is a sulking child. Whenever it does not get what it wants"+mark+"this board acts like a king,\u201d Mayor Ana Ruiz said.",
			"Ruiz attacks board\n\u201cThe board is a sulking child. Whenever it does not get what it wants, and it rarely does, this board acts like a king,\u201d Mayor Ana Ruiz said.",
		))
		g := groupWith(r, "a0", "sulking child")
		if g == nil || len(g.Quotes) != 2 || g.Kind != QuoteShortened {
			t.Errorf("%q: group %+v, want two versions, %s", mark, g, QuoteShortened)
		}
	}
}

// TestQuoteKindsSpokenAndCensored: a spoken form against the words it
// stands for ("gonna", "going to") and a word the outlet censors ("f—",
// "f***") against the word written out change no word of the speaker; a
// censored word against another word still does.
func TestQuoteKindsSpokenAndCensored(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"In the end the board's gonna pay for the quay, believe me.", "In the end the board is going to pay for the quay, believe me.", QuoteIdentical},
		{"We wanna see the crews back at work by Monday.", "We want to see the crews back at work by Monday.", QuoteIdentical},
		{"The old guard won't move the f\u2014 off the dock and let us run it.", "The old guard won't move the fuck off the dock and let us run it.", QuoteIdentical},
		{"The old guard won't move the f*** off the dock and let us run it.", "The old guard won't move the fuck off the dock and let us run it.", QuoteIdentical},
		{"The old guard won't move the f\u2014 off the dock and let us run it.", "The old guard won't move the boats off the dock and let us run it.", QuoteAltered},
		{"In the end the board's gonna pay for the quay, believe me.", "In the end the board is going to pay for the dock, believe me.", QuoteAltered},
		{"We were going\u2014 we went to the quay on Monday with the crews.", "We were going we went to the quay on Monday with the crews.", QuoteIdentical},
		{"It was a\u2014 a hard day on the quay for all the crews.", "It was a hard day on the quay for all the crews.", QuoteIdentical},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteElisionWhereWordRecurs: words left out at an ellipsis ("…",
// "(...)", ". . .") are an elision even when the word after the mark
// also stands among the words left out ("the harbour (...) the crews"
// against "the harbour, selling the north dock, the crews"; "to get …
// to get on the boats"): the version is shortened, not altered.
func TestQuoteElisionWhereWordRecurs(t *testing.T) {
	for _, c := range [][2]string{
		{"Ruiz on the board\n\u201cDespite the promises that the board is not interested in closing the old harbour (...) the crews have shown no sign that they are ready for talks about the quay,\u201d Mayor Ana Ruiz said.",
			"Ruiz attacks board\n\u201cDespite the promises that the board is not interested in closing the old harbour, selling the north dock or moving the ferries, the crews have shown no sign that they are ready for talks about the quay,\u201d Mayor Ana Ruiz said."},
		{"Ruiz on the board\n\u201cYou put the crews on the quay, at the front . . . to get on the boats first, so that when the board walks down the pier, they are the ones asking the questions,\u201d Mayor Ana Ruiz said.",
			"Ruiz attacks board\n\u201cYou put the crews on the quay, at the front, so the crews have to get there at five in the morning since they have to get on the boats first, so that when the board walks down the pier, they are the ones asking the questions,\u201d Mayor Ana Ruiz said."},
	} {
		r := run(t, mkArticles(c[0], c[1]))
		g := groupWith(r, "a0", "board is not interested")
		if g == nil {
			g = groupWith(r, "a0", "crews on the quay")
		}
		if g == nil || len(g.Quotes) != 2 || g.Kind != QuoteShortened {
			t.Errorf("%q: group %+v, want two versions, %s", c[0], g, QuoteShortened)
		}
	}
}

// TestQuoteBothElideOneSpot: two versions that each mark an ellipsis where
// their words differ ("it looks … that these pilots", "it looks just
// like… these pilots") each leave out words the other quotes: excerpts,
// not an alteration. A word replaced where only one marks an elision
// still is one.
func TestQuoteBothElideOneSpot(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"By all accounts it looks … that these pilots were tricked by the board.", "By all accounts it looks just like … these pilots were tricked by the board.", QuoteExcerpts},
		{"By all accounts it looks … that these pilots were tricked by the board.", "By all accounts it looks just like these pilots were tricked by the board.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteContractionAtEdge: a contraction one version spells out
// ("It's", "it is") changes no word, also where the other quotes more
// before it ("Yes, it is fair" and "It's fair") and contracts the word
// elsewhere ("it's right"); a contraction the other writes out only
// elsewhere ("We've made", "clear we have no"; a possessive, "the
// mayor's cuts", against "The mayor is out"; "It's been eight", "It has
// been an honour") does not pull the two apart, nor does a small word
// one places elsewhere ("ever of going", "of ever going"): the version
// that says more before is the longer one.
func TestQuoteContractionAtEdge(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"Yes, it is safe to say we are now looking into the gap in his remarks, those remarks were made on the quay. But we think it's right that the board answers.",
			"It's safe to say we're now looking into the gap in his remarks, those remarks were made on the quay.", QuoteShortened},
		{"Yes, it is safe to say we are now looking into the gap in his remarks.", "It's safe to say we're now looking into the hole in his remarks.", QuoteAltered},
		{"I'll make clear we have no plan ever of going to the board on the quay bill.",
			"We've made it plain that we're ready to move on a simple approach to the harbour. And so, I'll make clear we have no plan of ever going to the board on the quay bill.", QuoteShortened},
		{"We're glad they're setting out the grave cost of the mayor's cuts, but one question remains: what will they do to stop it?",
			"The mayor is out of excuses. We're glad they're setting out the grave cost of the mayor's cuts, but one question remains: what will they do to stop it?", QuoteShortened},
		{"It's been eight hard years on the quay and I believe in term limits. … You have to be brave enough to see when you stand aside and let someone else run the board.",
			"I think you have to be brave enough to see when you need to stand aside and let someone else run the board. So thank you, Mayor. It has been an honour of a lifetime.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteJoinerAtEdge: a version with one more conjunction at its edge
// ("And then…", "then…") quotes no more of the statement than the other:
// the two are identical, not one shortened; a version that starts later,
// or leaves out a pronoun "that", still quotes a part.
func TestQuoteJoinerAtEdge(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"And then, of course, there's this other matter on the quay.", "then, of course, there is this other matter on the quay.", QuoteIdentical},
		{"And then, of course, there's this other matter on the quay.", "of course, there is this other matter on the quay.", QuoteShortened},
		{"That is not a fair deal for the crews on the quay.", "is not a fair deal for the crews on the quay.", QuoteShortened},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteDifferentSentenceAfterCut: versions whose last words differ a
// few words after a cut one of them marks each pick a sentence after the
// cut ("… She has no respect for our harbour", ", she has no respect for
// the crews"): excerpts, not altered. Without the cut the change of the
// last words is still an alteration, and so is a change of the first
// words before a cut ("That is not a deal …", "This is not a deal.").
func TestQuoteDifferentSentenceAfterCut(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"I don't know the mayor. She said kind things about me … She has no respect for our harbour.",
			"She said kind things about me, she has no respect for the crews.", QuoteExcerpts},
		{"I don't know the mayor. She said kind things about me and she has no respect for our harbour.",
			"She said kind things about me and she has no respect for the crews.", QuoteAltered},
		{"That is not a deal … A deal is what both sides sign.", "This is not a deal. A deal is what both sides sign.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteBareNounFragment: a noun with its article ("the inquiries")
// that one article quotes from a person is no part of another's longer
// quote of that person that has the same two words; a fragment with a
// word of its own ("too risky") still is.
func TestQuoteBareNounFragment(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour inquiry\nSenator Ilse Varn testified on Monday that the mayor cared about \u201cthe inquiries\u201d most.",
		"Varn testifies\n\u201cHe told me he cares more about the inquiries into the harbour than about the docks,\u201d Senator Ilse Varn said on Monday.",
	))
	if g := groupWith(r, "a0", "the inquiries"); g != nil && len(g.Quotes) > 1 {
		t.Errorf("a bare noun joins a longer quote: %+v", g)
	}
	r = run(t, mkArticles(
		"Harbour plan\nSenator Ilse Varn said on Monday that the plan was \u201ctoo risky\u201d for the city.",
		"Varn on the plan\n\u201cI think this plan is too risky for a city of our size,\u201d Senator Ilse Varn said on Monday.",
	))
	if g := groupWith(r, "a0", "too risky"); g == nil || len(g.Quotes) < 2 || g.Kind != QuoteShortened {
		t.Errorf("a fragment with a word of its own: %+v, want one shortened group", g)
	}
}

// TestQuoteAnonymousPhrase: a phrase of a few words that no article
// gives to anyone (a slogan a crowd chants, a cry in a video) joins no
// other quote; with a named speaker on one side it still does.
func TestQuoteAnonymousPhrase(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour protest\nThousands marched through the port on Saturday, chanting \u201cdown with the harbour tax\u201d as police watched.",
		"Video from the port\nIn a video shared online, a voice can be heard: \u201cThey closed the docks today! Down with the harbour tax!\u201d",
	))
	if g := groupWith(r, "a0", "harbour tax"); g != nil && len(g.Quotes) > 1 {
		t.Errorf("an anonymous phrase joins another quote: %+v", g)
	}
	r = run(t, mkArticles(
		"Harbour protest\nThousands marched through the port on Saturday. Mayor Ilse Varn called it \u201ca fair harbour tax\u201d on Friday.",
		"Varn defends tax\n\u201cThis is a fair harbour tax and the docks will pay it,\u201d Mayor Ilse Varn said on Friday.",
	))
	if g := groupWith(r, "a0", "harbour tax"); g == nil || len(g.Quotes) < 2 {
		t.Errorf("a named speaker's phrase: %+v, want one group", g)
	}
}

// TestQuotePartWithRepeatedWords: a version all of whose words the other
// quotes, in a row, is a part of it, also where the longer version says
// its first words again later ("it was a long night … by nine at night
// it was plain") or its last words again at its end ("sailing on
// again. We're sailing on"): shortened, not two excerpts. Words a
// speaker says twice do not make a different excerpt of a version that
// differs in one word, or that leaves out a passage it marks; a version
// that starts on a run of four words or more of the other is still an
// excerpt that quotes more before it.
func TestQuotePartWithRepeatedWords(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"the crews are sailing on again.",
			"Tonight I hold that as a town, the crews are sailing on again. We're sailing on.", QuoteShortened},
		{"By nine at night it was plain that the board had lost the vote.",
			"It was a long night until the ballots from the quay came in, and you know, by nine at night it was plain that the board had lost the vote.", QuoteShortened},
		{"I will sign the harbour bill. The law on the quay is plain.",
			"The law could not be plainer. Tonight the board tried again to close the quay. I will sign the harbour bill. The law on the quay is plain.", QuoteShortened},
		{"The board has no right to shut the harbour. … The board has every right to levy a toll on those without a permit.",
			"The board has no right to shut the harbour. It would be unlawful if read as an order. The board has every right to levy a toll on those without a permit. It is lawful, because it can be read as a toll.", QuoteShortened},
		{"I fight it now, I'll fight it after the vote and I'll fight it as mayor.",
			"I'll fight it now, I'll fight it after the vote and I'll fight it as mayor.", QuoteAltered},
		{"What I say is plain, and the plain fact is I have never harmed anyone on the quay.",
			"The plain fact is I have never harmed anyone on the quay, at school or after. I do not doubt the pilot was harmed, but what I say is I have never harmed anyone on the quay.", QuoteExcerpts},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteKindsLaterSentenceWithoutLinker: a version that quotes only a
// later sentence of a statement, without the "also" that tied that
// sentence to the one before, is a part of it (shortened), not an
// alteration; a linking word dropped inside what both quote, or a later
// sentence with other words changed, still alters.
func TestQuoteKindsLaterSentenceWithoutLinker(t *testing.T) {
	whole := "I could not in good faith vote to close the harbour because the crews are owed their wages, … I also could not in good faith vote to keep it open because the night berths are unsafe for every pilot."
	for _, c := range []struct{ a, b, kind string }{
		{whole, "I could not in good faith vote to keep it open because the night berths are unsafe for every pilot.", QuoteShortened},
		{whole, "I could not in good faith vote to keep it open because the night berths are dangerous for every pilot.", QuoteAltered},
		{"The crews are owed their wages and I also could not in good faith vote to keep it open.",
			"The crews are owed their wages and I could not in good faith vote to keep it open.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteKindsHouseStyle: an ampersand for "and" and a word censored
// with dashes before its last letters ("d---ed") change no word of the
// speaker; a word dropped beside them still does.
func TestQuoteKindsHouseStyle(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"It would be wiser for him & for the harbour to step aside from the dock inquiry.",
			"It would be wiser for him and for the harbour to step aside from the dock inquiry.", QuoteIdentical},
		{"Oh no. This is the end of my harbour. I'm d---ed,", "Oh no. This is the end of my harbour. I'm damned.", QuoteIdentical},
		{"Oh no. This is the end of my harbour. I'm d---ed,", "Oh no. This is the end of the harbour. I'm damned.", QuoteAltered},
		{"so--and that was the end of the harbour board for good.", "so and that was the end of the harbour board for good.", QuoteIdentical},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteFewSharedContentWords: two phrases that share only small
// words and a noun or two, with more than one word changed, are two
// wordings, not one altered; one word replaced, small words changed or a
// changed figure stay an alteration.
func TestQuoteFewSharedContentWords(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"a strong reason to stop the use of boats of every size, above all by a harbour board such as ours.",
			"the repeated use of small boats", quoteDifferent},
		{"She's sailing. A new dawn is on the way.", "a new dawn was on the horizon", quoteDifferent},
		{"The old guard of the Harbour Party is not going to last,", "it will cost the rest of the Harbour Party.", quoteDifferent},
		{"We will close the harbour at night.", "We will shut the harbour at night.", QuoteAltered},
		{"That is not fair to the crews.", "This is not fair to the crews.", QuoteAltered},
		{"We saw 40 boats in the harbour.", "We saw 14 boats in the harbour.", QuoteAltered},
		{"We will close the old harbour to every boat at night.", "We will close the new harbour to the boats at night.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteCensoredAndJoinedSpellings: an expletive censored with a dash
// or asterisks, or written as one word or two ("Goddamn it", "God
// dammit"), and a compound written as one word or two are one word, also
// next to a cut; a word replaced beside them still changes the quote. A
// dash between two words censors neither: "know—that" is "know that",
// and "know—now" against "know" drops a word.
func TestQuoteCensoredAndJoinedSpellings(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"Godda—m it, I don't want you leaving the harbour at all.", "God dammit, I don't want you leaving the harbour at all.", QuoteIdentical},
		{"Goddamn it, I don't want you leaving the harbour at all.", "God dammit, I don't want you leaving the harbour at all.", QuoteIdentical},
		{"G*d dammit, I don't want you leaving the harbour at all.", "Goddamn it, I don't want you leaving the harbour at all.", QuoteIdentical},
		{"Any one of us can sail the harbour at night.", "Anyone of us can sail the harbour at night.", QuoteIdentical},
		{"They run a big ferry dock, but nobody told me. I never heard of it. Godda—m it, … I don't want you leaving at all.",
			"They run a big ferry dock, but nobody told me, … God dammit. I don't want you leaving at all.", QuoteShortened},
		{"Godda—m it, I don't want you leaving the harbour at all.", "God dammit, I don't want you closing the harbour at all.", QuoteAltered},
		{"I know—that the harbour is closed at night.", "I know the harbour is closed at night.", QuoteIdentical},
		{"I know—now the harbour is closed at night.", "I know the harbour is closed at night.", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteTypoNoChange: a word one letter off ("it"/"its") and a "to"
// lost after a word that cannot do without it ("supposed think") are
// slips of one version, no change of words; a "to" dropped where both
// readings are English, or a word replaced, still change the quote.
func TestQuoteTypoNoChange(t *testing.T) {
	for _, c := range []struct{ a, b, kind string }{
		{"It sank its teeth in the harbour board, not because it was fair.", "It sank it teeth in the harbour board, not because it was fair.", QuoteIdentical},
		{"The mayor has gone through a year of partisan audits - what's he supposed to think?",
			"The mayor has gone through a year of partisan audits - what's he supposed think?", QuoteIdentical},
		{"We were not able to sail the boats out of the harbour.", "We were not able sail the boats out of the harbour.", QuoteIdentical},
		{"The board is going to close the harbour at night.", "The board is going close the harbour at night.", QuoteIdentical},
		{"The crews need to change the harbour rules at night.", "The crews need change the harbour rules at night.", QuoteAltered},
		{"The mayor has gone through a year of partisan audits - what's he supposed to think?",
			"The mayor has gone through a year of partisan audits - what's he supposed to say?", QuoteAltered},
	} {
		if k := pairKind(kindItem(c.a), kindItem(c.b)); k != c.kind {
			t.Errorf("%q / %q: %s, want %s", c.a, c.b, k, c.kind)
		}
	}
}

// TestQuoteDiffFoldsSlips: a one-letter slip beside a real change of
// words is not shown as a change; the change is.
func TestQuoteDiffFoldsSlips(t *testing.T) {
	ops, _ := wordDiff("It sank it teeth in the board, and the crews were angry.", "It sank its teeth in the board, and the crews are angry.")
	ops, ok := foldSlips(ops)
	if !ok {
		t.Fatalf("no slip folded: %v", ops)
	}
	if got, want := inlineDiff(ops), "It sank its teeth in the board, and the crews [-were-] {+are+} angry."; got != want {
		t.Errorf("inline %q, want %q", got, want)
	}
	if _, ok := foldSlips([]DiffOp{{Op: OpEqual, Text: "the crews"}, {Op: OpDelete, Text: "were"}, {Op: OpInsert, Text: "are"}}); ok {
		t.Errorf("a changed word folded as a slip")
	}
}
