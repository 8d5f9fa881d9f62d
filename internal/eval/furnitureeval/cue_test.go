package furnitureeval

import "testing"

func TestSuspicious(t *testing.T) {
	long := "The council of Brindlemoor voted on Tuesday to extend the harbour wall by another forty metres before the winter storms."
	tests := []struct {
		name string
		p    string
		want bool
	}{
		{"plain sentence", long, false},
		{"closing quote after full stop", `"We will finish the wall before the first gale of the season arrives on our northern shore," the mayor said.`, false},
		{"short", "Harbour plans approved.", true},
		{"no final punctuation", "The council of Brindlemoor voted on Tuesday to extend the harbour wall by another forty metres before the storms", true},
		{"promo opening", "More: The council of Brindlemoor voted on Tuesday to extend the harbour wall by forty metres before winter.", true},
		{"credit word", "The mayor of Brindlemoor walks along the harbour wall on a grey morning in March, 2031. (Tern Press/Getty Images.)", true},
		{"newsletter pitch", "Get the Brindlemoor Gazette newsletter every morning in your inbox, with all the harbour news you need to know.", true},
		{"ends with ellipsis", "The council of Brindlemoor voted on Tuesday to extend the harbour wall by another forty metres before the winter…", false},
	}
	for _, tt := range tests {
		if got := Suspicious(tt.p); got != tt.want {
			t.Errorf("%s: Suspicious = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestStratumOf(t *testing.T) {
	long := "The council of Brindlemoor voted on Tuesday to extend the harbour wall by another forty metres before the winter storms."
	ps := []string{long, "Read more: Harbour news", long, long}
	want := []Stratum{First, Cue, Body, Last}
	for i, w := range want {
		if got := StratumOf(ps, i); got != w {
			t.Errorf("paragraph %d: stratum %s, want %s", i, got, w)
		}
	}
	if got := StratumOf(ps[:1], 0); got != First {
		t.Errorf("single paragraph: stratum %s, want first", got)
	}
}
