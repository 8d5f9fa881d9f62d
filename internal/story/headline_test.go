package story

import (
	"testing"
	"time"
)

func TestClassifyHeadline(t *testing.T) {
	cases := []struct {
		outlet, url, title string
		want               Headline
	}{
		{"Harbour Gazette", "https://harbourgazette.example/news/2031/05/12/ferry", "Valmora council approves ferry budget", News},
		{"Harbour Gazette", "", "Mayor Varga impeached by US House of Delegates", News},
		{"Harbour Gazette", "", "Will Varga's ferry plan really help the harbour? (+video)", Question},
		{"Harbour Gazette", "", "Imagine Ida Varga as mayor", Explainer},
		{"Harbour Gazette", "", "Varga on 'Harbour Hour:' 5 takeaways from the interview", Explainer},
		{"Harbour Gazette", "", "Should Valmora build the tram?", Question},
		{"Harbour Gazette", "", "Quarantine or not? Key ferry question pits mayor vs. council (+video)", Question},
		{"Harbour Gazette", "", "Confused about the ferry report? Start here.", Question},
		{"Harbour Gazette", "", "Council 'compromise?' No way, says the mayor", News},
		{"Harbour Gazette", "", "Varga won?t move the ferry depot to Valmora", News},
		{"Harbour Gazette", "", "Varga is toast: the move that cost her the port ? and the mayoralty", News},
		{"Harbour Gazette", "", "Could the bridge closure have been avoided?", Question},
		{"Harbour Gazette", "", `Mayor: "Is this the city we want?" as tram plan dies`, News},
		{"Harbour Gazette", "", "I crossed this bridge for 30 years", FirstPerson},
		{"Harbour Gazette", "", "My night on the last ferry", FirstPerson},
		{"Harbour Gazette", "", `Varga: "We will not give up on the tram"`, News},
		{"Harbour Gazette", "https://harbourgazette.example/opinion/2031/05/12/ferry", "The ferry vote was a mistake", Opinion},
		{"Harbour Gazette", "https://harbourgazette.example/commentary-ferry-vote", "The ferry vote was a mistake", Opinion},
		{"Harbour Gazette", "https://harbourgazette.example/commentisfree/2031/may/12/ferry-vote", "The ferry vote was a mistake", Opinion},
		{"Northwire - Opinion", "", "The ferry vote was a mistake", Opinion},
		{"Valmora Courier Editorial Board", "", "Fund the ferry", Opinion},
		{"Guest Writer - Left", "", "Varga won the tram debate", Opinion},
		{"Harbour Gazette", "", "Opinion: the ferry vote was a mistake", Opinion},
		{"Harbour Gazette", "", "Free ferries", Short},
		{"Harbour Gazette", "", "", NoTitle},
		{"Harbour Gazette", "", "5 things to watch in tonight's Valmora council debate", Explainer},
		{"Harbour Gazette", "", "6 takeaways from the ferry vote", Explainer},
		{"Harbour Gazette", "", "As Varga heads to the docks, 4 questions she must answer", Explainer},
		{"Harbour Gazette", "", "After the ferry strike, how the harbour can recover", Explainer},
		{"Harbour Gazette", "", "After the ferry strike, Varga calls for talks", News},
		{"Harbour Gazette", "", "As Lind quits, what the council is left with", Explainer},
		{"Harbour Gazette", "", "Lind, who is leaving the council, backs Varga", News},
		{"Harbour Gazette", "", "Here's what Varga and Lind must do in the tram debate", Explainer},
		{"Harbour Gazette", "", "Fact check: the mayor's ferry claims", Explainer},
		{"Harbour Gazette", "", "Read the mayor's resignation letter: \u201cI am worn out\u201d", Explainer},
		{"Harbour Gazette", "", "What's behind the push to recall Mayor Varga", Explainer},
		{"Harbour Gazette", "", "Five things to watch in the ferry vote", Explainer},
		{"Harbour Gazette", "", "'We will not be quiet': Varga and Lind clash before the ferry vote", News},
		{"Harbour Gazette", "", "Varga says ferry cuts 'will be undone'", News},
		{"Harbour Gazette", "", "O'Rourke's ferry plan: I will fund it", FirstPerson},
		{"Harbour Gazette", "", "Reading list grows as Valmora library reopens", News},
		{"Harbour Gazette", "", "Valmora council debate preview: tram, ferry and taxes", Explainer},
		{"Harbour Gazette", "", "Read the full text of the mayor's resignation letter", Explainer},
		{"Harbour Gazette", "", "Here’s what Varga must do to win", Explainer},
		{"Harbour Gazette", "", "The ferry crash: Here's what the council proposes", Explainer},
		{"Harbour Gazette", "", "Why the Valmora by-election went national", Explainer},
		{"Harbour Gazette", "", "How the council's budget would change the ferry", Explainer},
		{"Harbour Gazette", "", "50 killed as ferry sinks off Valmora", News},
		{"Harbour Gazette", "", "Mayor: why I am leaving", FirstPerson},
		{"Harbour Gazette", "", "‘I’m staying in the race’: Varga rejects calls to quit", News},
		{"Harbour Gazette", "", "Varga, asked about the tram, says “we don’t quit now”", News},
		{"Harbour Gazette", "", "The tram is “our last chance”: we must not waste it", FirstPerson},
		{"Harbour Gazette", "", "‘It’s everywhere’: How the ferry leak spread", Explainer},
		{"Harbour Gazette", "https://harbourgazette.example/blogs/politics/2031/05/varga-concedes", "Varga concedes the tram vote", News},
		{"Harbour Gazette", "https://harbourgazette.example/blog/live-updates/2031/05/12/varga-wins", "Varga wins the by-election", News},
		{"Harbour Gazette", "https://harbourgazette.example/blogs/harbour-view/2031/05/12/tram", "The tram vote was a mistake", Opinion},
		{"Harbour Gazette", "https://harbourgazette.example/opinion/blogs/politics/tram", "The tram vote was a mistake", Opinion},
		{"Harbour Gazette", "", "Varga: Council will vote on the tram in May", News},
		{"Harbour Gazette", "", "Watch where the tram will run under the new plan", News},
		{"Harbour Gazette", "", "The 2032 budget passes after a night of talks", News},
		{"Harbour Gazette", "", "Valmora's bridge vote: What it means for commuters", Explainer},
		{"Harbour Gazette", "", "Timeline: the ferry dispute", Explainer},
		{"Harbour Gazette", "", "Varga vs. the council: Making sense of the tram fight", Explainer},
		{"Harbour Gazette", "", "The Valmora ferry dispute, explained", Explainer},
		{"Harbour Gazette", "", "Who is Ilse Varga? The harbour pilot the mayor wants fired", Explainer},
		{"Harbour Gazette", "", "What the ferry strike means for commuters", Explainer},
		{"Harbour Gazette", "", "What's in Valmora's 2032 budget? Tram money and ferry cuts", Explainer},
		{"Harbour Gazette", "", "Where the tram candidates stand on fares", Explainer},
		{"Harbour Gazette", "", "Whoever wins, Valmora's tram plan stays", News},
		{"Harbour Gazette", "", "Whatcom ferry sinks off Valmora", News},
		{"Harbour Gazette", "", "Varga's tram plan, explained by a transit planner", Explainer},
		{"Harbour Gazette", "", "The ferry strike — and what it costs the harbour — explained", Explainer},
		{"Harbour Gazette", "", "The Valmora tram fight explained in 300 words", Explainer},
		{"Harbour Gazette", "", "Varga just explained how the tram will be paid for", News},
		{"Harbour Gazette", "", "Costs not explained in Valmora ferry plan, auditor says", News},
		{"Harbour Gazette", "", "Mayor Varga makes 6 false claims in her ferry speech", Explainer},
		{"Harbour Gazette", "https://harbourgazette.example/2031/05/12/ferry-speech-fact-check/index.html", "Varga stretches the truth on ferry fares", Explainer},
		{"Harbour Gazette", "", "Varga sends condolences in her first reaction to the ferry crash", News},
		{"Harbour Gazette", "", "Writers on the Left and Right React to Varga's Tram Veto", Explainer},
		{"Harbour Gazette", "", "Reactions to the ferry vote from across Valmora", Explainer},
		{"Harbour Gazette", "", "What the papers are saying about the tram deal", Explainer},
		{"Harbour Gazette", "", "Council papers show Varga knew of ferry faults", News},
		{"Harbour Gazette", "", "Lind reacts to the tram veto with a lawsuit", News},
		{"Harbour Gazette", "", "Harbour Courier has started fact-checking the mayor", News},
		{"Harbour Gazette", "", "Fact Check: Varga's ferry fares", Explainer},
		{"Harbour Gazette", "", "Harbour files offer insight into the old ferry dispute", Explainer},
		{"Harbour Gazette", "", "An exclusive look at Varga's plan to cut ferry fares", Explainer},
		{"Harbour Gazette", "", "Varga takes a hard look at ferry fares, orders cuts", News},
		{"Harbour Gazette", "https://harbourgazette.example/analysis/2031/05/12/tram", "Varga's veto leaves the tram stranded", Explainer},
		{"Harbour Gazette", "https://harbourgazette.example/2031/5/12/courier-fact-check-mayor-tweets", "Courier starts checking the mayor's posts", News},
		{"Harbour Gazette", "https://harbourgazette.example/news/fact-check/ferry-fares/", "Varga's ferry fares did not double", Explainer},
		{"Harbour Gazette", "", "Varga releases the harbour files, holds back some", News},
	}
	for _, tc := range cases {
		got := classifyHeadline(Doc{Outlet: tc.outlet, URL: tc.url, Title: tc.title})
		if got != tc.want {
			t.Errorf("%q (%s, %s) = %s, want %s", tc.title, tc.outlet, tc.url, got, tc.want)
		}
	}
}

// TestBylineLabel: a headline that opens with its writer's name is a
// column; one that opens with another person's name reports what that
// person said.
func TestBylineLabel(t *testing.T) {
	cases := []struct {
		outlet  string
		authors []string
		title   string
		want    Headline
	}{
		{"Harbour Gazette", []string{"Jonas Varga"}, "VARGA: Another ferry surrender", Opinion},
		{"Harbour Gazette", []string{"Sen. Ilse Brandt"}, "Brandt: The tram is worth its price", Opinion},
		{"Harbour Gazette", []string{"Ilse Brandt"}, "Ilse Brandt: Why the bridge must stay open", Opinion},
		{"Mira Holm", nil, "Holm: The council's dull hearings are a flop", Opinion},
		{"Harbour Gazette", []string{"Jonas Varga"}, "Brandt: Council will vote on the tram in May", News},
		{"Harbour Gazette", nil, "Brandt: Council will vote on the tram in May", News},
		{"Valmora Daily News", nil, "News: Council will vote on the tram in May", News},
		{"Harbour Gazette", []string{"Jonas Varga"}, "Varga and Brandt clash over the tram", News},
	}
	for _, tc := range cases {
		got := classifyHeadline(Doc{Outlet: tc.outlet, Authors: tc.authors, Title: tc.title})
		if got != tc.want {
			t.Errorf("%q by %v (%s) = %s, want %s", tc.title, tc.authors, tc.outlet, got, tc.want)
		}
	}
}

func TestMentionedDays(t *testing.T) {
	pub := time.Date(2031, 5, 14, 9, 0, 0, 0, time.UTC) // a Wednesday
	d := func(s string) int32 { return dayOf(day(s)) }
	cases := []struct {
		title, lead string
		want        map[int32]int
	}{
		{"", "The council voted on Tuesday.", map[int32]int{d("2031-05-13"): 1}},
		{"", "The council voted on Wednesday.", map[int32]int{d("2031-05-14"): 1}},
		{"", "The council will vote next Tuesday.", nil}, // beyond the day after
		{"", "The council will vote on Thursday.", nil},  // tomorrow's weekday: not read
		{"", "The council voted last Thursday.", map[int32]int{d("2031-05-08"): 1}},
		{"", "The council will vote next Thursday.", map[int32]int{d("2031-05-15"): 1}},
		{"", "Yesterday the council voted; today it met again.", map[int32]int{d("2031-05-13"): 1, d("2031-05-14"): 1}},
		{"", "Late last night the ferry sank.", map[int32]int{d("2031-05-13"): 1}},
		{"Council votes on May 12", "", map[int32]int{d("2031-05-12"): 2}},
		{"", "On 12 May 2031 and on May 13, 2031 it voted.", map[int32]int{d("2031-05-12"): 1, d("2031-05-13"): 1}},
		{"", "Since Jan. 6 the harbour has been shut.", nil}, // too long before
		{"", "In May, 7 people left; the council may 12 times vote.", nil},
	}
	for _, tc := range cases {
		got := mentionedDays(tokenize(nil, tc.title), tokenize(nil, tc.lead), pub)
		m := map[int32]int{}
		for _, dc := range got {
			m[dc.Day] = dc.Count
		}
		if len(m) != len(tc.want) {
			t.Errorf("%q %q: days %v, want %v", tc.title, tc.lead, m, tc.want)
			continue
		}
		for k, v := range tc.want {
			if m[k] != v {
				t.Errorf("%q %q: days %v, want %v", tc.title, tc.lead, m, tc.want)
			}
		}
	}
	if day, told := eventDay(nil, d("2031-05-14")); day != d("2031-05-14") || told {
		t.Errorf("eventDay without mentions = %d, %v", day, told)
	}
}
