package story

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"
)

// quakeSaga is the Velmora quake (two days), the first families' return
// three weeks on and the school reopening six weeks on: one storyline of
// three events, idle once the stream has moved on.
var quakeSaga = append(slices.Clone(quakeFollowUp), fixture{"q1-f", "coastpost.example", "2031-04-16", "quake-school",
	"Velmora school reopens six weeks after earthquake",
	"Velmora's primary school reopened on Wednesday in prefabricated classrooms, six weeks after the magnitude 6.4 earthquake that killed 12 people in the town.\n\nRegional governor Ilse Brandvik said engineers from Port Anselm would rebuild the stone school house by next spring."})

// archived returns fixture f as an undated article imported at added.
func archived(f fixture, added string) Doc {
	d := f.doc()
	d.HasTime, d.Published, d.Added = false, time.Time{}, day(added)
	return d
}

// quakeArchive is an undated piece on the Velmora quake, imported long
// after the stream it belongs to.
var quakeArchive = fixture{id: "arch-velmora", outlet: "valleytimes.example", event: "quake-memories",
	title: "Velmora earthquake survivors rebuild their stone houses",
	body:  "Survivors of the magnitude 6.4 earthquake that killed 12 people in Velmora are rebuilding the town's stone houses, regional governor Ilse Brandvik said.\n\nEngineers from Port Anselm and the Meridian Seismic Institute are checking every house the quake cracked."}

// runQuakeSaga threads the quake's storyline, then dated reports half a
// year later (the storyline goes idle and leaves the active ones), then
// docs; it returns the clusterer and tracker after a last repair.
func runQuakeSaga(t testing.TB, docs ...Doc) (*Clusterer, *Tracker) {
	t.Helper()
	c := New(DefaultConfig(), nil)
	tr := NewTracker()
	add := func(d Doc) {
		tr.Decide(c.Add(d))
		c.Repair()
		tr.Apply(c.Drain())
	}
	for _, d := range docsOf(quakeSaga) {
		add(d)
	}
	for i := range evictEvery { // events leave the active window every evictEvery articles
		add(filler(fmt.Sprintf("ferry-%d", i), "2031-11-02"))
	}
	for _, d := range docs {
		add(d)
	}
	return c, tr
}

// TestArchiveJoinsDormantStoryline: an undated article of an archive
// imported late (the case of ABP's 4,393 undated articles, all added
// after the dated stream) joins the storyline of its saga, which went
// idle months before, instead of starting a parallel storyline; a current
// undated report, another saga's archive and a dated report half a year
// on do not wake it.
func TestArchiveJoinsDormantStoryline(t *testing.T) {
	_, tr := runQuakeSaga(t)
	line := tr.Storyline("q1-a")
	for _, id := range []string{"q1-d", "q1-f"} {
		if tr.Storyline(id) != line {
			t.Fatalf("%s is not in the quake's storyline: the fixture does not make a saga of three events", id)
		}
	}

	_, tr = runQuakeSaga(t, archived(quakeArchive, "2040-01-01"))
	if got := tr.Storyline(quakeArchive.id); got != tr.Storyline("q1-a") {
		t.Errorf("the archive piece on the quake is in storyline %s, the quake in %s", got, tr.Storyline("q1-a"))
	}

	// Another town's quake, from the archive: a storyline of its own.
	karsk := archived(fixtures[3], "2040-01-01")
	_, tr = runQuakeSaga(t, karsk)
	if tr.Storyline(karsk.ID) == tr.Storyline("q1-a") {
		t.Error("an archive report of the Karsk quake joined the Velmora storyline")
	}

	// Undated but current news half a year on: the storyline has closed
	// (as for a dated report, TestStorylineClosesWhenQuiet).
	current := archived(quakeArchive, "2031-11-02")
	_, tr = runQuakeSaga(t, current)
	if tr.Storyline(current.ID) == tr.Storyline("q1-a") {
		t.Error("a current undated report half a year on joined the closed storyline")
	}
}

// TestDormantStorylinesResume: dormant storylines are part of the state.
func TestDormantStorylinesResume(t *testing.T) {
	c, tr := runQuakeSaga(t)
	if serial, kept := c.lines.byID[tr.Storyline("q1-a")]; !kept || c.lines.lines[serial] != nil || c.lines.dormant[serial] == nil {
		t.Fatal("the quake's storyline is not dormant")
	}
	b := mustMarshal(t, c)
	r, err := Resume(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b2, _ := r.MarshalBinary(); !reflect.DeepEqual(b, b2) {
		t.Error("state with dormant storylines does not survive a round trip")
	}
	tr.Decide(r.Add(archived(quakeArchive, "2040-01-01")))
	r.Repair()
	tr.Apply(r.Drain())
	if got := tr.Storyline(quakeArchive.id); got != tr.Storyline("q1-a") {
		t.Errorf("after resuming, the archive piece is in storyline %s, the quake in %s", got, tr.Storyline("q1-a"))
	}
	// A state of the format before dormant storylines is still read.
	old, err := c.marshal(stateV3)
	if err != nil {
		t.Fatal(err)
	}
	r, err = Resume(old, nil)
	if err != nil {
		t.Fatalf("format 3: %v", err)
	}
	if len(r.lines.dormant) != 0 {
		t.Error("a format 3 state has dormant storylines")
	}
}

// TestArchiveYearsKeepDormantStorylineAsleep: what an archive piece
// writes of its time may set it apart from a dormant storyline. The
// Velmora quake's storyline (2031) is not woken by a piece on its
// rebuilding whose address names 2037, nor by one that writes two later
// years (a later saga of the same town), while one that recalls an older
// year, plans for one later year or names 2031 in its address still joins
// it. On main all five join.
func TestArchiveYearsKeepDormantStorylineAsleep(t *testing.T) {
	piece := func(id, url, extra string) Doc {
		f := quakeArchive
		f.id = id
		f.body += "\n\n" + extra
		d := archived(f, "2040-01-01")
		d.URL = url
		return d
	}
	for _, tc := range []struct {
		name string
		doc  Doc
		join bool
	}{
		{"address of 2037", piece("arch-url-2037", "https://valleytimes.example/2037/05/velmora-rebuild", "The governor visited the new houses."), false},
		{"two later years", piece("arch-later", "", "The town held elections in 2035 and rebuilt its school again in 2036."), false},
		{"an older year recalled", piece("arch-older", "", "The town had last been struck by a quake in 2012."), true},
		{"one later year planned", piece("arch-plan", "", "The governor said every house would be rebuilt by 2036."), true},
		{"address of 2031", piece("arch-url-2031", "https://valleytimes.example/2031/06/velmora-rebuild", "The governor visited the new houses."), true},
	} {
		_, tr := runQuakeSaga(t, tc.doc)
		if got := tr.Storyline(tc.doc.ID) == tr.Storyline("q1-a"); got != tc.join {
			t.Errorf("%s: joined the quake's storyline %v, want %v", tc.name, got, tc.join)
		}
	}
}
