package nlp

import "strings"

// venueNouns are the lower-case head nouns of a place that a name written
// right before them names: "Pulse nightclub", "Sand Hills region",
// "Lindqvist park". Words that also follow a person for something of
// theirs ("Trump base", "Obama administration", "Smith family") are not
// among them.
var venueNouns = map[string]bool{"nightclub": true, "club": true, "bar": true, "restaurant": true, "park": true,
	"region": true, "stadium": true, "arena": true, "church": true, "mosque": true, "synagogue": true,
	"hospital": true, "campus": true, "airport": true, "nightspot": true, "pub": true, "cafe": true}

// stationKinds are the lower-case words that may stand between a name and
// "station" ("Hollin Marsh underground train station", "Dunmere tube
// station"): what runs from the station, not a word of its name.
var stationKinds = map[string]bool{"underground": true, "train": true, "tube": true, "subway": true, "metro": true,
	"railway": true, "rail": true, "bus": true, "police": true, "fire": true}

// venueNounAfter reports whether the tokens from n, in the sentence of
// token s, are a lower-case venue noun, or up to two words of
// stationKinds and then "station".
func (d *doc) venueNounAfter(n, s int) bool {
	for j := 0; j <= 2; j++ {
		k := n + j
		if k >= len(d.toks) || d.tokSent[k] != d.tokSent[s] || d.toks[k].Kind != KindWord || !d.toks[k].is(fLower) {
			return false
		}
		if venueNouns[d.toks[k].Norm] {
			return j == 0
		}
		if d.toks[k].Norm == "station" {
			// "station" alone after a name is too often a broadcaster's,
			// a brand's or a desk's ("a Sports station", "the Shell
			// station", "the Nurses station"): only a kind before it
			// tells a place.
			return j > 0
		}
		if !stationKinds[d.toks[k].Norm] {
			return false
		}
	}
	return false
}

// placeNounsOfPossessive are the venue nouns that after a possessive
// still name a place of the name's ("Orlando's airport"); a club, a bar
// or a church after one is a person's as often.
var placeNounsOfPossessive = map[string]bool{"airport": true, "region": true}

// teamRoles are the lower-case roles of a sports team's player or coach:
// a name right before one, with another name after it, is the team
// ("Carolina Panthers quarterback Cam Newton"), not a person.
var teamRoles = map[string]bool{"quarterback": true, "coach": true, "linebacker": true, "cornerback": true,
	"halfback": true, "tailback": true, "fullback": true, "pitcher": true, "shortstop": true, "outfielder": true,
	"infielder": true, "goalkeeper": true, "goalie": true, "midfielder": true, "defenseman": true}

// venueNames collects, once per document, the words of every run of
// capitalised words (each run's tails too) written right before a
// lower-case venue noun ("at Pulse nightclub": "pulse"), or before a
// station's kind and "station" ("Hollin Marsh tube station"), and the one
// word before a base's or a station's head ("Brevik Air Base": "brevik"),
// which it keeps in d.bases too.
func (d *doc) venueNames() map[string]bool {
	if d.venues != nil {
		return d.venues
	}
	d.venues, d.bases = map[string]bool{}, map[string]bool{}
	for k := 1; k < len(d.toks); k++ {
		t := &d.toks[k]
		if (t.Norm == "base" || t.Norm == "station") && d.capWord(k) {
			// "Brevik Air Base … Brevik", "Brevik Air Force Base":
			// the base's name alone.
			b := k - 1
			for b > 0 && b > k-3 && baseWords[d.toks[b].Norm] && d.capWord(b) && d.tokSent[b-1] == d.tokSent[k] {
				b--
			}
			if b < k-1 && d.capWord(b) && !baseWords[d.toks[b].Norm] && d.tokSent[b] == d.tokSent[k] {
				d.venues[d.toks[b].Norm] = true
				d.bases[d.toks[b].Norm] = true
				continue
			}
		}
		station := t.Norm == "station" && stationKinds[d.toks[k-1].Norm]
		if t.Kind != KindWord || !t.is(fLower) || !venueNouns[t.Norm] && !station || d.tokSent[k-1] != d.tokSent[k] {
			continue
		}
		e := k - 1
		for j := 0; j < 2 && t.Norm == "station" && e > 0 && d.tokSent[e] == d.tokSent[k] && d.toks[e].Kind == KindWord && d.toks[e].is(fLower) && stationKinds[d.toks[e].Norm]; j++ {
			// "Hollin Marsh underground train station".
			e--
		}
		if d.toks[e].Norm == "'s" && e > 0 && placeNounsOfPossessive[t.Norm] {
			// "Orlando's airport": a city's airport.
			e--
		}
		if !d.capWord(e) {
			continue
		}
		if b := d.runStart(e, k); b > 0 && d.tokSent[b-1] == d.tokSent[k] && ordinalNumber(d.toks[b-1].Token) || b == e && len(d.toks[e].Norm) == 1 {
			// "the 30th Street train station", "the 3rd District
			// police station": the words are the tail of a numbered
			// name, no name alone; nor is a letter ("the A/C/E subway
			// station").
			continue
		}
		var words []string
		for j := e; j >= 0 && j >= e-3 && d.tokSent[j] == d.tokSent[k] && d.capWord(j); j-- {
			words = append([]string{d.toks[j].Norm}, words...)
			d.venues[strings.Join(words, " ")] = true
		}
	}
	return d.venues
}

// venueBefore reports whether the capitalised words ws, read as no more
// than a guessed person (no title before, no speech of theirs that a
// role tells), name a place by the noun the article writes right after
// them, here or where it names them again ("Pulse nightclub … at Pulse
// … Pulse denied"). Words whose last is the surname of a person the
// article names with a known given name ("Donald Trump … Trump club")
// stay the person's, as do words the article writes after a title or an
// honorific anywhere ("Mayor Lind"), and words opening with a known given
// name away from the noun ("Vera Lind park" names the park; "Vera Lind
// said" names her).
func (d *doc) venueBefore(ws []int) bool {
	if len(ws) == 0 || !d.venueNames()[d.joinNorms(ws)] {
		return false
	}
	for _, k := range ws {
		if adjectiveLike(d.toks[k].Norm) && !d.bases[d.joinNorms(ws)] {
			// A base's name is no adjective however it ends
			// ("Wright-Patterson", "Osan").
			return false
		}
	}
	if a := ws[0] - 1; a >= 0 && d.tokSent[a] == d.tokSent[ws[0]] && (d.toks[a].Norm == "a" || d.toks[a].Norm == "an") {
		// "a Subway restaurant": one of a chain's, named by its firm.
		return false
	}
	n := ws[len(ws)-1] + 1
	here := d.venueNounAfter(n, ws[0])
	if !here && d.l.firstNames[d.toks[ws[0]].Norm] != 0 {
		return false
	}
	first, last := d.toks[ws[0]].Norm, d.toks[ws[len(ws)-1]].Norm
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].Norm == last && d.capWord(k) && d.capWord(k-1) && d.l.firstNames[d.toks[k-1].Norm] != 0 && (k-1 != ws[0] || len(ws) != 2) {
			return false
		}
		if d.toks[k].Norm == first && d.capWord(k) && (d.honorificBefore(k) != 0 || d.roleBefore(k) != nil || d.toks[k-1].Kind == KindWord && d.l.titles[strings.TrimSuffix(d.toks[k-1].Norm, ".")]) {
			// "President Lind … the Lind club": a person the
			// article titles.
			return false
		}
	}
	return true
}

// teamBefore reports whether the capitalised words ws stand right before
// a team's role and a capitalised name after it ("Carolina Panthers
// quarterback Cam Newton"): the words are the team, and the name its
// player.
func (d *doc) teamBefore(ws []int) bool {
	n := ws[len(ws)-1] + 1
	if n+1 >= len(d.toks) || d.tokSent[n+1] != d.tokSent[ws[0]] {
		return false
	}
	t := &d.toks[n]
	return t.Kind == KindWord && t.is(fLower) && teamRoles[t.Norm] && d.capWord(n+1) && d.l.firstNames[d.toks[ws[0]].Norm] == 0
}

// faithWords are the names of faiths and churches that end in none of
// the adjective endings of adjectiveLike.
var faithWords = map[string]bool{"santeria": true, "orthodox": true, "mormon": true, "sunni": true, "shiite": true,
	"amish": true, "quaker": true, "sufi": true}

// adjectiveLike reports whether norm reads as an adjective, a faith or a
// compound rather than a place's name before a venue's noun: a faith
// ("Baptist church", "Episcopal church"), a people's or a region's
// adjective ("Appalachian region", "Mid-Atlantic region"), or any word
// with a hyphen ("Chargers-Rams game").
func adjectiveLike(norm string) bool {
	if faithWords[norm] || strings.ContainsAny(norm, "-\u2010\u2011") {
		return true
	}
	for _, suf := range []string{"an", "ic", "ist", "al", "ite", "ish", "ese"} {
		if strings.HasSuffix(norm, suf) {
			return true
		}
	}
	return false
}

// runStart gives the first token of the run of capitalised words, at most
// four, that ends at token e in the sentence of token k.
func (d *doc) runStart(e, k int) int {
	b := e
	for b > 0 && b > e-3 && d.tokSent[b-1] == d.tokSent[k] && d.capWord(b-1) {
		b--
	}
	return b
}

// ordinalNumber reports whether t is a number written as an ordinal
// ("30th", "3rd", "1st").
func ordinalNumber(t Token) bool {
	n := strings.ToLower(t.Surface)
	return t.Kind == KindNumber && (strings.HasSuffix(n, "st") || strings.HasSuffix(n, "nd") || strings.HasSuffix(n, "rd") || strings.HasSuffix(n, "th"))
}
