package story

import (
	"strings"
	"time"
)

// fixture is a fictional article written for these tests, with the event
// it reports.
type fixture struct {
	id, outlet, date, event, title, body string
}

// day parses a YYYY-MM-DD date of a fixture.
func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// doc converts a fixture; an empty date means undated.
func (f fixture) doc() Doc {
	d := Doc{ID: f.id, Outlet: f.outlet, Title: f.title, Paragraphs: strings.Split(f.body, "\n\n")}
	if f.date != "" {
		d.Published, d.HasTime = day(f.date), true
	}
	return d
}

// fixtures are four fictional events in pairs of the same kind: two
// earthquakes and two coaching changes at one club.
var fixtures = []fixture{
	{"q1-a", "northwire.example", "2031-03-04", "quake-velmora",
		"Strong earthquake shakes Velmora, 12 dead",
		"A magnitude 6.4 earthquake struck the mountain town of Velmora on Tuesday, killing 12 people and flattening dozens of stone houses, the regional governor Ilse Brandvik said.\n\nRescue teams from Port Anselm dug through rubble overnight. The quake hit at 4:12 a.m. local time, the Meridian Seismic Institute said."},
	{"q1-b", "dailyledger.example", "2031-03-04", "quake-velmora",
		"Velmora earthquake: governor says death toll at 12",
		"Governor Ilse Brandvik said on Tuesday that 12 people died when a 6.4 magnitude quake hit Velmora before dawn.\n\nThe Meridian Seismic Institute placed the epicentre 9 kilometres under the town. Rescue workers from Port Anselm searched collapsed stone houses."},
	{"q1-c", "coastpost.example", "2031-03-05", "quake-velmora",
		"Aftershocks rattle Velmora as rescuers search rubble",
		"Aftershocks rattled Velmora on Wednesday, a day after a magnitude 6.4 earthquake killed 12 people.\n\nIlse Brandvik, the regional governor, asked for tents and blankets. The Meridian Seismic Institute recorded more than 40 aftershocks."},
	{"q2-a", "northwire.example", "2033-09-18", "quake-karsk",
		"Earthquake hits Karsk, at least 30 killed",
		"A magnitude 7.1 earthquake hit the port city of Karsk on Sunday, killing at least 30 people, mayor Tomas Lindqvar said.\n\nThe quake toppled a cannery and damaged the harbour bridge. The Meridian Seismic Institute said the epicentre lay offshore."},
	{"q2-b", "dailyledger.example", "2033-09-18", "quake-karsk",
		"Karsk mayor: 30 dead in 7.1 quake",
		"Mayor Tomas Lindqvar said 30 people were killed when a 7.1 magnitude earthquake struck Karsk on Sunday.\n\nThe harbour bridge was closed and a cannery collapsed, trapping workers, he said."},
	{"q2-c", "coastpost.example", "2033-09-19", "quake-karsk",
		"Karsk counts its dead after harbour quake",
		"Rescuers in Karsk pulled survivors from a collapsed cannery on Monday, a day after a 7.1 magnitude quake killed at least 30 people.\n\nMayor Tomas Lindqvar said the harbour bridge would stay shut."},
	{"c1-a", "sportsdesk.example", "2032-11-06", "coach-maddox",
		"Harbor City Gulls fire coach Oren Maddox",
		"The Harbor City Gulls fired head coach Oren Maddox on Saturday after a 2-9 start, general manager Petra Quill announced.\n\nMaddox was in his third season with the Gulls."},
	{"c1-b", "northwire.example", "2032-11-06", "coach-maddox",
		"Gulls dismiss Maddox after 2-9 start",
		"Oren Maddox is out as coach of the Harbor City Gulls. Petra Quill, the club's general manager, said on Saturday the 2-9 record left no choice.\n\nAssistant Rafe Okonkwo will lead the team for now."},
	{"c1-c", "dailyledger.example", "2032-11-07", "coach-maddox",
		"Quill explains firing of Gulls coach Maddox",
		"Harbor City Gulls general manager Petra Quill said on Sunday that firing Oren Maddox was the hardest call of her career.\n\nRafe Okonkwo takes over as interim coach after the 2-9 start."},
	{"c2-a", "sportsdesk.example", "2033-06-16", "coach-vost",
		"Gulls hire Lena Vost as head coach",
		"The Harbor City Gulls hired Lena Vost as head coach on Thursday, handing her a four-year contract, general manager Petra Quill said.\n\nVost led the Ridgeport Foxes to two titles."},
	{"c2-b", "northwire.example", "2033-06-16", "coach-vost",
		"Former Foxes coach Vost takes over Gulls",
		"Lena Vost, who won two titles with the Ridgeport Foxes, signed a four-year contract to coach the Harbor City Gulls on Thursday.\n\nPetra Quill called Vost the best coach available."},
	{"c2-c", "coastpost.example", "2033-06-17", "coach-vost",
		"What Lena Vost brings to the Gulls",
		"Lena Vost arrives at the Harbor City Gulls with two titles from Ridgeport and a four-year contract signed on Thursday.\n\nGeneral manager Petra Quill said Vost would pick her own assistants."},
}

// fixtureDocs returns the fixtures as docs in published order.
func fixtureDocs() ([]Doc, map[string]string) {
	docs := make([]Doc, len(fixtures))
	events := map[string]string{}
	for i, f := range fixtures {
		docs[i] = f.doc()
		events[f.id] = f.event
	}
	order := PublishedOrder(docs)
	sorted := make([]Doc, len(docs))
	for i, j := range order {
		sorted[i] = docs[j]
	}
	return sorted, events
}
