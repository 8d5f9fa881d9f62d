package nlp

import "testing"

// TestSpeakerNamedAfterADescriptor checks a speaker written after the
// verb as a descriptor, a title or an outlet before the name: the named
// person speaks, not the first word. A person named after "for" is whom
// the speaker speaks for, and a name used as a modifier ("a Holt
// backer") is not the speaker.
func TestSpeakerNamedAfterADescriptor(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"descriptors joined by and",
			"\u201cThe nation is better than this,\u201d said activist and author Ivo Lund, who wrote a book last year.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"an agency and a title of three words",
			"\u201cNothing came from us,\u201d said ACME Deputy Press Secretary Ivo Lund in a statement.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"one of a group, the name in apposition",
			"\u201cWAR,\u201d tweeted one of the site\u2019s editors, Ivo Lund, who wrote a piece on it.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"an outlet's reporter, the name in apposition",
			"\u201cArt of the deal?\u201d joked another Daily Post reporter, Ivo Lund.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a name used as a modifier before the speaker's",
			"Peter Holt spoke on Monday.\n\n\u201cIt is the worst mistake of all,\u201d tweeted former speaker and long-time Holt backer Ivo Lund.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a spokesman for someone named",
			"\u201cWe will appeal,\u201d said a spokesman for Senator Ivo Lund.",
			[]speakerWant{{"a spokesman", ""}}},
	})
}
