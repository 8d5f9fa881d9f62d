package nlp

import "testing"

// TestInitialsOpenName checks that a name opening with dotted initials
// ("A.N.S. Vell", "R.T. Quarn") is a person's mention, at a sentence's
// start and inside it, with its surname alone linked to it; that initials
// which spell a place, a common word or a known firm stay what they are;
// that a numbered bill after initials is no person; and that a title's
// short form before a name ("A.G. Vera Lund", "D.A. Lacey") or a common
// word ("G.I. Joe") makes no person of the initials.
func TestInitialsOpenName(t *testing.T) {
	paras := []string{"Officers met with A.N.S. Vell, a professor in Ostra, who said the plan was sound.",
		"R.T. Quarn wrote a column about the plan. The writer W.E.B. Du Lorne answered it the next day. Quarn replied.",
		"The U.S. Senate voted on H.J. Res. 46, and analysts at J.P. Morgan said the vote was O.K. Markets rose.",
		"Then A.G. Vera Lund said the D.A. Lacey office would act, and the soldiers called him G.I. Joe."}
	want := map[string]EntityType{"A.N.S. Vell": Person, "R.T. Quarn": Person, "Quarn": Person, "W.E.B. Du Lorne": Person,
		"U.S. Senate": Org, "J.P. Morgan": Org}
	got := mentionTypes(t, paras, want)
	for name, ty := range want {
		if got[name] != ty {
			t.Errorf("%q: got type %q, want %q", name, got[name], ty)
		}
	}
	a := newTestAnalyzer(t).Analyze(Input{Title: "A report", Paragraphs: paras})
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			switch m.Text {
			case "H.J. Res", "O.K. Markets", "Res", "A.G. Vera Lund", "D.A. Lacey", "G.I. Joe":
				t.Errorf("%q: a %s mention, want none", m.Text, e.Type)
			case "Quarn":
				if e.Name != "R.T. Quarn" {
					t.Errorf("%q: of entity %q, want R.T. Quarn", m.Text, e.Name)
				}
			}
		}
	}
}

// TestInitialsFirm checks that a firm the lists know by its initials and
// one word, written with more of its name ("J.B. Hunt Transport", "J.P.
// Morgan Funds"), is an organisation, not a person of that name.
func TestInitialsFirm(t *testing.T) {
	paras := []string{"Shares of J.B. Hunt Transport rose after J.P. Morgan Funds bought a stake, said R.T. Quarn, a trader in Ostra."}
	want := map[string]EntityType{"J.B. Hunt Transport": Org, "J.P. Morgan Funds": Org, "R.T. Quarn": Person}
	got := mentionTypes(t, paras, want)
	for name, ty := range want {
		if got[name] != ty {
			t.Errorf("%q: got type %q, want %q", name, got[name], ty)
		}
	}
}
