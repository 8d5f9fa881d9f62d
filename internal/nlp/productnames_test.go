package nlp

import (
	"strings"
	"testing"
)

// TestProductNames: a maker's name of the lexicon then a model's words
// name a product (other), not a person; a maker's name that is a surname
// too ("Ford") needs a determiner before it or a model written with a
// digit, and a person of such a name stays a person.
func TestProductNames(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "Chase\n\nThe suspect fled in a white Ford Vireo, Ivo Lund said. Police found his stolen Toyota Kestrel near Velm. "+
		"Witnesses saw Airbus A390 jets land, and Dodge Stratline parts were sold. Ford Lanning, who sells cars, said he saw nothing. "+
		"Ford Q-250 trucks were towed, said Ana Pell. Ford O'Dell, a dealer, and the mobster Cadillac Frank were not there.")
	wantTypes(t, an, map[string]EntityType{
		"Ford Vireo": Other, "Toyota Kestrel": Other, "Airbus A390": Other, "Dodge Stratline": Other, "Ford Q-250": Other,
		"Ford Lanning": Person, "Ivo Lund": Person, "Ana Pell": Person, "Ford O'Dell": Person, "Cadillac Frank": Person,
	})
}

// TestProductNamesUserBrand: a user's lexicon adds a maker ("brand<TAB>
// Kelvar"; Kelvar is no maker of the shipped list).
func TestProductNamesUserBrand(t *testing.T) {
	text := "Cars\n\nShe drove her new Kelvar Orbit to work, Ivo Lund said."
	b, err := NewAnalyzer(WithLexicon("en", "user", strings.NewReader("brand\tKelvar\n")))
	if err != nil {
		t.Fatal(err)
	}
	wantTypes(t, analyze(t, b, text), map[string]EntityType{"Kelvar Orbit": Other, "Ivo Lund": Person})
}
