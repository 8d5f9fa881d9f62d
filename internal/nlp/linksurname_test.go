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

// TestUnlistedGivenCompoundSurname: a double surname written alone
// ("Peral Quint") is the person an article names with a given name the
// language data lacks in front of it ("Zorvan Peral Quint"), in the same
// article and across articles (h/speakers55: "Peña Nieto", "Manigault
// Newman" apart from the full name). A word the data knows as something
// else in front of it (a nationality, a title) is no given name, and two
// persons of the double surname keep a lone one apart.
func TestUnlistedGivenCompoundSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming(DefaultLang)
	one := analyze(t, a, "The minister Zorvan Peral Quint flew to the capital on Monday.\n\n"+
		"\u201cThe harbour will reopen within a week,\u201d Peral Quint said.")
	if len(one.Quotes) != 1 || entityOf(one, one.Quotes[0].Speaker) == nil || entityOf(one, one.Quotes[0].Speaker).Name != "Zorvan Peral Quint" {
		t.Fatalf("the double surname is not the minister: %+v %+v", one.Quotes, one.Entities)
	}
	two := analyze(t, a, "Peral Quint said on Monday the harbour plan was sound.")
	three := analyze(t, a, "Zorvan Peral Quint spoke in the chamber on Monday.")
	var o *GlobalEntity
	g := Link([]*Analysis{three, two}, nm)
	for i := range g {
		if g[i].Name == "Zorvan Peral Quint" {
			o = &g[i]
		}
	}
	if o == nil || len(o.Members) != 2 {
		t.Errorf("Peral Quint is not one person over two articles: %+v", g)
	}
	// Limits: a nationality in front, and two given names before the
	// same double surname.
	adj := analyze(t, a, "The Chilean Peral Quint spoke on Monday.\n\n\u201cThe harbour will reopen within a week,\u201d Peral Quint said.")
	for _, e := range adj.Entities {
		if e.Name == "Chilean Peral Quint" {
			t.Errorf("a nationality taken for a given name: %+v", adj.Entities)
		}
	}
	twoOf := analyze(t, a, "Zorvan Peral Quint and Idrun Peral Quint spoke on Monday.\n\n\u201cThe harbour will reopen within a week,\u201d Peral Quint said.")
	if e := entityOf(twoOf, twoOf.Quotes[0].Speaker); e != nil && e.Name != "Peral Quint" {
		t.Errorf("a lone double surname given to one of two namesakes: %q", e.Name)
	}
}
