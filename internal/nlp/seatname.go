package nlp

import "strings"

// seatTitles are the titles of a member elected for a seat, written
// before "for" and the seat ("Tory MP for Dunmere West").
var seatTitles = map[string]bool{"mp": true, "mep": true, "msp": true, "mla": true}

// seatFor reports whether token j is "for" right after a member's title
// of a seat ("the Tory MP for", "an MEP for"): the capitalised words after
// it name the seat, no part of a name with the title. Cost: two token
// looks.
func (d *doc) seatFor(j int) bool {
	return j > 0 && d.toks[j].Norm == "for" && seatTitles[strings.TrimSuffix(d.toks[j-1].Norm, ".")]
}

// seatWords returns how many of the capitalised words ws, which stand
// right after "MP for" (seatFor), name the seat: all of them, or those
// before a known given name that opens the member's name written after
// the seat with no comma ("MP for Dunmere West Ada Lund"); 0 when ws
// does not follow a seat's "for".
func (d *doc) seatWords(ws []int) int {
	if ws[0] < 1 || !d.seatFor(ws[0]-1) {
		return 0
	}
	for i := 1; i < len(ws); i++ {
		if d.l.firstNames[d.toks[ws[i]].Norm] != 0 {
			return i
		}
	}
	return len(ws)
}
