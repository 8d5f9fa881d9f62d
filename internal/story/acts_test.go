package story

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// actSet returns the acts of the lexicon named.
func actSet(t *testing.T, names ...string) Acts {
	t.Helper()
	var a Acts
	for _, n := range names {
		i := -1
		for j, m := range acts.names {
			if m == n {
				i = j
			}
		}
		if i < 0 {
			t.Fatalf("no act %q in the lexicon", n)
		}
		a |= 1 << i
	}
	return a
}

// actNames returns the names of the acts of a, in lexicon order.
func actNames(a Acts) string {
	var ns []string
	for i, n := range acts.names {
		if a&(1<<i) != 0 {
			ns = append(ns, n)
		}
	}
	return strings.Join(ns, " ")
}

// TestActsOf reads the heads of invented reports of one trial and one
// attack in the town of Velmar.
func TestActsOf(t *testing.T) {
	for _, tc := range []struct{ title, lead, want string }{
		{"Velmar jury finds harbour clerk Ostrova guilty of fraud", "The jury deliberated for two days.", "convict"},
		{"Ostrova sentenced to 12 years for the harbour fraud", "", "sentence"},
		{"Ostrova pleaded guilty to harbour fraud", "", "plead"},
		{"Ostrova pleads not guilty as trial nears", "", "plead"},
		{"Harbour clerk found not guilty", "", "convict"},
		// The last part of the title tells the act, the saga's name before
		// the colon does not.
		{"Velmar market attack: the hunt for the gunmen", "", "manhunt"},
		{"Velmar market attack leaves six dead", "", "attack"},
		// Two acts of one chain in one title: both are read when the
		// earlier comes first...
		{"Ostrova, convicted in May, sentenced to 12 years", "", "convict sentence"},
		{"Velmar police say the market attack gunman is on the run", "", "attack manhunt"},
		// ...the later alone when it comes first: the earlier is the
		// saga's background.
		{"Massive hunt for the gunmen of the Velmar market attack", "", "manhunt"},
		{"Velmar police hunt two brothers accused of the market shooting", "", "manhunt"},
		{"Ostrova sentenced to 12 years after fraud conviction", "", "sentence"},
		{"Mourners at the funeral of the Velmar market attack's victims", "", "funeral"},
		{"Velmar gunman arrested after three-day manhunt", "", "arrest"},
		// Acts of two chains are both kept.
		{"Velmar market attack suspect arrested", "", "attack arrest"},
		// No act in the title: the lead's first sentence, not the second.
		{"What Velmar's clerk told the court", "Ostrova was sentenced on Monday. She had been convicted in May.", "sentence"},
		{"What Velmar's clerk told the court", "Ostrova spoke for an hour. She had been convicted in May.", ""},
		// The title first: the lead's background act is not read.
		{"Ostrova sentenced to 12 years", "Ostrova, convicted in May of fraud, was given 12 years.", "sentence"},
		{"Governor Pell sworn in at Velmar", "", "sworn"},
		{"Why Pell is threatening to veto the ferry bill", "", ""},
		// A "witch hunt" is a charge of persecution, no manhunt; a heart attack no attack.
		{"Ostrova calls the fraud charges a witch hunt", "", "charge"},
		{"Pell decries 'Witch-Hunt' after harbour clerk's arrest", "", "arrest"},
		{"Velmar police widen hunt for the market gunmen", "", "manhunt"},
		{"Velmar mourners recall the clerk's fatal heart attack at the vigil", "", "funeral"},
	} {
		got := actNames(actsOf(tokenize(nil, tc.title), tokenize(nil, tc.lead)))
		if got != tc.want {
			t.Errorf("actsOf(%q, %q) = %q, want %q", tc.title, tc.lead, got, tc.want)
		}
	}
}

// TestParseActs: phrases are matched longest first, "apart" lists become
// act sets, and a malformed lexicon panics.
func TestParseActs(t *testing.T) {
	lx := parseActs("# comment\nplead: pleaded pleaded_guilty\nconvict: guilty verdict\nnone: not_a_verdict\napart: plead convict\n")
	if len(lx.names) != 2 || len(lx.apart) != 1 || lx.apart[0] != 3 {
		t.Fatalf("parsed %v, apart %v", lx.names, lx.apart)
	}
	if got := lx.tell(tokenize(nil, "Clerk pleaded guilty")); got != 1 {
		t.Errorf("pleaded guilty read as %b, want the plea alone", got)
	}
	if got := lx.tell(tokenize(nil, "Guilty verdict for the clerk")); got != 2 {
		t.Errorf("guilty verdict read as %b, want the verdict", got)
	}
	if got := lx.tell(tokenize(nil, "Not a verdict yet")); got != 0 {
		t.Errorf("a phrase of no act read as %b", got)
	}
	for _, bad := range []string{"plead pleaded", "none: verdict\nconvict: verdict", "plead: pleaded\napart: plead sentence", "a: x\nb: x", ": x"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("parseActs(%q) did not panic", bad)
				}
			}()
			parseActs(bad)
		}()
	}
}

// TestOtherAct: an article whose head tells the sentence does not join an
// event whose heads tell the verdict, whatever its score; it joins when a
// member already tells the sentence, when its own head tells both acts,
// when the event's heads tell different acts of the chain, and with
// ActReading off. Acts of different "apart" lists do not part.
func TestOtherAct(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg, nil)
	convict, sentence := actSet(t, "convict"), actSet(t, "sentence")
	eventOf := func(memberActs ...Acts) *event {
		e := &event{serial: 1}
		for _, a := range memberActs {
			e.members = append(e.members, &member{acts: a})
		}
		return e
	}
	high := scored{score: cfg.Threshold + 0.5}
	p := &prepared{acts: sentence}
	if ok, _ := c.joins(p, eventOf(convict, 0), &high, cfg.Threshold); ok {
		t.Errorf("the sentence joins the verdict's event")
	}
	// A hunt report naming the attack as its background tells the hunt
	// alone, so the attack report stays out of the hunt's event.
	hunt := actsOf(tokenize(nil, "Massive hunt for the gunmen of the Velmar newspaper attack"), nil)
	if ok, _ := c.joins(&prepared{acts: actSet(t, "attack")}, eventOf(hunt, actSet(t, "manhunt")), &high, cfg.Threshold); ok {
		t.Errorf("the attack joins the hunt's event")
	}
	for name, tc := range map[string]struct {
		p *prepared
		e *event
	}{
		"a member tells the sentence":  {p, eventOf(convict, sentence)},
		"a member tells both acts":     {p, eventOf(convict, convict|sentence)},
		"the head tells both acts":     {&prepared{acts: convict | sentence}, eventOf(convict)},
		"members tell two other acts":  {p, eventOf(convict, actSet(t, "plead"))},
		"no member tells an act":       {p, eventOf(0, 0)},
		"acts of different chains":     {&prepared{acts: actSet(t, "arrest")}, eventOf(actSet(t, "attack"))},
		"the head tells no act":        {&prepared{}, eventOf(convict)},
		"the same act in another list": {&prepared{acts: actSet(t, "appeal")}, eventOf(actSet(t, "appeal"))},
	} {
		if c.otherAct(tc.p, tc.e) {
			t.Errorf("%s: read as another act", name)
		}
	}
	off := cfg
	off.ActReading = false
	if New(off, nil).otherAct(p, eventOf(convict)) {
		t.Errorf("ActReading off: read as another act")
	}
}

// TestActsSaved: a member's acts survive saving and resuming the state,
// beside its headline kind and preview bit.
func TestActsSaved(t *testing.T) {
	c := New(DefaultConfig(), nil)
	d := Doc{ID: "a1", Title: "Velmar jury finds harbour clerk Ostrova guilty of fraud", Paragraphs: []string{"On Monday twelve Velmar jurors ruled against the harbour clerk Ostrova."}}
	c.Add(d)
	r := resumed(t, c)
	for _, e := range r.events {
		for _, m := range e.members {
			if m.acts != actSet(t, "convict") {
				t.Errorf("resumed member acts %q, want convict", actNames(m.acts))
			}
		}
	}
}

// TestStateBeforeActs: a state saved before members kept their acts
// (testdata/state-before-acts.bin, written by main 2e55d6e9 from two
// invented reports: a question that looks ahead and a sentence) resumes
// with each member's headline kind and preview bit as saved and no acts,
// and saves again with the acts of the article then added.
func TestStateBeforeActs(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "state-before-acts.bin"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Resume(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		headline Headline
		ahead    bool
	}{"a1": {Question, true}, "a2": {News, true}}
	seen := 0
	for _, e := range r.events {
		for _, m := range e.members {
			w, ok := want[m.id]
			if !ok {
				continue
			}
			seen++
			if m.headline != w.headline || m.ahead != w.ahead || m.acts != 0 {
				t.Errorf("%s resumed as headline %d, ahead %v, acts %q; want %d, %v, none", m.id, m.headline, m.ahead, actNames(m.acts), w.headline, w.ahead)
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("resumed %d of the %d members", seen, len(want))
	}
	day := time.Date(2026, 2, 3, 9, 0, 0, 0, time.UTC)
	r.Add(Doc{ID: "a3", Outlet: "Ridge Times", Published: day, HasTime: true, Title: "Ostrova to appeal her 12-year sentence", Paragraphs: []string{"The harbour clerk Ostrova will appeal, her lawyer said in Velmar."}})
	if b, err = r.MarshalBinary(); err != nil {
		t.Fatal(err)
	}
	if r, err = Resume(b, nil); err != nil {
		t.Fatal(err)
	}
	for _, e := range r.events {
		for _, m := range e.members {
			if m.id == "a3" && m.acts != actSet(t, "appeal") {
				t.Errorf("a3 saved again with acts %q, want appeal", actNames(m.acts))
			}
		}
	}
}

// BenchmarkActsOf measures reading the acts of an invented article's
// head, as Extract does for every article.
func BenchmarkActsOf(b *testing.B) {
	heads := [][2]string{
		{"Velmar jury finds harbour clerk Ostrova guilty of fraud", "The jury deliberated for two days in the Velmar court before it returned its verdict on Monday."},
		{"Harbour council approves the ferry budget, 7-2", "The Velmar harbour council approved next year's ferry budget on Tuesday after a long debate over fares."},
		{"What Velmar's clerk told the court", "Ostrova spoke for an hour. She had been convicted in May."},
		{"Storm closes the northern ferry route for a second day", "Crews at the Velmar quay waited for the wind to drop as the route stayed shut."},
	}
	toks := make([][2][]token, len(heads))
	for i, h := range heads {
		toks[i] = [2][]token{tokenize(nil, h[0]), tokenize(nil, h[1])}
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		t := toks[n%len(toks)]
		actsOf(t[0], t[1])
		n++
	}
}

// TestLaterOrderFree: which acts a title keeps does not hang on the order
// of the "apart" lines: a title that names the arrest, then the hunt,
// then the attack tells the arrest alone whichever chain is read first.
func TestLaterOrderFree(t *testing.T) {
	acts := "attack: attack\nmanhunt: manhunt\narrest: arrested arrest\nfuneral: funeral\n"
	hunt := "apart: attack manhunt funeral\n"
	arrest := "apart: manhunt arrest funeral\n"
	title := tokenize(nil, "Arrest ends the manhunt for the Velmar market attack gunman")
	var got []string
	for _, data := range []string{acts + hunt + arrest, acts + arrest + hunt} {
		lx := parseActs(data)
		a := lx.later(title, lx.tell(title))
		var names []string
		for i, n := range lx.names {
			if a&(1<<i) != 0 {
				names = append(names, n)
			}
		}
		got = append(got, strings.Join(names, " "))
	}
	if got[0] != "arrest" || got[1] != "arrest" {
		t.Errorf("acts read with the chains in file order %q and swapped %q, want arrest both times", got[0], got[1])
	}
}
