package nlp

import "strings"

// postalStates are the two-letter postal codes of the states, written in
// capitals after a party's letter in a tag ("R-TX", "D-NY").
var postalStates = map[string]bool{"al": true, "ak": true, "az": true, "ar": true, "ca": true, "co": true, "ct": true, "de": true,
	"fl": true, "ga": true, "hi": true, "id": true, "il": true, "in": true, "ia": true, "ks": true, "ky": true, "la": true, "me": true,
	"md": true, "ma": true, "mi": true, "mn": true, "ms": true, "mo": true, "mt": true, "ne": true, "nv": true, "nh": true, "nj": true,
	"nm": true, "ny": true, "nc": true, "nd": true, "oh": true, "ok": true, "or": true, "pa": true, "ri": true, "sc": true, "sd": true,
	"tn": true, "tx": true, "ut": true, "vt": true, "va": true, "wa": true, "wv": true, "wi": true, "wy": true, "dc": true}

// partyTagWords returns how many of the capitalised words ws, from the
// first, make a party-and-state tag: a party's letter and a hyphen glued
// to a place the gazetteer knows ("R-South Carolina", "D-West Virginia",
// "D-Little Rock"), a state's short form ("D-N.Y.", "R-Okla.") or its
// postal code ("R-TX"). A tag names the member's party and home, neither
// a person nor a body; 0 when ws opens with no tag ("D-Day" is no
// place). Cost: a few map look-ups, only for a word of partyState's form.
func (d *doc) partyTagWords(ws []int) int {
	t := &d.toks[ws[0]]
	if !partyState(t.Surface) {
		return 0
	}
	rest := strings.TrimSuffix(strings.ToLower(t.Surface[2:]), ".")
	if rest == "" {
		return 0
	}
	for n := min(len(ws), d.l.placeFirst[rest]); n >= 1; n-- {
		key := rest
		if n > 1 {
			key += " " + d.joinNorms(ws[1:n])
		}
		if e, ok := d.l.places[key]; ok && !e.adjective {
			return n
		}
	}
	if upper := strings.ToUpper(t.Surface[2:]); stateAbbrevs[rest] || len(rest) == 2 && upper == t.Surface[2:] && postalStates[rest] {
		return 1
	}
	return 0
}
