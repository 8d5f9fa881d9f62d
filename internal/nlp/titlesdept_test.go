package nlp

import "testing"

// TestDepartmentSecretaries: a cabinet title written with its
// department ("Secretary of Homeland Security", "Treasury Secretary") is
// no part of the name after it.
func TestDepartmentSecretaries(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct{ text, quote, want string }{
		{"Port checks\n\nSecretary of Homeland Security Ilse Brandtner on Wednesday ordered new checks at the port.\n\n“The system is at a breaking point,” Brandtner said.", "The system is at a breaking point,", "Ilse Brandtner"},
		{"Bond sale\n\nTreasury Secretary Lundqvist defended the bond sale on Friday.\n\n“The auction went well,” Lundqvist said.", "The auction went well,", "Lundqvist"},
		{"Budget\n\nSecretary of Defense Tom Ruizal spoke at the base.\n\n“We need more ships,” Ruizal said.", "We need more ships,", "Tom Ruizal"},
	} {
		an := analyze(t, a, c.text)
		if got, _ := speakerOf(an, c.quote); got != c.want {
			t.Errorf("speaker of %q: %q, want %q (entities %v)", c.quote, got, c.want, entityTypes(an))
		}
	}
}
