package nlp

import "strings"

// Given names written with a hyphen ("Kim Jong-un", "Moon Jae-in") and
// Arabic names with their particles ("al-Assad"): the word shapes that
// tell a name from a hyphenated adjective ("US-led").

// adjectiveEnds are the short words that end a capitalised hyphenated
// adjective ("US-led", "Obama-era", "Texas-born", "Lund-ish").
var adjectiveEnds = map[string]bool{"led": true, "run": true, "era": true, "old": true, "made": true, "born": true,
	"bred": true, "fed": true, "held": true, "like": true, "wide": true, "free": true, "hit": true, "type": true,
	"size": true, "only": true, "area": true, "ally": true, "side": true, "post": true, "pre": true, "ish": true}

// hyphenatedGivenName reports whether w is a romanised two-syllable given
// name with a hyphen ("Jong-un", "Jae-in", "Ki-moon", "Geun-hye"): a
// capitalised syllable of at most five letters, a hyphen, a lower-case one
// of at most four that ends no English adjective.
func hyphenatedGivenName(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(a) > 5 || len(b) < 2 || len(b) > 4 || adjectiveEnds[b] {
		return false
	}
	for i := 1; i < len(a); i++ {
		if a[i] < 'a' || a[i] > 'z' {
			return false
		}
	}
	for i := 0; i < len(b); i++ {
		if b[i] < 'a' || b[i] > 'z' {
			return false
		}
	}
	return a[0] >= 'A' && a[0] <= 'Z'
}

// familyFirst are the family names (Korean, lower case) that stand first
// in a name before a hyphenated given name, which some outlets write with
// a capital after the hyphen ("Kim Jong-Un", "Moon Jae-In"). Only after
// one of them is a capital after the hyphen read as a given name's second
// syllable: elsewhere "Rees-Mogg" or "Smith-Lee" is a double-barrelled
// surname.
var familyFirst = map[string]bool{"kim": true, "lee": true, "ri": true, "park": true, "pak": true, "moon": true, "ban": true,
	"choi": true, "chung": true, "jung": true, "kang": true, "cho": true, "yoon": true, "jang": true, "han": true, "shin": true,
	"kwon": true, "hwang": true, "ahn": true, "roh": true, "chun": true, "yoo": true, "hong": true}

// givenNameAt reports whether words[j] is the hyphenated given name of a
// name written family name first: one romanised given name
// ("Jong-un" after any name word; "Jong-Un", capitalised after the
// hyphen, only right after a family name of familyFirst that opens the
// name).
func givenNameAt(words []string, j int) bool {
	if j == 0 {
		return false
	}
	if hyphenatedGivenName(words[j]) {
		return true
	}
	if j != 1 || !familyFirst[strings.ToLower(words[0])] {
		return false
	}
	a, b, ok := strings.Cut(words[j], "-")
	if !ok || len(b) < 2 || b[0] < 'A' || b[0] > 'Z' {
		return false
	}
	return hyphenatedGivenName(a + "-" + strings.ToLower(b[:1]) + b[1:])
}

// particleName reports whether t is an Arabic name with its article or
// patronymic particle in lower case ("al-Assad", "el-Sisi", "bin-Salman"):
// a name's last word after its capitalised first ones ("Bashar al-Assad").
func particleName(t *tok) bool {
	if t.Kind != KindWord {
		return false
	}
	p, rest, ok := strings.Cut(t.Surface, "-")
	if !ok || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	switch p {
	case "al", "el", "ul", "bin", "ibn", "abu", "ad", "ash", "as", "ar", "an", "at", "az":
		return true
	}
	return false
}
