package nlp

import (
	"strings"
	"testing"
)

// TestMainClause: the subject, verb and object of a sentence's main
// clause, an opening phrase, a dateline, an apposition and a reporting
// clause read as they are (invented Velmar text).
func TestMainClause(t *testing.T) {
	a, err := NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	nm := a.Naming(DefaultLang)
	for _, tc := range []struct {
		text                    string
		subject, verb, particle string
		entity                  string // a word of the subject entity's key, "" for none
		statement               bool
		object                  string // the object's first word, "" for any
	}{
		{text: "Mayor Ilse Varn slammed the port board's plan to close the ferry dock.", subject: "Mayor Ilse Varn", verb: "slammed", entity: "varn", object: "port"},
		{text: "On Friday, the Velmar harbour council voted to close the ferry dock.", subject: "the Velmar harbour council", verb: "voted"},
		{text: "VELMAR — Ivo Lund, the harbour master, was fired on Tuesday after the ferry sank.", subject: "Ivo Lund", verb: "fired", entity: "lund"},
		{text: "“We will appeal the harbour ruling,” Ana Ruiz said on Monday.", subject: "Ana Ruiz", verb: "said", entity: "ruiz", statement: true},
		{text: "The ferry will stop running in May, two harbour officials said Friday.", subject: "two harbour officials", verb: "said", statement: true},
		{text: "Councillor Brek Dunn fired back at the port board on Monday over the ferry fees.", subject: "Councillor Brek Dunn", verb: "fired", particle: "back", entity: "dunn"},
		{text: "Velmar Court justices suggested the ferry fee may be unlawful under the charter.", subject: "Velmar Court justices", verb: "suggested", statement: true},
		{text: "The port board has not yet approved the new ferry timetable for the winter.", subject: "The port board", verb: "approved", object: "new"},
		{text: "Ostrova flatly denied the harbour fee claims made by the council on Monday.", subject: "Ostrova", verb: "denied", statement: true},
		// An opening phrase closed by no comma: a later comma does not
		// end it; a subordinate clause's comma still does.
		{text: "On Sunday Mayor Ilse Varn slammed the port board's plan, calling it a tax on the islands.", subject: "On Sunday Mayor Ilse Varn", verb: "slammed", entity: "varn", object: "port"},
		{text: "After Ilse Varn slammed the plan, the port board voted to close the ferry dock.", subject: "the port board", verb: "voted"},
		{text: "In a letter signed by the whole council, Mayor Ilse Varn rejected the ferry fees.", subject: "Mayor Ilse Varn", verb: "rejected", entity: "varn"},
		// A relative clause without commas: its verb is not the main one.
		{text: "The councillor who slammed the ferry fees last week resigned on Monday after the vote.", subject: "The councillor", verb: "resigned", object: "monday"},
		{text: "Councillor Brek Dunn who fought the ferry fees has quit the harbour council.", subject: "Councillor Brek Dunn", verb: "quit", entity: "dunn", object: "harbour"},
		// A title's full stop does not end the subject.
		{text: "Gov. Kiri Ardell hit back at the port board over the ferry fees on Monday.", subject: "Gov Kiri Ardell", verb: "hit", particle: "back", entity: "ardell", object: "back"},
	} {
		an := a.Analyze(Input{Paragraphs: []string{tc.text}})
		c := nm.MainClause(an, 0)
		if c.Subject != tc.subject || c.Verb != tc.verb || c.Particle != tc.particle || c.Statement != tc.statement {
			t.Errorf("%q: subject %q verb %q particle %q statement %v, want %q %q %q %v", tc.text, c.Subject, c.Verb, c.Particle, c.Statement, tc.subject, tc.verb, tc.particle, tc.statement)
		}
		switch {
		case tc.entity == "" && c.Entity >= 0 && an.Entities[c.Entity].Type == Person:
			t.Errorf("%q: subject names person %q", tc.text, an.Entities[c.Entity].Key)
		case tc.entity != "" && (c.Entity < 0 || !strings.Contains(an.Entities[c.Entity].Key, tc.entity)):
			t.Errorf("%q: subject entity %d, want one keyed %q", tc.text, c.Entity, tc.entity)
		}
		if tc.object != "" && (len(c.Object) == 0 || c.Object[0] != tc.object) {
			t.Errorf("%q: object %v, want it to open with %q", tc.text, c.Object, tc.object)
		}
	}
	for _, text := range []string{"Photos of the harbour at dawn and the ferry dock", "Ardell",
		// a relative clause whose main verb is not read is no main clause
		"The councillor who slammed the ferry fees at the harbour board meeting"} {
		an := a.Analyze(Input{Paragraphs: []string{text}})
		if c := nm.MainClause(an, 0); c.Found() {
			t.Errorf("%q: read verb %q", text, c.Verb)
		}
	}
	if c := nm.MainClause(&Analysis{}, 3); c.Found() || c.Entity != -1 {
		t.Errorf("no sentence: %+v", c)
	}
}
