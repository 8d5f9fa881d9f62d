package clean

import (
	"hash/maphash"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pull quotes: a page sets a line of the article in large type between
// its paragraphs with the speaker's name after it, no stop between them
// ("I don't think it can pass Ana Ruiz") or after a dash ("'It will
// pass.' — Mayor Ana Ruiz"). The words are the article's own, printed a
// second time; read as text they give the speaker's words twice, once
// with no one saying them.

// pullQuoteMaxWords is the most words a pull quote has, name included.
const pullQuoteMaxWords = 60

// pullGram is how many words in a row a pull quote shares with the rest
// of the article to count as repeated.
const pullGram = 6

// pullQuotes marks the pull quotes of an article: a short paragraph that
// ends with a name (after a dash, or after a word with no stop), whose
// words before the name, six or more, are printed elsewhere in the
// article, at least half of their runs of pullGram words.
func pullQuotes(ps []para) {
	var cands []int
	for i := range ps {
		if !ps[i].furniture() && ps[i].words <= pullQuoteMaxWords {
			if _, ok := pullQuoteBody(ps[i].text); ok {
				cands = append(cands, i)
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	seed := maphash.MakeSeed()
	// Runs of words of every other paragraph, by paragraph: a pull quote
	// repeats another paragraph, not itself.
	seen := map[uint64]int{}
	for i := range ps {
		if ps[i].furniture() {
			continue
		}
		forGrams(seed, lowerWords(ps[i].text), func(h uint64) {
			if j, ok := seen[h]; !ok {
				seen[h] = i
			} else if j != i {
				seen[h] = -1 // in two paragraphs
			}
		})
	}
	for _, i := range cands {
		body, _ := pullQuoteBody(ps[i].text)
		ws := lowerWords(body)
		if len(ws) < pullGram {
			continue
		}
		n, hit := 0, 0
		forGrams(seed, ws, func(h uint64) {
			n++
			if j, ok := seen[h]; ok && j != i {
				hit++
			}
		})
		if 2*hit >= n {
			ps[i].set(KindPromo, "a pull quote: words the article prints elsewhere, and their speaker's name")
		}
	}
}

// forGrams calls f with the hash of every run of pullGram words of ws.
func forGrams(seed maphash.Seed, ws []string, f func(uint64)) {
	var h maphash.Hash
	h.SetSeed(seed)
	for k := 0; k+pullGram <= len(ws); k++ {
		h.Reset()
		for _, w := range ws[k : k+pullGram] {
			h.WriteString(w)
			h.WriteByte(' ')
		}
		f(h.Sum64())
	}
}

// lowerWords returns the words of s in lower case, marks dropped.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// pullQuoteBody returns the words of a pull quote before its speaker's
// name, and whether text has a pull quote's form: it ends with a name of
// two to four capitalised words after a dash, or after a word with no
// stop or comma after it (a sentence never ends with a bare name so), and
// with no stop of its own.
func pullQuoteBody(text string) (string, bool) {
	s := strings.TrimSpace(text)
	if s == "" || strings.ContainsRune(".!?:;,)\"”’'", lastRune(s)) {
		return "", false
	}
	for _, dash := range []string{" — ", " – ", " -- "} {
		if k := strings.LastIndex(s, dash); k > 0 {
			name := s[k+len(dash):]
			if capitalised(strings.Fields(name)) {
				return s[:k], true
			}
		}
	}
	f := strings.Fields(s)
	for n := 2; n <= 4 && n < len(f); n++ {
		name, before := f[len(f)-n:], f[len(f)-n-1]
		if !capitalised(name) {
			break
		}
		if r := lastRune(before); unicode.IsLetter(r) && unicode.IsLower(r) || unicode.IsDigit(r) {
			return strings.Join(f[:len(f)-n], " "), true
		}
	}
	return "", false
}

// capitalised reports whether ws holds one to twelve words and the first
// and last open with a capital letter (a name with its title: "House
// Speaker Ana Ruiz", "Mayor Ana Ruiz on the vote").
func capitalised(ws []string) bool {
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	for _, w := range []string{ws[0], ws[len(ws)-1]} {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// lastRune returns the last rune of s (s not empty), decoded from its end
// rather than by converting all of s to runes: utf8.RuneError for an
// invalid last sequence, as the conversion gives.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
