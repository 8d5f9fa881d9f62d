package nlp

import "testing"

// TestBeatTitleOutOfName: a journalist's or commentator's title that names
// a beat ("Political Correspondent", "Chief Political Analyst", "Legal
// Analyst") is left out of the name's mention and the speaker's name, as
// a plain title is ("Analyst Tam Orrin").
func TestBeatTitleOutOfName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Vote\n\n\u201cIt will cost them,\u201d said Chief Political Correspondent Ilse Varn.\n\n"+
		"Political Correspondent Ona Brisk said: \u201cNobody expected it.\u201d\n\n"+
		"\u201cIt is over,\u201d Velmar News Chief Political Analyst Gloria Venn said. Senior Legal Analyst Pia Karst said: \u201cIt will be appealed.\u201d")
	got := nameMentionTexts(an)
	for _, want := range []string{"Ilse Varn", "Ona Brisk", "Gloria Venn", "Pia Karst"} {
		if got[want] != Person {
			t.Errorf("%q is not a person's mention; all %v", want, got)
		}
	}
	wantNoMention(t, got, "holds a beat title", "Political Correspondent Ilse Varn", "Political Correspondent Ona Brisk", "Political Analyst Gloria Venn")
	speakers := map[string]bool{}
	for _, q := range an.Quotes {
		if q.Speaker != nil && q.Speaker.Entity >= 0 {
			speakers[an.Entities[q.Speaker.Entity].Name] = true
		}
	}
	for _, want := range []string{"Ilse Varn", "Ona Brisk", "Gloria Venn", "Pia Karst"} {
		if !speakers[want] {
			t.Errorf("no quotation of %q; speakers %v", want, speakers)
		}
	}
}
