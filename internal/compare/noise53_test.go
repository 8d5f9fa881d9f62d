package compare

import (
	"strings"
	"testing"
)

// TestRoleWordsAreNoNames: a role word is not a name (session 53,
// h/noise53; read52 counted role pairs on ten of sixteen pages): "Judge"
// / "nominee", "Sen." / "Senator", "Chairman" / "Senator" or an office
// with and without its state are house style, not a naming choice, and
// are not listed; a dateline's capitals ("WASHINGTON (AP) —") are no
// other name of the city than "D.C.". The roles stay in each article's uses.
// The seeds' flags stand (findings_test.go: Kiev/Kyiv, Vladimir/Volodymyr
// flagged, UK/Britain not).
func TestRoleWordsAreNoNames(t *testing.T) {
	r := run(t, mkArticles(
		"Hearing on the bench pick\nWASHINGTON (AP) — Judge Arlen Toskey told the panel on Monday that he never met the donors. Sen. Marta Quell said the hearing would go on. Chairman Orrin Dalby opened the session.",
		"Bench pick heard\nThe nominee Arlen Toskey told senators in D.C. on Monday that he never met the donors. Senator Marta Quell said the hearing would go on. Vermont Sen. Orrin Dalby opened the session.",
	))
	for _, n := range r.Names {
		for _, v := range n.Variants {
			for _, f := range v.Forms {
				if f == "WASHINGTON" {
					t.Errorf("%s: dateline capitals listed as a name: %s / %s (%s)", n.Entity, v.Forms[0], v.Forms[1], v.Kind)
				}
			}
			if v.Kind == VariantRole {
				t.Errorf("%s: role words listed as a naming variant: %s / %s", n.Entity, v.Forms[0], v.Forms[1])
			}
		}
	}
	roles := 0
	for _, n := range r.Names {
		for _, u := range n.Uses {
			roles += len(u.Roles)
		}
	}
	if roles == 0 {
		t.Errorf("the articles' roles are gone from the uses: %+v", r.Names)
	}
	var b strings.Builder
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, bad := range []string{"Judge / nominee", "Sen / Senator", "(role)"} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown lists %q", bad)
		}
	}
}
