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
	eachLexiconLine(data, "action", func(kind string, words []string) {
		for _, w := range words {
			if _, dup := m[w]; !dup {
				m[w] = kind
			}
		}
	})
	return m
}

// eachLexiconLine calls fn with the head and the words of every line
// "head: word word ..." of a lexicon file, blank lines and "#" comments
// aside; a line without a colon or with an empty head is a broken
// embedded file and panics, naming the lexicon (what) and the line.
func eachLexiconLine(data, what string, fn func(head string, words []string)) {
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, words, ok := strings.Cut(line, ":")
		head = strings.TrimSpace(head)
		if !ok || head == "" {
			panic("story: " + what + " lexicon line without a colon: " + line)
		}
		fn(head, strings.Fields(words))
	}
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
