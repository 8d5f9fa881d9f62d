package nlp

import (
	"testing"
)

// TestKnownNameAcrossAnd: a body's name that orgs.txt lists with "and"
// inside is one name, not its front and its tail, before a title too;
// two names beside "and" that the list does not join stay two.
func TestKnownNameAcrossAnd(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Budget\n\nThe panel heard from Health and Human Services Secretary Ana Ruiz on Monday. Officers of Customs and Border Protection stood by.\n\n"+
		"House Ways and Means Chairman Ivo Lund said the plan was ready, and France and Germany agreed.")
	wantTypes(t, an, map[string]EntityType{"Health and Human Services": Org, "Customs and Border Protection": Org, "House Ways and Means": Org,
		"Ana Ruiz": Person, "Ivo Lund": Person, "France": Place, "Germany": Place})
	types := entityTypes(an)
	for _, cut := range []string{"Human Services", "Border Protection", "House Ways"} {
		if _, ok := types[cut]; ok {
			t.Errorf("%q: a name cut at \"and\" is held; all %v", cut, types)
		}
	}
}
