package story

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadSpeaker: who speaks in a headline, read from its title alone.
func TestHeadSpeaker(t *testing.T) {
	for title, want := range map[string]string{
		"Ardell: the harbour deal is dead":                       "ardell",
		"Mayor Kiri Ardell slams port board over harbour tax":    "ardell kiri mayor",
		"Velmar Unions Fire Back At Ardell Over Harbour Tax":     "unions velmar",
		"Dock workers' unions slam Ardell":                       "",
		"Port board members slam Ardell over harbour tax":        "",
		"Velmar Dockers slam Ardell over harbour tax":            "dockers velmar",
		"The harbour will reopen in May, says Ardell":            "ardell",
		"The harbour will reopen in May, Port Board says":        "board port",
		"In Velmar, Ardell defends the harbour tax":              "ardell",
		"President Ardell calls for a harbour inquiry":           "ardell",
		"Ardell fires back at the port board: 'We will not pay'": "ardell",
		"Ardell praise of the port board raises eyebrows":        "",
		"Lund, Ostrovas slam port board":                         "lund ostrovas",
		"Ardell, Velmar Dockers slam port board":                 "ardell dockers velmar",
		"Ardell's Harbour Plan: what the tax would cost":         "",
		"Live: harbour board meets over the new tax":             "",
		"Fact check: the harbour tax claims of both sides":       "",
		"Ardell: tax": "",
		"Harbour tax doubles as port board votes": "",
		"Velmar port reopens after storm":         "",
	} {
		if got := strings.Join(headSpeaker(title), " "); got != want {
			t.Errorf("%q: speaker %q, want %q", title, got, want)
		}
	}
}

// TestHeadAnswers: a speaker's verb that answers someone is an answer; a
// colon, a closing "says" or a verb that announces is not.
func TestHeadAnswers(t *testing.T) {
	for title, want := range map[string]bool{
		"Velmar Unions Fire Back At Ardell":         true,
		"Ardell hits out at port board over tax":    true,
		"Mayor Ardell slams port board":             true,
		"In Velmar, Ardell defends the harbour tax": true,
		"Ardell: the port board is wrong":           false,
		"The port board is wrong, says Ardell":      false,
		"Ardell says the port board is wrong":       false,
		"Ardell vows to fight the port board":       false,
		"Ardell calls for a harbour inquiry":        false,
		"U.S. slams Velmar over harbour tax":        false,
		"The President slams port board":            false,
	} {
		if _, got := headStatement(title); got != want {
			t.Errorf("%q: answer %v, want %v", title, got, want)
		}
	}
}

// TestOtherSpeaker: a statement does not join the event titled by
// another speaker's statement of another day, unless its own speaker
// already speaks there; a statement of the same day, an opinion piece, or
// an event titled by a report joins as before.
func TestOtherSpeaker(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	const day = 19000
	spoke := func(id, title string, eday int32) *member {
		return &member{id: id, title: title, speaker: headSpeaker(title), dated: true, eday: eday}
	}
	eventOf := func(ms ...*member) *event {
		return &event{serial: 1, members: ms, titleArticle: ms[0].id}
	}
	answer := func(title string, eday int32) *prepared {
		p := &prepared{title: title, eday: eday}
		p.speaker, p.answer = headStatement(title)
		p.doc.HasTime = true
		return p
	}
	high := scored{score: cfg.Threshold + 0.5}
	mayor := spoke("m", "Mayor Ardell: the harbour tax will double next year", day)
	report := spoke("r", "Harbour tax to double next year", day)
	board := answer("Port Board slams Ardell over harbour tax", day+1)
	if ok, _ := c.joins(board, eventOf(mayor, report), &high, cfg.Threshold); ok {
		t.Errorf("the board's answer of the next day joins the mayor's statement")
	}
	opinion := answer("Port Board slams Ardell over harbour tax", day+1)
	opinion.headline = Opinion
	undated := answer(board.title, day+1)
	if !board.answer {
		t.Fatalf("%q read as no answer", board.title)
	}
	undated.doc.HasTime = false
	for name, tc := range map[string]struct {
		p *prepared
		e *event
	}{
		"the same day":               {answer("Port Board slams Ardell over harbour tax", day), eventOf(mayor)},
		"the speaker speaks there":   {answer("Ardell defends harbour tax", day+1), eventOf(mayor, spoke("b", "Port Board slams Ardell", day+1))},
		"one speaker, another title": {answer("Mayor Kiri Ardell defends harbour tax", day+1), eventOf(mayor)},
		"a report titles the event":  {board, eventOf(report, mayor)},
		"the head speaks not":        {answer("Harbour tax to double next year", day+1), eventOf(mayor)},
		"the head says, not answers": {answer("Port Board: the harbour tax is unlawful", day+1), eventOf(mayor)},
		"the head calls for":         {answer("Port Board calls for a harbour tax inquiry", day+1), eventOf(mayor)},
		"an opinion piece":           {opinion, eventOf(mayor)},
		"an undated head":            {undated, eventOf(mayor)},
		"a head of titles only":      {answer("The Governor slams port board over harbour tax", day+1), eventOf(mayor)},
		"an opinion titles the event": {board, eventOf(func() *member {
			m := spoke("o", "Mayor Ardell: the harbour tax will double next year", day)
			m.headline = Opinion
			return m
		}())},
		"an undated member titles the event": {board, eventOf(func() *member {
			m := spoke("u", "Mayor Ardell: the harbour tax will double next year", day)
			m.dated = false
			return m
		}())},
		"a listed speaker": {answer("Ardell, Port Unions slam harbour board", day+1), eventOf(mayor)},
	} {
		if ok, _ := c.joins(tc.p, tc.e, &high, cfg.Threshold); !ok {
			t.Errorf("%s: refused", name)
		}
	}
	off := cfg
	off.SpeakersApart = false
	if New(off, nil).otherSpeaker(board, eventOf(mayor)) {
		t.Errorf("SpeakersApart off: read as another speaker")
	}
}

// TestSpeakerResumed: a member's speaker, not saved, is read again from
// its title when a state is resumed.
func TestSpeakerResumed(t *testing.T) {
	c := New(DefaultConfig(), nil)
	c.Add(Doc{ID: "a1", Title: "Mayor Ardell slams port board over harbour tax", Paragraphs: []string{"The Velmar mayor spoke on Monday."}})
	r := resumed(t, c)
	for _, e := range r.events {
		for _, m := range e.members {
			if !slices.Equal(m.speaker, []string{"ardell", "mayor"}) {
				t.Errorf("resumed member's speaker %q", m.speaker)
			}
		}
	}
}

// TestSpeakerKeyPluralTitles: a plural title before two names ("Govs.
// Ardell and Lund said") is no word of the speakers' key, as a singular
// one is not: two pairs of governors share no speaker by the title.
func TestSpeakerKeyPluralTitles(t *testing.T) {
	for subject, want := range map[string]string{
		"Govs. Ardell Lund":   "ardell lund",
		"Sens. Ostrova Kiri":  "kiri ostrova",
		"Reps. Ardell":        "ardell",
		"Gov. Ardell":         "ardell",
		"Governors Lund Kiri": "kiri lund",
	} {
		if got := strings.Join(speakerKey(tokenize(nil, subject)), " "); got != want {
			t.Errorf("%q: key %q, want %q", subject, got, want)
		}
	}
}
