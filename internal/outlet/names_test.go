package outlet

import "testing"

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Daily Caller", "daily caller"},
		{"Daily  Caller", "daily caller"},
		{"daily-caller", "daily caller"},
		{"TheBlaze.com", "theblaze"},
		{"NBCNews.com", "nbcnews"},
		{"Le Monde Diplomatique", "le monde diplomatique"},
		{"Élan Gazette", "elan gazette"},
		{"Harbour & Hill", "harbour and hill"},
		{"The", "the"},
		{"", ""},
		{"   ", ""},
	}
	for _, tc := range tests {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitSection(t *testing.T) {
	tests := []struct{ in, base, section string }{
		{"Valmora Times - Opinion", "Valmora Times", "Opinion"},
		{"Valmora Times – News", "Valmora Times", "News"},
		{"Harbour Post (Web News)", "Harbour Post", "Web News"},
		{"Harbour Post (Online)", "Harbour Post", "Online"},
		{"Cato Street Institute (blog)", "Cato Street Institute", "blog"},
		{"The Observer (Estria)", "The Observer (Estria)", ""},
		{"Ann Writer (Capital Post)", "Ann Writer (Capital Post)", ""},
		{"Guest Writer - Left", "Guest Writer", "Left"},
		{"Sun-Times", "Sun-Times", ""},
		{"Plain Name", "Plain Name", ""},
		{" - Opinion", "- Opinion", ""},
		{"Name - ", "Name -", ""},
	}
	for _, tc := range tests {
		b, s := SplitSection(tc.in)
		if b != tc.base || s != tc.section {
			t.Errorf("SplitSection(%q) = %q, %q; want %q, %q", tc.in, b, s, tc.base, tc.section)
		}
	}
}
