package main

import (
	"slices"
	"testing"
)

// testReader returns a Reader over internal/story's kinds of happening.
func testReader(t *testing.T) *Reader {
	t.Helper()
	kinds, err := readActions("../../../story/data/actions.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewReader(kinds)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// want is what a test expects of a Happening: its act, light verb,
// family, agent, one object it must hold ("" none asked) and whether it
// reports words.
type want struct {
	act, light, family, agent, object string
	reported, said                    bool
}

func check(t *testing.T, line string, h Happening, w want) {
	t.Helper()
	if h.Act != w.act || h.Light != w.light || h.Family != w.family || h.Agent != w.agent ||
		h.Reported != w.reported || h.Said != w.said || w.object != "" && !slices.Contains(h.Objects, w.object) {
		t.Errorf("%q:\n got %+v\nwant %+v", line, h, w)
	}
}

func TestTitleHappening(t *testing.T) {
	r := testReader(t)
	for _, c := range []struct {
		title string
		want  want
	}{
		// Title Case is read in sentence case; a reporting verb with a
		// noun object tells an act, and "state of" gives the noun after.
		{"Governor Kiri Ardell Declares State Of Emergency Over Velmar Floods",
			want{act: "declar", agent: "kiri ardell", object: "~emergency", reported: true}},
		// A present verb after a common noun, which MainClause leaves.
		{"Velmar council passes harbour budget", want{act: "pass", family: "pass", agent: "~council", object: "~budget"}},
		// A light verb's infinitive is the act.
		{"Ardell moves to declare emergency at the border", want{act: "declar", light: "move", agent: "~ardell", object: "~emergency"}},
		{"Senate Votes To Confirm Ilse Varn As Harbour Master", want{act: "vote", family: "vote", agent: "senate"}},
		// A headline's future act after "to", and a Title Case verb the
		// analysis takes into a name.
		{"Councillor Varn to quit Velmar council", want{act: "quit", family: "resign", agent: "varn", object: "~council"}},
		{"Mayor Varn Takes Ferry Fight To Velmar Court", want{act: "take", agent: "varn", object: "~fight"}},
		{"", want{}},
	} {
		check(t, c.title, r.Title(c.title), c.want)
	}
}

func TestLeadHappening(t *testing.T) {
	r := testReader(t)
	for _, c := range []struct {
		lead []string
		want want
	}{
		{[]string{"Velmar Gov. Kiri Ardell on Friday signed a bill that raises the harbour toll."},
			want{act: "sign", family: "sign", agent: "kiri ardell", object: "~bill"}},
		// The act a statement reports, and its agent, not the speaker.
		{[]string{"VELMAR (Wire) — The harbour council voted on Tuesday to close the Marlow bridge, officials said."},
			want{act: "vote", family: "vote", agent: "~council", reported: true}},
		{[]string{"Mayor Ilse Varn said Friday that the city will sue the port board over the fees."},
			want{act: "sue", family: "sue", agent: "~city", object: "~board", reported: true}},
		{[]string{"A gunman shot three people at a Velmar market on Sunday, police said."},
			want{act: "shoot", family: "shoot", agent: "~gunman", object: "~people", reported: true}},
		// A phrasal verb keeps its particle.
		{[]string{"Councillor Ardell fired back at the port board on Monday."},
			want{act: "fire back", family: "fire", agent: "ardell"}},
		// Short lines and link lines are not the lead.
		{[]string{"Photo: the bridge.", "Read more: Velmar bridge to close for a month after the vote.",
			"The harbour board rejected the toll plan on Monday."},
			want{act: "reject", family: "reject", agent: "~board", object: "~plan"}},
		// An adverb after the auxiliary, a count after "has", a copula's
		// complement and a preposition after a participle are not the act.
		{[]string{"Harbour master Ilse Varn is personally taking charge of the ferry repairs."},
			want{act: "take", agent: "ilse varn", object: "~charge"}},
		{[]string{"Velmar harbour master Ilse Varn has three boats and a licence to run a ferry."},
			want{act: "have", agent: "ilse varn", object: "~boat"}},
		{[]string{"The new harbour toll is different from the old one, the board said."},
			want{act: "be", agent: "~toll", reported: true}},
		{[]string{"Two divers were killed in an accident at the Velmar docks on Sunday."},
			want{act: "kill", family: "kill", agent: "~diver"}},
	} {
		check(t, c.lead[0], r.Lead(c.lead), c.want)
	}
}

func TestLemma(t *testing.T) {
	for _, c := range [][3]string{{"shot", "shot", "shoot"}, {"says", "say", "say"}, {"signed", "sign", "sign"}, {"vetoes", "veto", "veto"}} {
		if got := lemma(c[0], c[1]); got != c[2] {
			t.Errorf("lemma(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// BenchmarkRead reads the title and lead of a made-up report of four
// paragraphs: the cost per article a join rule would pay.
func BenchmarkRead(b *testing.B) {
	kinds, err := readActions("../../../story/data/actions.txt")
	if err != nil {
		b.Fatal(err)
	}
	r, err := NewReader(kinds)
	if err != nil {
		b.Fatal(err)
	}
	title := "Velmar Council Votes To Close Marlow Bridge After Flood Damage"
	paras := []string{
		"VELMAR (Harbour Wire) — The Velmar harbour council voted 7-2 on Tuesday to close the Marlow bridge for a month, officials said, after floods cracked two of its piers.",
		"Mayor Ilse Varn said the closure would cost the port about 40,000 crowns a week and that repairs would start on Monday.",
		"“We cannot risk a lorry on that span,” said Kiri Ardell, the council's engineer. Ferry crews will add two crossings a day.",
		"The harbour board, which runs the ferries, said it had not been told of the vote before it was taken.",
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Title(title)
		_ = r.Lead(paras)
	}
}
