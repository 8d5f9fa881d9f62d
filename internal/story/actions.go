package story

import (
	"bufio"
	_ "embed"
	"strings"
)

//go:embed data/actions.txt
var actionsData string

// actionWords maps a lower-case word to the kind of happening it names
// (read-only after init).
var actionWords = parseActions(actionsData)

// parseActions reads the action lexicon: "kind: word word ..." lines, '#'
// comments. A word listed under two kinds keeps the first.
func parseActions(data string) map[string]string {
	m := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, words, ok := strings.Cut(line, ":")
		if !ok {
			panic("story: action lexicon line without a colon: " + line)
		}
		for _, w := range strings.Fields(words) {
			if _, dup := m[w]; !dup {
				m[w] = strings.TrimSpace(kind)
			}
		}
	}
	return m
}

// actionsOf returns the kinds of happening the title (counted twice) and
// the lead name.
func actionsOf(title, lead []token) []Feature {
	b := bag{}
	for _, t := range title {
		if k, ok := actionWords[t.low]; ok {
			b[k] += 2
		}
	}
	for _, t := range lead {
		if k, ok := actionWords[t.low]; ok {
			b[k]++
		}
	}
	return b.features()
}
