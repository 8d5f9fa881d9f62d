package compare

import "testing"

func TestOnlyFurniture(t *testing.T) {
	for _, c := range []struct {
		text                  string
		credit, pipes, cutEnd bool
	}{
		{"Ann Lee, Bo Park and Cy Ng contributed.", true, false, false},
		{"Dana Wirth contributed to this report.", true, false, false},
		{"Democrats and Republicans contributed millions to the fund.", false, false, false},
		{"The mayor and Dana Wirth contributed.", false, false, false},
		{"Wirth contributed.", false, false, false},
		{"Keynote Address | 2019 Harbour Gala | Ostra Channel The mayor speaks at the gala.", false, true, false},
		{"The vote was 5 | 4 on paper.", false, false, false},
		{"Shares rose | fell", false, false, false},
		{"The harbour chief met with Sec.", false, false, true},
		{"The harbour chief met with the secretary.", false, false, false},
		{"She moved to Main St.", false, false, false},
	} {
		if got := nameCredit(c.text); got != c.credit {
			t.Errorf("nameCredit(%q) = %v, want %v", c.text, got, c.credit)
		}
		if got := pipeTitle(c.text); got != c.pipes {
			t.Errorf("pipeTitle(%q) = %v, want %v", c.text, got, c.pipes)
		}
		if got := cutAtTitle(c.text); got != c.cutEnd {
			t.Errorf("cutAtTitle(%q) = %v, want %v", c.text, got, c.cutEnd)
		}
	}
}
