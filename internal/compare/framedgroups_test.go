package compare

import "testing"

// TestFramedNewsLeavesGroup: a sentence that tells in a clause of time
// or a relative clause what another article reports as its news, and
// reports something else in its own main clause, is no member of that
// fact's group; the two that report it stay one. Before framedGroups
// the main clauses' one shared name kept each framing sentence in.
func TestFramedNewsLeavesGroup(t *testing.T) {
	for _, c := range []struct {
		name             string
		framing, news    string
		framed, reported string
	}{
		{"a relative clause",
			"Prosecutors asked for a six-year term for Tomas Varde, who was found guilty in May of bribing two harbour inspectors and forging port ledgers.",
			"Tomas Varde was found guilty in May of bribing two harbour inspectors and forging port ledgers.",
			"Prosecutors asked for a six-year term", "Tomas Varde was found guilty"},
		{"a clause of time",
			"Tomas Varde is due to be sentenced in the district court on March 3 after being found guilty of bribing two harbour inspectors and forging port ledgers.",
			"Tomas Varde was found guilty of bribing two harbour inspectors and forging port ledgers.",
			"Tomas Varde is due to be sentenced", "Tomas Varde was found guilty"},
	} {
		r := run(t, mkArticles(
			"Varde case\n"+c.news+"\nThe court sits again in spring.",
			"Varde sentence\n"+c.framing+"\nHis lawyer will appeal.",
			"Port bribes\n"+c.news+"\nThe port authority declined to comment.",
		))
		if groupedTogether(r, "a1", c.framed, "a0", c.reported) {
			t.Errorf("%s: %q is in the group of %q", c.name, c.framed, c.reported)
		}
		if !groupedTogether(r, "a0", c.reported, "a2", c.reported) {
			t.Errorf("%s: the two reports of %q are no group: %+v", c.name, c.reported, r.Facts)
		}
	}
}

// TestFramedBackgroundKeepsGroup: two sentences that both tell the
// shared words in a relative clause (one act in other words beside the
// same background) stay one group: neither frames what the other
// reports.
func TestFramedBackgroundKeepsGroup(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour chief\nIf confirmed, Ada Lund will succeed Piet Varn, who resigned in May after admitting he had taken gifts from a dredging firm.\nThe vote is next week.",
		"New harbour chief\nIf the council confirms her, Ada Lund will replace Piet Varn, who stepped down in May after admitting he had taken gifts from a dredging firm.\nShe ran the port of Halm.",
	))
	if !groupedTogether(r, "a0", "Ada Lund will succeed", "a1", "Ada Lund will replace") {
		t.Errorf("the succession is no group: %+v", r.Facts)
	}
}

// TestFramesNews: the pair test on word sets.
func TestFramesNews(t *testing.T) {
	set := func(ws ...string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	main := clauseWords{words: set("ask", "term", "six-year")}
	own := set("ask", "term", "six-year", "found", "guilti", "bribe")
	other := clauseWords{words: set("found", "guilti", "bribe")}
	if !framesNews(main, own, other, other.words) {
		t.Error("a framing clause telling the other's news: want true")
	}
	if framesNews(main, own, clauseWords{words: set("found", "court")}, set("found", "court", "guilti", "bribe")) {
		t.Error("one word of the other's main clause: want false")
	}
	if framesNews(main, own, other, set("found", "guilti", "bribe", "term")) {
		t.Error("a main clause sharing a word with the other: want false")
	}
	if framesNews(clauseWords{words: set("ask", "term")}, own, other, other.words) {
		t.Error("a main clause of two words: want false")
	}
}

// TestFramersLeaveNotTheReport: one article reports an arrest and two
// tell it only in a clause of time beside news of their own. The two
// framing sentences leave; the report is never the one taken out, which
// would leave the two framers as a group of the arrest (the pair test
// read both ways took out the member at odds with most: the report).
func TestFramersLeaveNotTheReport(t *testing.T) {
	r := run(t, mkArticles(
		"Arrest\nOn Friday night, harbour police arrested Ivo Brenn hiding inside a fishing boat in a boatyard.\nHe had been missing for two days.",
		"Brenn in hospital\nIvo Brenn had been listed in serious condition at Halm county hospital since he was arrested hiding inside a fishing boat in a boatyard.\nDoctors expect him to recover.",
		"Brenn injured\nIvo Brenn had deep cuts to both arms and one knee when he was arrested hiding inside a fishing boat in a boatyard, officers said.\nA knife was found nearby.",
	))
	if groupedTogether(r, "a1", "listed in serious condition", "a2", "had deep cuts") {
		t.Errorf("the two framing sentences are a group of the arrest: %+v", r.Facts)
	}
}

// TestFramedListLeavesGroup: a relative clause that lists ("of bribery,
// forgery, and lying to the port board") still frames its member's own
// news; before widenFrames the frame ended at the list's first comma and
// the rest of the list, read as main clause, kept the member in.
func TestFramedListLeavesGroup(t *testing.T) {
	news := "Tomas Varde was found guilty in May of bribing inspectors, forging ledgers and lying to the port board."
	r := run(t, mkArticles(
		"Varde case\n"+news+"\nThe court sits again in spring.",
		"Varde sentence\nProsecutors asked for a six-year term for Tomas Varde, who was found guilty in May of bribing inspectors, forging ledgers, and lying to the port board.\nHis lawyer will appeal.",
		"Port bribes\n"+news+"\nThe port authority declined to comment.",
	))
	if groupedTogether(r, "a1", "Prosecutors asked", "a0", "Tomas Varde was found guilty") {
		t.Errorf("the member asking for a term is in the group of the verdict: %+v", r.Facts)
	}
	if !groupedTogether(r, "a0", "Tomas Varde was found guilty", "a2", "Tomas Varde was found guilty") {
		t.Errorf("the two reports of the verdict are no group: %+v", r.Facts)
	}
}

// TestWidenFrames: a frame goes on past a list or an aside inside it, and
// not past a clause after a comma.
func TestWidenFrames(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		sentence, word string
		framed         bool
	}{
		{"The board fined Vell, who was found guilty of bribery, forgery, and lying to the port board.", "lying", true},
		{"Vell was appointed by Mayor Lund (R) to fill the seat left by Brenn, who resigned, and the board met.", "board", false},
		{"Vell won the seat of Brenn, who was picked by Mayor Lund (R) to fill the harbour post, by nine votes.", "harbour", true},
		{"The board, which met on Monday, could face charges brought by the state or a lawsuit by the port.", "lawsuit", false},
		{"Prosecutors asked Judge Lund, who oversees the case, to lift or loosen the limits on his bail.", "loosen", false},
	} {
		docs, _ := prepare(mkArticles("X\n"+c.sentence), nil, an)
		d := docs[0]
		ts := d.an.Sentences[d.sents[len(d.sents)-1].pos].Tokens
		frame := framingClauses(ts)
		widenFrames(ts, frame, inQuotes(ts))
		found := false
		for i, tk := range ts {
			if tk.Norm == c.word {
				found = true
				if frame[i] != c.framed {
					t.Errorf("%q: %q framed %v, want %v", c.sentence, c.word, frame[i], c.framed)
				}
			}
		}
		if !found {
			t.Fatalf("%q holds no %q", c.sentence, c.word)
		}
	}
}
