package story

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestLeadAnswer: who answers in a lead's first sentence, read with the
// nlp analysis (invented Velmar text).
func TestLeadAnswer(t *testing.T) {
	r, err := newLeadReader()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		paras []string
		want  []string
	}{
		{[]string{"Mayor Kiri Ardell on Sunday slammed the port board's plan to double the harbour tax."}, []string{"ardell", "kiri"}},
		{[]string{"Photo: the harbour", "Councillor Brek Dunn fired back at the port board over the harbour tax on Monday."}, []string{"brek", "dunn"}},
		{[]string{"The Velmar Port Authority slammed the mayor's plan to double the harbour tax on Monday."}, []string{"authority", "port", "velmar"}},
		// A ruling on a matter put to its subject is the act, not an
		// answer to it.
		{[]string{"The Velmar Port Board rejected the mayor's plan to double the harbour tax on Monday."}, nil},
		{[]string{"Judge Ana Falk dismissed the ferry company's lawsuit against the harbour tax on Monday."}, nil},
		{[]string{"The Velmar Senate rejected the harbour tax bill on Tuesday by a wide margin."}, nil},
		{[]string{"Mayor Kiri Ardell rejected the port board's claims about the harbour tax on Monday."}, []string{"ardell", "kiri"}},
		// "hit out" answers as "hit back" does; a title's full stop is
		// inside the subject.
		{[]string{"Mayor Kiri Ardell hit out at the port board over the harbour tax on Monday."}, []string{"ardell", "kiri"}},
		{[]string{"Gov. Kiri Ardell hit back at the port board over the harbour tax on Monday."}, []string{"ardell", "kiri"}},
		// A person in the subject answers, not the place named before them.
		{[]string{"Velmar Gov. Kiri Ardell on Sunday slammed the port board's plan to double the harbour tax."}, []string{"ardell", "kiri"}},
		// A link line is not the lead's first sentence; its paragraph
		// is left whole and the next one leads.
		{[]string{"READ MORE: Mayor Kiri Ardell slams the port board's harbour tax plan as a raid", "The port board voted on Monday to double the harbour tax from next year."}, nil},
		{[]string{"Related: The harbour tax doubles next year. Mayor Kiri Ardell slammed the plan at the harbour.", "The port board voted on Monday to double the harbour tax from next year."}, nil},
		{[]string{"Watch the port board's vote on the harbour tax live on Velmar TV tonight.", "VELMAR - Mayor Kiri Ardell on Sunday slammed the port board's plan to double the harbour tax."}, []string{"ardell", "kiri"}},
		// A sentence of the writer's own that opens with the verb
		// "Watch" is the lead's first sentence.
		{[]string{"Watch the port board raise the harbour tax again next spring.", "VELMAR - Mayor Kiri Ardell on Sunday slammed the port board's plan to double the harbour tax."}, nil},
		// Captions are set aside by internal/clean before the clusterer
		// reads the text: one left in is read like any other line.
		{[]string{"CLOSE Mayor Kiri Ardell slams the port board's harbour tax plan. Velmar Post", "The port board voted on Monday to double the harbour tax from next year."}, []string{"ardell", "kiri"}},
		{[]string{"Councillor Brek Dunn fired the port board's treasurer over the harbour tax on Monday."}, nil},
		{[]string{"The port board voted on Monday to double the harbour tax from next year."}, nil},
		{[]string{"A senior harbour official slammed the port board's plan to double the tax on Monday."}, nil},
		{[]string{"The port board doubled the harbour tax on Monday, and Ardell slammed the plan."}, nil},
		// An unnamed answerer whose subject holds a capitalised word
		// before its head names no one either.
		{[]string{"A senior Velmar harbour official slammed the port board's plan to double the tax on Monday."}, nil},
		{[]string{"Velmar officials rejected the port board's plan to double the harbour tax on Monday."}, nil},
		{[]string{"Velmar's mayor slammed the board's plan to double the harbour tax on Monday."}, nil},
		// A relative clause's verb is not the lead's.
		{[]string{"Councillor Brek Dunn who slammed the harbour tax last week resigned on Monday."}, nil},
		// Only the first four paragraphs are read for the lead.
		{[]string{"Photo: the harbour", "Velmar", "Harbour tax", "By Ana Obi", "Mayor Kiri Ardell slammed the port board's plan to double the harbour tax."}, nil},
		// Titles of office name no one.
		{[]string{"The Governor hit back at the port board over the harbour tax on Monday."}, nil},
	} {
		got := r.answer(Doc{Paragraphs: tc.paras})
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.paras, got, tc.want)
		}
	}
}

// TestLinkLine: a line opening with "Watch" is a link line when it points
// to something to watch, not when it is a sentence of the writer's own
// (invented Velmar text).
func TestLinkLine(t *testing.T) {
	r, err := newLeadReader()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Watch the port board's vote on the harbour tax live on Velmar TV tonight.", true},
		{"WATCH: Mayor Kiri Ardell on the harbour tax", true},
		{"Watch Mayor Kiri Ardell's remarks on the harbour tax:", true},
		{"Watch the port board's second hearing on the harbour tax.", true},
		{"Watch the ferry captains' protest at the quay in the video above.", true},
		{"Watch Kiri Ardell's interview on \"Velmar Tonight\" at 9 p.m. ET Sunday.", true},
		{"Read more: the port board doubles the harbour tax", true},
		{"Watch out for the harbour tax, the ferry captains warn their crews.", false},
		{"Watch where the ferry fares go once the harbour tax doubles.", false},
		{"Watch the port board raise the harbour tax again next spring.", false},
		{"Watch this space for the port board's next move.", false},
		{"The port board voted on Monday to double the harbour tax.", false},
	} {
		a := r.an.Analyze(nlp.Input{Paragraphs: []string{tc.line}})
		if len(a.Sentences) != 1 {
			t.Fatalf("%q: %d sentences, want 1", tc.line, len(a.Sentences))
		}
		if got := linkLine(a.Sentences[0].Tokens); got != tc.want {
			t.Errorf("%q: link line %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestLeadAnswers: a news article whose lead answers a happening an event
// reports on another day does not join it; on the day itself, or when a
// member's title names the answerer, it joins.
func TestLeadAnswers(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	const day = 19000
	report := func(id, title string, eday int32) *member {
		return &member{id: id, title: title, dated: true, eday: eday}
	}
	eventOf := func(ms ...*member) *event {
		return &event{serial: 1, members: ms, titleArticle: ms[0].id}
	}
	answer := func(title, lead string, eday int32) *prepared {
		p := &prepared{title: title, eday: eday}
		p.speaker, p.answer = headStatement(title)
		p.doc.HasTime, p.doc.Title, p.doc.Paragraphs = true, title, []string{lead}
		return p
	}
	high := scored{score: cfg.Threshold + 0.5}
	vote := report("v", "Velmar council doubles the harbour tax", day)
	vote2 := report("w", "Harbour tax to double after council vote", day)
	const lead = "Mayor Kiri Ardell on Tuesday slammed the council's vote to double the harbour tax."
	next := answer("A harbour tax row in Velmar", lead, day+1)
	if ok, _ := c.joins(next, eventOf(vote, vote2), &high, cfg.Threshold); ok {
		t.Errorf("the mayor's answer of the next day, told in the lead, joins the vote")
	}
	opinion := answer("A harbour tax row in Velmar", lead, day+1)
	opinion.headline = Opinion
	undated := answer("A harbour tax row in Velmar", lead, day+1)
	undated.doc.HasTime = false
	for name, tc := range map[string]struct {
		p *prepared
		e *event
	}{
		"the same day":             {answer("A harbour tax row in Velmar", lead, day), eventOf(vote, vote2)},
		"a member that day":        {answer("A harbour tax row in Velmar", lead, day+1), eventOf(vote, report("x", "Tax row goes on", day+1))},
		"a member names him":       {answer("A harbour tax row in Velmar", lead, day+1), eventOf(vote, report("y", "Ardell vows to fight harbour tax", day))},
		"the lead reports an act":  {answer("A harbour tax row in Velmar", "The Velmar council voted on Monday to double the harbour tax from May.", day+1), eventOf(vote)},
		"an unnamed answerer":      {answer("A harbour tax row in Velmar", "A senior harbour official slammed the council's vote to double the tax.", day+1), eventOf(vote)},
		"an opinion piece":         {opinion, eventOf(vote)},
		"an undated piece":         {undated, eventOf(vote)},
		"an undated member":        {answer("A harbour tax row in Velmar", lead, day+1), eventOf(vote, &member{id: "u", title: "Tax row"})},
		"a ruling of the next day": {answer("A harbour tax row in Velmar", "Judge Ana Falk on Tuesday dismissed the ferry company's lawsuit against the new tax.", day+1), eventOf(vote)},
	} {
		if ok, _ := c.joins(tc.p, tc.e, &high, cfg.Threshold); !ok {
			t.Errorf("%s: refused", name)
		}
	}
	off := cfg
	off.LeadAnswersApart = false
	if New(off, nil).leadAnswers(answer("A harbour tax row in Velmar", lead, day+1), eventOf(vote)) {
		t.Errorf("LeadAnswersApart off: read as an answer")
	}
}

// BenchmarkLeadAnswer is the cost of reading one lead that may answer
// (four paragraphs of invented text, one of them holding an answer verb):
// the nlp analysis leadReader.answer runs once per article when a join reaches
// the check.
func BenchmarkLeadAnswer(b *testing.B) {
	d := Doc{Paragraphs: []string{
		"Mayor Kiri Ardell on Tuesday slammed the Velmar council's vote to double the harbour tax, calling it a blow to the ferry trade.",
		"The council voted 7 to 4 on Monday to raise the tax from May, after a long debate over the cost of the new breakwater and the dredging of the old channel.",
		"“This is a tax on every family that crosses to the islands,” Ardell told reporters outside the port office. Councillor Brek Dunn said the vote would stand.",
		"The port board, which sets the fees, has not said when the new rates will be posted at the ferry terminal or how the money will be spent.",
	}}
	r, err := newLeadReader()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		r.answer(d)
	}
}

// TestPastAnswersCoverTitleVerbs: every singular answer verb of titles
// (answerVerbs) has its past form in pastAnswers, so that a lead reads
// the answers a title reads.
func TestPastAnswersCoverTitleVerbs(t *testing.T) {
	covered := map[string]bool{}
	for past, present := range pastAnswers {
		if !answerWord(past) {
			t.Errorf("%q: past of %q, not a singular answer verb of titles", past, present)
		}
		covered[present] = true
	}
	for w := range answerVerbs {
		if _, past := pastAnswers[w]; !past && answerWord(w) && !covered[w] {
			t.Errorf("%q answers in a title and has no past form in a lead", w)
		}
	}
}
