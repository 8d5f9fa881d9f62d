package compare

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// oneSentencePerArticle fails when a fact group holds two sentences of
// one article.
func oneSentencePerArticle(t *testing.T, name string, r *Report) {
	t.Helper()
	for _, f := range r.Facts {
		seen := map[string]bool{}
		for _, s := range f.Sentences {
			if seen[s.Article] {
				t.Errorf("%s: a fact group holds two sentences of %s: %+v", name, s.Article, f.Sentences)
			}
			seen[s.Article] = true
		}
		if len(seen) != len(f.ReportedBy) {
			t.Errorf("%s: reported_by %v but sentences of %d articles", name, f.ReportedBy, len(seen))
		}
	}
}

// TestFactGroupsOneSentencePerArticle: an article that states a fact
// twice still has one sentence in the fact's group, and its other sentence
// is not shown as a fact only it reports: the fact is shown once, as
// reported by all three (twinGroups), and the restatement is stated by
// the others.
func TestFactGroupsOneSentencePerArticle(t *testing.T) {
	r := run(t, mkArticles(
		"Minister pledges funds\nFinance minister Lena Vord pledged 40 million crowns for flood repairs in the Ostra valley on Monday. "+
			"Schools in the valley reopened after a week of closures. Farmers counted the cost of ruined harvests along the river. "+
			"Vord said the 40 million crowns for flood repairs would reach the Ostra valley within weeks. "+
			"Railway services to the coast resumed in the afternoon.",
		"Funds for the valley\nFinance minister Lena Vord pledged 40 million crowns on Monday for flood repairs in the Ostra valley. "+
			"Insurers expect claims to rise sharply this spring. Volunteers cleared mud from the main square of Ostra town.",
		"Valley cleans up\nThe Ostra valley began to clean up on Monday. Finance minister Lena Vord promised 40 million crowns for flood repairs. "+
			"Power was restored to most homes by the evening.",
	))
	oneSentencePerArticle(t, "constructed", r)
	all := false
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if f.OnlyIn() && s.Text == "Vord said the 40 million crowns for flood repairs would reach the Ostra valley within weeks." {
				t.Errorf("a restatement of a shared fact is shown as reported by one outlet only: %+v", f)
			}
			all = all || f.Coverage == CoverageAll && strings.HasPrefix(s.Text, "Finance minister Lena Vord pledged")
		}
	}
	if !all {
		t.Errorf("the pledge is not a fact of all three: %+v", r.Facts)
	}
	for _, event := range []string{"valmora-strike", "reddin-flood", "estria-rates"} {
		paths, _ := filepath.Glob(filepath.Join("..", "samples", "articles", event+"-*"))
		oneSentencePerArticle(t, event, run(t, readArticles(t, paths...)))
	}
}

// TestFactSentencesWithoutBlanks: furniture blanked out of a sentence
// (package clean writes spaces over it) is not shown as a gap in the
// sentence's text.
func TestFactSentencesWithoutBlanks(t *testing.T) {
	blank := strings.Repeat(" ", 40) // where a related-link box stood
	r := run(t, mkArticles(
		"Minister pledges funds\nFinance minister Lena Vord"+blank+" pledged 40 million crowns for flood repairs in the Ostra valley on Monday. "+
			"Schools in the valley reopened after a week of closures.",
		"Funds for the valley\nFinance minister Lena Vord pledged 40 million crowns on Monday for flood repairs in the Ostra valley. "+
			"Volunteers cleared mud from the main square of Ostra town.",
	))
	found := false
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if strings.Contains(s.Text, "  ") {
				t.Errorf("a fact's sentence shows a gap: %q", s.Text)
			}
			found = found || strings.HasPrefix(s.Text, "Finance minister Lena Vord pledged")
		}
	}
	if !found {
		t.Errorf("the pledge is not a fact: %+v", r.Facts)
	}
}

// TestFactGroupsNeedOnePredicate: sentences that name the same people and
// place but say different things of them are two facts, however much of
// their weight the names carry; the same thing said in other words of the
// same people is one.
func TestFactGroupsNeedOnePredicate(t *testing.T) {
	r := run(t, mkArticles(
		"Envoy in Darnholm\nPrime Minister Tova Reyes of Estria arrived in Darnholm on Monday to argue that President Ilan Marsh should doubt the Velmar government. "+
			"Reyes signed a grain accord with Marsh at the Darnholm palace. Dock workers in the capital went on strike for higher wages.",
		"Talks in Darnholm\nPrime Minister Tova Reyes of Estria met President Ilan Marsh in Darnholm on Tuesday to discuss security matters and trade. "+
			"Marsh and Reyes signed an accord on grain at the palace in Darnholm. Heavy rain flooded the harbour road overnight.",
		"Reyes visit\nTova Reyes and Ilan Marsh held a joint press conference in Darnholm. "+
			"Reyes and Marsh signed a grain accord at the Darnholm palace on Tuesday. The royal orchestra cancelled its winter season.",
	))
	signed := false
	for _, f := range r.Facts {
		texts := ""
		for _, s := range f.Sentences {
			texts += s.Text + " | "
		}
		if len(f.ReportedBy) < 2 {
			continue
		}
		if strings.Contains(texts, "arrived in Darnholm") && strings.Contains(texts, "to discuss security") {
			t.Errorf("an arrival to argue and a meeting to discuss are one fact: %s", texts)
		}
		if strings.Contains(texts, "signed a grain accord") && strings.Contains(texts, "signed an accord on grain") {
			signed = true
		}
	}
	if !signed {
		t.Errorf("the signing of the grain accord, said in two ways, is not one fact: %+v", r.Facts)
	}
}

// TestLinksAreNoFacts: a sentence that points to a web address is page
// furniture, never a fact only its article reports.
func TestLinksAreNoFacts(t *testing.T) {
	r := run(t, mkArticles(
		"Port reopens\nThe port of Valmora reopened on Monday after a week of strikes. Read the full agreement here: https://example.org/valmora-deal today.",
		"Strike ends\nThe port of Valmora reopened on Monday after the strike ended. Dock workers returned to their posts at dawn.",
	))
	for _, f := range r.Facts {
		for _, s := range f.Sentences {
			if strings.Contains(s.Text, "example.org") {
				t.Errorf("a link is a fact: %+v", f)
			}
		}
	}
}

// TestLongSentencesNeedMoreThanOneWord: two long sentences that share a
// name with its title and one word of what is said tell two facts; two
// that share a phrase of what is said tell one.
func TestLongSentencesNeedMoreThanOneWord(t *testing.T) {
	r := run(t, mkArticles(
		"Harbour jail\nBut the newly elected harbour warden, Warden Ilsa Moren, said the night cells were voluntary and that the dock inmates preferred them to the crowded inland jail. "+
			"Moren said the port council would review the security protocols for visitors to the harbour prison before the spring.",
		"Harbour vote\nOld Tam Brask voted for both the mayor and the former sheriff in the long autumn election, in which the sheriff was beaten by Warden Ilsa Moren after a bitter campaign. "+
			"The port council plans a review of the security protocols that govern visits to the harbour prison, Moren told local reporters.",
	))
	protocols := false
	for _, f := range r.Facts {
		if len(f.ReportedBy) < 2 {
			continue
		}
		texts := ""
		for _, s := range f.Sentences {
			texts += s.Text + " | "
		}
		if strings.Contains(texts, "voluntary") && strings.Contains(texts, "voted for both") {
			t.Errorf("the warden's view of the cells and her election are one fact: %s", texts)
		}
		protocols = protocols || strings.Contains(texts, "review the security") && strings.Contains(texts, "review of the security")
	}
	if !protocols {
		t.Errorf("the review of the security protocols, said in two ways, is not one fact: %+v", r.Facts)
	}
}

// TestDistinctThings: the specific features a pair shares count as the
// phrases they come from.
func TestDistinctThings(t *testing.T) {
	for _, c := range []struct {
		feats []string
		want  int
	}{
		{nil, 0},
		{[]string{"b:ballist missil"}, 1},
		{[]string{"b:intercontinent ballist", "b:ballist missil"}, 1},
		{[]string{"w:jong-un", "b:kim jong-un"}, 1},
		{[]string{"b:six year", "n:duration:6"}, 1},
		{[]string{"n:count:1e+06", "b:million voter"}, 1},
		{[]string{"b:secur protocol", "e:4"}, 2},
		{[]string{"w:us-led", "e:7"}, 2},
		{[]string{"b:harbour toll", "n:money:40"}, 2},
		{[]string{"b:harbour toll", "b:toll rise", "b:night shift"}, 2},
	} {
		if got := distinctThings(c.feats, nil); got != c.want {
			t.Errorf("distinctThings(%q) = %d, want %d", c.feats, got, c.want)
		}
	}
}

// TestOnePhraseIsNoFact: two long sentences that share one phrase of the
// story's topic and a name, each saying something else around it, are
// two facts, not one group; two that share two specific things are one.
func TestOnePhraseIsNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Valmora tests a rocket\nValmora can now fit a compact nuclear warhead onto a long-range cruise missile, officials said on Tuesday. "+
			"Harbour pilots in Ostra were told to keep clear of the firing range. Fishermen complained about the closures. "+
			"Admiral Petra Lund said the navy would hold three more drills this spring near the Ostra coast.",
		"Rocket test alarms neighbours\nIn March Valmora test-fired two long-range cruise missiles over the northern sea, analysts wrote. "+
			"Admiral Petra Lund said the navy would hold three more drills this spring near the Ostra coast. "+
			"Neighbouring states summoned their ambassadors.",
	))
	apartAndShared(t, r, "warhead", "long-range cruise missile", 2, "three more drills")
}

// apartAndShared fails the test when a fact group of two or more outlets
// holds a sentence containing apart (two sentences sharing only phrase
// grouped), or when no group of n outlets opens on a sentence containing
// shared.
func apartAndShared(t *testing.T, r *Report, apart, phrase string, n int, shared string) {
	t.Helper()
	found := false
	for _, f := range r.Facts {
		found = found || len(f.ReportedBy) == n && strings.Contains(f.Sentences[0].Text, shared)
		if len(f.ReportedBy) < 2 {
			continue
		}
		for _, s := range f.Sentences {
			if strings.Contains(s.Text, apart) {
				t.Errorf("sentences sharing only %q grouped as one fact: %v", phrase, f.Sentences)
				break
			}
		}
	}
	if !found {
		t.Errorf("the shared %q sentence is no shared fact", shared)
	}
}

// TestDatelineEnd: the dateline that opens a wire story is no part of
// what its first sentence says.
func TestDatelineEnd(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		text, first string // first: the first token after the dateline, "" for none
	}{
		{"OSTRA (VP) — The harbour reopened on Monday after a week.", "The"},
		{"OSTRA – The harbour reopened on Monday after a week.", "The"},
		{"NEW VALMORA, — The harbour reopened on Monday after a week.", "The"},
		{"BERGEN, Ost. – The harbour reopened on Monday after a week.", "The"},
		{"OSTRA—The harbour reopened on Monday after a week.", "The"},
		{"The harbour reopened on Monday after a week.", ""},
		{"Ostra — the port town — reopened its harbour on Monday.", ""},
		{"NATO and the harbour board met on Monday — briefly.", ""},
	} {
		a := an.Analyze(nlp.Input{Paragraphs: []string{c.text}})
		ts := a.Sentences[0].Tokens
		got := ""
		if k := datelineEnd(a.Sentences[0]); k > 0 && k < len(ts) {
			got = ts[k].Surface
		}
		if got != c.first {
			t.Errorf("%q: first token after the dateline %q, want %q", c.text, got, c.first)
		}
	}
}

// TestTentativeFacts: a group whose sentences share only a few phrases is
// tentative, and shown only when what they say agrees once names are set
// aside; one whose sentences share most of their words is not tentative.
func TestTentativeFacts(t *testing.T) {
	// A figure and a phrase in two sentences that say different things
	// of them (spending to cut the tolls, what the tolls cost): two facts.
	twoFacts := run(t, mkArticles(
		"Tolls\nThe ministry will spend 40 million crowns to cut harbour tolls next year, the finance office said on Monday after a long debate in the council.",
		"Critics\nCritics of the plan noted that harbour tolls had cost drivers 40 million crowns over a decade, and the council had ignored them for years.",
	))
	// One fact told with other sources and names around it.
	weak := run(t, mkArticles(
		"Tolls\nThe port authority raised harbour tolls by 12 percent on Monday, Mayor Ilse Varn told Radio Ostra, blaming repairs after the winter storms.",
		"Port\nHarbour tolls went up 12 percent on Monday because of repairs after the winter storms, the Valmora Shipping Guild said in Brekka.",
	))
	strong := run(t, mkArticles(
		"Drills\nAdmiral Petra Lund said the navy would hold three more drills this spring near the Ostra coast.",
		"More drills\nAdmiral Petra Lund said the navy would hold three more drills this spring near the Ostra coast, officials added.",
	))
	for _, f := range twoFacts.Facts {
		if len(f.ReportedBy) == 2 {
			t.Errorf("two facts sharing a figure and a phrase shown as one: %+v", f.Sentences)
		}
	}
	for _, c := range []struct {
		name      string
		r         *Report
		word      string
		tentative bool
	}{{"one fact among other names", weak, "harbour tolls", true}, {"one sentence twice", strong, "three more drills", false}} {
		found := false
		for _, f := range c.r.Facts {
			if len(f.ReportedBy) == 2 && strings.Contains(f.Sentences[0].Text, c.word) {
				found = true
				if f.Tentative != c.tentative {
					t.Errorf("%s: tentative %v, want %v (%+v)", c.name, f.Tentative, c.tentative, f.Sentences)
				}
			}
		}
		if !found {
			t.Errorf("%s: no shared fact: %+v", c.name, c.r.Facts)
		}
	}
}

// TestSaidWords: the words of what a sentence says leave out names, the
// words that describe them (before a name, in an apposition, a role
// after "as") and verbs of saying.
func TestSaidWords(t *testing.T) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text       string
		want, lose []string
	}{
		{"The inquiry followed testimony from the mayor's former fixer, lawyer Tomas Brennick, who said the tolls were rigged.",
			[]string{"inquiri", "testimoni", "toll", "rig"}, []string{"fixer", "lawyer", "said"}},
		{"Ilse Varn, the harbour board's longest-serving member, resigned on Monday.",
			[]string{"resign"}, []string{"longest-serv", "member"}},
		{"The council named Ilse Varn to serve as acting harbour master.",
			[]string{"council", "name", "serv"}, []string{"act", "master"}},
	} {
		arts := mkArticles("T\n"+c.text, "U\nSomething else entirely happened in Brekka on Tuesday.")
		docs, _ := prepare(arts, nil, an)
		got := map[string]bool{}
		for _, w := range saidWords(docs[0], len(docs[0].an.Sentences)-1) {
			got[w] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: %q not among the words said %v", c.text, w, got)
			}
		}
		for _, w := range c.lose {
			if got[w] {
				t.Errorf("%q: %q among the words said %v", c.text, w, got)
			}
		}
	}
}

// TestCircumstanceWordsAreNoFact: two sentences that name the same
// people and share, of what their main clauses say, only a word of when
// ("later", "earlier Tuesday", "Monday morning") or one that wraps what
// is said ("due to", "tried to") state two facts; a shared predicate
// still makes one fact, whatever word of when comes with it.
func TestCircumstanceWordsAreNoFact(t *testing.T) {
	r := run(t, mkArticles(
		"Council row\nA little while later, as Mayor Lena Brisk kept speaking, Harbour Council Speaker Orin Vale of the Tide Party came to the floor. "+
			"Harbour Council Speaker Orin Vale of the Tide Party stood by the dredging contract earlier Tuesday. "+
			"The council later voted nine to four to suspend the Brekka ferry levy until the spring.",
		"Levy suspended\nBrisk quoted the old warning that the levy would ruin the fishing towns, and that was the line Harbour Council Speaker Orin Vale of the Tide Party would later cite. "+
			"Harbour Council Speaker Orin Vale of the Tide Party said earlier Tuesday that he had received complaints about the ferry timetable. "+
			"By nine votes to four, the council suspended the Brekka ferry levy until the spring.",
	))
	levy := false
	for _, f := range r.Facts {
		if len(f.ReportedBy) < 2 {
			continue
		}
		texts := ""
		for _, s := range f.Sentences {
			texts += s.Text + " | "
		}
		if strings.Contains(texts, "came to the floor") || strings.Contains(texts, "dredging contract") {
			t.Errorf("sentences that share only a word of when are one fact: %s", texts)
		}
		levy = levy || strings.Contains(texts, "voted nine to four") && strings.Contains(texts, "By nine votes")
	}
	if !levy {
		t.Errorf("the suspension of the levy, with a word of when in one, is not one fact: %+v", r.Facts)
	}
}
