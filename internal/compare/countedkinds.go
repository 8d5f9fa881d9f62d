package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Counts of different groups never meet (session 72, h/numbers56; issue
// 15). Of one arrest, one outlet gave "three other men and two women"
// taken into custody and the other "three women" in a car: the row of
// "three" joined the men with the women, because one sentence named
// both nouns and a figure of no counted thing (rowValue) only asks that
// the other's noun stand near it. Of the same killings, "three of the
// four victims" who had been stabbed and "three of the victims" who were
// found in one room shared a row: one noun, one value, though what
// happened to each three differs. Two checks part such figures before
// any score (numberScore):
//   - kindsApart: the counted nouns name disjoint kinds of person (men
//     and women, boys and girls, adults and children, victims and
//     suspects), read from each figure's counted phrase whatever thing
//     the figure was given;
//   - fatesApart: the passive participle that says what happened to the
//     counted ("were stabbed", "had been found") differs on the two
//     sides, each side having one; synonyms are folded ("found",
//     "located", "discovered"). A concept's toll ("c:") is its verb
//     already and is left alone, and so are rough figures and bounds
//     (the rows69 draws' one right row this split: "more than 2,500"
//     children taken beside "thousands" separated).
//
// Cost: a few map look-ups per pair scored, and a scan of at most eight
// tokens per figure when the figures are collected.

// countedApart reports whether two figures count different groups:
// disjoint kinds of person or different fates (see above).
func countedApart(a, b numItem) bool {
	return kindsApart(a.n.Counts, b.n.Counts) || fatesApart(a, b)
}

// personKind is what a counted noun says of the persons it counts: sex,
// age and role, "" when it says nothing of one.
type personKind struct{ sex, age, role string }

// personKinds are the counted nouns of persons whose kinds exclude one
// another on some side.
var personKinds = map[string]personKind{
	"man": {sex: "m", age: "adult"}, "men": {sex: "m", age: "adult"},
	"woman": {sex: "f", age: "adult"}, "women": {sex: "f", age: "adult"},
	"boy": {sex: "m", age: "child"}, "boys": {sex: "m", age: "child"},
	"girl": {sex: "f", age: "child"}, "girls": {sex: "f", age: "child"},
	"male": {sex: "m"}, "males": {sex: "m"}, "female": {sex: "f"}, "females": {sex: "f"},
	"adult": {age: "adult"}, "adults": {age: "adult"},
	"child": {age: "child"}, "children": {age: "child"}, "kids": {age: "child"}, "minors": {age: "child"},
	"victim": {role: "victim"}, "victims": {role: "victim"},
	"suspect": {role: "suspect"}, "suspects": {role: "suspect"},
}

// kindOf returns the person kind of a counted phrase's last word.
func kindOf(counts string) (personKind, bool) {
	ws := strings.Fields(strings.ToLower(counts))
	if len(ws) == 0 {
		return personKind{}, false
	}
	k, ok := personKinds[strings.Trim(ws[len(ws)-1], ".,;:'’\"“”()")]
	return k, ok
}

// kindsApart reports whether two counted phrases name disjoint kinds of
// person: some side (sex, age, role) both say, with other values ("men"
// and "women", "men" and "boys", "victims" and "suspects"); "men" and
// "victims" are not told apart.
func kindsApart(a, b string) bool {
	ka, okA := kindOf(a)
	kb, okB := kindOf(b)
	if !okA || !okB {
		return false
	}
	differ := func(x, y string) bool { return x != "" && y != "" && x != y }
	return differ(ka.sex, kb.sex) || differ(ka.age, kb.age) || differ(ka.role, kb.role)
}

// fatesApart reports whether two exact figures of counted nouns (not
// toll concepts, rough figures or bounds) each say what happened to what
// they count, and say other things.
func fatesApart(a, b numItem) bool {
	if a.fate == "" || b.fate == "" || strings.HasPrefix(a.thing, "c:") || strings.HasPrefix(b.thing, "c:") {
		return false
	}
	// A rough figure or a bound ("more than 2,500 children being taken",
	// "thousands of children have been separated") tells one fate in
	// other words more often than it meets another group.
	for _, it := range [2]numItem{a, b} {
		if it.n.Approx || vague(it.n) || it.lower || it.upper {
			return false
		}
	}
	return a.fate != b.fate
}

// fateAux are the words between a counted noun and its participle
// ("were", "had been", "have all been").
var fateAux = setOf("was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "all", "also", "later", "reportedly")

// fateBe are the auxiliaries of a passive: a fate is said of the
// counted only after one ("five powers signed" tells what they did).
var fateBe = setOf("was", "were", "is", "are", "be", "been", "being")

// irregularFates are participles of what happens to persons that do not
// end in "ed".
var irregularFates = setOf("found", "shot", "hurt", "held", "taken", "slain", "beaten", "struck", "hit")

// fateSynonyms fold participles of one fate.
var fateSynonyms = map[string]string{"located": "found", "discovered": "found", "recovered": "found",
	"murdered": "killed", "slain": "killed", "wounded": "injured", "hurt": "injured",
	"detained": "arrested", "held": "arrested", "apprehended": "arrested"}

// countedFate returns the participle that says what happened to the
// counted noun of the figure ending at token last of s, folded
// (fateSynonyms; "shot to death" and "shot dead" are "killed"): the word after the noun (looked for within four tokens
// of the figure, in its clause) past at most three auxiliaries, one of
// them a form of "be" (a passive); "" when no such participle follows. "three of the victims were located": "found".
func countedFate(s nlp.Sentence, last int, counts string) string {
	i := countedNounAt(s, last, counts)
	if i < 0 {
		return ""
	}
	ts := s.Tokens
	passive := false
	for j, aux := i+1, 0; j < len(ts) && aux <= 3; j++ {
		v := ts[j]
		if v.Kind != nlp.KindWord {
			return ""
		}
		if fateAux[v.Norm] {
			aux++
			passive = passive || fateBe[v.Norm]
			continue
		}
		if !passive || !irregularFates[v.Norm] && (len(v.Norm) <= 4 || !strings.HasSuffix(v.Norm, "ed")) {
			return ""
		}
		// "shot to death", "stabbed dead": killed.
		if j+1 < len(ts) && ts[j+1].Norm == "dead" || j+2 < len(ts) && ts[j+1].Norm == "to" && ts[j+2].Norm == "death" {
			return "killed"
		}
		if f, ok := fateSynonyms[v.Norm]; ok {
			return f
		}
		return v.Norm
	}
	return ""
}
