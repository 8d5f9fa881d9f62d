package nlp

import "strings"

// articleWords are the Arabic article as English text writes it before a
// name ("al Qaeda", "al-Shabab", "el-Sisi").
var articleWords = map[string]bool{"al": true, "el": true}

// articleName reads a known body's name that opens at token k with the
// Arabic article in small letters or glued to the next word by a hyphen:
// "al Qaeda", "al-Qaeda", "Al-Qaeda", "al-Nusra Front" (one to three
// capitalised words after the article). It returns the end of the name
// (a token index after k) and the name's words with the article as a word
// of its own, so that "al-Qaeda" and "Al Qaeda" make one key; it returns
// k when the name with the article is no organisation or publication the
// lists know. A capitalised "Al" before a separate word is left to the
// run that opens there ("Al Qaeda", "Al Gore"). The cost is at most three
// map look-ups for a token that is the article.
func (d *doc) articleName(k, e int) (int, []string) {
	t := &d.toks[k]
	if t.Kind != KindWord {
		return k, nil
	}
	var words []string
	next := k + 1
	switch {
	case articleWords[t.Surface]:
		// "al Qaeda": the article alone, in small letters.
		if next >= e || !d.capWord(next) {
			return k, nil
		}
		words = []string{t.Surface, d.toks[next].Surface}
		next++
	default:
		art, rest, ok := strings.Cut(t.Surface, "-")
		if !ok || !articleWords[strings.ToLower(art)] || rest == "" || rest[0] < 'A' || rest[0] > 'Z' || strings.ContainsAny(rest, "-'’") {
			return k, nil
		}
		words = []string{art, rest}
	}
	end, best := k, 0
	for n := len(words); ; n++ {
		if key := strings.ToLower(strings.Join(words, " ")); d.l.orgs[key] || d.l.pubs[key] {
			end, best = next, n
		}
		if n >= 4 || next >= e || !d.capWord(next) || d.toks[next].is(fUpper) {
			break
		}
		words = append(words, d.toks[next].Surface)
		next++
	}
	if best == 0 {
		return k, nil
	}
	return end, words[:best]
}
