package dedup

import (
	"slices"
	"testing"
	"time"
)

// TestChooseSourceEvidence checks the direction of a pair when the dates do
// not decide (same day, or one undated) and when a wire dateline overrides
// a one-day difference, on invented text.
func TestChooseSourceEvidence(t *testing.T) {
	c, err := NewComparer(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var undated time.Time
	// A reprint that keeps five paragraphs and adds a credit of its own.
	credited := append(slices.Clone(bridgeReport[:5]), "The Valley Gazette reported the vote first.")
	// The wire's story opens with its dateline; the reprint drops it.
	wire := slices.Clone(bridgeReport)
	wire[0] = "MILLBROOK (Continental Wire) - " + wire[0]
	tests := []struct {
		name   string
		a, b   Doc
		source string
		basis  string
	}{
		{"same day, the copy credits the source",
			doc("gaz", "Valley Gazette", "https://valleygazette.example/bridge", day, bridgeReport[:5]),
			doc("ech", "Harbour Echo", "https://harbourecho.example/b", day, credited), "gaz", BasisCredit},
		{"undated, the copy credits the dated source",
			doc("ech", "Harbour Echo", "https://harbourecho.example/b", time.Time{}, credited),
			doc("gaz", "Valley Gazette", "https://valleygazette.example/bridge", day, bridgeReport[:4]), "gaz", BasisCredit},
		{"undated longer text is not the source of a dated one",
			doc("long", "Harbour Echo", "", undated, bridgeReport),
			doc("short", "Valley Gazette", "", day, bridgeReport[:4]), "short", BasisDated},
		{"both undated: the longer is the source",
			doc("long", "Harbour Echo", "", undated, bridgeReport),
			doc("short", "Valley Gazette", "", undated, bridgeReport[:4]), "long", BasisLength},
		{"wire dateline beats a reprint dated a day earlier",
			doc("rep", "Harbour Echo", "", day, bridgeReport),
			doc("cw", "Continental Wire", "https://continentalwire.example/x", day.AddDate(0, 0, 1), wire), "cw", BasisWire},
		{"wire dateline by initials, same day",
			doc("rep", "Harbour Echo", "", day, bridgeReport[:5]),
			doc("cw", "Continental Wire", "", day, append([]string{"MILLBROOK (CW) — " + bridgeReport[0]}, bridgeReport[1:]...)), "cw", BasisWire},
		{"a dateline does not beat a date three days earlier",
			doc("rep", "Harbour Echo", "", day, bridgeReport),
			doc("cw", "Continental Wire", "", day.AddDate(0, 0, 3), wire), "rep", BasisPublished},
		{"a credit does not beat an earlier date",
			doc("ech", "Harbour Echo", "", day, credited),
			doc("gaz", "Valley Gazette", "", day.AddDate(0, 0, 1), bridgeReport[:5]), "ech", BasisPublished},
		{"one newsroom under two names: the credit says nothing",
			doc("a", "Valley Gazette Online", "", day, credited),
			doc("b", "Valley Gazette", "", day, bridgeReport[:3]), "a", BasisLength},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := c.Compare(tt.a, tt.b)
			if !m.Related() {
				t.Fatalf("unrelated: %+v", m)
			}
			if m.Source != tt.source || m.Basis != tt.basis {
				t.Errorf("source %s (basis %s), want %s (%s)", m.Source, m.Basis, tt.source, tt.basis)
			}
		})
	}
}

func TestOwnDateline(t *testing.T) {
	tests := []struct {
		outlet, text string
		want         bool
	}{
		{"Continental Wire", "MILLBROOK (Continental Wire) - The council voted.", true},
		{"Continental Wire (Online)", "MILLBROOK (CW) — The council voted.", true},
		{"Continental Wire", "The council voted (Continental Wire) - later text.", true},
		{"Harbour Echo", "MILLBROOK (Continental Wire) - The council voted.", false},
		{"Continental Wire", "The council voted on Monday (CW) to build a bridge.", false},
		{"", "MILLBROOK (Continental Wire) - The council voted.", false},
		{"Continental Wire", "", false},
	}
	for _, tt := range tests {
		if got := ownDateline(tt.outlet, tt.text); got != tt.want {
			t.Errorf("ownDateline(%q, %q) = %v, want %v", tt.outlet, tt.text, got, tt.want)
		}
	}
}

// TestDirectionKnown: only a date, a dateline, a credit or the texts'
// shape tell which came first; length, order and a missing date do not.
func TestDirectionKnown(t *testing.T) {
	for _, tc := range []struct {
		basis string
		known bool
		note  string
	}{
		{BasisPublished, true, ""},
		{BasisWire, true, ""},
		{BasisCredit, true, ""},
		{BasisInsertedLead, true, ""},
		{BasisEmbedded, true, ""},
		{BasisCompound, true, ""},
		{BasisDated, false, "direction unknown: one is undated, no credit or dateline"},
		{BasisLength, false, "direction unknown: same day or undated, no credit or dateline"},
		{BasisOrder, false, "direction unknown: same day or undated, no credit or dateline"},
		{"", false, "direction unknown"},
	} {
		if got := DirectionKnown(tc.basis); got != tc.known {
			t.Errorf("DirectionKnown(%q) = %v, want %v", tc.basis, got, tc.known)
		}
		if got := DirectionNote(tc.basis); got != tc.note {
			t.Errorf("DirectionNote(%q) = %q, want %q", tc.basis, got, tc.note)
		}
	}
}
