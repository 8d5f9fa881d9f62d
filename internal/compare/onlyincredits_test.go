package compare

import "testing"

func TestReportedFromCredit(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Mara Velk reported from Ostra; Tomas Brin and Ada K. Holm reported and wrote from Lenk.", true},
		{"Ida Marsh reported from New Calder.", true},
		{"— Ida Marsh and Pol Ferrer reported from Ostra", true},
		{"Our correspondent reported from the border that the gates were shut.", false},
		{"Ida Marsh reported from Ostra that the gates were shut.", false},
		{"The mayor said police reported from Ostra.", false},
		{"Ida Marsh reported from the Old Harbour District of East Calder.", false},
		{"reported from Ostra", false},
	} {
		if got := reportedFromCredit(c.text); got != c.want {
			t.Errorf("reportedFromCredit(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestCreditLineWithReporting(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"—With reporting by Ida Marsh and Pol Ferrer.", true},
		{"With additional reporting by Ida Marsh.", true},
		{"With reporting on the strike banned, the union went quiet.", false},
	} {
		if got := creditLine(c.text); got != c.want {
			t.Errorf("creditLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// harbourJudgeArticles are three reports of a harbour judge's nomination.
// The first has a sentence that names a case's parties and its year
// beside the judge the others name, and a quote of the governor's with
// the name of the forum where he spoke, which no other article gives.
func harbourJudgeArticles() []string {
	return []string{
		"Governor names Brin to Harbour Court\nGovernor Bo Park on Monday named Judge Tomas Brin to the Harbour Court. " +
			"Brin would fill the seat of the late Judge Ana Lind. The court hears disputes over the port of Ostra. " +
			"Brin has sat on the lower bench for nine years.\n" +
			"The case, Marlow Shipping v. Ostra Dock Union, was decided in 1991, two years before Ana Lind joined the Harbour Court bench.\n" +
			"\u201cThe court will hear more shipping cases than any other court in the region,\u201d Park said, explaining his choice at Monday\u2019s \u201cKestrel Harbour Forum.\u201d\n" +
			"Lawmakers must approve the choice before the summer.",
		"Brin picked for Harbour Court\nGovernor Bo Park picked Judge Tomas Brin to succeed the late Ana Lind on the Harbour Court. " +
			"Park praised Brin as a careful judge. Lawmakers will vote on the choice in June.",
		"Park's court pick\nGovernor Bo Park named Tomas Brin, a lower-court judge, to the Harbour Court on Monday. " +
			"Brin would replace Ana Lind, who died in March. Park said Brin was fair.",
	}
}

// TestOnlyInCaseAndForum: a fact only one article gives is claimed
// when another article's sentence shares only the story's names with it
// (the looser score alone no longer withdraws it), and a sentence with a
// named speaker's words filling a quarter of it and one name of its own
// is claimed. Fails on main b7ce2df, which marks both as maybe told
// elsewhere.
func TestOnlyInCaseAndForum(t *testing.T) {
	r := run(t, mkArticles(harbourJudgeArticles()...))
	for _, in := range []string{"Marlow Shipping", "Kestrel Harbour Forum"} {
		f := oneArticleFact(r, in)
		if f == nil || !f.OnlyIn() {
			t.Errorf("%q: %+v, want a fact only in a0", in, f)
		}
	}
}
