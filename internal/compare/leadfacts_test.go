package compare

import "testing"

// leadStory returns two made-up reports of one threat whose ledes are
// ledeA and ledeB, the rest told in the story's topic words (ports,
// seawall, closing), so that no rare word of what is said ties the ledes.
func leadStory(ledeA, ledeB string) (string, string) {
	a := "Velde threatens to shut ports\n" + ledeA + "\n" +
		"Velde has asked for seawall money since the spring storms flooded the harbor district.\n" +
		"Closing the ports would halt most of the state's grain shipments, traders said.\n" +
		"The seawall would cost about as much as the state spends on roads in a year.\n" +
		"Lawmakers in the opposition called the threat to close the ports reckless.\n" +
		"The port authority said it had not been told how a closing would work."
	b := "Governor warns of port closure\n" + ledeB + "\n" +
		"The seawall money has been the main quarrel of the session.\n" +
		"Shipping firms said closing the ports would strand cargo for weeks.\n" +
		"Opposition leaders said they would not be bullied over the seawall.\n" +
		"Velde said the ports would stay closed until the seawall money passes.\n" +
		"Dock workers rallied outside the statehouse against the closing."
	return a, b
}

// TestLeadFactGrouped: two reports whose first sentences tell one act
// (threatened to close the ports) of one agent (Governor Mara Velde) on
// one day, each in its own words around the story's topic words, state
// one fact: the page showed each lede as a fact only its outlet reports
// (fresh50 to fresh54: no event's lead fact formed a group). Failed
// before leadGroups.
func TestLeadFactGrouped(t *testing.T) {
	ledeA := "Governor Mara Velde threatened Friday to close the state's ports if lawmakers keep blocking money for her proposed seawall, but she did not say how long a closing would last."
	ledeB := "Governor Mara Velde on Friday threatened to close the ports if legislators do not relent in the standoff over seawall funding, which has stalled the budget for a week."
	a, b := leadStory(ledeA, ledeB)
	r := run(t, mkArticles(a, b))
	if groupHolding(r, ledeA, ledeB) == nil {
		for _, f := range r.Facts {
			t.Logf("fact %v: %v", f.ReportedBy, f.Sentences)
		}
		t.Fatal("the two ledes of one threat form no fact group")
	}
}

// TestLeadFactApart: ledes that differ in a figure (four ports against
// six), in the agent (the governor against a mayor) or that share only
// nouns of the story (the ports, the seawall) and no act state no one
// fact: a difference is no agreement.
func TestLeadFactApart(t *testing.T) {
	for _, tc := range []struct{ name, ledeA, ledeB string }{
		{"figures",
			"Governor Mara Velde threatened Friday to close four of the state's ports if lawmakers keep blocking money for her proposed seawall.",
			"Governor Mara Velde on Friday threatened to close six ports if legislators do not relent in the standoff over seawall funding."},
		{"agents",
			"Governor Mara Velde threatened Friday to close the state's ports if lawmakers keep blocking money for her proposed seawall.",
			"Mayor Ilse Korn on Friday threatened to close the city's ports if legislators do not relent in the standoff over seawall funding."},
		{"no act",
			"Governor Mara Velde toured the ports on Friday with engineers working on the seawall.",
			"Governor Mara Velde's seawall and the ports dominated a tense session of the legislature on Friday."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := leadStory(tc.ledeA, tc.ledeB)
			r := run(t, mkArticles(a, b))
			if f := groupHolding(r, tc.ledeA, tc.ledeB); f != nil {
				t.Errorf("ledes grouped as one fact: %v", f.Sentences)
			}
		})
	}
}
