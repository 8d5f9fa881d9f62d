package outlet

import "testing"

func TestSpells(t *testing.T) {
	tests := []struct {
		label, name string
		want        bool
	}{
		{"valmoratimes", "Valmora Times - News", true},
		{"vtimes", "Valmora Times", true},         // v + times
		{"vt", "Valmora Times", true},             // initials
		{"eoj", "Estrian Observer Journal", true}, // initials
		{"eojournal", "Estrian Observer Journal", true},
		{"harbournews", "Harbour Online News", true}, // a word skipped
		{"theharbour", "Harbour", true},              // filler
		{"harbourmag", "Harbour", true},              // filler
		{"harbour", "The Harbour Post", true},
		{"harpost", "Harbour Post", true}, // a word's beginning
		{"cw", "Continental Wire", true},
		{"continentalwire", "Continental Wire (Online)", true},
		{"hp", "Harbour Post", true},
		// Columnists do not spell their outlet's address.
		{"harbourpost", "Ann Writer", false},
		{"valmoratimes", "Guest Writer - Left", false},
		{"time", "Tim Egan", false}, // a lone initial after a word
		{"qz", "Quartz", false},
		{"news", "Daily News", true},
		{"", "Harbour Post", false},
		{"harbourpost", "", false},
		{"x", "Xavier", false}, // too little of the label from the name
	}
	for _, tc := range tests {
		if got := Spells(tc.label, tc.name); got != tc.want {
			t.Errorf("Spells(%q, %q) = %v, want %v", tc.label, tc.name, got, tc.want)
		}
	}
}
