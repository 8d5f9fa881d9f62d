package nlp

import (
	"slices"
	"testing"
	"time"
)

// TestActDays: the days a sentence names for what it tells, and the days
// it names only for when something was said, put out or quoted (invented
// Velmar text).
func TestActDays(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text      string
		days      []time.Weekday
		yesterday bool
		ok        bool
	}{
		{text: "Mayor Ilse Varn on Saturday defended the harbour council's ferry plan.", days: []time.Weekday{time.Saturday}, ok: true},
		{text: "The Velmar harbour council voted Sunday to close the ferry dock.", days: []time.Weekday{time.Sunday}, ok: true},
		{text: "The port board met yesterday to weigh the ferry fees.", yesterday: true, ok: true},
		{text: "On Friday, police in Velmar shot the suspect dead near the ferry dock.", days: []time.Weekday{time.Friday}, ok: true},
		// A day of saying or of a source's statement tells no act's time.
		{text: "The ferry dock will close, Mayor Ilse Varn said Monday.", ok: true},
		{text: "Mayor Ilse Varn told reporters on Tuesday that the dock would close.", ok: true},
		{text: "The dock closed, according to a harbour count released Monday night.", ok: true},
		{text: "The ferry dock closed, according to figures the harbour board put out on Monday.", ok: true},
		{text: "The harbour council plans to keep the ferry dock open through Saturday.", ok: true},
		{text: "Saturday's vote closed the ferry dock for the winter.", ok: true},
		{text: "“We closed the dock on Friday,” Mayor Ilse Varn said.", ok: true},
		// A day of a clause, phrase or apposition of another happening.
		{text: "The ferry captain has been in hospital since he was rescued Thursday night near the dock.", ok: true},
		{text: "The harbour board met for a second time following talks Wednesday with the ferry crews.", ok: true},
		{text: "The islanders were packing for a ferry race that was scheduled for Thursday night.", ok: true},
		{text: "Ivo Vell, arrested on Saturday in Ostra, allegedly sank the ferry in 2019.", ok: true},
		// A day of a noun phrase, a stretch, a date, midnight, a bracket.
		{text: "Ostra's Wednesday decision to close the dock angered the ferry crews.", ok: true},
		{text: "The supervisor counted ballots after a Saturday deadline in the harbour ward.", ok: true},
		{text: "The board may vote on the ferry fees as soon as Sunday in the harbour hall.", ok: true},
		{text: "The ferry test results came back at midnight Wednesday in the harbour lab.", ok: true},
		{text: "The ferry lost contact over the bay at dawn (late Saturday in Velmar) as the storm rose.", ok: true},
		{text: "Join the harbour board on Monday, March 25 at noon for the ferry talks.", ok: true},
		{text: "The harbour master told the radio station Monday that the dock had closed.", ok: true},
		// A sentence that goes on a quotation opened before it.
		{text: "He closed the ferry dock yesterday and reopened it at noon for the islanders,” the mayor of Velmar said.", ok: true},
		// Another week's day or every week's: no one act's day.
		{text: "The harbour council will vote next Wednesday on the ferry fees.", ok: false},
		{text: "The ferry stopped running last Friday after the storm.", ok: false},
		{text: "The ferry runs every Sunday between the islands.", ok: false},
		{text: "The ferry to the islands stopped running after the storm.", ok: true},
	} {
		an := analyze(t, a, tc.text)
		if len(an.Sentences) != 1 {
			t.Fatalf("%q: %d sentences", tc.text, len(an.Sentences))
		}
		days, yesterday, ok := ActDays(an.Sentences[0].Tokens)
		if !slices.Equal(days, tc.days) || yesterday != tc.yesterday || ok != tc.ok {
			t.Errorf("ActDays(%q) = %v, %v, %v; want %v, %v, %v", tc.text, days, yesterday, ok, tc.days, tc.yesterday, tc.ok)
		}
	}
}
