package nlp

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// entityForms returns, per entity name, its forms sorted, joined by "|",
// and its extra keys.
func entityForms(an *Analysis) (forms map[string]string, keys map[string][]string) {
	forms, keys = map[string]string{}, map[string][]string{}
	for _, e := range an.Entities {
		var fs []string
		for _, f := range e.Forms {
			fs = append(fs, f.Text)
		}
		sort.Strings(fs)
		forms[e.Name] = strings.Join(fs, "|")
		keys[e.Name] = e.Keys
	}
	return forms, keys
}

// TestAbbreviationLinks: an abbreviation the text defines beside a name,
// or whose letters are the initials of one name of the article (small
// connectors left out), is that name's entity, shown by the full name and
// keeping the abbreviation's key; a two-letter abbreviation that is only
// the initials of a name, two names of the same initials, and an
// abbreviation a list knows as a body of its own stay apart.
func TestAbbreviationLinks(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Harbour\n\n"+
		"The Quarry Workers Guild (QWG) met the Centre for Harbour Studies on Monday. Later the QWG voted, and CHS staff counted the votes.\n\n"+
		"The LDA, the Lake Dredging Authority, sued. Later the LDA lost.\n\n"+
		"The Tern Bay Radio Network and the Tide Bay Rescue Network each wrote to the TBRN on Monday.\n\n"+
		"The Associated Pharmacists Network met the AP reporter.")
	forms, keys := entityForms(an)
	for name, want := range map[string]string{
		"Quarry Workers Guild":       "QWG|Quarry Workers Guild",
		"Centre for Harbour Studies": "CHS|Centre for Harbour Studies",
		"Lake Dredging Authority":    "LDA|Lake Dredging Authority",
	} {
		if forms[name] != want {
			t.Errorf("%q: forms %q, want %q; all %v", name, forms[name], want, forms)
		}
	}
	if k := keys["Quarry Workers Guild"]; !slices.Contains(k, "qwg") {
		t.Errorf("Quarry Workers Guild keeps keys %v, want qwg among them", k)
	}
	for _, apart := range []string{"TBRN", "AP"} {
		if _, ok := forms[apart]; !ok {
			t.Errorf("%q is no entity of its own; all %v", apart, forms)
		}
	}
}

// TestDepartmentTailLink: a name a department's or ministry's full name
// ends with, or begins before "Department", is that body; a committee
// whose name holds the same words is another body.
func TestDepartmentTailLink(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Ports\n\n"+
		"The Department of Harbour and Coastal Affairs said on Monday that Harbour and Coastal Affairs would hire more pilots.\n\n"+
		"The Senate Harbour Safety Committee met. Later, Harbour Safety inspectors visited the docks.")
	forms, _ := entityForms(an)
	if got, want := forms["Department of Harbour and Coastal Affairs"], "Department of Harbour and Coastal Affairs|Harbour and Coastal Affairs"; got != want {
		t.Errorf("department: forms %q, want %q; all %v", got, want, forms)
	}
	if _, ok := forms["Harbour Safety"]; !ok {
		t.Errorf("\"Harbour Safety\" joined the committee; all %v", forms)
	}
}

// TestLinkByAbbreviationKey: across articles, an abbreviation alone joins
// the entity another article ties it to by definition.
func TestLinkByAbbreviationKey(t *testing.T) {
	a := newTestAnalyzer(t)
	one := analyze(t, a, "Law\n\nThe Quarry Workers Guild (QWG) sued the port on Monday. Later the QWG said so.")
	two := analyze(t, a, "Law\n\nA judge ruled on Monday that the QWG lost its case against the port.")
	g := Link([]*Analysis{one, two}, a.Naming("en"))
	for _, e := range g {
		if e.Name == "Quarry Workers Guild" || strings.Contains(e.Key, "quarry") {
			arts := map[int]bool{}
			for _, m := range e.Members {
				arts[m.Article] = true
			}
			if len(arts) != 2 {
				t.Errorf("the guild is in %d articles, want 2: %+v", len(arts), e)
			}
			return
		}
	}
	t.Errorf("no guild among %+v", g)
}
