package paging

import (
	"errors"
	"testing"
)

func TestLimit(t *testing.T) {
	listing := Rule{All: true}
	api := Rule{Max: 500}
	tests := []struct {
		n    int
		r    Rule
		fail bool
	}{
		{0, listing, false},
		{1, listing, false},
		{1 << 40, listing, false},
		{-1, listing, true},
		{-3, listing, true},
		{0, api, true},
		{1, api, false},
		{500, api, false},
		{501, api, true},
		{-1, api, true},
		{0, Rule{}, true},
		{7, Rule{}, false},
	}
	for _, tc := range tests {
		err := Limit("--limit", tc.n, tc.r)
		if (err != nil) != tc.fail {
			t.Errorf("Limit(%d, %+v) = %v, want failure %v", tc.n, tc.r, err, tc.fail)
		}
		var pe *Error
		if err != nil && (!errors.As(err, &pe) || pe.Name != "--limit") {
			t.Errorf("Limit(%d): error %v does not name the flag", tc.n, err)
		}
	}
}

func TestOffset(t *testing.T) {
	for n, fail := range map[int]bool{0: false, 10: false, MaxOffset: false, MaxOffset + 1: true, -1: true} {
		if err := Offset("offset", n); (err != nil) != fail {
			t.Errorf("Offset(%d) = %v, want failure %v", n, err, fail)
		}
	}
}

func TestParse(t *testing.T) {
	r := Rule{Max: 500}
	tests := []struct {
		s       string
		limit   int
		offset  int
		lfail   bool
		ofail   bool
		message string
	}{
		{s: "", limit: 30, offset: 0},
		{s: "7", limit: 7, offset: 7},
		{s: "+7", limit: 7, offset: 7},
		{s: "0", lfail: true, offset: 0, message: `limit: want a whole number from 1 to 500, not "0"`},
		{s: "-3", lfail: true, ofail: true, message: `limit: want a whole number from 1 to 500, not "-3"`},
		{s: "501", lfail: true, offset: 501},
		{s: "1e3", lfail: true, ofail: true},
		{s: "0x10", lfail: true, ofail: true},
		{s: " 5", lfail: true, ofail: true},
		{s: "5_0", lfail: true, ofail: true},
		{s: "99999999999999999999", lfail: true, ofail: true},
		{s: "1073741825", lfail: true, ofail: true},
	}
	for _, tc := range tests {
		l, err := ParseLimit("limit", tc.s, 30, r)
		if (err != nil) != tc.lfail || (err == nil && l != tc.limit) {
			t.Errorf("ParseLimit(%q) = %d, %v; want %d, failure %v", tc.s, l, err, tc.limit, tc.lfail)
		}
		if err != nil && tc.message != "" && err.Error() != tc.message {
			t.Errorf("ParseLimit(%q): %q, want %q", tc.s, err, tc.message)
		}
		o, err := ParseOffset("offset", tc.s)
		if (err != nil) != tc.ofail || (err == nil && o != tc.offset) {
			t.Errorf("ParseOffset(%q) = %d, %v; want %d, failure %v", tc.s, o, err, tc.offset, tc.ofail)
		}
	}
}
