package article

import "testing"

// TestPreview: invented headlines, addresses and ledes of previews and
// of reports that look like them.
func TestPreview(t *testing.T) {
	lede := func(s ...string) []string { return s }
	tests := []struct {
		name  string
		a     Article
		wants bool
	}{
		{"guide headline", Article{Title: "Five things to watch at the Harbour Board hearing"}, true},
		{"what to expect", Article{Title: "Mayor Lind's budget speech: what to expect"}, true},
		{"time and channel", Article{Title: "Port debate: time, channel and who qualified"}, true},
		{"preview label", Article{Title: "Harbour primary preview: Ostin, Lind seek a win"}, true},
		{"plan headline, lede ahead", Article{Title: "Lind to lay out her ferry plan in address",
			Paragraphs: lede("By Jo Roe", "Mayor Lind will tell the council on Tuesday night that the ferries must run all winter.")}, true},
		{"plan headline, lede reports it done", Article{Title: "Lind to lay out her ferry plan in address",
			Paragraphs: lede("Mayor Lind delivered her address on Tuesday night and promised ferries all winter long.")}, false},
		{"plan headline, opener then lede", Article{Title: "Harbour report drops today",
			Paragraphs: lede("Well, the wait is over. The harbour inspector's long report will be released this afternoon, officials hope.")}, true},
		{"headline alone", Article{Title: "Ostin faces a test in the harbour primary",
			Paragraphs: lede("Ostin carried the harbour primary by nine points on Tuesday, as polls had foretold for weeks.")}, false},
		{"unable to speak is no plan", Article{Title: "Ferry captain unable to speak after crash",
			Paragraphs: lede("Doctors said the captain, hurt in Sunday's crash, will recover within a few weeks.")}, false},
		{"a saying of the future", Article{Title: "Lind says she will vote against the ferry levy",
			Paragraphs: lede("Councillor Lind will vote against the levy on Thursday, she told reporters outside the hall.")}, false},
		{"an address kept from the first version", Article{Title: "Lind's winter ferry pledge",
			URL:        "https://example.org/2031/01/20/politics/harbour-address-preview/index.html",
			Paragraphs: lede("Mayor Lind made a strong case for ferries all winter in her yearly address on Tuesday night.")}, false},
		{"an address of a preview", Article{Title: "Lind's winter ferry pledge",
			URL:        "https://example.org/2031/01/20/politics/harbour-address-preview/index.html",
			Paragraphs: lede("Mayor Lind is expected to make a case for ferries all winter in her address on Tuesday night.")}, true},
		{"an address of a preview over a departure's report", Article{Title: "Beset at home, Lind sets off on her harbour tour",
			URL:        "https://example.org/2031/05/19/politics/lind-harbour-tour-preview/index.html",
			Paragraphs: lede("The mayor embarked on Friday on a tour of four harbours, ahead of a week of council votes that will test her.")}, false},
		{"a report", Article{Title: "Lind wins harbour primary", Paragraphs: lede("Mayor Lind won the harbour primary on Tuesday.")}, false},
	}
	for _, tt := range tests {
		if got := Preview(&tt.a); got != tt.wants {
			t.Errorf("%s: Preview = %v, want %v", tt.name, got, tt.wants)
		}
	}
	if Preview(nil) {
		t.Error("Preview(nil) = true")
	}
}
