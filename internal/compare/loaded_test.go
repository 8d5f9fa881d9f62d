package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestLoadedWordOfTheNextNoun: a name that modifies the noun after it
// ("the embattled Harbour Board chairman") takes no loaded word before it
// as its own; a name followed by its verb does.
func TestLoadedWordOfTheNextNoun(t *testing.T) {
	an := newAnalyzer(t)
	nm := an.Naming("en")
	s := an.Analyze(nlp.Input{Paragraphs: []string{"The embattled Harbour Board chairman met dockworkers."}}).Sentences[0]
	m := mention{start: tokenStart(s, "Harbour"), end: tokenEnd(s, "Board")}
	if !modifiesNoun(s, m, nm) {
		t.Errorf("Harbour Board does not modify chairman in %q", s.Text)
	}
	s = an.Analyze(nlp.Input{Paragraphs: []string{"The embattled Harbour Board said on Tuesday it would meet."}}).Sentences[0]
	m = mention{start: tokenStart(s, "Harbour"), end: tokenEnd(s, "Board")}
	if modifiesNoun(s, m, nm) {
		t.Errorf("Harbour Board modifies a noun in %q", s.Text)
	}
	for _, c := range []struct {
		text, name string
		modifies   bool
	}{
		{"The bombshell Velmar/Sorn leak story broke.", "Velmar", true},
		{"The controversial Velmar memo was leaked.", "Velmar", true},
		{"The so-called \u201cVelmar dossier\u201d was read.", "Velmar", true},
		{"The embattled Velmar met dockworkers.", "Velmar", false},
		{"The embattled Velmar quickly left.", "Velmar", false},
		{"The embattled Velmar to the council, then home.", "Velmar", false},
		{"The embattled U.N. Ambassador Mara Lind left.", "U.N.", true},
		// A plural noun the name modifies (h8/h9 labels): nominations,
		// conservatives, views.
		{"The controversial Velmar nominations stalled.", "Velmar", true},
		{"The hard-line Velmar conservatives walked out.", "Velmar", true},
		{"His hardline Velmar views were known.", "Velmar", true},
		{"The embattled Velmar says he will stay.", "Velmar", false},
		// A plural noun that ends its phrase or takes a plural verb
		// ("the most controversial Supreme Court cases,", h10), and a
		// noun past a quoted word ("the infamous White House “…”
		// meeting", h10).
		{"He ruled on the most controversial Velmar cases, the clerk said.", "Velmar", true},
		{"The controversial Velmar rulings were overturned.", "Velmar", true},
		{"The infamous Velmar \u201cferry\u201d meeting was leaked.", "Velmar", true},
		{"The embattled Velmar \u201cwill stay,\u201d he said.", "Velmar", false},
		{"The embattled Velmar wants talks, he said.", "Velmar", false},
		// A possessive ending its phrase is no plural noun (h8).
		{"He is bigger than the dictator Velmar\u2019s.", "Velmar", false},
		{"He is bigger than the dictator Velmar's.", "Velmar", false},
		// A plural noun before a dash (h9).
		{"Critics mocked the so-called Velmar bros \u2014 his fans \u2014 online.", "Velmar", true},
		// A plural noun and a role noun after it (h6).
		{"An attorney for the controversial Velmar elections chief Mara Lind spoke.", "Velmar", true},
		// A paper's op-ed (h8).
		{"The bombshell Velmar op-ed was read.", "Velmar", true},
		// A plural noun of rules that is never a verb, before any word
		// (h8: "so-called Common Core standards as ...").
		{"Foes of the so-called Velmar standards as he put it were angry.", "Velmar", true},
		{"The controversial Velmar guidelines have not changed.", "Velmar", true},
		{"The so-called Velmar regulations that govern ferries were cut.", "Velmar", true},
	} {
		s := an.Analyze(nlp.Input{Paragraphs: []string{c.text}}).Sentences[0]
		m := mention{start: tokenStart(s, c.name), end: tokenEnd(s, c.name)}
		if got := modifiesNoun(s, m, nm); got != c.modifies {
			t.Errorf("%q: %s modifies the word after it = %v, want %v", c.text, c.name, got, c.modifies)
		}
	}
}

func tokenStart(s nlp.Sentence, surface string) int {
	for _, t := range s.Tokens {
		if t.Surface == surface {
			return t.Start
		}
	}
	return -1
}

func tokenEnd(s nlp.Sentence, surface string) int {
	for _, t := range s.Tokens {
		if t.Surface == surface {
			return t.End
		}
	}
	return -1
}

// TestLoadedWordsOfWhatTheNameIsPartOf: a loaded word describes the name
// it stands before only when nothing but a title stands between them and
// the name does not modify a noun after it. "The so-called “Velmar
// dossier”", "the controversial Brennick memo", "the so-called
// “Rockefeller Republicans”" describe a document, a memo and a faction; "the Ruiz
// regime" names a government; words inside a quotation are the
// speaker's. "The embattled Ana Ruiz to the full assembly", "hardline
// Republican Lena Voss wrote", "the so-called “Free Port,”" and "the
// embattled U.N. Ambassador Mara Lind" stay descriptors of the name (of Lind,
// not of the U.N.). "The embattled Tomas Brennick" in one article is no
// difference when the other writes "Tomas Brennick, the embattled harbour
// master"; "Mira Holt, a controversial harbour pilot" is a descriptor, shown
// as written. "The bombshell Velmar/Sorn leak story" is about the story,
// "the so-called Harbour Pilots Act" gives a law's informal name, and "In
// Italy, the far-right has gained" opens with a place: none describes the
// name.
func TestLoadedWordsOfWhatTheNameIsPartOf(t *testing.T) {
	r := run(t, mkArticles(
		"Sorn council vote\nThe so-called \u201cVelmar dossier\u201d was read to the Sorn council on Monday. The controversial Brennick memo was leaked. Ivo Velmar spoke later. The so-called \u201cRockefeller Republicans\u201d met on Tuesday. \u201cThe embattled Dale Ortez must go,\u201d Tomas Brennick said. The Ana Ruiz regime answered on Wednesday. The council sent the embattled Ana Ruiz to the full assembly. On Thursday hardline Republican Lena Voss wrote to the so-called \u201cFree Port,\u201d a group of traders. Embattled U.N. Ambassador Mara Lind left on Friday. The embattled Tomas Brennick stayed. Mira Holt, a controversial harbour pilot, resigned. The bombshell Velmar/Sorn leak story broke. The court read the so-called Harbour Pilots Act of 1920. In Italy, the far-right has gained.",
		"Sorn council vote held\nA dossier by Ivo Velmar was read to the Sorn council on Monday. A memo by Tomas Brennick was leaked. Republicans met on Tuesday. Tomas Brennick criticised Dale Ortez. Ana Ruiz answered on Wednesday. The council sent Ana Ruiz to the full assembly. On Thursday Lena Voss wrote to the Free Port, a group of traders. U.N. Ambassador Mara Lind left on Friday. The U.N. said so. Tomas Brennick, the embattled harbour master, stayed. Mira Holt resigned. The Velmar leak story broke. The court read the Harbour Pilots Act of 1920. Italy voted.",
	))
	flagged := map[string]string{}
	for _, n := range r.Names {
		for _, v := range n.Variants {
			if v.Kind == VariantDescriptor && v.Flagged {
				flagged[n.Entity] = v.Forms[0] + " / " + v.Forms[1]
			}
		}
	}
	for _, e := range []string{"Ana Ruiz", "Lena Voss", "Free Port", "Mara Lind"} {
		if flagged[e] == "" {
			t.Errorf("%s: no flagged descriptor (flagged: %v)", e, flagged)
		}
	}
	for _, e := range []string{"Ivo Velmar", "Velmar", "Tomas Brennick", "Brennick", "Republicans", "Dale Ortez", "U.N.", "UN", "Harbour Pilots Act", "Italy"} {
		if f, ok := flagged[e]; ok {
			t.Errorf("%s: descriptor %s flagged", e, f)
		}
	}
	if v := variantOf(r, "Mira Holt, a controversial harbour pilot", "Mira Holt"); v == nil || v.Kind != VariantDescriptor || !v.Flagged {
		t.Errorf("the apposition is not a flagged descriptor as written: %+v", v)
	}
	for _, n := range r.Names {
		for _, v := range n.Variants {
			for _, f := range v.Forms {
				if strings.Contains(f, "regime") {
					t.Errorf("%s: form %q", n.Entity, f)
				}
			}
		}
	}
}

// TestLeaderWithoutAWithheldTitle: "leader" where another article writes
// an office is a plain description unless the article withholds the
// title: "Ukrainian leader" / "Ukrainian President" is not listed when
// the article gives no other country's head a title, and is flagged when
// it writes "French President" for another; "port chief" / "port leader"
// and "majority leader" / "Sen." are never a stance.
func TestLeaderWithoutAWithheldTitle(t *testing.T) {
	texts := []string{
		"Harbour talks\nUkrainian leader Oleh Marchuk met envoys on Monday. Port chief Lena Voss spoke. Majority leader Tomas Brennick said the law would pass.",
		"Harbour talks held\nUkrainian President Oleh Marchuk met envoys on Monday. Port leader Lena Voss spoke. Sen. Tomas Brennick said the law would pass.",
	}
	r := run(t, mkArticles(texts...))
	for _, n := range r.Names {
		for _, v := range n.Variants {
			if v.Flagged {
				t.Errorf("%s: %s / %s flagged (%s)", n.Entity, v.Forms[0], v.Forms[1], v.Kind)
			}
		}
	}
	// A plain description is no naming variant: not listed (h/noise53).
	if v := variantOf(r, "Ukrainian leader", "Ukrainian President"); v != nil {
		t.Errorf("Ukrainian leader / Ukrainian President listed: %+v", v)
	}
	texts[0] += " French President Emile Faure sent a letter."
	r = run(t, mkArticles(texts...))
	if v := variantOf(r, "Ukrainian leader", "Ukrainian President"); v == nil || v.Kind != VariantDescriptor || !v.Flagged {
		t.Errorf("the title withheld is not flagged: %+v", v)
	}
}

// TestLoadedWordOfAPartysWing: a loaded adjective before a party's members
// ("far-left Democrats", "hardline Tories") picks out a wing of the party,
// no stance on the party; "so-called" before a name ending in a thing's
// head ("the so-called Harbour Fire", "the so-called Ferry Settlement
// Agreement", things to the analysis) gives its informal name.
func TestLoadedWordOfAPartysWing(t *testing.T) {
	r := run(t, mkArticles(
		"Sorn council vote\nFar-left Democrats blocked the Sorn harbour bill on Monday. Hardline Republicans in the Sorn council walked out on Tuesday. The so-called Harbour Fire burned on Wednesday near Sorn. Judges cited the so-called Ferry Settlement Agreement on Thursday.",
		"Sorn council vote held\nDemocrats blocked the Sorn harbour bill on Monday. Republicans in the Sorn council walked out on Tuesday. The Harbour Fire burned on Wednesday near Sorn. Judges cited the Ferry Settlement Agreement on Thursday.",
	))
	for _, n := range r.Names {
		for _, v := range n.Variants {
			if v.Kind == VariantDescriptor && v.Flagged {
				t.Errorf("%s: descriptor %s / %s flagged", n.Entity, v.Forms[0], v.Forms[1])
			}
		}
	}
}

// TestLoadedStanceInAnotherForm: an article that writes the same stance in
// another form where it names the entity ("Velmar, whose dictatorship
// ended", "Mara Lind, who was disgraced") makes no difference with one that
// writes "dictator Ivo Velmar"; one that writes neither does.
func TestLoadedStanceInAnotherForm(t *testing.T) {
	flagged := func(a, b string) []string { return flaggedDescriptors(t, a, b) }
	one := "Sorn talks\nThe dictator Ivo Velmar met Sorn envoys on Monday in the harbour town of Reddin. The talks ended on Tuesday."
	if got := flagged(one, "Sorn talks end\nIvo Velmar, whose dictatorship began in 1990, met Sorn envoys on Monday in Reddin. The talks ended on Tuesday."); len(got) > 0 {
		t.Errorf("a stance the other article takes in another form is flagged: %v", got)
	}
	if got := flagged(one, "Sorn talks end\nIvo Velmar met Sorn envoys on Monday in Reddin. The talks ended on Tuesday."); len(got) == 0 {
		t.Error("\"dictator Ivo Velmar\" against the plain name is not flagged")
	}
}

// TestNamesOfOneOutlet: two articles of one outlet that name a city two
// ways make no difference between outlets; another outlet's spelling
// against one of them does.
func TestNamesOfOneOutlet(t *testing.T) {
	arts := mkArticles(
		"Talks in Kiev\nEnvoys met in Kiev on Monday to discuss the Sorn ferry line and the harbour tolls.",
		"Talks in Kyiv\nEnvoys met in Kyiv on Monday to discuss the Sorn ferry line and the harbour tolls.",
	)
	arts[1].Outlet = arts[0].Outlet
	for _, n := range run(t, arts).Names {
		for _, v := range n.Variants {
			if v.Flagged {
				t.Errorf("%s: %s / %s flagged between two articles of one outlet", n.Entity, v.Forms[0], v.Forms[1])
			}
		}
	}
	arts[1].Outlet = "Another outlet"
	flagged := false
	for _, n := range run(t, arts).Names {
		for _, v := range n.Variants {
			flagged = flagged || v.Flagged
		}
	}
	if !flagged {
		t.Error("Kiev / Kyiv between two outlets is not flagged")
	}
}

// flaggedNames runs the comparison of two articles and lists the flagged
// variants of kind kind ("" for any) as "entity: form / form".
func flaggedNames(t *testing.T, kind string, texts ...string) []string {
	t.Helper()
	var out []string
	for _, n := range run(t, mkArticles(texts...)).Names {
		for _, v := range n.Variants {
			if v.Flagged && (kind == "" || v.Kind == kind) {
				out = append(out, n.Entity+": "+v.Forms[0]+" / "+v.Forms[1])
			}
		}
	}
	return out
}

// TestSpellingOnlyInAQuote: a spelling an article writes only inside a
// quotation of someone else (a speaker, a report it quotes) is the
// quoted one's choice, not the outlet's: no spelling difference. The same
// spelling in the article's own sentence is one.
func TestSpellingOnlyInAQuote(t *testing.T) {
	one := "Envoy meets Sorn council\nThe envoy Sergei Velkov met the Sorn council on Monday in the harbour town of Reddin. The talks ended on Tuesday."
	quoted := "Envoy meets council\nThe Sorn council met an envoy on Monday in Reddin. \"We met Sergey Velkov in Reddin on Monday and the talks went well,\" council leader Ana Ruiz said. The talks ended on Tuesday."
	if got := flaggedNames(t, "", one, quoted); len(got) > 0 {
		t.Errorf("a spelling only inside a quotation is flagged: %v", got)
	}
	// A charged pair (Kiev/Kyiv) is listed as whole forms: the one
	// inside a quotation is the speaker's too.
	kiev := "Talks in Kiev\nEnvoys met in Kiev on Monday to discuss the Sorn ferry line and the harbour tolls."
	if got := flaggedNames(t, "", kiev, "Talks end\nEnvoys met on Monday to discuss the Sorn ferry line. \"We will meet again in Kyiv next month and the talks went well,\" council leader Ana Ruiz said."); len(got) > 0 {
		t.Errorf("a charged name only inside a quotation is flagged: %v", got)
	}
	own := "Envoy meets council\nThe envoy Sergey Velkov met the Sorn council on Monday in Reddin. The talks ended on Tuesday."
	if got := flaggedNames(t, VariantSpelling, one, own); len(got) == 0 {
		t.Error("Sergei / Sergey in the outlets' own sentences is not flagged")
	}
}

// TestSoCalledNickname: "so-called" opening an apposition after a
// person's name before a capitalised nickname ("Ivo Velmar, the so-called
// “Harbour Strangler”", h10) reports the name he goes by, no stance; before
// a common word ("the so-called “expert”") it takes its distance.
func TestSoCalledNickname(t *testing.T) {
	plain := "Sorn manhunt ends\nIvo Velmar was found on Monday in the harbour town of Reddin after a week. Police said the search ended on Tuesday."
	if got := flaggedNames(t, VariantDescriptor, plain, "Sorn manhunt over\nIvo Velmar, the so-called \u201cHarbour Strangler,\u201d was found on Monday in Reddin after a week. Police said the search ended on Tuesday."); len(got) > 0 {
		t.Errorf("a nickname after so-called is flagged: %v", got)
	}
	if got := flaggedNames(t, VariantDescriptor, plain, "Sorn manhunt over\nIvo Velmar, the so-called \u201cexpert,\u201d was found on Monday in Reddin after a week. Police said the search ended on Tuesday."); len(got) == 0 {
		t.Error("\"the so-called expert\" is not flagged")
	}
}

// TestLoadedStanceInADescription: an article that calls the person "the
// Sorn dictator" without naming him in that sentence, or "despot" where
// the other writes "dictator", takes the same stance (h10: "the North
// Korean dictator" against "despot Kim Jong Un", "the terrorist who"
// against "terrorist Khalid Masood"); one that writes neither still
// differs.
func TestLoadedStanceInADescription(t *testing.T) {
	one := "Sorn talks\nThe dictator Ivo Velmar met Sorn envoys on Monday in the harbour town of Reddin. The talks ended on Tuesday."
	for _, other := range []string{
		"Sorn talks end\nSorn envoys met the Sorn dictator on Monday in Reddin. Ivo Velmar spoke after the talks ended on Tuesday.",
		"Sorn talks end\nThe despot Ivo Velmar met Sorn envoys on Monday in Reddin. The talks ended on Tuesday.",
		"Sorn talks end\nSorn envoys met the rogue regime's dictator on Monday in Reddin. Ivo Velmar spoke after the talks ended on Tuesday.",
	} {
		if got := flaggedNames(t, VariantDescriptor, one, other); len(got) > 0 {
			t.Errorf("the same stance in a description or a synonym is flagged: %v", got)
		}
	}
	if got := flaggedNames(t, VariantDescriptor, one, "Sorn talks end\nSorn envoys met the Sorn leader on Monday in Reddin. Ivo Velmar spoke after the talks ended on Tuesday."); len(got) == 0 {
		t.Error("\"dictator Ivo Velmar\" against \"the Sorn leader\" is not flagged")
	}
}

// TestLoadedStanceOnTheNamesHeadNoun: an article that gives a thing's
// name and then says the same of it by the head noun of that name ("The
// standards have become highly controversial" after "the Harbour Ferry
// Standards") takes the stance of "the Harbour Ferry Standards, a
// controversial effort"; one that says it of another noun does not.
func TestLoadedStanceOnTheNamesHeadNoun(t *testing.T) {
	flagged := func(a, b string) []string { return flaggedDescriptors(t, a, b) }
	one := "Ferry rules\nGovernors defended the Harbour Ferry Standards, a controversial effort, on Monday in Reddin. The talks ended on Tuesday."
	if got := flagged(one, "Ferry rules debated\nGovernors drafted the Harbour Ferry Standards on Monday in Reddin. The standards have become highly controversial in several towns."); len(got) > 0 {
		t.Errorf("a stance the other article takes on the name's head noun is flagged: %v", got)
	}
	if got := flagged(one, "Ferry rules debated\nGovernors drafted the Harbour Ferry Standards on Monday in Reddin. The tolls have become highly controversial in several towns."); len(got) == 0 {
		t.Error("a stance the other article takes on another noun hides the descriptor")
	}
}

// TestRegimeOfATime: "the previous Harbour Board regime" or "the current
// Harbour Board regime" is the board's management of a period, no stance
// on the board; "the Harbour Board regime" alone still is one.
func TestRegimeOfATime(t *testing.T) {
	flagged := func(a, b string) []string {
		var out []string
		for _, n := range run(t, mkArticles(a, b)).Names {
			for _, v := range n.Variants {
				if v.Kind == VariantDescriptor && v.Flagged {
					out = append(out, n.Entity+": "+v.Forms[0]+" / "+v.Forms[1])
				}
			}
		}
		return out
	}
	plain := "Ferry rules\nThe Harbour Board met the ferry owners on Monday in Reddin. The talks ended on Tuesday."
	for _, c := range []struct {
		text string
		flag bool
	}{
		{"Ferry rules debated\nThe previous Harbour Board regime, led by Ivo Berg, met the ferry owners on Monday in Reddin. The talks ended on Tuesday.", false},
		{"Ferry rules debated\nThe current Harbour Board regime met the ferry owners on Monday in Reddin. The talks ended on Tuesday.", false},
		{"Ferry rules debated\nThe Harbour Board regime met the ferry owners on Monday in Reddin. The talks ended on Tuesday.", true},
	} {
		if got := flagged(plain, c.text); (len(got) > 0) != c.flag {
			t.Errorf("%q: flagged %v, want flagged %v", c.text, got, c.flag)
		}
	}
}

// flaggedDescriptors returns the entities whose descriptor variants are
// flagged in the comparison of articles a and b.
func flaggedDescriptors(t *testing.T, a, b string) []string {
	t.Helper()
	var out []string
	for _, n := range run(t, mkArticles(a, b)).Names {
		for _, v := range n.Variants {
			if v.Kind == VariantDescriptor && v.Flagged {
				out = append(out, n.Entity)
			}
		}
	}
	return out
}
