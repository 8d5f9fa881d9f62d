package dedup

import (
	"net/url"
	"strings"
	"unicode"
)

// genericOutletWords are words outlet names add that a credit leaves out
// ("NPR Online News" is credited as "NPR").
var genericOutletWords = map[string]bool{"online": true, "news": true, "web": true, "digital": true, "com": true}

// CreditNames returns the phrases by which an article could credit an
// outlet, each as lower-case words: its name without a qualifier in brackets or after a dash ("CNN
// (Web News)" is "CNN", "New York Times - News" is "New York Times"),
// that name without generic trailing words, and the main label of the
// outlet's web address ("reuters" of www.reuters.com).
func CreditNames(outlet, rawURL string) [][]string {
	var out [][]string
	add := func(ws []string) {
		if len(ws) == 0 || len(ws) == 1 && len(ws[0]) < 2 {
			return
		}
		for _, o := range out {
			if strings.Join(o, " ") == strings.Join(ws, " ") {
				return
			}
		}
		out = append(out, ws)
	}
	core := outlet
	if i := strings.IndexAny(core, "(["); i > 0 {
		core = core[:i]
	}
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if i := strings.Index(core, sep); i > 0 {
			core = core[:i]
		}
	}
	ws := creditWords(core)
	add(ws)
	trimmed := ws
	for len(trimmed) > 1 && genericOutletWords[trimmed[len(trimmed)-1]] {
		trimmed = trimmed[:len(trimmed)-1]
	}
	add(trimmed)
	if u, err := url.Parse(rawURL); err == nil && u.Hostname() != "" {
		labels := strings.Split(strings.TrimSuffix(strings.ToLower(u.Hostname()), "."), ".")
		if len(labels) >= 2 {
			main := labels[len(labels)-2]
			if len(labels) >= 3 && len(main) <= 3 && (main == "co" || main == "com" || main == "org" || main == "net" || main == "gov" || main == "ac") {
				main = labels[len(labels)-3]
			}
			if len(main) >= 3 {
				add([]string{main})
			}
		}
	}
	return out
}

// creditWords splits text into lower-case runs of letters and digits.
func creditWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// namesOutlet reports whether the words of a text (hashed as wordHashes
// hashes them) hold one of the credit names of doc's outlet (see
// CreditNames) as a run of words.
func namesOutlet(words []uint32, doc Doc) bool {
	for _, n := range CreditNames(doc.Outlet, doc.URL) {
		want := wordHashes(Tokenize(strings.Join(n, " ")))
		if len(want) == 0 {
			continue
		}
	scan:
		for i := 0; i+len(want) <= len(words); i++ {
			for j, w := range want {
				if words[i+j] != w {
					continue scan
				}
			}
			return true
		}
	}
	return false
}
