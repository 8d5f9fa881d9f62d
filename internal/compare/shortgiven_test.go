package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestFormKindShortGiven: two forms of one person that differ in the
// given name as a short form does (Ash / Ashton, Bernie / Bernard) are a
// short form, listed quietly, not "other"; two given names the table does
// not take for one name stay "other".
func TestFormKindShortGiven(t *testing.T) {
	nm := newAnalyzer(t).Naming("en")
	for _, c := range []struct{ x, y, want string }{
		{"Ash Velmark", "Ashton Velmark", VariantShort},
		{"Ash Velmark", "Ashton B. Velmark", VariantShort},
		{"Bernie Quillane", "Bernard Quillane", VariantShort},
		{"Sen. Bernie Quillane", "Bernard Quillane", VariantShort},
		{"Josh Velmark", "Ashton Velmark", VariantOther},
		{"Ash Velmark", "Ashton Orsted", VariantOther},
	} {
		if got := formKind(c.x, c.y, nlp.Person, nm); got != c.want {
			t.Errorf("formKind(%q, %q) = %q, want %q", c.x, c.y, got, c.want)
		}
	}
}

// TestSharedCoversEveryMembersName: a fact group whose articles write one
// person two ways (Ashton / Ash) shows the person once among what its
// sentences share, with no stray lower-case given name beside it.
func TestSharedCoversEveryMembersName(t *testing.T) {
	r := run(t, mkArticles(
		"Governor picks Velmark for port job\nThe governor on Monday named Ash Velmark, a former deputy harbour master, to lead the Tarn port authority.",
		"Velmark named to lead the port authority\nThe governor named Ashton Velmark, a former deputy harbour master, to lead the Tarn port authority on Monday.",
		"Port authority gets new chief\nAshton Velmark, once the deputy harbour master, was named on Monday by the governor to lead the Tarn port authority.",
	))
	found := false
	for _, f := range r.Facts {
		if len(f.ReportedBy) < 2 {
			continue
		}
		for _, s := range f.Shared {
			if strings.Contains(s, "Velmark") {
				found = true
			}
			if s == "ashton" || s == "ash" {
				t.Errorf("shared %q beside the person's name: %q", s, f.Shared)
			}
		}
	}
	if !found {
		t.Errorf("no fact group shares Velmark: %+v", r.Facts)
	}
}

// TestSharedNoClitic: a possessive ending the tokenizer splits off is no
// word the sentences share.
func TestSharedNoClitic(t *testing.T) {
	for _, w := range []string{"'s", "\u2019s", "'re"} {
		if !clitic(w) {
			t.Errorf("%q is not a clitic", w)
		}
	}
	for _, w := range []string{"Iran", "o'clock", "rock'n'roll"} {
		if clitic(w) {
			t.Errorf("%q is a clitic", w)
		}
	}
}
