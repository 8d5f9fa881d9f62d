package nlp

// creditLeads are the words that open a picture's credit before a colon
// or "by": "Photo: Ana Ruiz", "Photograph by Ana Ruiz".
var creditLeads = map[string]bool{"photo": true, "photos": true, "photograph": true, "photographs": true,
	"image": true, "images": true, "picture": true, "pictures": true, "credit": true, "illustration": true,
	"video": true, "footage": true}

// creditName reports whether name mention m is a picture's credit, page
// furniture that names whoever took the picture, not a person the text
// is about, so no he or she points back to it: the name right after
// "Photo:", "Photograph:", "Credit:", "Photo by" and the like when the
// credit ends there (creditEnds; "PHOTOS: Ana Ruiz visits the ward" is
// a gallery's title, about her), or
// followed by a slash and an agency of capitalised words that closes a
// bracket or the paragraph within four tokens ("[Ana Ruiz/AFP]", "Ana
// Ruiz/Getty Images", "(Ana Ruiz/AFP via Getty Images)"). A pair of
// names joined by a slash in running text ("the Lund/Ruiz ticket") has
// words in lower case after it and is no credit.
func (d *doc) creditName(m *mention) bool {
	if m.kind != MentionName {
		return false
	}
	p := d.toks[m.a].para
	if k := m.a - 2; k >= 0 && d.toks[k].para == p && creditLeads[d.toks[k].Norm] {
		if n := d.toks[m.a-1].Norm; (n == ":" || n == "by") && d.creditEnds(m.b, p) {
			return true
		}
	}
	if m.b >= len(d.toks) || d.toks[m.b].Surface != "/" || m.b+1 >= len(d.toks) || d.toks[m.b+1].para != p || !d.toks[m.b+1].is(fCap) {
		return false
	}
	for k := m.b + 1; k <= m.b+5; k++ {
		if k >= len(d.toks) || d.toks[k].para != p {
			return true // the paragraph ends with the credit
		}
		t := &d.toks[k]
		switch {
		case t.Surface == "]" || t.Surface == ")":
			return true
		case t.Surface == "/" || t.Norm == "via" || t.Kind == KindWord && t.is(fCap):
		default:
			return false
		}
	}
	return false
}

// creditEnds reports whether token k, after a name in paragraph p, ends
// a credit: the paragraph's end, a closing bracket, a slash before an
// agency, a comma or semicolon before the next credit, or "via".
func (d *doc) creditEnds(k, p int) bool {
	if k >= len(d.toks) || d.toks[k].para != p {
		return true
	}
	switch d.toks[k].Surface {
	case ")", "]", "/", ",", ";", "|", "via":
		return true
	}
	return false
}
