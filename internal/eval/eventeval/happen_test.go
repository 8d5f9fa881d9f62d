package eventeval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestHappenFeatures measures, for each judged pair that the Parallax
// database PARALLAX_HAPPEN_DB (built from ../shared/data/abp, read only)
// puts in one event, features of "the same happening" read from the two
// articles' titles and leads (the first two body sentences of eight words
// or more): the actor (the named subject of the headline and of the
// lead), the act (the verb after it and its action kind, data/actions.txt
// of internal/story), its object, the numbers and days the title and lead
// name, and who is reported speaking; and the same read for the later
// member of the pair (by the order of decisions) against the members its
// event held before it, as a join-time rule would read them. It logs each
// feature's AUC (right joins against wrong, dev and test), the dev
// condition on it that flags the highest share of wrong joins, and every
// two-feature dev condition that flags at least 5 wrong joins and 3 wrong
// per right, with its test counts. PARALLAX_HAPPEN_PAIRFEAT adds the
// columns of pairfeat's output (the pair's own parts and the later
// member's stored decision); PARALLAX_HAPPEN_OUT writes the features as
// TSV (ids, labels and numbers only):
//
//	go run ./internal/eval/eventeval/pairfeat --db COPY.db > feats.tsv
//	PARALLAX_HAPPEN_DB=COPY.db PARALLAX_HAPPEN_PAIRFEAT=feats.tsv go test ./internal/eval/eventeval -run HappenFeatures -v
//
// PARALLAX_HAPPEN_SHOW logs each pair's titles and readings (article text:
// for reading, never for committing).
func TestHappenFeatures(t *testing.T) {
	dbPath := os.Getenv("PARALLAX_HAPPEN_DB")
	out := os.Getenv("PARALLAX_HAPPEN_OUT")
	if dbPath == "" {
		t.Skip("set PARALLAX_HAPPEN_DB to a Parallax database built from ../shared/data/abp")
	}
	kinds, err := readActionKinds("../../story/data/actions.txt")
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := ReadPairsFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c, err := ReadDB(ctx, dbPath, false)
	if err != nil {
		t.Fatal(err)
	}
	type joined struct {
		p    Pair
		a, b *Article
	}
	var js []joined
	var ids []string
	for _, p := range pairs {
		if p.Label == Unlabelled {
			continue
		}
		a, oka := c.Find(p.A)
		b, okb := c.Find(p.B)
		if !oka || !okb || a.Event == "" || a.Event != b.Event {
			continue
		}
		js = append(js, joined{p, a, b})
		ids = append(ids, a.ID, b.ID)
	}
	joins, err := ReadJoins(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	// The members of each event in the order of decisions, for reading
	// the later member of a pair against the members before it.
	members := map[string][]string{}
	byID := map[string]*Article{}
	for i := range c.Articles {
		a := &c.Articles[i]
		byID[a.ID] = a
		if j, ok := joins[a.ID]; ok {
			members[j.Event] = append(members[j.Event], a.ID)
		}
	}
	for e, m := range members {
		sort.Slice(m, func(x, y int) bool { return joins[m[x]].Seq < joins[m[y]].Seq })
		members[e] = m
	}
	earlier := map[Key][]string{}
	later := map[Key]string{}
	for _, j := range js {
		l := j.a
		if joins[j.b.ID].Seq > joins[j.a.ID].Seq {
			l = j.b
		}
		later[j.p.Key()] = l.ID
		for _, id := range members[joins[l.ID].Event] {
			if joins[id].Seq >= joins[l.ID].Seq {
				break
			}
			earlier[j.p.Key()] = append(earlier[j.p.Key()], id)
			ids = append(ids, id)
		}
	}
	bodies, err := ReadBodies(ctx, dbPath, ids)
	if err != nil {
		t.Fatal(err)
	}
	an, err := nlp.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	facts := map[string]happening{}
	for _, id := range ids {
		if _, ok := facts[id]; !ok {
			x := byID[id]
			facts[id] = readHappening(an, kinds, x.Title, bodies[id], x.Published)
		}
	}
	show := os.Getenv("PARALLAX_HAPPEN_SHOW") != ""
	var cover [8]int
	for _, h := range facts {
		for i, ok := range []bool{h.title.subj != "", h.lead.subj != "", h.title.verb != "", h.lead.verb != "",
			h.tKind != "" || h.lKind != "", len(h.nums) > 0, !h.day.IsZero(), len(h.speakers) > 0} {
			if ok {
				cover[i]++
			}
		}
	}
	t.Logf("%d articles read: headline subject %d, lead subject %d, headline verb %d, lead verb %d, a verb with an action kind %d, numbers %d, a day %d, a speaker %d",
		len(facts), cover[0], cover[1], cover[2], cover[3], cover[4], cover[5], cover[6], cover[7])
	names := append(append([]string{}, happenNames...), eventHappenNames...)
	var rows []featRow
	for _, j := range js {
		x, y := facts[j.a.ID], facts[j.b.ID]
		var ev []happening
		for _, id := range earlier[j.p.Key()] {
			ev = append(ev, facts[id])
		}
		r := featRow{p: j.p, v: map[string]float64{}}
		for i, v := range append(pairHappen(x, y), eventHappen(facts[later[j.p.Key()]], ev)...) {
			r.v[names[i]] = round4(v)
		}
		rows = append(rows, r)
		if show {
			t.Logf("%s %s %s\n  A %q %v\n  B %q %v", j.p.Label, j.p.Split, j.p.Stratum, j.a.Title, x, j.b.Title, y)
		}
	}
	if out != "" {
		if err := writeFeatRows(out, names, rows); err != nil {
			t.Fatal(err)
		}
	}
	text := map[string]bool{}
	for _, n := range names {
		text[n] = true
	}
	if pf := os.Getenv("PARALLAX_HAPPEN_PAIRFEAT"); pf != "" {
		stored, err := readPairfeat(pf)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			for k, v := range stored[r.p.Key()] {
				r.v[k] = v
			}
		}
		names = append(names, storedNames...)
	}
	t.Logf("\n%s", featTable(rows, names, text))
}

// featRow is one joined judged pair and its feature values.
type featRow struct {
	p Pair
	v map[string]float64
}

func round4(v float64) float64 {
	r, _ := strconv.ParseFloat(fmt.Sprintf("%.4g", v), 64)
	return r
}

func writeFeatRows(path string, names []string, rows []featRow) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write features: %w", err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, strings.Join(append([]string{"stratum", "split", "label", "id_a", "id_b"}, names...), "\t"))
	for _, r := range rows {
		row := []string{r.p.Stratum, r.p.Split, string(r.p.Label), r.p.A.ID, r.p.B.ID}
		for _, n := range names {
			row = append(row, fmt.Sprintf("%.4g", r.v[n]))
		}
		fmt.Fprintln(w, strings.Join(row, "\t"))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write features: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write features: %w", err)
	}
	return nil
}

// storedNames are the columns read from pairfeat's output: the pair's own
// parts (s_) and the later member's stored decision against its event
// (L_ parts, s_later_score, s_join_size), all known at join time but the
// pair's own parts.
var storedNames = []string{"s_later_score", "s_join_size", "s_content", "s_title", "s_lead", "s_actions", "s_words",
	"s_entities", "s_numbers", "s_dated", "s_pub_gap", "L_title", "L_lead", "L_words", "L_actions", "L_members"}

// readPairfeat reads pairfeat's TSV: storedNames by pair key (-1 when
// absent).
func readPairfeat(path string) (map[Key]map[string]float64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read pairfeat output: %w", err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	col := map[string]int{}
	for i, h := range strings.Split(lines[0], "\t") {
		col[h] = i
	}
	out := map[Key]map[string]float64{}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		m := map[string]float64{}
		for _, n := range storedNames {
			m[n] = -1
			if i, ok := col[strings.TrimPrefix(n, "s_")]; ok && strings.HasPrefix(n, "s_") {
				if v, err := strconv.ParseFloat(f[i], 64); err == nil {
					m[n] = v
				}
			}
		}
		var parts map[string]float64
		if s := f[col["later_parts"]]; s != "" {
			if err := json.Unmarshal([]byte(s), &parts); err != nil {
				return nil, fmt.Errorf("read pairfeat output: parts %q: %w", s, err)
			}
		}
		for _, n := range []string{"title", "lead", "words", "actions", "members"} {
			if v, ok := parts[n]; ok {
				m["L_"+n] = v
			}
		}
		out[KeyOf(Ref{ID: f[col["id_a"]]}, Ref{ID: f[col["id_b"]]})] = m
	}
	return out, nil
}

// flag is one condition on one feature: a threshold and a direction, or
// "unknown" (-1).
type flag struct {
	name    string
	feature string
	fn      func(float64) bool
}

// flagsOf are the conditions on feature k at its eleven inner
// twelfth-quantiles of the dev values (every value when fewer than
// twelve), both directions, and "unknown".
func flagsOf(dev []featRow, k string) []flag {
	var vals []float64
	seen := map[float64]bool{}
	for _, r := range dev {
		if v := r.v[k]; v != -1 {
			vals = append(vals, v)
			seen[v] = true
		}
	}
	sort.Float64s(vals)
	var th []float64
	if len(seen) > 12 {
		for q := 1; q < 12; q++ {
			v := vals[len(vals)*q/12]
			if len(th) == 0 || th[len(th)-1] != v {
				th = append(th, v)
			}
		}
	} else {
		for v := range seen {
			th = append(th, v)
		}
		sort.Float64s(th)
	}
	var out []flag
	for _, v := range th {
		out = append(out, flag{fmt.Sprintf("%s<=%g", k, v), k, func(x float64) bool { return x != -1 && x <= v }},
			flag{fmt.Sprintf("%s>=%g", k, v), k, func(x float64) bool { return x != -1 && x >= v }})
	}
	return append(out, flag{k + "=unknown", k, func(x float64) bool { return x == -1 }})
}

// featTable tells, for each feature, its AUC over the pairs where both
// sides have it (dev and test) and the dev condition on it that flags the
// highest share of wrong joins with at least 5 wrong; then every dev
// condition on two features (one of them a text feature) that flags at
// least 5 wrong joins and 3 wrong per right, best first, with its test
// counts.
func featTable(rows []featRow, names []string, text map[string]bool) string {
	var dev, test []featRow
	for _, r := range rows {
		if r.p.Split == Dev {
			dev = append(dev, r)
		} else {
			test = append(test, r)
		}
	}
	count := func(rs []featRow, fs ...flag) (w, r int) {
		for _, x := range rs {
			ok := true
			for _, f := range fs {
				ok = ok && f.fn(x.v[f.feature])
			}
			if !ok {
				continue
			}
			if x.p.Label == SameEvent {
				r++
			} else {
				w++
			}
		}
		return w, r
	}
	auc := func(rs []featRow, k string) (float64, int, int) {
		var pos, neg []float64
		for _, x := range rs {
			if v := x.v[k]; v != -1 {
				if x.p.Label == SameEvent {
					pos = append(pos, v)
				} else {
					neg = append(neg, v)
				}
			}
		}
		return aucOf(pos, neg), len(pos), len(neg)
	}
	var b strings.Builder
	dw, dr := count(dev)
	tw, tr := count(test)
	fmt.Fprintf(&b, "joined judged pairs: dev %d wrong / %d right, test %d / %d\n", dw, dr, tw, tr)
	fmt.Fprintf(&b, "%-18s %6s %9s %6s %9s  %-30s %7s %7s\n", "feature", "AUCdev", "known", "AUCtest", "known", "best dev flag (>=5 wrong)", "dev w/r", "test w/r")
	all := map[string][]flag{}
	for _, k := range names {
		fs := flagsOf(dev, k)
		all[k] = fs
		a, p, n := auc(dev, k)
		at, pt, nt := auc(test, k)
		best, bw, br := flag{}, 0, 0
		for _, f := range fs {
			w, r := count(dev, f)
			if w >= 5 && (best.fn == nil || float64(w)/float64(w+r) > float64(bw)/float64(bw+br)+1e-9) {
				best, bw, br = f, w, r
			}
		}
		line := fmt.Sprintf("%-18s %6.3f %4d/%-4d %6.3f %4d/%-4d", k, a, p, n, at, pt, nt)
		if best.fn != nil {
			w, r := count(test, best)
			line += fmt.Sprintf("  %-30s %3d/%-3d %3d/%-3d", best.name, bw, br, w, r)
		}
		fmt.Fprintln(&b, line)
	}
	type two struct {
		f, g     flag
		w, r, by int
	}
	var found []two
	var flat []flag
	for _, k := range names {
		flat = append(flat, all[k]...)
	}
	for i := range flat {
		for j := i + 1; j < len(flat); j++ {
			f, g := flat[i], flat[j]
			if f.feature == g.feature || !text[f.feature] && !text[g.feature] {
				continue
			}
			w, r := count(dev, f, g)
			if w >= 5 && w >= 3*r {
				found = append(found, two{f, g, w, r, w - 3*r})
			}
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].by != found[j].by {
			return found[i].by > found[j].by
		}
		return found[i].w > found[j].w
	})
	fmt.Fprintf(&b, "%d two-feature dev conditions at >= 3 wrong per right, >= 5 wrong:\n", len(found))
	for i, x := range found {
		if i == 20 {
			break
		}
		w, r := count(test, x.f, x.g)
		fmt.Fprintf(&b, "  %-32s %-32s dev %d/%d test %d/%d\n", x.f.name, x.g.name, x.w, x.r, w, r)
	}
	return b.String()
}

// happenNames name pairHappen's values; -1 means "unknown" (a side lacks
// the part), 1 agreement, 0 conflict, unless the name says a share.
var happenNames = []string{
	"t_actor_same",     // both headlines' named subjects are one entity
	"l_actor_same",     // both leads' named subjects are one entity
	"actor_any_same",   // any of {title, lead} subject equals any of the other's
	"actor_in_other",   // 0..1: share of the sides whose headline subject is among the other's title+lead names
	"t_verb_same",      // headline verbs, same stem
	"l_verb_same",      // lead verbs, same stem
	"verb_any_same",    // any verb stem in common
	"verb_kind_same",   // any verb's action kind in common (both have a kinded verb)
	"verb_in_other",    // a verb of one among the other's title+lead stems
	"obj_same",         // objects: any in common
	"obj_in_other",     // an object of one among the other's names
	"num_shared",       // both title+lead carry numbers (no dates): any in common
	"num_count_a_b",    // both carry numbers: jaccard
	"day_same",         // both leads name a day (weekday, yesterday, today…) resolved to a date: the same date
	"day_gap",          // |gap| between those dates, days (-1 unknown)
	"speak_diff",       // both report words: speakers differ (1) / share one (0)
	"speak_one",        // exactly one side reports words, and its speaker is not the other's actor (1), else 0
	"names_jacc",       // jaccard of title+lead name keys
	"tnames_jacc",      // jaccard of headline name keys
	"kinds_jacc",       // jaccard of title+lead action kinds
	"stems_jacc",       // jaccard of title+lead content stems
	"tstems_jacc",      // jaccard of headline content stems
	"actverb_same",     // both actor and verb kind (or stem) agree for title or lead
	"actor_conflict",   // both have headline actors, neither in the other's title+lead names
	"kind_conflict",    // both have kinded verbs and title+lead kinds are disjoint
	"lead_names_jacc",  // jaccard of the leads' (first sentence) name keys
	"lead_stems_jacc",  // jaccard of the leads' first sentence content stems
	"first_ent_same",   // the first named entity of title and of lead, any in common
	"speak_actor_diff", // one side's lead subject is a speaker whose name is not in the other's title+lead
	"t_act_same",       // the first action kinds of the headlines: the same
	"l_act_same",       // the first action kinds of the first lead sentences: the same
	"act_any_same",     // any of {headline, lead} first action kind in common
	"tnum_shared",      // both headlines carry numbers: any in common
}

// happening is what an article's title and lead say happened.
type happening struct {
	title, lead  svo
	tKind, lKind string          // action kinds of the verbs
	tAct, lAct   string          // the first action kind the headline and the first lead sentence name
	firsts       []string        // first name key of title and of lead
	names        map[string]bool // name keys of title and lead
	tNames       map[string]bool
	lNames       map[string]bool // of the lead's first sentence
	stems        map[string]bool // content stems of title and lead
	tStems       map[string]bool
	lStems       map[string]bool
	kinds        map[string]bool
	nums         map[string]bool
	tNums        map[string]bool // of the headline
	day          time.Time       // a day the title or lead names, zero if none
	speakers     map[string]bool
}

func (h happening) String() string {
	return fmt.Sprintf("T(%s|%s/%s|%s) L(%s|%s/%s|%s) day %s sp %v nums %v", h.title.subj, h.title.verb, h.tKind, h.title.obj,
		h.lead.subj, h.lead.verb, h.lKind, h.lead.obj, h.day.Format("2006-01-02"), hkeysOf(h.speakers), hkeysOf(h.nums))
}

func hkeysOf(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// readActionKinds reads internal/story's action lexicon: word → kind.
func readActionKinds(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read action lexicon: %w", err)
	}
	m := map[string]string{}
	for line := range strings.SplitSeq(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, w := range strings.Fields(words) {
			if _, dup := m[w]; !dup {
				m[w] = strings.TrimSpace(kind)
			}
		}
	}
	return m, nil
}

var speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "tweeted": true, "tweets": true, "told": true,
	"tells": true, "wrote": true, "writes": true, "claimed": true, "claims": true, "stated": true, "argued": true,
	"argues": true, "insisted": true, "insists": true, "warned": true, "warns": true, "declared": true, "declares": true,
	"responded": true, "responds": true, "denied": true, "denies": true, "defended": true, "defends": true,
	"slammed": true, "slams": true, "blasted": true, "blasts": true, "criticized": true, "criticizes": true,
	"urged": true, "urges": true, "suggested": true, "suggests": true, "asserted": true, "called": true, "calls": true}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// readHappening analyses the headline and the opening paragraphs of body.
func readHappening(an *nlp.Analyzer, kinds map[string]string, title, body string, pub time.Time) happening {
	var paras []string
	for p := range strings.SplitSeq(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
		if len(paras) == 4 {
			break
		}
	}
	a := an.Analyze(nlp.Input{Title: title, Paragraphs: paras})
	h := happening{names: map[string]bool{}, tNames: map[string]bool{}, lNames: map[string]bool{},
		stems: map[string]bool{}, tStems: map[string]bool{}, lStems: map[string]bool{}, kinds: map[string]bool{},
		nums: map[string]bool{}, tNums: map[string]bool{}, speakers: map[string]bool{}}
	titleDone := false
	leads := 0
	in := map[int]int{} // sentence index → 0 title, 1 first lead sentence, 2 second
	for i, s := range a.Sentences {
		words := 0
		for _, tk := range s.Tokens {
			if tk.Kind == nlp.KindWord {
				words++
			}
		}
		switch {
		case s.Para == nlp.TitlePara && !titleDone:
			h.title, titleDone = readSVO(a, i), true
			h.tKind = verbKind(a, i, h.title.verb, kinds)
			in[i] = 0
		case s.Para != nlp.TitlePara && leads < 2 && words >= 8:
			if leads == 0 {
				h.lead = readSVO(a, i)
				h.lKind = verbKind(a, i, h.lead.verb, kinds)
			}
			leads++
			in[i] = leads
		}
	}
	firstOf := map[int]struct {
		pos int
		key string
	}{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			w, ok := in[m.Sentence]
			if !ok || m.Kind != nlp.MentionName {
				continue
			}
			h.names[e.Key] = true
			if w == 0 {
				h.tNames[e.Key] = true
			}
			if w == 1 {
				h.lNames[e.Key] = true
			}
			if w <= 1 {
				if f, ok := firstOf[w]; !ok || m.Start < f.pos {
					firstOf[w] = struct {
						pos int
						key string
					}{m.Start, e.Key}
				}
			}
		}
	}
	for _, w := range []int{0, 1} {
		if f, ok := firstOf[w]; ok {
			h.firsts = append(h.firsts, f.key)
		}
	}
	var order []int
	for i := range in {
		order = append(order, i)
	}
	sort.Ints(order)
	for _, i := range order {
		w := in[i]
		s := a.Sentences[i]
		for _, tk := range s.Tokens {
			if tk.Kind != nlp.KindWord {
				continue
			}
			if k, ok := kinds[strings.ToLower(tk.Surface)]; ok {
				h.kinds[k] = true
				if w == 0 && h.tAct == "" {
					h.tAct = k
				}
				if w == 1 && h.lAct == "" {
					h.lAct = k
				}
			}
			if !tk.Stop {
				h.stems[tk.Stem] = true
				if w == 0 {
					h.tStems[tk.Stem] = true
				}
				if w == 1 {
					h.lStems[tk.Stem] = true
				}
			}
			if d, ok := weekdays[tk.Norm]; ok && !pub.IsZero() && h.day.IsZero() {
				gap := (int(pub.Weekday()) - int(d) + 7) % 7
				h.day = pub.AddDate(0, 0, -gap)
			}
			if (tk.Norm == "yesterday") && !pub.IsZero() && h.day.IsZero() {
				h.day = pub.AddDate(0, 0, -1)
			}
			if (tk.Norm == "today" || tk.Norm == "tonight") && !pub.IsZero() && h.day.IsZero() {
				h.day = pub
			}
			if w >= 1 && speechVerbs[tk.Norm] && w == 1 && h.lead.subj != "" {
				h.speakers[h.lead.subj] = true
			}
		}
	}
	for _, n := range a.Numbers {
		if _, ok := in[n.Sentence]; !ok || n.Kind == nlp.NumDate {
			continue
		}
		if n.Kind == nlp.NumCount && n.Value >= 1900 && n.Value <= 2030 {
			continue // a year
		}
		h.nums[fmt.Sprintf("%s:%g", n.Kind, n.Value)] = true
		if in[n.Sentence] == 0 {
			h.tNums[fmt.Sprintf("%s:%g", n.Kind, n.Value)] = true
		}
	}
	for _, q := range a.Quotes {
		if _, ok := in[q.FirstSentence]; !ok || q.Speaker == nil || q.Speaker.Entity < 0 {
			continue
		}
		h.speakers[a.Entities[q.Speaker.Entity].Key] = true
	}
	return h
}

// verbKind finds the verb stem's word in sentence i and returns its action
// kind, "" when none.
func verbKind(a *nlp.Analysis, i int, stem string, kinds map[string]string) string {
	if stem == "" {
		return ""
	}
	for _, tk := range a.Sentences[i].Tokens {
		if tk.Stem == stem {
			if k, ok := kinds[strings.ToLower(tk.Surface)]; ok {
				return k
			}
			return ""
		}
	}
	return ""
}

func jacc(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return -1
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

func shareAny(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func tri(known, same bool) float64 {
	if !known {
		return -1
	}
	if same {
		return 1
	}
	return 0
}

// pairHappen computes happenNames' values for one pair.
func pairHappen(x, y happening) []float64 {
	var v []float64
	v = append(v, tri(x.title.subj != "" && y.title.subj != "", x.title.subj == y.title.subj))
	v = append(v, tri(x.lead.subj != "" && y.lead.subj != "", x.lead.subj == y.lead.subj))
	v = append(v, tri(len(x.subjects()) > 0 && len(y.subjects()) > 0, overlap(x.subjects(), y.subjects())))
	inOther := -1.0
	if x.title.subj != "" || y.title.subj != "" {
		n, d := 0, 0
		if x.title.subj != "" {
			d++
			if y.names[x.title.subj] {
				n++
			}
		}
		if y.title.subj != "" {
			d++
			if x.names[y.title.subj] {
				n++
			}
		}
		inOther = float64(n) / float64(d)
	}
	v = append(v, inOther)
	v = append(v, tri(x.title.verb != "" && y.title.verb != "", x.title.verb == y.title.verb))
	v = append(v, tri(x.lead.verb != "" && y.lead.verb != "", x.lead.verb == y.lead.verb))
	v = append(v, tri(len(x.verbs()) > 0 && len(y.verbs()) > 0, overlap(x.verbs(), y.verbs())))
	xk, yk := nonEmpty(x.tKind, x.lKind), nonEmpty(y.tKind, y.lKind)
	v = append(v, tri(len(xk) > 0 && len(yk) > 0, overlap(xk, yk)))
	vin := false
	for _, s := range x.verbs() {
		vin = vin || y.stems[s]
	}
	for _, s := range y.verbs() {
		vin = vin || x.stems[s]
	}
	v = append(v, tri(len(x.verbs())+len(y.verbs()) > 0, vin))
	xo, yo := nonEmpty(x.title.obj, x.lead.obj), nonEmpty(y.title.obj, y.lead.obj)
	v = append(v, tri(len(xo) > 0 && len(yo) > 0, overlap(xo, yo)))
	oin := false
	for _, o := range xo {
		oin = oin || y.names[o]
	}
	for _, o := range yo {
		oin = oin || x.names[o]
	}
	v = append(v, tri(len(xo)+len(yo) > 0, oin))
	v = append(v, tri(len(x.nums) > 0 && len(y.nums) > 0, shareAny(x.nums, y.nums)))
	if len(x.nums) > 0 && len(y.nums) > 0 {
		v = append(v, jacc(x.nums, y.nums))
	} else {
		v = append(v, -1)
	}
	if !x.day.IsZero() && !y.day.IsZero() {
		g := x.day.Sub(y.day).Hours() / 24
		if g < 0 {
			g = -g
		}
		v = append(v, tri(true, g < 0.5), float64(int(g+0.5)))
	} else {
		v = append(v, -1, -1)
	}
	v = append(v, tri(len(x.speakers) > 0 && len(y.speakers) > 0, !shareAny(x.speakers, y.speakers)))
	one := 0.0
	if len(x.speakers) > 0 && len(y.speakers) == 0 && !shareAny(x.speakers, y.tNames) && !(y.title.subj != "" && x.speakers[y.title.subj]) {
		one = 1
	}
	if len(y.speakers) > 0 && len(x.speakers) == 0 && !shareAny(y.speakers, x.tNames) && !(x.title.subj != "" && y.speakers[x.title.subj]) {
		one = 1
	}
	v = append(v, one)
	v = append(v, jacc(x.names, y.names), jacc(x.tNames, y.tNames), jacc(x.kinds, y.kinds), jacc(x.stems, y.stems),
		jacc(x.tStems, y.tStems))
	av := false
	for _, p := range [][2]svo{{x.title, y.title}, {x.lead, y.lead}, {x.title, y.lead}, {x.lead, y.title}} {
		if p[0].subj != "" && p[0].subj == p[1].subj && p[0].verb != "" && p[0].verb == p[1].verb {
			av = true
		}
	}
	if x.title.subj != "" && x.title.subj == y.title.subj && x.tKind != "" && x.tKind == y.tKind {
		av = true
	}
	if x.lead.subj != "" && x.lead.subj == y.lead.subj && x.lKind != "" && x.lKind == y.lKind {
		av = true
	}
	v = append(v, tri(true, av))
	ac := x.title.subj != "" && y.title.subj != "" && !y.names[x.title.subj] && !x.names[y.title.subj]
	v = append(v, tri(true, ac))
	kc := len(xk) > 0 && len(yk) > 0 && !shareAny(x.kinds, y.kinds)
	v = append(v, tri(true, kc))
	v = append(v, jacc(x.lNames, y.lNames), jacc(x.lStems, y.lStems))
	v = append(v, tri(len(x.firsts) > 0 && len(y.firsts) > 0, overlap(x.firsts, y.firsts)))
	sad := false
	if len(x.speakers) > 0 && x.lead.subj != "" && x.speakers[x.lead.subj] && !y.names[x.lead.subj] {
		sad = true
	}
	if len(y.speakers) > 0 && y.lead.subj != "" && y.speakers[y.lead.subj] && !x.names[y.lead.subj] {
		sad = true
	}
	v = append(v, tri(true, sad))
	v = append(v, tri(x.tAct != "" && y.tAct != "", x.tAct == y.tAct), tri(x.lAct != "" && y.lAct != "", x.lAct == y.lAct))
	xa, ya := nonEmpty(x.tAct, x.lAct), nonEmpty(y.tAct, y.lAct)
	v = append(v, tri(len(xa) > 0 && len(ya) > 0, overlap(xa, ya)))
	v = append(v, tri(len(x.tNums) > 0 && len(y.tNums) > 0, shareAny(x.tNums, y.tNums)))
	return v
}

func (h happening) verbs() []string    { return nonEmpty(h.title.verb, h.lead.verb) }
func (h happening) subjects() []string { return nonEmpty(h.title.subj, h.lead.subj) }

// eventHappenNames name eventHappen's values: the later member of a pair
// read against the members its event held before it (ev, in order; the
// first is the event's first member), as a join-time rule would read it.
var eventHappenNames = []string{
	"ev_n",          // members before it
	"ev_seed_stems", // jaccard of title+lead stems with the first member
	"ev_max_stems",  // the highest such jaccard over the members before it
	"ev_seed_names", // jaccard of title+lead names with the first member
	"ev_max_names",  // the highest over the members before it
	"ev_day_any",    // it names a day: some earlier member names the same one (1), others name days but none the same (0)
	"ev_day_seed",   // it and the first member name days: the same one
	"ev_actor_any",  // its headline subject is among the earlier members' title+lead names
	"ev_actor_seed", // its headline subject is among the first member's title+lead names
	"ev_kind_any",   // its verbs' action kinds: some earlier member's verb shares one
	"ev_kinds_max",  // the highest jaccard of title+lead action kinds
	"ev_speak_new",  // it reports a speaker that no earlier member names in title or lead
	"ev_verb_any",   // a verb of its own is among an earlier member's title+lead stems
}

// eventHappen computes eventHappenNames' values for x against ev.
func eventHappen(x happening, ev []happening) []float64 {
	if len(ev) == 0 {
		v := []float64{0}
		for range eventHappenNames[1:] {
			v = append(v, -1)
		}
		return v
	}
	seed := ev[0]
	v := []float64{float64(len(ev)), jacc(x.stems, seed.stems)}
	m := -1.0
	for _, e := range ev {
		m = max(m, jacc(x.stems, e.stems))
	}
	v = append(v, m, jacc(x.names, seed.names))
	m = -1
	for _, e := range ev {
		m = max(m, jacc(x.names, e.names))
	}
	v = append(v, m)
	dayKnown, daySame := false, false
	for _, e := range ev {
		if !x.day.IsZero() && !e.day.IsZero() {
			dayKnown = true
			daySame = daySame || x.day.Equal(e.day)
		}
	}
	v = append(v, tri(dayKnown, daySame), tri(!x.day.IsZero() && !seed.day.IsZero(), x.day.Equal(seed.day)))
	actorAny := false
	for _, e := range ev {
		actorAny = actorAny || e.names[x.title.subj]
	}
	v = append(v, tri(x.title.subj != "", actorAny), tri(x.title.subj != "", seed.names[x.title.subj]))
	xk := nonEmpty(x.tKind, x.lKind)
	kKnown, kSame := false, false
	for _, e := range ev {
		if ek := nonEmpty(e.tKind, e.lKind); len(xk) > 0 && len(ek) > 0 {
			kKnown = true
			kSame = kSame || overlap(xk, ek)
		}
	}
	v = append(v, tri(kKnown, kSame))
	m = -1
	for _, e := range ev {
		m = max(m, jacc(x.kinds, e.kinds))
	}
	v = append(v, m)
	newSp := false
	for sp := range x.speakers {
		seen := false
		for _, e := range ev {
			seen = seen || e.names[sp]
		}
		newSp = newSp || !seen
	}
	v = append(v, tri(len(x.speakers) > 0, newSp))
	vin := false
	for _, s := range x.verbs() {
		for _, e := range ev {
			vin = vin || e.stems[s]
		}
	}
	v = append(v, tri(len(x.verbs()) > 0, vin))
	return v
}
