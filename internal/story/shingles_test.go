package story

import (
	"maps"
	"strings"
	"testing"
	"unicode"
)

// splitShingles is shingles as the words split by strings.FieldsFunc,
// lower-cased and joined: the reference shingles must equal.
func splitShingles(b bag, q string) {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	if len(words) < quoteMinWords {
		return
	}
	for i := range words {
		words[i] = lower(words[i])
	}
	for i := 0; i+3 <= len(words); i++ {
		b[words[i]+" "+words[i+1]+" "+words[i+2]]++
	}
}

func TestShinglesAsSplit(t *testing.T) {
	quotes := []string{
		"We will rebuild the Harbor Bridge by the spring",
		"  Mayor Odalys Fenwick said: ‘we’re not done,’ twice — TWICE — in 2031 ",
		"ÉLAN Café owners told the ÖRSUND council that the ÖRSUND council would listen",
		"three words only",
		"four words, not five",
		"bad \xff bytes \xfe in the \xc3 middle of a quote",
		"dash-joined words and numbers like 4,500 or 6.1 count as pieces",
		"İstanbul and ΣΟΦΙΑ and DŽungla: capitals that lower to other lengths",
		"",
		"the same run the same run the same run",
	}
	sc := (&scratchPool{}).get()
	for _, q := range quotes {
		got, want := bag{}, bag{}
		shingles(got, q, sc)
		splitShingles(want, q)
		if !maps.Equal(got, want) {
			t.Errorf("shingles(%q) = %v, want %v", q, got, want)
		}
	}
}
