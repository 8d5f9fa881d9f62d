package nlp

import "testing"

// TestDistrictNames checks that a district named by its ordinal, by
// "Congressional", by its side or by a chamber and its number ("Sixth
// District", "Congressional District", "Eastern District", "Senate
// District 32") and a state before its district's ordinal ("Georgia
// Sixth") are places, not persons; "America First"
// and a body holding "District" ("District Court") are not read so.
func TestDistrictNames(t *testing.T) {
	paras := []string{"Mara Vell won the Georgia Sixth, and she ran in the Sixth District and in state Senate District 32 before.",
		"Her rival lost the 14th Congressional District, and prosecutors of the Eastern District of Ostrava went to the District Court.",
		"Backers of America First met Vell."}
	want := map[string]EntityType{"Georgia Sixth": Place, "Sixth District": Place, "Congressional District": Place, "Eastern District": Place, "Senate District 32": Place,
		"District Court": Org, "America": Place, "Mara Vell": Person}
	got := mentionTypes(t, paras, want)
	for name, ty := range want {
		if got[name] != ty {
			t.Errorf("%q: got type %q, want %q", name, got[name], ty)
		}
	}
}
