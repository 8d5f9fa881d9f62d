package compare

import (
	"slices"
	"testing"
)

// groupHolding returns the fact of r whose sentences include one of each
// of the texts, or nil.
func groupHolding(r *Report, texts ...string) *Fact {
	for i, f := range r.Facts {
		ok := true
		for _, t := range texts {
			if !slices.ContainsFunc(f.Sentences, func(s FactSentence) bool { return s.Text == t }) {
				ok = false
				break
			}
		}
		if ok {
			return &r.Facts[i]
		}
	}
	return nil
}

// TestCoreActGrouped: the news itself, told in each lede with its own
// verb ("fired", "dismissed", "ousted") and in the story's topic words
// (the act and the chief are in most sentences of every article), is one
// fact; a later sentence that tells another act of the same people
// ("was appointed in 2019") is not that fact.
func TestCoreActGrouped(t *testing.T) {
	a := "Mayor fires police chief\n" +
		"Mayor Lena Forsberg on Monday fired police chief Tomas Weller after a year of complaints about the department's overtime spending.\n" +
		"Weller was fired hours after the council released an audit of the overtime.\n" +
		"The firing of Weller drew criticism from the police union.\n" +
		"Forsberg said the firing was about trust in the department.\n" +
		"Weller, who was appointed in 2019, did not respond to the firing.\n" +
		"Council members said they backed the firing of the chief."
	b := "Police chief dismissed\n" +
		"Mayor Lena Forsberg dismissed police chief Tomas Weller on Monday, ending months of dispute over the department's budget.\n" +
		"The union called the dismissal of Weller a political move.\n" +
		"Forsberg defended the dismissal at a news conference.\n" +
		"Weller's dismissal takes effect at once, the city said.\n" +
		"An interim chief will be named after the dismissal this week.\n" +
		"Weller was appointed by the previous mayor in 2019."
	c := "Forsberg ousts Weller\n" +
		"Mayor Lena Forsberg ousted police chief Tomas Weller on Monday, a move the police union denounced within the hour.\n" +
		"The ouster of Weller follows an audit of overtime pay.\n" +
		"Forsberg had weighed the ouster of Weller for weeks, aides said.\n" +
		"Weller told reporters the ouster was unfair.\n" +
		"Several council members welcomed the ouster of the chief."
	r := run(t, mkArticles(a, b, c))
	ledeA := "Mayor Lena Forsberg on Monday fired police chief Tomas Weller after a year of complaints about the department's overtime spending."
	ledeB := "Mayor Lena Forsberg dismissed police chief Tomas Weller on Monday, ending months of dispute over the department's budget."
	ledeC := "Mayor Lena Forsberg ousted police chief Tomas Weller on Monday, a move the police union denounced within the hour."
	if groupHolding(r, ledeA, ledeB) == nil || groupHolding(r, ledeB, ledeC) == nil {
		for _, f := range r.Facts {
			if len(f.ReportedBy) > 1 {
				t.Logf("group: %v", f.Sentences)
			}
		}
		t.Errorf("the three ledes tell one act (the firing) and are not grouped")
	}
	if g := groupHolding(r, ledeB, "Weller was appointed by the previous mayor in 2019."); g != nil {
		t.Errorf("the appointment is grouped with the firing: %v", g.Sentences)
	}
}
