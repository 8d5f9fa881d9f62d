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
		"The palace also issued a statement from the president and first lady Ilona Varga, who canceled two visits to Brenn.")
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
// from that person across articles when their titles or genders clash
// (the president and the first lady; a "he" and a woman's given name).
func TestLinkTitledSurnameClash(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming(DefaultLang)
	for _, c := range []struct{ name, text, single, full string }{
		{"president and first lady", "President Lund spoke first. \"We will rebuild,\" Lund said.\n\n" +
			"Later the first lady Anna Lund visited the shelter.", "Lund", "Anna Lund"},
		{"he and a woman's given name", "On Monday, Lund signed the harbour bill. \"It is done,\" he said.\n\n" +
			"His daughter, Anna Lund, watched from the gallery.", "Lund", "Anna Lund"},
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
// a title on one side only, genders untold or alike, or pronouns that
// disagree, tell no clash.
func TestClashingLimits(t *testing.T) {
	nm := newTestAnalyzer(t).Naming(DefaultLang)
	he := Mention{Text: "he", Kind: MentionPronoun}
	she := Mention{Text: "she", Kind: MentionPronoun}
	for _, c := range []struct {
		name string
		s, c Entity
		want bool
	}{
		{"one head", Entity{Key: "lund", Aliases: []string{"Sen."}}, Entity{Key: "erik lund", Aliases: []string{"state Senator"}}, false},
		{"title on one side", Entity{Key: "lund", Aliases: []string{"President"}}, Entity{Key: "erik lund"}, false},
		{"no gender told", Entity{Key: "lund"}, Entity{Key: "anna lund"}, false},
		{"same gender", Entity{Key: "lund", Mentions: []Mention{she}}, Entity{Key: "anna lund"}, false},
		{"pronouns disagree", Entity{Key: "lund", Mentions: []Mention{he, she}}, Entity{Key: "anna lund"}, false},
		{"two heads", Entity{Key: "lund", Aliases: []string{"President"}}, Entity{Key: "anna lund", Aliases: []string{"first lady"}}, true},
		{"he and Anna", Entity{Key: "lund", Mentions: []Mention{he}}, Entity{Key: "anna lund"}, true},
		{"he and a congresswoman", Entity{Key: "lund", Mentions: []Mention{he}}, Entity{Key: "lena lund", Aliases: []string{"Congresswoman"}}, true},
	} {
		if got := clashing(&c.s, &c.c, nm); got != c.want {
			t.Errorf("%s: clashing %v, want %v", c.name, got, c.want)
		}
	}
}
