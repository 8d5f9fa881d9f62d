package view

import "testing"

func TestKeptSnippet(t *testing.T) {
	kept := []string{
		"Floodwater cut off six villages in the Reddin valley on Tuesday after record rainfall, the civil protection agency said.",
		"Interior Minister Karel Dusek promised 50 million crowns for rebuilding as army helicopters lifted families from rooftops in Sorn.",
	}
	tests := []struct{ name, snippet, want string }{
		{"the index's snippet is in the text", "…the **Reddin** valley on Tuesday…", "…the **Reddin** valley on Tuesday…"},
		{"the index's snippet is furniture: the match in the text",
			"Sign up for the **Reddin** Courier newsletter",
			"…six villages in the **Reddin** valley on Tuesday after record rainfall, the civil protection agency said.…"},
		{"a match further on", "Follow **Dusek** on Twitter",
			"…said. Interior Minister Karel **Dusek** promised 50 million crowns for rebuilding as army helicopters lifted families…"},
		{"no match in the text: its start", "**Newsletter** sign-up",
			"Floodwater cut off six villages in the Reddin valley on Tuesday after record rainfall, the civil…"},
	}
	for _, tc := range tests {
		if got := keptSnippet(tc.snippet, kept); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
