package paging

import (
	"strconv"
	"strings"
	"testing"
)

// FuzzParse checks the limit and offset parsers against their contract:
// a value is accepted exactly when it is a plain decimal number in range,
// it is then the number written, and a refusal names the parameter and
// quotes the input.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "0", "1", "30", "500", "501", "-1", "+5", "007", "1e3", "0x1f", " 5", "5 ", "5_0",
		"1073741824", "1073741825", "99999999999999999999", "-0", "٣", "５", "\x00"} {
		f.Add(s)
	}
	rules := []Rule{{}, {All: true}, {Max: 500}, {All: true, Max: 10}}
	f.Fuzz(func(t *testing.T, s string) {
		n, atoiErr := strconv.Atoi(s)
		plain := atoiErr == nil && strings.TrimLeft(s, "+-0123456789") == ""
		for _, r := range rules {
			got, err := ParseLimit("limit", s, 7, r)
			switch {
			case s == "":
				if err != nil || got != 7 {
					t.Fatalf("ParseLimit(%q, %+v) = %d, %v; want the default", s, r, got, err)
				}
			case err != nil:
				if plain && Limit("limit", n, r) == nil {
					t.Fatalf("ParseLimit(%q, %+v) refused a good limit: %v", s, r, err)
				}
				if !strings.HasPrefix(err.Error(), "limit: want ") || !strings.HasSuffix(err.Error(), strconv.Quote(s)) {
					t.Fatalf("ParseLimit(%q): message %q", s, err)
				}
			default:
				if !plain || got != n || Limit("limit", got, r) != nil || got < 0 || (got == 0 && !r.All) || (r.Max > 0 && got > r.Max) {
					t.Fatalf("ParseLimit(%q, %+v) = %d, accepted", s, r, got)
				}
			}
		}
		got, err := ParseOffset("offset", s)
		switch {
		case s == "":
			if err != nil || got != 0 {
				t.Fatalf("ParseOffset(%q) = %d, %v", s, got, err)
			}
		case err != nil:
			if plain && n >= 0 && n <= MaxOffset {
				t.Fatalf("ParseOffset(%q) refused a good offset: %v", s, err)
			}
		default:
			if !plain || got != n || got < 0 || got > MaxOffset {
				t.Fatalf("ParseOffset(%q) = %d, accepted", s, got)
			}
		}
	})
}
