package story

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

type diagRec struct {
	ID, Outlet, Title, Published, Body, Event string
}

func diagRead(t *testing.T, path string) []diagRec {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []diagRec
	line := 0
	for sc.Scan() {
		line++
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var x struct {
			ID        string `json:"id"`
			Outlet    string `json:"outlet"`
			Title     string `json:"title"`
			Published string `json:"published"`
			Body      string `json:"body"`
			Event     string `json:"event"`
		}
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			// As clustereval.EachArticle: a line the diagnosis cannot
			// read would drop an article the scored run keeps.
			t.Fatalf("read %s: line %d: %v", path, line, err)
		}
		out = append(out, diagRec{x.ID, x.Outlet, x.Title, x.Published, x.Body, x.Event})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return out
}

// TestECBSplits is a diagnosis, run by hand: it clusters a gold file
// (ECB+) as `parallax eval cluster` does and writes, for every gold
// article outside the largest piece of its gold event, the rule that kept
// it out of the active event then holding most of its gold event's
// articles (see diagWhy), one line each, to ECB_DIAG_OUT, and logs the
// counts per rule. It reads the file itself: clustereval imports story.
//
//	ECB_DIAG_GOLD=$PWD/../shared/data/ecbplus/articles.jsonl ECB_DIAG_OUT=/tmp/splits.tsv \
//	  go test -count=1 -run TestECBSplits -v ./internal/story/
//
// ECB_DIAG_DISTRACTORS (a JSON Lines file, may be gzip) mixes in articles
// without gold. ECB_DIAG_EVENTS_OUT writes every gold article's final
// event; ECB_DIAG_PAIRS (two article ids a line) with ECB_DIAG_PAIRS_OUT
// charges each pair with the rule that kept its later article out of the
// event then holding the earlier, and says whether they end together.
func TestECBSplits(t *testing.T) {
	gold, outPath := os.Getenv("ECB_DIAG_GOLD"), os.Getenv("ECB_DIAG_OUT")
	if gold == "" || outPath == "" {
		t.Skip("a diagnosis: set ECB_DIAG_GOLD and ECB_DIAG_OUT")
	}
	recs := diagRead(t, gold)
	if d := os.Getenv("ECB_DIAG_DISTRACTORS"); d != "" {
		ds := diagRead(t, d)
		for i := range ds {
			ds[i].Event = ""
		}
		recs = append(recs, ds...)
	}
	goldOf := map[string]string{}
	docs := make([]Doc, len(recs))
	for i, rc := range recs {
		d := Doc{ID: rc.ID, Outlet: rc.Outlet, Title: rc.Title}
		if rc.Published != "" {
			tm, err := time.Parse("2006-01-02", rc.Published)
			if err != nil {
				t.Fatalf("article %s: published %q: %v", rc.ID, rc.Published, err)
			}
			d.Published, d.HasTime = tm, true
		}
		for _, p := range strings.Split(rc.Body, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				d.Paragraphs = append(d.Paragraphs, p)
			}
		}
		docs[i] = d
		if rc.Event != "" {
			goldOf[rc.ID] = rc.Event
		}
	}
	order := PublishedOrder(docs)
	sorted := make([]Doc, len(docs))
	var last time.Time
	for i, j := range order {
		sorted[i] = docs[j]
		if sorted[i].HasTime {
			last = sorted[i].Published
		} else if sorted[i].Added.IsZero() {
			sorted[i].Added = last
		}
	}
	c := New(DefaultConfig(), nil)
	why := map[string]string{}
	seen := map[string]int{}
	// ECB_DIAG_PAIRS names pairs of articles (two ids a line, tab
	// apart); when the later of a pair comes, the rule that keeps it out
	// of the event then holding the earlier is written to
	// ECB_DIAG_PAIRS_OUT.
	pairsOf := map[string][]string{}
	pairWhy := map[[2]string]string{}
	if pp := os.Getenv("ECB_DIAG_PAIRS"); pp != "" {
		b, err := os.ReadFile(pp)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			x := strings.Split(l, "\t")
			pairsOf[x[0]] = append(pairsOf[x[0]], x[1])
			pairsOf[x[1]] = append(pairsOf[x[1]], x[0])
		}
	}
	for _, d := range sorted {
		g := goldOf[d.ID]
		f := c.x.Extract(d)
		for _, o := range pairsOf[d.ID] {
			if c.recent.story[o] == "" {
				continue // o comes later: charged when it comes
			}
			k := [2]string{min(o, d.ID), max(o, d.ID)}
			s, ok := c.byID[c.EventOf(o)]
			if !ok || c.events[s] == nil {
				pairWhy[k] = "evicted (the earlier article's event left the active window)"
				continue
			}
			pairWhy[k] = c.diagReason(d, f, c.events[s])
		}
		if g != "" {
			why[d.ID] = c.diagWhy(d, f, g, goldOf)
			if seen[g] > 0 && strings.HasPrefix(why[d.ID], "first-of-gold") {
				why[d.ID] = "evicted (its gold event's articles left the active window)"
			}
			seen[g]++
		}
		c.AddFeatures(d, f)
	}
	c.Repair()
	if po := os.Getenv("ECB_DIAG_PAIRS_OUT"); po != "" {
		var b strings.Builder
		for k, w := range pairWhy {
			fmt.Fprintf(&b, "%s\t%s\t%v\t%s\n", k[0], k[1], c.EventOf(k[0]) == c.EventOf(k[1]), w)
		}
		if err := os.WriteFile(po, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if eo := os.Getenv("ECB_DIAG_EVENTS_OUT"); eo != "" {
		var b strings.Builder
		for _, d := range sorted {
			if g := goldOf[d.ID]; g != "" {
				fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", d.ID, g, c.EventOf(d.ID), d.Published.Format("2006-01-02"))
			}
		}
		if err := os.WriteFile(eo, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// final clusters of gold articles
	byGold := map[string]map[string][]string{}
	for id, g := range goldOf {
		ev := c.EventOf(id)
		if byGold[g] == nil {
			byGold[g] = map[string][]string{}
		}
		byGold[g][ev] = append(byGold[g][ev], id)
	}
	counts := map[string]int{}
	out, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	golds := make([]string, 0, len(byGold))
	for g := range byGold {
		golds = append(golds, g)
	}
	sort.Strings(golds)
	for _, g := range golds {
		parts := byGold[g]
		if len(parts) < 2 {
			continue
		}
		main, n := "", -1
		for ev, ids := range parts {
			if len(ids) > n || (len(ids) == n && ev < main) {
				main, n = ev, len(ids)
			}
		}
		opener := ""
		for _, d := range sorted {
			if goldOf[d.ID] == g && c.EventOf(d.ID) == main {
				opener = d.ID
				break
			}
		}
		for ev, ids := range parts {
			if ev == main {
				continue
			}
			for _, id := range ids {
				w := why[id]
				if strings.HasPrefix(w, "first-of-gold") {
					w = "first-of-gold:" + strings.SplitN(why[opener], " ", 2)[0] + " (main opener " + opener + ": " + why[opener] + ")"
				}
				counts[strings.SplitN(w, " ", 2)[0]]++
				lines = append(lines, fmt.Sprintf("%s\t%s\t%d/%d\t%s\t%s\n", g, id, len(ids), n, ev, w))
			}
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Fprint(out, l) // gold_event, article, piece/main sizes, piece event, rule
	}
	if err := out.Close(); err != nil {
		t.Fatalf("write %s: %v", outPath, err)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return counts[keys[i]] > counts[keys[j]] })
	for _, k := range keys {
		t.Logf("%5d %s", counts[k], k)
	}
}

// diagWhy replays AddFeatures' decision for d (features f) against the
// active event holding most of gold event g's articles, and names the
// first rule that keeps d out of it: a time bound ("time:pubspan" is
// MaxPubSpan), a score below what it needs and the factor that pulled it
// there, commentary, specific words, another act; "other-better" when
// another event scored higher, "joined-largest-then" when it passes (its
// piece was the largest then and another grew past it).
func (c *Clusterer) diagWhy(d Doc, f Features, g string, goldOf map[string]string) string {
	var target *event
	bestN := 0
	for _, e := range c.events {
		n := 0
		for _, m := range e.members {
			if goldOf[m.id] == g {
				n++
			}
		}
		if n > bestN || (n == bestN && n > 0 && e.serial < target.serial) {
			target, bestN = e, n
		}
	}
	if target == nil {
		return "first-of-gold (no event of its gold yet)"
	}
	return c.diagReason(d, f, target)
}

// diagReason names the first rule of AddFeatures that keeps d (features
// f) out of target, as diagWhy describes.
func (c *Clusterer) diagReason(d Doc, f Features, target *event) string {
	// As AddFeatures prepares it, but before the sketch counts its words
	// (a small bias accepted for a diagnosis) and with the clock not yet
	// moved to its publication.
	_, fh := hashes(f)
	var pb prepBuf
	p := prepare(d, f, fh, c.df, &pb)
	p.current = !d.HasTime && c.currentUndated(d)
	if p.current {
		p.pubDay = dayOf(d.Added)
	}
	if c.idle(target) {
		return "idle (event out of window)"
	}
	cands := c.index.candidates(queryOf(&p), c.cfg.MaxCandidates, -1)
	isCand := false
	for _, s := range cands {
		if s == target.serial {
			isCand = true
		}
	}
	r := c.scoreArticle(&p, target)
	threshold := c.cfg.Threshold
	if !d.HasTime && !p.current {
		threshold += c.undatedMargin()
	}
	desc := fmt.Sprintf("score=%.3f n=%d dated=%v/%v", r.score, len(target.members), d.HasTime, target.dated)
	if r.time == 0 {
		switch {
		case !d.HasTime && !c.undatedJoins(&p, target):
			if target.dated && !p.current {
				return "time:undated-no-time-vs-dated " + desc
			}
			if target.dated || target.allCurrent() {
				return "time:undated-span " + desc
			}
			return "time:undated-max/outlet " + desc
		case !d.HasTime:
			return "time:undated-month " + desc
		case !target.dated:
			if !c.datedJoinsUndated(&p, target) {
				if !target.allCurrent() {
					return "time:dated-vs-undated-no-time " + desc
				}
				return "time:dated-vs-undated-span " + desc
			}
			return "time:dated-vs-undated-month " + desc
		}
		start := p.pubDay
		if p.ahead {
			start++
		}
		tdays := []int32{}
		for d := range target.toldDays {
			tdays = append(tdays, d-target.firstDay)
		}
		slices.Sort(tdays)
		return fmt.Sprintf("time:pubspan %s span=%d pub-first=%d eday-first=%d told=%v core-first=%d toldDays-first=%v", desc,
			max(p.pubDay, dayOf(target.last))-min(start, target.pubStart), p.pubDay-target.pubStart, p.eday-target.firstDay, p.told, target.core-target.firstDay, tdays)
	}
	if r.noNames {
		return "nonames " + desc
	}
	need := c.need(&p, target, &r, threshold)
	if r.score < need {
		// which single factor, lifted to 1, would reach need
		base := ((1-c.cfg.Linkage)*r.cent + c.cfg.Linkage*r.link)
		fs := []struct {
			n string
			v float64
		}{{"time", r.time}, {"years", r.years}, {"head", r.head}, {"cross", r.cross}}
		for _, x := range fs {
			if x.v < 1 && r.score/x.v >= need {
				return "below:" + x.n + fmt.Sprintf(" %s f=%.2f need=%.3f", desc, x.v, need)
			}
		}
		if r.score >= threshold {
			return fmt.Sprintf("below:margins %s need=%.3f thr=%.3f growth=%.3f nextday=%.3f", desc, need, threshold, c.growthMargin(target), c.nextDayMargin(&p, target, &r))
		}
		if threshold > c.cfg.Threshold && r.score >= c.cfg.Threshold {
			return fmt.Sprintf("below:undated-margin %s need=%.3f", desc, need)
		}
		prod := r.time * r.years * r.head * r.cross
		if prod < 1 && base >= need {
			return fmt.Sprintf("below:factors %s base=%.3f t=%.2f y=%.2f h=%.2f x=%.2f", desc, base, r.time, r.years, r.head, r.cross)
		}
		return fmt.Sprintf("below:content %s base=%.3f need=%.3f", desc, base, need)
	}
	if c.otherAct(&p, target) {
		return "other-act " + desc
	}
	if c.otherSpeaker(&p, target) {
		return "other-speaker " + desc
	}
	if ok, _ := c.commentaryJoins(&p, target, &r); !ok {
		return "commentary " + desc
	}
	if c.cfg.SpecificMargin > 0 && r.score < need+c.cfg.SpecificMargin {
		if sw, on := c.spreadCosine(&p, target, kindWords, 1); on {
			if sw < c.cfg.SpecificWords {
				return "specific-words " + desc
			}
			if c.anotherAct(&p, target, &r) {
				return "another-act " + desc
			}
		}
	}
	if !isCand {
		return "not-candidate " + desc
	}
	// it passes: another event must have scored higher, or repair moved it
	for _, s := range cands {
		e := c.events[s]
		if e == target || c.idle(e) {
			continue
		}
		if o := c.scoreArticle(&p, e); o.score > r.score {
			return fmt.Sprintf("other-better %s other=%.3f otherfirst=%s", desc, o.score, e.members[0].id)
		}
	}
	return "joined-largest-then (its piece was the largest then; another piece outgrew it) " + desc
}
