package nlp

import (
	"strings"
	"testing"
)

// TestColonNounNoVerb checks that a noun ending as no verb does ("crisis",
// "business", "census", "politics") before a colon is not read as a verb
// missing from the lists, so the words before it ("the harbour") are no
// speaker; a guessed verb in "-s" ("Ana Lind writes:") still gives one.
func TestColonNounNoVerb(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"In her book she recounts a row with the bank boss Karl Voss during the harbour crisis: \u201cI put down the phone and laughed.\u201d",
		"The mayor spoke of the ferry business: \u201cWe will run again this spring.\u201d",
	} {
		an := analyze(t, a, text)
		for _, q := range an.Quotes {
			if q.Speaker != nil && (strings.Contains(q.Speaker.Mention, "harbour") || strings.Contains(q.Speaker.Mention, "ferry")) {
				t.Errorf("%q: speaker %q", q.Text, q.Speaker.Mention)
			}
		}
	}
	an := analyze(t, a, "In a new column, the historian Ana Lind reminisces: \u201cThe ferry ran every hour when I was a girl.\u201d")
	if len(an.Quotes) == 0 || an.Quotes[0].Speaker == nil || !strings.Contains(an.Quotes[0].Speaker.Mention, "Ana Lind") {
		t.Errorf("guessed verb in -s: quotes %+v, want Ana Lind speaking", an.Quotes)
	}
}

// TestColonDocumentSpeaks checks that a document before a verb in "-s"
// that no list knows and a colon ("The ferry guide states:", "the harbour
// memo affirms:") is the quotation's speaker, as "the report said"
// makes it one.
func TestColonDocumentSpeaks(t *testing.T) {
	a := newTestAnalyzer(t)
	for text, want := range map[string]string{
		"The ferry guide states: \u201cBoats must carry two rafts.\u201d":                     "ferry guide",
		"In its last pages the harbour memo affirms: \u201cThe quay will not last.\u201d":     "harbour memo",
		"Ostra Port\u2019s online case study states: \u201cWe met every ferry on time.\u201d": "case study",
	} {
		an := analyze(t, a, text)
		if len(an.Quotes) == 0 || an.Quotes[0].Speaker == nil || !strings.Contains(an.Quotes[0].Speaker.Mention, want) {
			t.Errorf("%q: quotes %+v, want the %s speaking", text, an.Quotes, want)
		}
	}
	an := analyze(t, a, "The mayor has been focused on numerous harbour policy proposals: \u201cFree Ferries,\u201d a new pier and a fee cut.")
	for _, q := range an.Quotes {
		if q.Speaker != nil {
			t.Errorf("a plural after no determiner: speaker %q, want none", q.Speaker.Mention)
		}
	}
}

// TestColonPluralNoVerb checks that a plural noun before a colon ("the
// final numbers:", "two lines:", "pressure cookers:") is not read as a
// verb missing from the lists, so the words before it are no speaker;
// a guessed verb in "-s" after a name or "she", with or without an
// adverb between, still gives the speaker.
func TestColonPluralNoVerb(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"He gave the final numbers: \u201cForty boats came in and twelve went out.\u201d",
		"The guide to pressure cookers: \u201cNever leave one on the stove.\u201d",
		"The crew split into two lines: \u201cWe waited an hour in the rain.\u201d",
	} {
		an := analyze(t, a, text)
		for _, q := range an.Quotes {
			if q.Speaker != nil {
				t.Errorf("%q: speaker %q, want none", q.Text, q.Speaker.Mention)
			}
		}
	}
	for text, want := range map[string]string{
		"Velm Tansk of Ostra later opines: \u201cThe harbour will never be the same.\u201d": "Velm Tansk",
		"On the quay she reminisces: \u201cWe swam there every day.\u201d":                  "she",
	} {
		an := analyze(t, a, text)
		if len(an.Quotes) == 0 || an.Quotes[0].Speaker == nil || !strings.Contains(an.Quotes[0].Speaker.Mention, want) {
			t.Errorf("%q: quotes %+v, want %s speaking", text, an.Quotes, want)
		}
	}
}
