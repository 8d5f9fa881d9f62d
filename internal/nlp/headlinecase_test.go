package nlp

import "testing"

// A second heading in title case at the top of a body (session 68,
// h/caps68), on invented text: a verb of speech that opens a capitalised
// run and a common verb that closes one are no part of the name; the
// same words in running text, and names in a heading, stay as they were.
func TestHeadlineCaseVerbsAreNoPartOfAName(t *testing.T) {
	checkTypes(t, []typeCase{
		{"verb at both ends", "Harbourland's Mara Velt Admits Defeat, Says Lund Used 'Deliberate' Tricks To Win\n\nMara Velt lost the race to Ivo Lund on Friday. Lund said the count was fair.",
			map[string]EntityType{"Says Lund Used": "", "Lund Used": "", "Ivo Lund": Person, "Mara Velt": Person}},
		{"closing verb", "Senator Ivo Lund Faces A Test In The Harbour Vote\n\nIvo Lund spoke on Friday. Lund said he was ready.",
			map[string]EntityType{"Ivo Lund Faces": "", "Ivo Lund": Person}},
		{"opening verb", "Velt Gets Key Backing, Says Ivo Lund Is Ready For The Job\n\nIvo Lund spoke on Friday. Lund said he was ready.",
			map[string]EntityType{"Says Ivo Lund": "", "Ivo Lund": Person}},
		{"running text kept", "Ana Said, a teacher, spoke to Ivo Lund on Friday. Lund said he agreed.",
			map[string]EntityType{"Ana Said": Person, "Ivo Lund": Person}},
	})
}
