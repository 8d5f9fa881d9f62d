package story

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// A synthetic news stream of fictional events, for the equivalence test and
// the benchmarks: many events over months, in topics whose events share
// their background and cast (so that merges, splits and storylines
// happen), with some undated articles and some copies. Every word is made
// up here; the same seed gives the same stream.

// syllables build fictional names.
var syllables = []string{"vel", "mor", "kar", "sk", "an", "sel", "bri", "dov", "tam", "ka", "lin", "qvar", "os", "ren",
	"pet", "ra", "quil", "ma", "dox", "len", "vost", "rid", "gep", "fox", "hal", "dan", "ter", "is", "bel", "un", "zo", "ri"}

// streamVerbs are action words (from data/actions.txt) and plain verbs.
var streamVerbs = []string{"killed", "arrested", "charged", "voted", "approved", "rejected", "ruled", "sued", "resigned",
	"fired", "hired", "elected", "announced", "signed", "launched", "closed", "opened", "struck", "shooting", "protest",
	"visited", "warned", "promised", "blocked", "banned", "won", "lost", "raised", "cut", "delayed"}

// streamNouns are content words for titles and bodies.
var streamNouns = []string{"council", "harbour", "bridge", "budget", "tax", "school", "hospital", "court", "ferry", "tram",
	"election", "strike", "union", "factory", "mine", "storm", "flood", "fire", "quake", "border", "treaty", "bank",
	"market", "airport", "railway", "festival", "stadium", "museum", "river", "forest", "police", "army", "senate",
	"mayor", "governor", "minister", "judge", "coach", "club", "league", "prison", "reactor", "pipeline", "vaccine",
	"virus", "drought", "harvest", "canal", "tunnel", "port", "refinery", "cannery", "ballot", "contract", "loan"}

// fakeName returns a capitalised made-up word of n syllables.
func fakeName(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// streamEvent is one fictional happening of a topic.
type streamEvent struct {
	topic   int
	day     time.Time
	cast    []string // people
	place   string
	verb    string
	nouns   []string
	number  int
	quote   string
	size    int
	related int // another event this one's articles sometimes drift into, or -1
}

// synthStream returns n fictional articles in published order.
func synthStream(seed uint64, n int) []Doc {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	type topic struct {
		cast   []string
		places []string
		nouns  []string
		start  time.Time
	}
	base := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	topics := make([]topic, max(4, n/120))
	for i := range topics {
		t := &topics[i]
		for range 5 {
			t.cast = append(t.cast, fakeName(r, 2)+" "+fakeName(r, 2))
		}
		for range 2 {
			t.places = append(t.places, fakeName(r, 3))
		}
		for range 6 {
			t.nouns = append(t.nouns, streamNouns[r.IntN(len(streamNouns))])
		}
		t.start = base.Add(time.Duration(r.IntN(300*24)) * time.Hour)
	}
	var events []streamEvent
	total := 0
	for total < n {
		ti := r.IntN(len(topics))
		t := &topics[ti]
		e := streamEvent{topic: ti, day: t.start.Add(time.Duration(r.IntN(90*24)) * time.Hour),
			place: t.places[r.IntN(len(t.places))], verb: streamVerbs[r.IntN(len(streamVerbs))],
			number: 2 + r.IntN(900), size: 1 + r.IntN(12), related: -1}
		for _, k := range r.Perm(len(t.cast))[:2+r.IntN(2)] {
			e.cast = append(e.cast, t.cast[k])
		}
		e.nouns = []string{t.nouns[r.IntN(len(t.nouns))], streamNouns[r.IntN(len(streamNouns))], streamNouns[r.IntN(len(streamNouns))]}
		var q []string
		for range 6 {
			q = append(q, streamNouns[r.IntN(len(streamNouns))])
		}
		e.quote = strings.Join(q, " ")
		if len(events) > 0 && r.IntN(5) == 0 {
			e.related = r.IntN(len(events))
		}
		events = append(events, e)
		total += e.size
	}
	outlets := []string{"northwire.example", "dailyledger.example", "coastpost.example", "sportsdesk.example",
		"valleytimes.example", "harbourherald.example", "metroreport.example", "islandnews.example"}
	var docs []Doc
	for ei, e := range events {
		for j := range e.size {
			if len(docs) == n {
				break
			}
			src := e
			if e.related >= 0 && r.IntN(3) == 0 {
				src = events[e.related] // drifts into a related event: work for the repair pass
			}
			t := &topics[src.topic]
			who := src.cast[r.IntN(len(src.cast))]
			title := fmt.Sprintf("%s %s %s in %s", who, src.verb, src.nouns[0], src.place)
			switch r.IntN(4) {
			case 1:
				title = fmt.Sprintf("%s: %d %s %s", src.place, src.number, src.nouns[1], src.verb)
			case 2:
				title = fmt.Sprintf("Why %s %s the %s?", who, src.verb, src.nouns[0]) // a question headline
			}
			var paras []string
			paras = append(paras, fmt.Sprintf("%s %s the %s %s in %s on %s, %s said, as %d people watched.",
				who, src.verb, src.nouns[0], src.nouns[1], src.place, src.day.Weekday(), src.cast[0], src.number))
			paras = append(paras, fmt.Sprintf("“%s,” %s told reporters.", src.quote, src.cast[len(src.cast)-1]))
			for range 2 + r.IntN(5) {
				var b strings.Builder
				for k := range 12 + r.IntN(20) {
					if k > 0 {
						b.WriteByte(' ')
					}
					switch r.IntN(6) {
					case 0:
						b.WriteString(t.cast[r.IntN(len(t.cast))])
					case 1:
						b.WriteString(t.nouns[r.IntN(len(t.nouns))])
					default:
						b.WriteString(streamNouns[r.IntN(len(streamNouns))])
					}
				}
				b.WriteString(".")
				paras = append(paras, b.String())
			}
			pub := src.day.Add(time.Duration(r.IntN(60)) * time.Hour)
			d := Doc{ID: fmt.Sprintf("e%04d-%02d", ei, j), Outlet: outlets[r.IntN(len(outlets))],
				URL: fmt.Sprintf("https://%s/%d/%d", outlets[r.IntN(len(outlets))], ei, j), Title: title, Paragraphs: paras}
			switch r.IntN(25) {
			case 0: // undated, added late
				d.Added = base.Add(400 * 24 * time.Hour)
			case 1: // undated, added while current
				d.Added = pub
			default:
				d.Published, d.HasTime = pub, true
			}
			if j > 0 && r.IntN(15) == 0 {
				d.CopyOf = fmt.Sprintf("e%04d-%02d", ei, 0)
			}
			docs = append(docs, d)
		}
	}
	order := PublishedOrder(docs)
	out := make([]Doc, len(docs))
	for i, j := range order {
		out[i] = docs[j]
	}
	return out
}
