package nlp

import (
	"strings"
	"testing"
)

// speakerGroup returns the global entity that holds the speaker of the
// quote of analysis art whose text contains words.
func speakerGroup(t *testing.T, g []GlobalEntity, an *Analysis, art int, words string) *GlobalEntity {
	t.Helper()
	for _, q := range an.Quotes {
		if q.Speaker == nil || q.Speaker.Entity < 0 || !strings.Contains(q.Text, words) {
			continue
		}
		for i := range g {
			for _, m := range g[i].Members {
				if m.Article == art && m.Entity == q.Speaker.Entity {
					return &g[i]
				}
			}
		}
	}
	t.Fatalf("no quote %q with a linked speaker: %+v", words, an.Quotes)
	return nil
}

// TestLinkTitledSurnameKeptFromLaterNamesake: the article names "President
// Varga" first, quotes "Varga" twice and only later names "first lady
// Ilona Varga", the one person of that surname it gives in full. The
// president's title clashes with hers, so the bare "Varga" of the
// quotations stays the president across articles, whether or not
// another article calls him "Varga" too.
func TestLinkTitledSurnameKeptFromLaterNamesake(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming(DefaultLang)
	one := analyze(t, a, "Both President Varga and his challenger Tomas Hale changed their plans on Friday after the flood in Dorn.\n\n"+
		"The president had planned two rallies in Kessel. Instead, Varga canceled the first one.\n\n"+
		"\"There will be other days for campaigns. Today is a day for grief,\" Varga said, before he asked the crowd for a minute of silence.\n\n"+
		"A joint message came later from the president and first lady Ilona Varga, who canceled two visits to Brenn.")
	two := analyze(t, a, "President Varga stopped his campaign advertisements in the north on Friday.\n\n"+
		"\"We owe the families our silence,\" Varga said in Kessel.")
	for _, c := range []struct {
		name string
		ans  []*Analysis
	}{{"alone", []*Analysis{one}}, {"with another article", []*Analysis{one, two}}} {
		g := Link(c.ans, nm)
		sp := speakerGroup(t, g, one, 0, "other days")
		if sp.Name == "Ilona Varga" {
			t.Errorf("%s: the president's words are given to the first lady: %+v", c.name, sp)
		}
		for _, m := range sp.Members {
			if m.Article == 0 && one.Entities[m.Entity].Name == "Ilona Varga" {
				t.Errorf("%s: the first lady joined the president's group: %+v", c.name, sp)
			}
		}
		if len(c.ans) == 2 {
			if sp2 := speakerGroup(t, g, two, 1, "silence"); sp2 != sp {
				t.Errorf("the two articles' President Varga are not one: %+v %+v", sp, sp2)
			}
		}
	}
}

// TestLinkTitledSurnameClash: a bare surname its own article keeps
// apart from the one person of that surname it names in full stays apart
// from that person across articles when their titles clash (the
// president and the first lady; genders told by pronouns: TestClashingLimits).
func TestLinkTitledSurnameClash(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming(DefaultLang)
	for _, c := range []struct{ name, text, single, full string }{
		{"president and first lady", "President Lund spoke first. \"We will rebuild,\" Lund said.\n\n" +
			"Later the first lady Anna Lund visited the shelter.", "Lund", "Anna Lund"},
	} {
		an := analyze(t, a, c.text)
		for _, g := range Link([]*Analysis{an}, nm) {
			has := map[string]bool{}
			for _, m := range g.Members {
				has[an.Entities[m.Entity].Name] = true
			}
			if has[c.single] && has[c.full] {
				t.Errorf("%s: %q and %q joined: %+v", c.name, c.single, c.full, g)
			}
		}
	}
}

// TestClashingLimits: titles of one head ("Sen." and "state Senator"),
// titles of two offices ("President", "candidate"), a title on one side
// only, genders untold or alike, pronouns that disagree, or a given name
// alone tell no clash; nor does anything when the surname has no title
// or the namesake is named first.
func TestClashingLimits(t *testing.T) {
	at := func(para int) Mention { return Mention{Span: Span{Para: para}, Text: "Lund", Kind: MentionName} }
	he := Mention{Span: Span{Para: 1}, Text: "he", Kind: MentionPronoun}
	she := Mention{Span: Span{Para: 3}, Text: "she", Kind: MentionPronoun}
	single := func(aliases []string, ms ...Mention) Entity {
		return Entity{Key: "lund", Aliases: aliases, Mentions: append([]Mention{at(0)}, ms...)}
	}
	full := func(key string, aliases []string, ms ...Mention) Entity {
		return Entity{Key: key, Aliases: aliases, Mentions: append([]Mention{at(2)}, ms...)}
	}
	pres := []string{"President"}
	for _, c := range []struct {
		name string
		s, c Entity
		want bool
	}{
		{"one head", single([]string{"Sen."}, he), full("erik lund", []string{"state Senator", "son"}), false},
		{"two offices", single(pres), full("erik lund", []string{"candidate"}), false},
		{"title on one side", single(pres), full("erik lund", nil), false},
		{"no gender told", single(pres), full("anna lund", nil), false},
		{"same gender", single(pres, she), full("anna lund", nil, she), false},
		{"pronouns disagree", single(pres, he, she), full("anna lund", nil, she), false},
		{"a given name alone", single(pres, he), full("kim lund", nil), false},
		{"no title", single(nil, he), full("anna lund", []string{"first lady"}, she), false},
		{"namesake first", Entity{Key: "lund", Aliases: pres, Mentions: []Mention{at(4)}}, full("anna lund", []string{"first lady"}, she), false},
		{"president and first lady", single(pres), full("anna lund", []string{"first lady"}), true},
		{"he and she", single(pres, he), full("anna lund", nil, she), true},
		{"he and a congresswoman", single(pres, he), full("lena lund", []string{"Congresswoman"}), true},
	} {
		if got := clashing(&c.s, &c.c); got != c.want {
			t.Errorf("%s: clashing %v, want %v", c.name, got, c.want)
		}
	}
}
