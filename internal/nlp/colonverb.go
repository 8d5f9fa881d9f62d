package nlp

import "strings"

// nounEndingS reports whether a word ending in "s" ends as no verb's
// third person does: "-ss", "-is", "-us", "-ics" ("the harbour crisis:",
// "the business:", "the census:", "politics:"). A lower-case word before
// a colon so spelled is a noun, not a verb missing from the lists
// ("they write" is "-es" or a bare "-s": "writes", "adds").
func nounEndingS(norm string) bool {
	for _, suf := range []string{"ss", "is", "us", "ics"} {
		if strings.HasSuffix(norm, suf) {
			return true
		}
	}
	return false
}
