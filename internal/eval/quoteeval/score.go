package quoteeval

// spansLen is the total length of spans.
func spansLen(s [][2]int) int {
	n := 0
	for _, x := range s {
		if x[1] > x[0] {
			n += x[1] - x[0]
		}
	}
	return n
}

// overlap is the total overlap of two span lists.
func overlap(a, b [][2]int) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			lo, hi := max(x[0], y[0]), min(x[1], y[1])
			if hi > lo {
				n += hi - lo
			}
		}
	}
	return n
}

// Outcome is how one item was scored.
type Outcome struct {
	Article string `json:"article"`
	// Kind is "match", "miss" (a gold quote not found), "false" (a found
	// quote that matches nothing) or "neutral" (a found quote that matches
	// only a mixed item).
	Kind string `json:"kind"`
	// Found and Gold are the spans in code points of the body.
	Found [][2]int `json:"found,omitempty"`
	Gold  [][2]int `json:"gold,omitempty"`
	// SpeakerOK is set for matches.
	SpeakerOK bool `json:"speaker_ok,omitempty"`
	// Speaker is the found speaker mention span; GoldSource the gold one.
	Speaker    *[2]int `json:"speaker,omitempty"`
	GoldSource *[2]int `json:"gold_source,omitempty"`
}

// found is one predicted quotation in code points.
type found struct {
	spans   [][2]int
	speaker *[2]int
}

type goldItem struct {
	spans  [][2]int
	source *[2]int
	direct bool
}

// scoreArticle matches found quotes to gold ones, one to one, greedily in
// text order, each to the unmatched gold quote it overlaps most.
func scoreArticle(id string, fs []found, gs []goldItem, res *Result, report func(Outcome)) {
	used := make([]bool, len(gs))
	for _, f := range fs {
		best, bestOv := -1, 0
		for gi, g := range gs {
			if !g.direct || used[gi] {
				continue
			}
			ov := overlap(f.spans, g.spans)
			if 2*ov >= spansLen(g.spans) && ov > bestOv {
				best, bestOv = gi, ov
			}
		}
		if best >= 0 {
			used[best] = true
			res.Matched++
			res.Predicted++
			g := gs[best]
			ok := false
			if g.source == nil {
				ok = f.speaker == nil
			} else if f.speaker != nil {
				ok = overlap([][2]int{*f.speaker}, [][2]int{*g.source}) > 0
			}
			if ok {
				res.SpeakerCorrect++
			}
			report(Outcome{Article: id, Kind: "match", Found: f.spans, Gold: g.spans, SpeakerOK: ok, Speaker: f.speaker, GoldSource: g.source})
			continue
		}
		neutral := false
		for _, g := range gs {
			if g.direct {
				continue
			}
			ov := overlap(f.spans, g.spans)
			if ov > 0 && (2*ov >= spansLen(g.spans) || 2*ov >= spansLen(f.spans)) {
				neutral = true
				break
			}
		}
		if neutral {
			res.Neutral++
			report(Outcome{Article: id, Kind: "neutral", Found: f.spans, Speaker: f.speaker})
			continue
		}
		res.Predicted++
		report(Outcome{Article: id, Kind: "false", Found: f.spans, Speaker: f.speaker})
	}
	for gi, g := range gs {
		if g.direct {
			res.Gold++
			if !used[gi] {
				report(Outcome{Article: id, Kind: "miss", Gold: g.spans, GoldSource: g.source})
			}
		}
	}
}
