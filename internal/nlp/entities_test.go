package nlp

import (
	"slices"
	"testing"
)

func findEntity(an *Analysis, name string) *Entity {
	for i := range an.Entities {
		if an.Entities[i].Name == name {
			return &an.Entities[i]
		}
	}
	return nil
}

func formTexts(e *Entity) []string {
	var out []string
	for _, f := range e.Forms {
		out = append(out, f.Text)
	}
	return out
}

func TestEntitiesAndAliases(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "UK Prime Minister Sir Harold Penn met French President Claire Dubois in Kyiv on Tuesday.\n\n" +
		"Penn later flew to Kiev again. The UK prime minister praised the Bank of England and NATO.\n\n" +
		"Meanwhile, President Dubois called Acme Holdings Inc. a partner of the Foreign Office."
	an := analyze(t, a, text)
	penn := findEntity(an, "Harold Penn")
	if penn == nil {
		t.Fatalf("no Harold Penn in %+v", an.Entities)
	}
	if penn.Type != Person {
		t.Errorf("Penn type %s", penn.Type)
	}
	for _, f := range []string{"Sir Harold Penn", "Penn"} {
		if !slices.Contains(formTexts(penn), f) {
			t.Errorf("Penn forms %v lack %q", formTexts(penn), f)
		}
	}
	if !slices.Contains(penn.Aliases, "UK Prime Minister") || !slices.Contains(penn.Aliases, "UK prime minister") {
		t.Errorf("Penn aliases %v", penn.Aliases)
	}
	dubois := findEntity(an, "Claire Dubois")
	if dubois == nil || len(dubois.Mentions) != 2 {
		t.Errorf("Dubois: %+v", dubois)
	}
	kyiv := findEntity(an, "Kyiv")
	if kyiv == nil || kyiv.Type != Place || !slices.Contains(formTexts(kyiv), "Kiev") || !slices.Contains(formTexts(kyiv), "Kyiv") {
		t.Errorf("Kyiv: %+v", kyiv)
	}
	for name, typ := range map[string]EntityType{"Bank of England": Org, "NATO": Org, "Acme Holdings Inc": Org, "Foreign Office": Org} {
		e := findEntity(an, name)
		if e == nil || e.Type != typ {
			t.Errorf("%s: %+v", name, e)
		}
	}
	for _, e := range an.Entities {
		if e.Name == "Tuesday" || e.Name == "Meanwhile" {
			t.Errorf("not a name: %+v", e)
		}
	}
}

func TestLink(t *testing.T) {
	a := newTestAnalyzer(t)
	one := analyze(t, a, "Ukrainian leader Vladimir Zelensky spoke in Kiev. Zelensky was calm.")
	two := analyze(t, a, "President Volodymyr Zelenskyy arrived in Kyiv. Vladimir Putin did not.")
	three := analyze(t, a, "Zelenskiy said little in Odessa.")
	g := Link([]*Analysis{one, two, three})
	byForm := map[string]*GlobalEntity{}
	for i := range g {
		for _, f := range g[i].Forms {
			byForm[f.Text] = &g[i]
		}
	}
	z := byForm["Vladimir Zelensky"]
	if z == nil || byForm["Volodymyr Zelenskyy"] != z || byForm["Zelenskiy"] != z || byForm["Zelensky"] != z {
		t.Errorf("Zelensky forms not linked: %+v", g)
	}
	if byForm["Vladimir Putin"] == z {
		t.Errorf("Putin linked to Zelensky")
	}
	if byForm["Kiev"] == nil || byForm["Kiev"] != byForm["Kyiv"] {
		t.Errorf("Kiev/Kyiv not linked")
	}
	if z != nil && len(z.Members) != 3 {
		t.Errorf("Zelensky members %+v", z.Members)
	}
}
