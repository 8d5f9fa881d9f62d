// Command dayfeat prints, for each labelled pair of a pairs file whose two
// articles are in a Parallax SQLite database, whether the two articles
// tell a happening of the day in common (session 55, h/events55; see
// SAMPLING.md, "Happenings of the day"). A happening is read from one
// sentence of the title or body: a verb of a news act (a small class map
// of news acts: vote, shoot, rule, charge, resign, sign, testify, say…;
// see actClasses) outside quotation marks and not after a modal, its
// actor (the entity mention or role word before it), its object (the
// entity or content word after it; for a passive verb the subject) and the
// day the sentence's nearest time phrase resolves to against the
// publication day. A happening is *of the day* when that day is the
// publication day or the day before. Two happenings agree when their acts
// share a class and their actors or their objects share an entity key
// (or a role word, or a content word's stem). It prints ids and numbers
// only:
//
//	go run ./internal/eval/eventeval/dayfeat --db COPY.db [--pairs internal/eval/eventeval/testdata/pairs.tsv] > day.tsv
//
// Columns beside the pair's stratum, split, label, ids and whether the
// database puts them in one event (joined), each for a and b:
//
//   - dated_*: the article has a publication day;
//   - acts_*: happenings read, any day or none;
//   - day_*: happenings of the day; dayns_*: those whose act is not only
//     a saying (say, tell, tweet…);
//   - loose_*: happenings of the day when a title or lead sentence (the
//     first two body sentences) that names no day counts as of the
//     article's own day (the day its title and lead name most, else its
//     publication day);
//
// and for the pair:
//
//   - sh_day: agreeing pairs of happenings of the day, on the same day;
//     sh_day_ns: the same, sayings aside; sh_day_pm1: a day apart at
//     most; sh_loose: of the loose happenings, same day; sh_any: of all
//     happenings, whatever their days (the control); sh_any_ns: sayings
//     aside;
//   - ev_*: the later of the two by the order of decisions (story_articles
//     seq) against its event's first member and the --event members that
//     joined last before it (the join-time view): how many were compared
//     (ev_n), the later's happenings of the day (ev_day, ev_loose), the
//     members' together (ev_evday, ev_evloose), and agreeing pairs with
//     any member (ev_sh_day, ev_sh_day_ns, ev_sh_loose, ev_sh_any); empty
//     when it started its event.
//
// The database is opened for writing (cleaning brings its outlets' models
// up to date first), so give it a copy.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/eval/eventeval"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "dayfeat:", err)
		os.Exit(1)
	}
}

// read is one article's happenings.
type read struct {
	pub  time.Time
	haps []happening
	// day, loose are its happenings of the day, strict and loose, each
	// with the day it counts on.
	day, loose []dayHap
}

// dayHap is a happening counted on a day.
type dayHap struct {
	h   *happening
	day int32
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("dayfeat", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "copy of a Parallax SQLite database")
	file := fs.String("pairs", "internal/eval/eventeval/testdata/pairs.tsv", "pairs file")
	evN := fs.Int("event", 8, "compare the later of each pair with its event's first member and this many of the members it joined after (0: none)")
	dump := fs.Bool("dump", false, "print each pair's happenings of the day (lemma, actor, object, day) to stderr, for reading")
	hapsOut := fs.String("happenings", "", "also write each article's happenings to this file as JSON lines (ids, lemmas, entity keys, word stems and days: names and words of the articles, keep such files out of testdata)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || fs.NArg() > 0 {
		return fmt.Errorf("usage: dayfeat --db COPY.db [--pairs FILE] [--event N] [--dump] [--happenings FILE]")
	}
	in, err := eventeval.OpenPairsDB(ctx, *db, *file)
	if err != nil {
		return fmt.Errorf("dayfeat: %w", err)
	}
	defer in.Store.Close()
	pairs, corpus, st := in.Pairs, in.Corpus, in.Store
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return fmt.Errorf("clean reader for %s: %w", *db, err)
	}
	an, err := nlp.NewAnalyzer()
	if err != nil {
		return fmt.Errorf("analyzer: %w", err)
	}
	joins, err := eventeval.ReadJoins(ctx, *db)
	if err != nil {
		return err
	}
	members := eventeval.Members(joins) // event -> ids by seq
	r := &reader{acts: newActs()}
	var hw *json.Encoder
	if *hapsOut != "" {
		f, err := os.Create(*hapsOut)
		if err != nil {
			return fmt.Errorf("happenings file: %w", err)
		}
		defer f.Close()
		hw = json.NewEncoder(f)
	}
	cache := map[string]*read{}
	get := func(id string) (*read, error) {
		if p, ok := cache[id]; ok {
			return p, nil
		}
		a, err := st.Get(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		m, _, err := rd.Masked(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("clean %s: %w", id, err)
		}
		res := an.Analyze(nlp.Input{Title: m.Title, Paragraphs: m.Paragraphs, Lang: m.Language})
		var pub time.Time
		if !m.Published.IsZero() {
			pub = time.Unix(m.Published.Unix(), 0).UTC()
		}
		p := newRead(r.happenings(res, pub), pub)
		cache[id] = p
		if hw != nil {
			if err := hw.Encode(jsonRead(id, p)); err != nil {
				return nil, fmt.Errorf("happenings file: %w", err)
			}
		}
		return p, nil
	}
	head := []string{"stratum", "split", "label", "id_a", "id_b", "joined", "dated_a", "dated_b", "acts_a", "acts_b",
		"day_a", "day_b", "dayns_a", "dayns_b", "loose_a", "loose_b",
		"sh_day", "sh_day_ns", "sh_day_pm1", "sh_loose", "sh_any", "sh_any_ns",
		"ev_n", "ev_day", "ev_loose", "ev_evday", "ev_evloose", "ev_sh_day", "ev_sh_day_ns", "ev_sh_loose", "ev_sh_any"}
	fmt.Fprintln(stdout, strings.Join(head, "\t"))
	found, missing := corpus.Labelled(pairs)
	for _, f := range found {
		p, a, b := f.Pair, f.A, f.B
		ra, err := get(a.ID)
		if err != nil {
			return err
		}
		rb, err := get(b.ID)
		if err != nil {
			return err
		}
		row := []string{p.Stratum, p.Split, string(p.Label), p.A.ID, p.B.ID, b01(a.Event != "" && a.Event == b.Event),
			b01(!ra.pub.IsZero()), b01(!rb.pub.IsZero()), fmt.Sprint(len(ra.haps)), fmt.Sprint(len(rb.haps)),
			fmt.Sprint(len(ra.day)), fmt.Sprint(len(rb.day)), fmt.Sprint(countNS(ra.day)), fmt.Sprint(countNS(rb.day)),
			fmt.Sprint(len(ra.loose)), fmt.Sprint(len(rb.loose)),
			fmt.Sprint(shared(ra.day, rb.day, 0, false)), fmt.Sprint(shared(ra.day, rb.day, 0, true)),
			fmt.Sprint(shared(ra.day, rb.day, 1, false)), fmt.Sprint(shared(ra.loose, rb.loose, 0, false)),
			fmt.Sprint(sharedAny(ra.haps, rb.haps, false)), fmt.Sprint(sharedAny(ra.haps, rb.haps, true))}
		ev, err := eventColumns(a.ID, b.ID, joins, members, *evN, get)
		if err != nil {
			return err
		}
		row = append(row, ev...)
		fmt.Fprintln(stdout, strings.Join(row, "\t"))
		if *dump {
			fmt.Fprintf(stderr, "%s %s %s joined=%s\n  a: %s\n  b: %s\n", p.Split, p.Label, p.Stratum, row[5], show(ra), show(rb))
		}
	}
	if missing > 0 {
		fmt.Fprintf(stderr, "dayfeat: %d pairs with an article not in the database\n", missing)
	}
	return nil
}

// newRead sorts an article's happenings into those of the day, strict
// and loose.
func newRead(haps []happening, pub time.Time) *read {
	p := &read{pub: pub, haps: haps}
	if pub.IsZero() {
		return p
	}
	pubDay := int32(pub.Unix() / 86400)
	// the article's own day: the day its title and lead name most (ties:
	// the latest), within ten days before and one after publication
	counts := map[int32]int{}
	for _, h := range haps {
		if h.hasDay && (h.title || h.lead) && h.day >= pubDay-10 && h.day <= pubDay+1 {
			counts[h.day]++
		}
	}
	own, n := pubDay, 0
	for d, c := range counts {
		if c > n || c == n && d > own {
			own, n = d, c
		}
	}
	for i := range haps {
		h := &haps[i]
		if h.hasDay && (h.day == pubDay || h.day == pubDay-1) {
			p.day = append(p.day, dayHap{h, h.day})
			p.loose = append(p.loose, dayHap{h, h.day})
		} else if !h.hasDay && (h.title || h.lead) && (own == pubDay || own == pubDay-1) {
			p.loose = append(p.loose, dayHap{h, own})
		}
	}
	return p
}

// agree reports whether two happenings tell one act: their acts share a
// class and their actors or their objects share a key.
func agree(x, y *happening) bool {
	if !meet(x.classes, y.classes) {
		return false
	}
	return meet(x.actor, y.actor) || meet(x.object, y.object)
}

func meet(x, y []string) bool {
	for _, a := range x {
		if slices.Contains(y, a) {
			return true
		}
	}
	return false
}

// shared counts the agreeing pairs of happenings of xs and ys at most
// apart days apart; noSay leaves sayings out.
func shared(xs, ys []dayHap, apart int32, noSay bool) int {
	n := 0
	for _, x := range xs {
		if noSay && x.h.say {
			continue
		}
		for _, y := range ys {
			if noSay && y.h.say {
				continue
			}
			if abs32(x.day-y.day) <= apart && agree(x.h, y.h) {
				n++
			}
		}
	}
	return n
}

// sharedAny counts the agreeing pairs of happenings whatever their days.
func sharedAny(xs, ys []happening, noSay bool) int {
	n := 0
	for i := range xs {
		if noSay && xs[i].say {
			continue
		}
		for j := range ys {
			if noSay && ys[j].say {
				continue
			}
			if agree(&xs[i], &ys[j]) {
				n++
			}
		}
	}
	return n
}

func countNS(xs []dayHap) int {
	n := 0
	for _, x := range xs {
		if !x.h.say {
			n++
		}
	}
	return n
}

// eventColumns compare the later of a and b by the order of decisions
// with the first member of the event it joined and the n members that
// joined it last before it. Empty when either has no decision, when n is
// 0 or when the later one started its event.
func eventColumns(a, b string, joins map[string]eventeval.Join, members map[string][]string, n int,
	get func(string) (*read, error)) ([]string, error) {
	empty := make([]string, 9)
	if n <= 0 {
		return empty, nil
	}
	later, pick, ok := eventeval.JoinPeers(a, b, joins, members, n)
	if !ok {
		return empty, nil
	}
	pl, err := get(later)
	if err != nil {
		return nil, err
	}
	var evDay, evLoose, shDay, shNS, shLoose, shAny int
	for _, id := range pick {
		pm, err := get(id)
		if err != nil {
			return nil, err
		}
		evDay += len(pm.day)
		evLoose += len(pm.loose)
		shDay += shared(pl.day, pm.day, 0, false)
		shNS += shared(pl.day, pm.day, 0, true)
		shLoose += shared(pl.loose, pm.loose, 0, false)
		shAny += sharedAny(pl.haps, pm.haps, false)
	}
	return []string{fmt.Sprint(len(pick)), fmt.Sprint(len(pl.day)), fmt.Sprint(len(pl.loose)), fmt.Sprint(evDay),
		fmt.Sprint(evLoose), fmt.Sprint(shDay), fmt.Sprint(shNS), fmt.Sprint(shLoose), fmt.Sprint(shAny)}, nil
}

// show lists an article's happenings of the day (loose), for reading.
func show(p *read) string {
	var b strings.Builder
	for _, d := range p.loose {
		h := d.h
		mark := ""
		if !h.hasDay {
			mark = "~"
		}
		fmt.Fprintf(&b, "[%s%s %v>%v %d] ", mark, h.lemma, h.actor, h.object, d.day-int32(p.pub.Unix()/86400))
	}
	return b.String()
}

// jsonHap is a happening as the --happenings file writes it.
type jsonHap struct {
	Lemma   string   `json:"lemma"`
	Classes []string `json:"classes"`
	Actor   []string `json:"actor,omitempty"`
	Object  []string `json:"object,omitempty"`
	Day     *int32   `json:"day,omitempty"`
	Title   bool     `json:"title,omitempty"`
	Lead    bool     `json:"lead,omitempty"`
	Say     bool     `json:"say,omitempty"`
}

// jsonRead is an article's line of the --happenings file.
func jsonRead(id string, p *read) any {
	out := struct {
		ID   string    `json:"id"`
		Pub  *int32    `json:"pub,omitempty"`
		Haps []jsonHap `json:"haps"`
	}{ID: id, Haps: []jsonHap{}}
	if !p.pub.IsZero() {
		d := int32(p.pub.Unix() / 86400)
		out.Pub = &d
	}
	for _, h := range p.haps {
		j := jsonHap{Lemma: h.lemma, Classes: h.classes, Actor: h.actor, Object: h.object, Title: h.title, Lead: h.lead, Say: h.say}
		if h.hasDay {
			d := h.day
			j.Day = &d
		}
		out.Haps = append(out.Haps, j)
	}
	return out
}

func b01(b bool) string {
	if b {
		return "1"
	}
	return "0"
}
