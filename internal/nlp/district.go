package nlp

// districtSides are the words before "District" that name a district by
// its side of a state ("Southern District", "Eastern District").
var districtSides = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "middle": true}

// chamberDistricts are the chambers whose seats are districts named by a
// number after "District" ("Senate District 32", "Assembly District 5").
var chamberDistricts = map[string]bool{"senate": true, "house": true, "assembly": true, "legislative": true, "council": true, "delegate": true}

// districtNamed reports whether the capitalised words ws are a
// district's name: a place and an ordinal in words other than "First"
// ("Georgia Sixth"; "America First" is none), or two or three words
// ending in "District" after an
// ordinal in words ("Sixth District", "Ninth Congressional District"),
// "Congressional" ("Congressional District", its number written in
// digits before the run), a side ("Southern District") or a chamber
// with the district's number after it ("Senate District 32"). No person's
// name ends so; without this such a run was typed a person. A district
// of a city or a body's name that holds "District" ("Pearl District",
// "District Court", "District Attorney") is not read here. The cost is
// two map look-ups for a run ending in "District".
func (d *doc) districtNamed(ws []int) bool {
	n := len(ws)
	if n == 2 && d.l.numbers[d.toks[ws[1]].Norm].kind == 'o' && d.toks[ws[1]].Norm != "first" && d.allAlpha(ws) {
		// "the Georgia Sixth": a state and its district's ordinal.
		_, k := d.placeAt(ws, 0)
		return k == 1
	}
	if n < 2 || n > 3 || d.toks[ws[n-1]].Norm != "district" || !d.allAlpha(ws) {
		return false
	}
	before := d.toks[ws[n-2]].Norm
	if n == 2 && chamberDistricts[before] {
		// "state Senate District 32": a chamber's district by its number.
		k := ws[1] + 1
		return k < len(d.toks) && d.toks[k].Kind == KindNumber && d.tokSent[k] == d.tokSent[ws[1]]
	}
	if n == 3 && before != "congressional" {
		return false
	}
	if n == 3 {
		before = d.toks[ws[0]].Norm
		return d.l.numbers[before].kind == 'o'
	}
	return before == "congressional" || districtSides[before] || d.l.numbers[before].kind == 'o'
}
