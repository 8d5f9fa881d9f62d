package compare

import (
	"strings"
	"testing"
)

// TestCopyDirectionUnknown: a copy whose direction is only a guess
// (same day, no credit or dateline) is shared text in the summary of
// differences and the Markdown report, never "X copies Y", and what one
// "added" or "changed" is told as what only one has.
func TestCopyDirectionUnknown(t *testing.T) {
	for _, tc := range []struct {
		basis     string
		diff, md  []string
		notDiff   string
		notReport string
	}{
		{"published", []string{"Courier copies Ledger (near-duplicate, 90% of its text) and adds “Experts say that”"},
			[]string{"is a near-duplicate copy of", "  - added: “Experts say that”", "  - changed: said → claimed"}, "share text", "shares text"},
		{"length", []string{"Courier and Ledger share text (direction unknown: same day or undated, no credit or dateline; near-duplicate, 90% of Courier's text)"},
			[]string{"shares text with", "(direction unknown: same day or undated, no credit or dateline): near-duplicate, 90% of",
				"  - only in ", ": “Experts say that”", "has “claimed” where", "has “said”"}, "copies", "copy of"},
		{"order", []string{"share text (direction unknown"}, []string{"direction unknown"}, "copies", "copy of"},
		{"dated", []string{"direction unknown: one is undated"}, []string{"direction unknown: one is undated"}, "copies", "copy of"},
	} {
		r := storyReport()
		r.Copies[1].Basis = tc.basis
		var diffs []string
		for _, d := range Differences(r, 20) {
			if d.Kind == DiffCopy {
				diffs = append(diffs, d.Text)
			}
		}
		if len(diffs) != 1 {
			t.Fatalf("%s: copy differences %q, want one", tc.basis, diffs)
		}
		for _, h := range tc.diff {
			if !strings.Contains(diffs[0], h) {
				t.Errorf("%s: %q lacks %q", tc.basis, diffs[0], h)
			}
		}
		if strings.Contains(diffs[0], tc.notDiff) {
			t.Errorf("%s: %q says %q", tc.basis, diffs[0], tc.notDiff)
		}
		var md strings.Builder
		if err := WriteMarkdown(&md, r); err != nil {
			t.Fatal(err)
		}
		sec := md.String()[strings.Index(md.String(), "## Copying"):]
		sec = sec[:strings.Index(sec, "## Timeline")]
		for _, h := range tc.md {
			if !strings.Contains(sec, h) {
				t.Errorf("%s: Markdown\n%s\nlacks %q", tc.basis, sec, h)
			}
		}
		if strings.Contains(sec, tc.notReport) {
			t.Errorf("%s: Markdown\n%s\nsays %q", tc.basis, sec, tc.notReport)
		}
	}
}
