package clean

import "fmt"

// What the learned pass calls furniture. A paragraph must recur in at
// least MinRepeats of the outlet's articles; then:
//   - a short line (at most shortWords words) that does not read as a
//     sentence is furniture ("Advertisement", "Story continued below");
//   - a short sentence ("Right.", "What happens next?") only when it is in
//     at least commonShare of the outlet's articles and commonRepeats of
//     them: it may be a heading or a line of dialogue;
//   - a longer paragraph when it has a cue word (cues.txt: a pitch, a bio,
//     a credit), or recurs in commonRepeats articles and rareShare of the
//     outlet's: an outlet reuses some background paragraphs in its own
//     reporting, a few times each;
//   - a paragraph that recurs next to a caption recurring with it (a photo
//     gallery) is a caption too.
//
// A long paragraph recurring in fewer than commonRepeats articles all
// published within sameStoryDays of each other is an update of one story
// (the same article rerun), not furniture.
const (
	MinRepeats    = 3
	shortWords    = 12
	commonRepeats = 8
	commonShare   = 0.05
	rareShare     = 0.02
	sameStoryDays = 2
)

// learned marks paragraphs that recur across the outlet's articles.
func (r *rules) learned(ps []para, m *Model, outlet string) {
	if m == nil || m.Articles < MinRepeats {
		return
	}
	name := outlet
	if name == "" {
		name = "the outlet"
	}
	n := float64(m.Articles)
	for i := range ps {
		p := &ps[i]
		l, ok := m.Lookup(Key(p.text))
		if !ok || l.Articles < MinRepeats {
			continue
		}
		p.repeats, p.line = int(l.Articles), l
		if p.furniture() {
			continue
		}
		c := float64(l.Articles)
		why := fmt.Sprintf("in %d of %d articles of %s", l.Articles, m.Articles, name)
		switch {
		case p.words <= shortWords && !endsSentence(p.text):
			p.set(KindBoilerplate, why)
		case p.words <= shortWords:
			if l.Articles >= commonRepeats && c >= commonShare*n {
				p.set(KindBoilerplate, why)
			}
		case l.Articles < commonRepeats && l.First != 0 && l.Last-l.First < sameStoryDays:
			// one story rerun or updated, not furniture
		case r.cued(p):
			p.set(KindBoilerplate, why)
		case l.Articles >= commonRepeats && c >= rareShare*n:
			p.set(KindBoilerplate, why)
		}
	}
	// Galleries: a run of recurring paragraphs around a caption.
	for i := 0; i < len(ps); {
		if ps[i].repeats == 0 {
			i++
			continue
		}
		j := i
		caption := false
		for j < len(ps) && (ps[j].repeats > 0 || ps[j].kind == KindCaption) {
			caption = caption || ps[j].kind == KindCaption
			j++
		}
		if caption {
			for k := i; k < j; k++ {
				if ps[k].kind == KindBoilerplate {
					ps[k].kind = ""
				}
				ps[k].set(KindCaption, fmt.Sprintf("recurs with a photo gallery's captions (in %d articles of %s)", ps[k].repeats, name))
			}
		}
		i = j
	}
}

// cued reports whether a paragraph has a cue word of furniture.
func (r *rules) cued(p *para) bool {
	f := p.fold
	if f == "" {
		f = fold(p.text)
	}
	for _, c := range r.cues {
		if hasPhrase(f, c) {
			return true
		}
	}
	return false
}
