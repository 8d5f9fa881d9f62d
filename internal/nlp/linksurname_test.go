package nlp

import "testing"

// TestLinkSurnameOwnArticle: a bare surname joins the one person of that
// surname the other articles name, leaving out a namesake its own article
// names in full and keeps apart from it (the president called "Lund"
// beside his son, a senator "Erik Lund", while the other article names "Anders
// Lund"). Two full-name namesakes in other articles, or two in its own,
// still keep it apart.
func TestLinkSurnameOwnArticle(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming(DefaultLang)
	one := analyze(t, a, "President Lund signed the harbour bill on Monday. Lund said the port would grow.\n\n"+
		"His son, state Senator Erik Lund, watched from the gallery.")
	two := analyze(t, a, "President Anders Lund signed the harbour bill. Anders Lund praised the dockworkers.")
	byForm := func(g []GlobalEntity) map[string]*GlobalEntity {
		out := map[string]*GlobalEntity{}
		for i := range g {
			for _, f := range g[i].Forms {
				if _, ok := out[f.Text]; !ok || len(g[i].Members) > len(out[f.Text].Members) {
					out[f.Text] = &g[i]
				}
			}
		}
		return out
	}
	g := byForm(Link([]*Analysis{one, two}, nm))
	if g["Anders Lund"] == nil || g["Erik Lund"] == nil || g["Anders Lund"] == g["Erik Lund"] {
		t.Fatalf("Anders and Erik Lund: %+v %+v", g["Anders Lund"], g["Erik Lund"])
	}
	if n := len(g["Anders Lund"].Members); n != 2 {
		t.Errorf("the bare Lund of the first article is not Anders Lund: %d members %+v", n, g["Anders Lund"])
	}
	// A third article naming another Lund in full: the bare surname
	// could be either, and stays apart.
	three := analyze(t, a, "Kari Lund, the harbour master, spoke to the council.")
	g = byForm(Link([]*Analysis{one, two, three}, nm))
	if n := len(g["Anders Lund"].Members); n != 1 {
		t.Errorf("the bare Lund joined one of two namesakes: %+v", g["Anders Lund"])
	}
	// Its own article names two Lunds in full and keeps the bare one
	// apart from both: the other article's Lund is no safer a guess.
	four := analyze(t, a, "President Lund signed the harbour bill on Monday. Lund said the port would grow.\n\n"+
		"His son, state Senator Erik Lund, and his sister, Judge Maja Lund, watched from the gallery.")
	g = byForm(Link([]*Analysis{four, two}, nm))
	if n := len(g["Anders Lund"].Members); n != 1 {
		t.Errorf("the bare Lund of an article with two namesakes joined Anders Lund: %+v", g["Anders Lund"])
	}
}

// TestLinkCompoundSurname: a surname of two words given alone ("Ortega
// Vidal"), or its first word alone, is the person the other article names
// with a given name in front of it; a given name and a surname are no
// compound surname ("Marta Vidal" beside "Rosa Marta Vidal" is not read
// so), and a word some other person has for last name stays apart.
func TestLinkCompoundSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming(DefaultLang)
	one := analyze(t, a, "Senator Carmen Ortega Vidal spoke in the chamber on Monday.")
	two := analyze(t, a, "Ortega Vidal said on Monday the harbour plan was sound.")
	three := analyze(t, a, "Ortega told reporters the vote would come in June.")
	g := Link([]*Analysis{one, two, three}, nm)
	var o *GlobalEntity
	for i := range g {
		if g[i].Name == "Carmen Ortega Vidal" {
			o = &g[i]
		}
	}
	if o == nil || len(o.Members) != 3 {
		t.Errorf("Ortega Vidal is not one person over three articles: %+v", g)
	}
	// A third person with the last name "Ortega": the lone word could be
	// either.
	four := analyze(t, a, "Luis Ortega, the harbour master, spoke to the council.")
	for _, e := range Link([]*Analysis{one, three, four}, nm) {
		if e.Name == "Carmen Ortega Vidal" && len(e.Members) != 1 {
			t.Errorf("a lone Ortega joined the compound surname beside Luis Ortega: %+v", e)
		}
	}
}
