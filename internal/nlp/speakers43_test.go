package nlp

import "testing"

// TestSlavicYFold: the "y" between consonants of an East Slavic surname
// is the "i" of the Russian spelling (Danylov / Danilov, Yanukovych /
// Yanukovich); other names keep their "y" (Myers / Miers, Smyth / Smith).
func TestSlavicYFold(t *testing.T) {
	a := newTestAnalyzer(t)
	nm := a.Naming("en")
	for _, c := range []struct {
		x, y string
		same bool
	}{
		{"Danylov", "Danilov", true},
		{"Yanukovych", "Yanukovich", true},
		{"Turchynov", "Turchinov", true},
		{"Kadyrov", "Kadirov", true},
		{"Myers", "Miers", false},
		{"Smyth", "Smith", false},
		{"Byrd", "Bird", false},
		{"Lynch", "Linch", false},
	} {
		if got := nm.Fold(c.x) == nm.Fold(c.y); got != c.same {
			t.Errorf("Fold(%s) = %q, Fold(%s) = %q: same %v, want %v", c.x, nm.Fold(c.x), c.y, nm.Fold(c.y), got, c.same)
		}
	}
}
