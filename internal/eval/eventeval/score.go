package eventeval

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"text/tabwriter"
)

// SameFunc says whether a system puts two articles together (in one event,
// or in one storyline); known is false when the system does not hold one
// of them.
type SameFunc func(a, b Ref) (same, known bool)

// Measure counts, over the judged pairs of one stratum, the pairs a system
// joins, the pairs the labels call positive and the pairs that are both.
type Measure struct {
	Joined   int `json:"joined"`
	Positive int `json:"positive"`
	Both     int `json:"both"`
}

// Precision is Both/Joined: of the pairs the system joins, the share that
// are positive; ok is false when it joins none.
func (m Measure) Precision() (p float64, ok bool) { return ratio(m.Both, m.Joined) }

// Recall is Both/Positive: of the positive pairs, the share the system
// joins; ok is false when there are none.
func (m Measure) Recall() (r float64, ok bool) { return ratio(m.Both, m.Positive) }

func ratio(a, b int) (float64, bool) {
	if b == 0 {
		return 0, false
	}
	return float64(a) / float64(b), true
}

// MarshalJSON adds precision and recall (null when undefined) and their
// 95% Wilson intervals to the counts.
func (m Measure) MarshalJSON() ([]byte, error) {
	type counts Measure
	out := struct {
		counts
		Precision     *float64    `json:"precision"`
		Recall        *float64    `json:"recall"`
		PrecisionCI95 *[2]float64 `json:"precision_ci95"`
		RecallCI95    *[2]float64 `json:"recall_ci95"`
	}{counts: counts(m)}
	if p, ok := m.Precision(); ok {
		ci := wilson(m.Both, m.Joined)
		out.Precision, out.PrecisionCI95 = &p, &ci
	}
	if r, ok := m.Recall(); ok {
		ci := wilson(m.Both, m.Positive)
		out.Recall, out.RecallCI95 = &r, &ci
	}
	return json.Marshal(out)
}

// wilson returns the 95% Wilson score interval of k successes in n.
func wilson(k, n int) [2]float64 {
	const z = 1.959964
	p, nf := float64(k)/float64(n), float64(n)
	d := 1 + z*z/nf
	c := (p + z*z/(2*nf)) / d
	h := z * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf)) / d
	return [2]float64{max(0, c-h), min(1, c+h)}
}

// Row is the score of one stratum (or of all pairs, Stratum "all").
type Row struct {
	Stratum string `json:"stratum"`
	// Pairs counts the pairs of the stratum in the split scored; the label
	// counts split them; Unlabelled ones are not scored, nor Missing ones
	// (an article the system does not hold).
	Pairs      int `json:"pairs"`
	SameEvent  int `json:"same_event"`
	SameTopic  int `json:"same_topic"`
	Unrelated  int `json:"unrelated"`
	Unlabelled int `json:"unlabelled"`
	Missing    int `json:"missing"`
	// Event scores joins into one event against same-event labels;
	// Storyline scores joins into one storyline (or event) against
	// same-event and same-storyline labels.
	Event     Measure `json:"event"`
	Storyline Measure `json:"storyline"`
}

// Report is the score of a system on a sample.
type Report struct {
	// Split is the split scored: "dev", "test" or "" for both.
	Split string `json:"split"`
	Rows  []Row  `json:"strata"`
}

// Score scores a system on the labelled pairs of one split ("" for all):
// one row per stratum, standard strata first, then a row "all". event
// says whether the system puts two articles in one event; storyline, when
// not nil, whether in one storyline (nil: the same as event).
func Score(pairs []Pair, split string, event, storyline SameFunc) Report {
	if storyline == nil {
		storyline = event
	}
	rows := map[string]*Row{}
	all := &Row{Stratum: "all"}
	var names []string
	for _, p := range pairs {
		if split != "" && p.Split != split {
			continue
		}
		r, ok := rows[p.Stratum]
		if !ok {
			r = &Row{Stratum: p.Stratum}
			rows[p.Stratum] = r
			names = append(names, p.Stratum)
		}
		for _, r := range []*Row{r, all} {
			r.add(p, event, storyline)
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(stratumRank(a), stratumRank(b)), cmp.Compare(a, b))
	})
	rep := Report{Split: split}
	for _, n := range names {
		rep.Rows = append(rep.Rows, *rows[n])
	}
	rep.Rows = append(rep.Rows, *all)
	return rep
}

func (r *Row) add(p Pair, event, storyline SameFunc) {
	r.Pairs++
	switch p.Label {
	case SameEvent:
		r.SameEvent++
	case SameTopic:
		r.SameTopic++
	case Unrelated:
		r.Unrelated++
	default:
		r.Unlabelled++
		return
	}
	joined, known := event(p.A, p.B)
	if !known {
		r.Missing++
		return
	}
	sl, _ := storyline(p.A, p.B)
	sl = sl || joined
	r.Event.count(joined, p.Label == SameEvent)
	r.Storyline.count(sl, p.StorylinePositive())
}

func (m *Measure) count(joined, positive bool) {
	if joined {
		m.Joined++
	}
	if positive {
		m.Positive++
	}
	if joined && positive {
		m.Both++
	}
}

// Write prints the report as a table: per stratum the label counts, then
// event and storyline precision and recall with their 95% intervals.
func (rep Report) Write(w io.Writer) error {
	split := rep.Split
	if split == "" {
		split = "dev+test"
	}
	fmt.Fprintf(w, "split: %s\n", split)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "stratum\tpairs\tsame-event\tsame-topic\tunrelated\tevent P\tevent R\tstoryline P\tstoryline R\t")
	for _, r := range rep.Rows {
		extra := ""
		if r.Unlabelled > 0 || r.Missing > 0 {
			extra = fmt.Sprintf("(unlabelled %d, missing %d)", r.Unlabelled, r.Missing)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", r.Stratum, r.Pairs, r.SameEvent, r.SameTopic, r.Unrelated,
			fmtP(r.Event), fmtR(r.Event), fmtP(r.Storyline), fmtR(r.Storyline), extra)
	}
	return tw.Flush()
}

func fmtP(m Measure) string { return fmtRatio(m.Both, m.Joined) }
func fmtR(m Measure) string { return fmtRatio(m.Both, m.Positive) }

func fmtRatio(k, n int) string {
	if n == 0 {
		return "-"
	}
	ci := wilson(k, n)
	return fmt.Sprintf("%.2f %d/%d [%.2f-%.2f]", float64(k)/float64(n), k, n, ci[0], ci[1])
}
