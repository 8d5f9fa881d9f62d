package nlp

import "testing"

// TestPlaceInsideBodyName: a place that opens the whole name of a body
// ("U.S. Department of Labor", "Pennsylvania Department of Corrections")
// or of an event is a word of that name, no name mention of its own: the
// analysis gives no two name mentions over the same words, and no place
// entity the text names only inside the body's name.
func TestPlaceInsideBodyName(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Rules\n\nThe U.S. Department of Labor said its rule would stand. "+
		"The Pennsylvania Department of Corrections said its guards would follow it, and voters in Ohio were told so on Monday.")
	wantTypes(t, an, map[string]EntityType{"U.S. Department of Labor": Org, "Pennsylvania Department of Corrections": Org, "Ohio": Place})
	types := entityTypes(an)
	for _, no := range []string{"U.S.", "United States", "Pennsylvania"} {
		if ty, ok := types[no]; ok {
			t.Errorf("%q is held as %v; all %v", no, ty, types)
		}
	}
	type span struct{ para, start, end int }
	var names []span
	for _, e := range an.Entities {
		for _, m := range e.Mentions {
			if m.Kind == MentionName {
				names = append(names, span{m.Para, m.Start, m.End})
			}
		}
	}
	for i, x := range names {
		for _, y := range names[i+1:] {
			if x.para == y.para && x.start < y.end && y.start < x.end {
				t.Errorf("name mentions %v and %v overlap", x, y)
			}
		}
	}
}

// TestShowTitleAfterPossessive: a show's title that opens with a verb,
// after a network's possessive ("CBS's “Face the Nation”", "CBS News'
// Face the Nation", "NBC's Meet the Press"), is the show, a thing, not a
// body or a person of its last word.
func TestShowTitleAfterPossessive(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"Port\n\nIvo Lund said on CBS’s “Face the Nation” that the port would reopen in May.",
		"Port\n\nOn CBS News' Face the Nation, Ivo Lund said the port would reopen in May.",
		"Port\n\nIvo Lund told NBC's Meet the Press that the port would reopen in May.",
		"Port\n\nIvo Lund said on Meet the Press that the port would reopen in May.",
	} {
		an := analyze(t, a, text)
		types := entityTypes(an)
		if types["Face the Nation"] != Other && types["Meet the Press"] != Other {
			t.Errorf("%q: no show title; all %v", text, types)
		}
		for _, no := range []string{"Nation", "Press", "Face"} {
			if ty, ok := types[no]; ok {
				t.Errorf("%q: %q is held as %v; all %v", text, no, ty, types)
			}
		}
		if types["Ivo Lund"] != Person {
			t.Errorf("%q: Ivo Lund not a person; all %v", text, types)
		}
	}
	// A possessive before a verb and a person keeps the person.
	an := analyze(t, a, "Port\n\nThe paper's Ask Ana Ruiz column ran on Monday, and Ana Ruiz said the port would reopen.")
	if ty := entityTypes(an)["Ana Ruiz"]; ty != Person {
		t.Errorf("Ana Ruiz is %v; all %v", ty, entityTypes(an))
	}
}

// TestPlaceBeforeKnownBody: a place before a body known by itself ("San
// Francisco FBI", the bureau's office there) stays a place of its own.
func TestPlaceBeforeKnownBody(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Port\n\nThe threats are rising, San Francisco FBI agent Ivo Lund said on Monday.")
	if ty := entityTypes(an)["San Francisco"]; ty != Place {
		t.Errorf("San Francisco is %v; all %v", ty, entityTypes(an))
	}
}
