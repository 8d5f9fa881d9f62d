package compare

import (
	"strings"
	"testing"
)

// TestNumbersNoRows: figures that count nothing a reader could check
// make no Numbers row (h/numbers54, issue 15; read54 found such rows on
// 12 of 16 pages): an age after "at" or set off by commas ("At 49, he",
// "the leader, 51, said", "said Tilghman, 35."), "at the age of eight",
// a model or version number after a name ("Hallor's 777", "Guccifer
// 2.0"), and a list marker ("(2) family visits"). A count of things
// ("Two donors gave", "49 senators voted") and a measure after a
// possessive ("Brenn's 448-page report", "Estria's 74 will be divided")
// keep their rows.
func TestNumbersNoRows(t *testing.T) {
	r := run(t, mkArticles(
		"Bench pick\nAt 49, Toskey could serve on the bench for decades. The House leader, 51, called Brenn a hack. Hallor's 777 has a solid safety record. The files came from Guccifer 2.0 and other sites. Brenn's 448-page report came out. The 61 delegates Vardia had on the line and Estria's 74 will be divided. Permits cover (1) family visits; (2) official business; (3) research. Two donors gave money. \"It's wrong,\" said Tilghman, 35. Toskey, at the age of eight, began working. In all 49 senators voted for Toskey.",
		"Bench pick heard\nEven at 49, Toskey has served in the capital for years. Two donors gave money to the party. In all 49 senators voted for him.",
	))
	bad := map[string]bool{"49": true, "51": true, "777": true, "2.0": true, "1": true, "2": true, "3": true, "35": true, "eight": true}
	for _, q := range r.Numbers {
		for _, v := range q.Values {
			if bad[v.Text] && !strings.Contains(v.Sentence, "senators") {
				t.Errorf("row %q (%s): %q in %q is no quantity", q.What, q.Kind, v.Text, v.Sentence)
			}
		}
	}
	// "Estria's 74" says nothing of what it counts: since h/numbers55 it
	// has no row (a row must say what it counts); the model-number rule
	// is checked on the 777 and 2.0 above.
	if quantityOf(r, "a0", "Two") == nil || quantityOf(r, "a0", "448-page") == nil || len(rowOf(t, r, "a0", "49")) != 2 {
		t.Errorf("a count of donors or senators lost or split: %+v", r.Numbers)
	}
}

// TestNumbersRoughDozen: "nearly a dozen episodes" is approximate and
// an upper bound, as "nearly 12" is: it shares a row with "11 different
// episodes" and makes no discrepancy (h/numbers54; read54 found the two
// in rows apart). "Ten episodes" and "10 episodes" of one report share a
// row.
func TestNumbersRoughDozen(t *testing.T) {
	together := []struct{ name, a, b, na string }{
		{"nearly a dozen and 11",
			"Report\nThe report's volume on obstruction lays out facts about Tramp's conduct on 11 different episodes, from the firing of the port chief to his calls.",
			"Case\nAny case against Mr. Tramp rests on nearly a dozen different episodes in which, the counsel wrote, his conduct may have tried to stall the port inquiry.",
			"11"},
		{"ten and 10",
			"Report\nThe counsel's report recounts 10 episodes of possible obstruction by Tramp, the attorney general said.",
			"Report out\nThe counsel's report recounts ten episodes of possible obstruction by Tramp, the attorney general said on Thursday.",
			"10"},
	}
	checkRows(t, nil, together)
	r := run(t, mkArticles(together[0].a, together[0].b))
	if q := quantityOf(r, "a0", "11"); q == nil || q.Discrepancy {
		t.Errorf("11 and nearly a dozen: %+v", q)
	}
}
