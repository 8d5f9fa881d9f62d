package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestStatesOutcome: a question, a condition, a possibility or a plan
// states no outcome another sentence could contradict.
func TestStatesOutcome(t *testing.T) {
	an := newAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The Valmora council passed the harbour bill on Tuesday.", true},
		{"Would you say the harbour master committed perjury?", false},
		{"Even if the harbour master didn't commit perjury, he could be in trouble.", false},
		{"Asked if he changed any minds, the harbour master said he hoped so.", false},
		{"No port would be allowed to raise its fees.", false},
		{"The council will vote on the harbour bill in May.", false},
		{"The council voted in May on the harbour bill.", true},
		{"Port policy holds that a sitting harbour master cannot be charged.", false},
		{"After initially denying it, the port acknowledged the spill.", false},
	} {
		s := firstSentence(an, tc.text)
		if got := statesOutcome(s); got != tc.want {
			t.Errorf("statesOutcome(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestSameParticipants: opposite outcome words speak of one thing only
// when their clauses share a name or two words.
func TestSameParticipants(t *testing.T) {
	an := newAnalyzer(t)
	for _, tc := range []struct {
		a, wa, b, wb string
		want         bool
	}{
		{"Harbour master Ilse Varn resigned last month over the night shift.", "resigned",
			"Just weeks ago the mayor fired Ilse Varn, the harbour master.", "fired", true},
		{"Councillor Brek, who wrote the harbour bill, handily defeated his challengers in the primary.", "defeated",
			"Councillor Dunn opposed the harbour bill passed by the council last year.", "passed", false},
		{"The harbour bill passed its first big test on Thursday.", "passed",
			"After the first attempt at repeal failed, the council needed a win.", "failed", false},
		{"The council passed the harbour bill on Tuesday.", "passed",
			"The council dropped the harbour bill on Tuesday.", "dropped", true},
	} {
		sa := firstSentence(an, tc.a)
		sb := firstSentence(an, tc.b)
		ka, kb := tokenIndex(sa, tc.wa), tokenIndex(sb, tc.wb)
		if got := sameParticipants(sa, ka, sb, kb); got != tc.want {
			t.Errorf("sameParticipants(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestAttributive: an outcome word between a determiner and a noun
// describes a thing ("a wounded police officer"), it states no outcome.
func TestAttributive(t *testing.T) {
	checkAtWord(t, "attributive", attributive, []wordCase{
		{"One of the two ran up to a wounded guard and shot him.", "wounded", true},
		{"After the failed attempt at repeal, the council needed a win.", "failed", true},
		{"The harbour bill failed on Tuesday.", "failed", false},
		{"Two dockworkers were wounded at the gate.", "wounded", false},
	})
}

// TestBackground: an outcome word of a time clause ("died after being
// released") tells what came before the account.
func TestBackground(t *testing.T) {
	checkAtWord(t, "background", background, []wordCase{
		{"The student died in June after being released from captivity.", "released", true},
		{"Particularly after the harbour chief resigned last month, scrutiny grew.", "resigned", false},
		{"The harbour chief was released on Monday.", "released", false},
	})
}

// TestEarlier: a sentence that dates its outcome weeks or more before the
// story recalls an earlier happening.
func TestEarlier(t *testing.T) {
	checkAtWord(t, "earlier", earlier, []wordCase{
		{"Particularly after the harbour chief resigned last month, scrutiny grew.", "resigned", true},
		{"Less than a month ago, the harbour chief was fired over the audit.", "fired", true},
		{"Earlier this year, the harbour chief resigned.", "resigned", true},
		{"The mayor had already fired the harbour chief for the audit.", "fired", true},
		{"The council fired the harbour chief last March.", "fired", true},
		{"The council fired the harbour chief on Monday.", "fired", false},
		{"A week ago the council fired the harbour chief.", "fired", false},
		{"The chief resigned, the mayor said last week.", "resigned", false},
		{"At last the harbour chief resigned.", "resigned", false},
	})
}

// wordCase is a sentence, a word of it, and what a predicate of the word
// in its sentence should say.
type wordCase struct {
	text, word string
	want       bool
}

// checkAtWord checks fn, named name, on the word of each case in its
// sentence.
func checkAtWord(t *testing.T, name string, fn func(nlp.Sentence, int) bool, cases []wordCase) {
	t.Helper()
	an := newAnalyzer(t)
	for _, tc := range cases {
		s := firstSentence(an, tc.text)
		if got := fn(s, tokenIndex(s, tc.word)); got != tc.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, tc.text, tc.word, got, tc.want)
		}
	}
}

// firstSentence returns the first sentence of text as an analyses it.
func firstSentence(an *nlp.Analyzer, text string) nlp.Sentence {
	return an.Analyze(nlp.Input{Paragraphs: []string{text}}).Sentences[0]
}

func tokenIndex(s nlp.Sentence, norm string) int {
	for k, t := range s.Tokens {
		if t.Norm == norm {
			return k
		}
	}
	return -1
}

// TestConflictNeedsOneThing: the comparison shows opposite accounts of one
// outcome, and none for an abstention against "did not vote" or for
// outcomes of different participants.
func TestConflictNeedsOneThing(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"fired or resigned",
			"Harbour chief\nHarbour master Ilse Varn resigned on Monday over the night shift at the Valmora container port, the council said in a note.",
			"Harbour chief\nThe mayor fired harbour master Ilse Varn on Monday over the night shift at the Valmora container port, the council's note shows.",
			true},
		{"abstention",
			"Harbour vote\nCouncillor Mara Ostin of the Valmora harbour ward voted present on both harbour motions on Tuesday evening.",
			"Harbour vote\nCouncillor Mara Ostin of the Valmora harbour ward did not vote for or against the harbour motions on Tuesday evening.",
			false},
		// A story of the harbour audit recalls the chief's exit weeks
		// before: how each outlet words that exit is background, no
		// opposite account of the story's own happening.
		{"an earlier exit recalled",
			"Audit of the port\nScrutiny of the port grew after harbour master Ilse Varn resigned last month over the night shift at the Valmora container port.",
			"Audit of the port\nJust a few weeks ago, the mayor fired harbour master Ilse Varn over the night shift at the Valmora container port.",
			false},
		{"different participants",
			"Harbour primary\nCouncillor Brek, who shaped the Valmora harbour bill with its new dock fees, handily defeated his challengers.",
			"Harbour primary\nCouncillor Dunn opposed the Valmora harbour bill with its new dock fees passed by the council last year.",
			false},
	} {
		r := run(t, mkArticles(tc.a, tc.b))
		got := false
		for _, f := range r.Facts {
			if len(f.Conflict) > 0 {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%s: conflict %v, want %v (facts %+v)", tc.name, got, tc.want, r.Facts)
		}
	}
}

// TestSameActor: opposite words make one proposition only when they are
// said of one actor: the same subject, or the subject of an outcome with
// no object and the object of one done to it ("Varn resigned", "the
// mayor fired Varn"). A pronoun or a participle with no subject of its
// own tells no actor.
func TestSameActor(t *testing.T) {
	an := newAnalyzer(t)
	for _, tc := range []struct {
		a, wa, b, wb string
		want         bool
	}{
		{"Harbour master Ilse Varn resigned last month over the night shift.", "resigned",
			"Just weeks ago the mayor fired Ilse Varn, the harbour master.", "fired", true},
		{"Ilse Varn, the harbour master, was fired when the audit came out.", "fired",
			"Ilse Varn resigned over the audit on Monday.", "resigned", true},
		{"The council passed the harbour bill on Tuesday.", "passed",
			"The council dropped the harbour bill on Tuesday.", "dropped", true},
		{"The harbour bill failed on Tuesday.", "failed",
			"The council passed the harbour bill on Tuesday.", "passed", true},
		{"The harbour bill was passed on Tuesday.", "passed",
			"The harbour bill failed on Tuesday.", "failed", true},
		// A passive outcome is not matched against another's object:
		// "the seat was lost" says nothing of who won it.
		{"The harbour seat was lost on Sunday.", "lost",
			"Councillor Dunn won the harbour seat on Sunday.", "won", false},
		// Two subjects.
		{"Councillor Dunn won the harbour seat on Sunday.", "won",
			"Councillor Brek lost the harbour seat on Sunday.", "lost", false},
		{"The harbour aides also do not count the savings.", "count",
			"The mayor's office is also counting on the savings.", "counting", false},
		// A pronoun, a participle: the rules cannot tell.
		{"They do not count the savings.", "count",
			"The harbour aides count the savings.", "count", false},
		{"Councillors sent a letter on Monday asking the police to investigate.", "asking",
			"Councillors aren't asking the police for an inquiry.", "asking", false},
		// A relative clause is said of the noun before it.
		{"Ostin will face Councillor Brek, who had no opposition in the primary.", "opposition",
			"The nominee will face Councillor Brek, who faces token opposition in the primary.", "opposition", true},
		// A possessive's owner acts through what it owns.
		{"The council apologized for the flooding.", "apologized",
			"The council's statement offered no apology for the flooding.", "apology", true},
	} {
		sa := firstSentence(an, tc.a)
		sb := firstSentence(an, tc.b)
		ka, kb := tokenIndex(sa, tc.wa), tokenIndex(sb, tc.wb)
		if got := sameActor(sa, ka, sb, kb, true); got != tc.want {
			t.Errorf("sameActor(%q, %q) = %v, want %v (subjects %v, %v)", tc.a, tc.b, got, tc.want, subjectOf(sa, ka), subjectOf(sb, kb))
		}
	}
}

// TestModalClause: a word of plan or possibility rules out its own
// clause, not a relative clause that states a fact.
func TestModalClause(t *testing.T) {
	checkAtWord(t, "modalClause", modalClause, []wordCase{
		{"Ostin will face Councillor Brek, who had no opposition in the primary.", "opposition", false},
		{"Ostin will face Councillor Brek in the primary.", "face", true},
		{"No port would be allowed to raise its fees.", "allowed", true},
	})
}

// TestChangeOverTimeMoments: "yet", "at the time" and "so far" say what
// held at one moment of a story still unfolding; "Yet" opening a
// sentence is "but".
func TestChangeOverTimeMoments(t *testing.T) {
	an := newAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The inspectors had not yet reviewed the harbour logs.", true},
		{"The inspectors, at the time, had not reviewed the harbour logs.", true},
		{"So far the council has not released the report.", true},
		{"Yet scrutiny grew after Ilse Varn resigned.", false},
	} {
		s := firstSentence(an, tc.text)
		if got := changeOverTime(s); got != tc.want {
			t.Errorf("changeOverTime(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestConflictNeedsOneComplement: a denial and an admission speak of one
// thing only when what follows them does.
func TestConflictNeedsOneComplement(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"two things",
			"Harbour interview\nMayor Ostin also denied in his radio interview about the Valmora harbour that he had ever asked the inspector to drop the dock inquiry.",
			"Harbour interview\nBut in his radio interview about the Valmora harbour, Mayor Ostin admitted that the dock inquiry into the crane collapse was on his mind.",
			false},
		{"one thing",
			"Harbour interview\nMayor Ostin denied the report about the Valmora harbour crane in his radio interview on Monday.",
			"Harbour interview\nMayor Ostin confirmed the report about the Valmora harbour crane in his radio interview on Monday.",
			true},
	} {
		r := run(t, mkArticles(tc.a, tc.b))
		got := false
		for _, f := range r.Facts {
			if len(f.Conflict) > 0 {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%s: conflict %v, want %v (facts %+v)", tc.name, got, tc.want, r.Facts)
		}
	}
}

// TestConflictNotWhenBothHappened checks that opposite outcomes are no
// difference between outlets when one sentence of the group tells both
// ("struck down much of the law, but upheld its key provision"): the
// happening had both, and each outlet names one.
func TestConflictNotWhenBothHappened(t *testing.T) {
	upheld := "Harbour ruling\nThe Valmora high court on Monday upheld the harbour law's key provision requiring permits for night shifts at the container docks."
	struck := "Harbour ruling\nThe Valmora high court on Monday struck down the harbour law's key provision requiring fees for night shifts at the container docks."
	both := "Harbour ruling\nThe Valmora high court on Monday struck down much of the harbour law, but upheld its key provision requiring permits for night shifts at the container docks."
	for _, tc := range []struct {
		name  string
		texts []string
		want  bool
	}{
		{"one outcome each", []string{upheld, struck}, true},
		{"a third tells both", []string{upheld, struck, both}, false},
	} {
		r := run(t, mkArticles(tc.texts...))
		got := false
		for _, f := range r.Facts {
			if len(f.Conflict) > 0 {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%s: conflict %v, want %v (facts %+v)", tc.name, got, tc.want, r.Facts)
		}
	}
}
