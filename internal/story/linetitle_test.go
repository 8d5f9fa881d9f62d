package story

import "testing"

// TestStorylineTitleReports: a storyline takes the title of its most
// covered event whose title is a news headline, not that of a bigger
// event titled by an opinion piece, and keeps it as the opinion-titled
// event grows; between events of as many outlets, the plain report's
// before the preview's; a preview of more outlets before a report of
// fewer; with no news headline, the most covered event's.
func TestStorylineTitleReports(t *testing.T) {
	prof := func(serial int64, title string, h Headline, outlets ...string) *profile {
		return &profile{serial: serial, id: title, title: title, articles: len(outlets), outlets: outlets,
			titleRank: headlineRank(h, title)}
	}
	opinion := prof(1, "The running mates' debate showed us nothing new", Opinion, "a", "b", "c", "d", "e")
	preview := prof(2, "Solvik and Lind set to face off in harbour debate", News, "a", "b", "c")
	report := prof(3, "Solvik and Lind clash over harbour dredging in debate", News, "a", "b", "c")
	small := prof(4, "Lind wins the endorsement of the dockworkers", News, "a", "b")
	ls := &storylines{}
	ls.init()
	l := &storyline{serial: 1, id: "l1", events: []*profile{opinion, preview, report, small}}
	if got := ls.summary(l).Title; got != report.title {
		t.Errorf("title %q, want the report's %q", got, report.title)
	}
	opinion.outlets, opinion.articles = append(opinion.outlets, "f", "g"), 9
	l.built = false
	if got := ls.summary(l).Title; got != report.title {
		t.Errorf("after the opinion event grew: title %q, want %q", got, report.title)
	}
	l.events = []*profile{small, preview, opinion}
	if got := ls.summary(l).Title; got != preview.title {
		t.Errorf("with a smaller report only: title %q, want the preview's %q", got, preview.title)
	}
	l.events = []*profile{opinion, prof(5, "Is the harbour debate worth watching?", Question, "a")}
	if got := ls.summary(l).Title; got != opinion.title {
		t.Errorf("with neither report nor preview: title %q, want the most covered event's %q", got, opinion.title)
	}
}

// TestTitleRankOf: the rank of an event's title is that of the member
// whose headline it is; plain reports rank 0, previews and judgments 1,
// questions and opinion further.
func TestTitleRankOf(t *testing.T) {
	for _, c := range []struct {
		title string
		h     Headline
		want  int
	}{
		{"Solvik steps aside from harbour inquiry", News, 0},
		{"Solvik set to step aside from harbour inquiry", News, 1},
		{"Solvik's harbour plan is a disgrace", News, 1},
		{"Mayor Solvik, 12 years at the harbour", Short, 2},
		{"Will Solvik step aside?", Question, 4},
		{"Solvik steps aside from harbour inquiry", Opinion, 4},
	} {
		if got := headlineRank(c.h, c.title); got != c.want {
			t.Errorf("%q (%v): rank %d, want %d", c.title, c.h, got, c.want)
		}
	}
	e := &event{titleArticle: "b", members: []*member{
		{id: "a", title: "Solvik steps aside", headline: News},
		{id: "b", title: "Why Solvik stepped aside", headline: Explainer},
	}}
	if got := e.titleRank(); got != 4 {
		t.Errorf("event rank %d, want 4 (its title's member is an explainer)", got)
	}
}

// TestResumeReadsV2State: a state saved before profiles kept their
// title's rank (format 2) is still read, each rank judged from the
// title's words; the current format keeps the ranks as they were.
func TestResumeReadsV2State(t *testing.T) {
	docs, _ := fixtureDocs()
	c := New(DefaultConfig(), nil)
	for _, d := range docs {
		c.Add(d)
	}
	c.Drain()
	ranks := func(c *Clusterer) map[string]int {
		out := map[string]int{}
		for _, l := range c.lines.lines {
			for _, p := range l.events {
				out[p.id] = p.titleRank
			}
		}
		return out
	}
	want := ranks(c)
	for _, v := range []byte{stateV2, stateMagic[len(stateMagic)-1]} {
		b, err := c.marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Resume(b, nil)
		if err != nil {
			t.Fatalf("format %d: %v", v, err)
		}
		got := ranks(r)
		if len(got) != len(want) || len(got) == 0 {
			t.Fatalf("format %d: %d profiles, want %d", v, len(got), len(want))
		}
		for id, rank := range got {
			if v == stateV2 {
				for _, l := range r.lines.lines {
					for _, p := range l.events {
						if p.id == id && rank != headlineRank(classifyHeadline(Doc{Title: p.title}), p.title) {
							t.Errorf("format 2: %s rank %d, not its title's", id, rank)
						}
					}
				}
			} else if rank != want[id] {
				t.Errorf("format %d: %s rank %d, want %d", v, id, rank, want[id])
			}
		}
	}
}
