package outlet

import "strings"

// fillers are words a site's address often adds to, or drops from, the
// outlet's name: thedailybeast.com for "Daily Beast", jacobinmag.com for
// "Jacobin", apnews.com for "AP".
var fillers = []string{"the", "news", "online", "daily", "magazine", "mag", "weekly", "media", "web", "tv", "now", "com", "us", "usa", "hq", "live"}

// Spells reports whether a domain label (see Label) can be spelled from an
// outlet name's words, in order: whole words, word beginnings of three
// letters or more, and initials (a lone initial only before the next
// word), skipping any words,
// with filler words such as "the", "news" or "daily" allowed in the
// address. "nytimes" is spelled by "New York Times - News" (n, y,
// times), "foxnews" by "Fox Online News", "wsj" by "Wall Street Journal",
// "thedailybeast" by "Daily Beast"; "nationalreview" is not spelled by
// "Victor Hanson". At least a third of the label, and two letters, must
// come from the name's words.
func Spells(label, name string) bool {
	words := Words(name)
	if label == "" || len(words) == 0 {
		return false
	}
	type state struct{ i, j, run, content int }
	seen := map[state]bool{}
	need := max(2, (len(label)+2)/3)
	var walk func(i, j, run, content int) bool
	walk = func(i, j, run, content int) bool {
		if i == len(label) {
			return run != 1 && content >= need
		}
		st := state{i, j, min(run, 2), min(content, need)}
		if seen[st] {
			return false
		}
		seen[st] = true
		rest := label[i:]
		for _, f := range fillers {
			if run != 1 && strings.HasPrefix(rest, f) && walk(i+len(f), j, 0, content) {
				return true
			}
		}
		for k := j; k < len(words); k++ {
			w := words[k]
			if k > j && run == 1 {
				break // a lone initial may not be followed by a skip
			}
			for n := len(w); n >= 3; n-- {
				if n <= len(rest) && rest[:n] == w[:n] && walk(i+n, k+1, 0, content+n) {
					return true
				}
			}
			if len(w) < 3 && strings.HasPrefix(rest, w) && walk(i+len(w), k+1, 0, content+len(w)) {
				return true
			}
			if rest[0] == w[0] && walk(i+1, k+1, run+1, content+1) {
				return true
			}
		}
		return false
	}
	return walk(0, 0, 0, 0)
}
