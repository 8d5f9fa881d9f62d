package store

import (
	"strings"
	"testing"
	"unicode"
)

func TestParseQuery(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"", ""},
		{"  ;; ", ""},
		{"harbour strike", `"harbour" "strike"`},
		{`"night shift" ferry*`, `"night shift" "ferry"*`},
		{`"unclosed phrase`, `"unclosed phrase"`},
		{`a AND b`, `"a" "AND" "b"`},
		{`NEAR(a b, 3)`, `"NEAR" "a" "b" "3"`},
		{`title:crane`, `"title" "crane"`},
		{`o'brien*`, `"o" "brien"*`},
		{`flood flood Flood`, `"flood" "Flood"`},
		{`"" ""`, ""},
	}
	for _, c := range cases {
		if got := ParseQuery(c.in).String(); got != c.want {
			t.Errorf("ParseQuery(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestParseQueryBounds(t *testing.T) {
	long := ParseQuery(strings.Repeat("a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh ", 100))
	if len(long.Terms) != MaxQueryTerms {
		t.Errorf("%d terms kept, want %d", len(long.Terms), MaxQueryTerms)
	}
	phrase := ParseQuery(`"` + strings.Repeat("w ", 100) + `"`)
	if len(phrase.Terms) != 1 || len(phrase.Terms[0].Words) != MaxQueryTerms {
		t.Errorf("a long phrase = %+v, want one term of %d words", phrase, MaxQueryTerms)
	}
}

// FuzzParseQuery checks that whatever a user types, the query read from it
// holds only words of letters and digits, at most MaxQueryTerms terms, and
// has a term exactly when the input has a word.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"", "harbour strike", `"night shift" ferry*`, `"unclosed phrase`, `a AND b OR NOT c`,
		`NEAR(a b, 3)`, `title:crane`, `^start`, `-minus +plus`, `x*y* *z`, `"" "" """`,
		`(((`, `"a" "a" "A"`, "caf\u00e9 na\u00efve", "\u00e9\u0301t\u00e9", "\x00\xff\xfe", "日本語 の 記事",
		strings.Repeat("w ", 100), `"` + strings.Repeat("p ", 100) + `"`, "ﬁnal", "İstanbul",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q := ParseQuery(in)
		if q.String() != ParseQuery(in).String() {
			t.Fatalf("ParseQuery(%q) is not deterministic", in)
		}
		hasWord := strings.IndexFunc(in, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
		if q.Empty() == hasWord {
			t.Fatalf("ParseQuery(%q) = %s; input has a word: %v", in, q, hasWord)
		}
		if len(q.Terms) > MaxQueryTerms {
			t.Fatalf("ParseQuery(%q): %d terms", in, len(q.Terms))
		}
		for _, term := range q.Terms {
			if len(term.Words) == 0 || len(term.Words) > MaxQueryTerms {
				t.Fatalf("ParseQuery(%q): term of %d words", in, len(term.Words))
			}
			for _, w := range term.Words {
				if w == "" {
					t.Fatalf("ParseQuery(%q): an empty word", in)
				}
				for _, r := range w {
					if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
						t.Fatalf("ParseQuery(%q): word %q holds %q", in, w, r)
					}
				}
			}
		}
	})
}
