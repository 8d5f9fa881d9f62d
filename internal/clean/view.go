package clean

import "strings"

// Verdict is what a paragraph is.
type Verdict string

// Verdicts.
const (
	// Text is article text, kept whole.
	Text Verdict = "text"
	// Furniture is page furniture, set aside whole.
	Furniture Verdict = "furniture"
	// Mixed is article text with furniture run into it: the Cuts are set
	// aside, the rest is kept.
	Mixed Verdict = "mixed"
)

// Kinds of furniture, as Para.Kind and Cut.Kind name them.
const (
	KindCaption      = "caption"       // a photo or video caption
	KindCredit       = "credit"        // a photo, agency or contributor credit
	KindPromo        = "promo"         // a pitch for other content of the outlet
	KindRelated      = "related-links" // a box or list of links to other stories
	KindShare        = "share-widget"  // share, follow and comment buttons
	KindNewsletter   = "newsletter"    // a newsletter sign-up
	KindSubscription = "subscription"  // a subscription wall or membership pitch
	KindByline       = "byline"        // the author's name at the top
	KindDateline     = "dateline"      // a date or place line at the top
	KindBio          = "bio"           // the author's biography at the end (or at the top, under the author's name)
	KindSocial       = "social-embed"  // an embedded social-media post
	KindUpdate       = "update-note"   // "This story has been updated"
	KindCopyright    = "copyright"     // a copyright or reprint line
	KindDisclaimer   = "disclaimer"    // "The views expressed are the author's own"
	KindAd           = "ad"            // "Advertisement"
	KindNavigation   = "navigation"    // page navigation, media player text, stock-quote widgets
	KindBoilerplate  = "boilerplate"   // recurs across many articles of the outlet
	KindOther        = "other"         // no words (rules, separators)
)

// Cut is a byte range of a paragraph set aside as furniture.
type Cut struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
}

// Para is the verdict on one paragraph.
type Para struct {
	// Para is the paragraph's index in the article.
	Para    int     `json:"para"`
	Verdict Verdict `json:"verdict"`
	// Kept is true when any of the paragraph is kept (text or mixed).
	Kept bool `json:"kept"`
	// Kind and Reason say what the furniture is and why it was set aside:
	// for a mixed paragraph, those of its first cut.
	Kind   string `json:"kind,omitempty"`
	Reason string `json:"reason,omitempty"`
	// Cuts are the byte ranges set aside, in order: the whole paragraph
	// for furniture, none for text.
	Cuts []Cut `json:"cuts,omitempty"`
}

// View is the cleaned view of one article.
type View struct {
	paragraphs []string
	// keys[i] is Key(paragraphs[i]) where keyed[i]: the keys cleaning
	// computed, kept so that readers do not hash the text again.
	keys  []uint64
	keyed []bool
	// Paras has one verdict per paragraph of the article, in order.
	Paras []Para
}

// Furniture reports whether any part of the article was set aside.
func (v *View) Furniture() bool {
	for _, p := range v.Paras {
		if p.Verdict != Text {
			return true
		}
	}
	return false
}

// Masked returns the paragraphs with every byte set aside replaced by a
// space: as many paragraphs as the article has, each as long as the
// original, so that offsets into them are offsets into the stored text.
// When nothing was set aside it returns the original slice.
func (v *View) Masked() []string {
	if !v.Furniture() {
		return v.paragraphs
	}
	out := make([]string, len(v.paragraphs))
	for i, p := range v.paragraphs {
		out[i] = mask(p, v.Paras[i].Cuts)
	}
	return out
}

func mask(p string, cuts []Cut) string {
	if len(cuts) == 0 {
		return p
	}
	b := []byte(p)
	for _, c := range cuts {
		for k := c.Start; k < c.End; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}

// Kept returns the text left after cleaning: the paragraphs that are text,
// and the kept parts of mixed ones, with furniture paragraphs left out.
func (v *View) Kept() []string {
	kept, _ := v.kept(false)
	return kept
}

// KeptKeys returns what Kept returns and, beside each kept text, its Key:
// for a paragraph kept whole the key cleaning computed (it is hashed only
// when cleaning did not need it), for a mixed one the key of its kept
// part.
func (v *View) KeptKeys() ([]string, []uint64) {
	return v.kept(true)
}

func (v *View) kept(withKeys bool) ([]string, []uint64) {
	var keys []uint64
	if !v.Furniture() {
		if withKeys {
			keys = make([]uint64, len(v.paragraphs))
			for i, p := range v.paragraphs {
				keys[i] = v.key(i, p)
			}
		}
		return v.paragraphs, keys
	}
	out := make([]string, 0, len(v.paragraphs))
	if withKeys {
		keys = make([]uint64, 0, len(v.paragraphs))
	}
	for i, p := range v.paragraphs {
		switch v.Paras[i].Verdict {
		case Text:
			out = append(out, p)
			if withKeys {
				keys = append(keys, v.key(i, p))
			}
		case Mixed:
			if s := splice(p, v.Paras[i].Cuts); s != "" {
				out = append(out, s)
				if withKeys {
					keys = append(keys, Key(s))
				}
			}
		}
	}
	return out, keys
}

// key returns the key of paragraph i, whose text is p.
func (v *View) key(i int, p string) uint64 {
	if v.keyed != nil && v.keyed[i] {
		return v.keys[i]
	}
	return Key(p)
}

// KeptShare returns the share of the article's bytes that were kept.
func (v *View) KeptShare() float64 {
	total, cut := 0, 0
	for i, p := range v.paragraphs {
		total += len(p)
		for _, c := range v.Paras[i].Cuts {
			cut += c.End - c.Start
		}
	}
	if total == 0 {
		return 1
	}
	return float64(total-cut) / float64(total)
}

// splice returns p without its cuts, white space made single.
func splice(p string, cuts []Cut) string {
	var b strings.Builder
	last := 0
	for _, c := range cuts {
		b.WriteString(p[last:c.Start])
		last = c.End
	}
	b.WriteString(p[last:])
	return strings.Join(strings.Fields(b.String()), " ")
}
