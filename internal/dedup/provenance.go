package dedup

import (
	"regexp"
	"strings"
	"time"
)

// chooseSource decides which of a pair is the likely source. Evidence, in
// order:
//   - a wire dateline: a text that opens with its own outlet's dateline
//     ("WASHINGTON (Reuters) -") is the source of a text that has none,
//     even one dated up to a day earlier (dates are days, and a reprint
//     may carry an earlier version of the wire's story);
//   - the earlier published;
//   - a credit, when the dates do not decide: the text that names the
//     other's outlet took from it (a digest quoting a column, a reprint
//     crediting a wire), when the other does not name it back;
//   - the one whose text starts the shared material when the other has a
//     short phrase before it (an inserted lead) or, having all of the first
//     inside it, a long stretch of other text before it (a copy embedded
//     in a longer article);
//   - the dated one, when the other has no date: an undated article is not
//     asserted as the source of a dated one on its length alone;
//   - else the longer (copies are trimmed); else a, the one seen first.
func chooseSource(cfg Config, a, b *prepared, ov *overlap) (aIsSource bool, basis string) {
	ta, tb := a.doc.Published, b.doc.Published
	if ov.kind != KindRevision {
		if src, ok := wireSource(a, b); ok {
			return src, BasisWire
		}
	}
	if !ta.IsZero() && !tb.IsZero() && !ta.Equal(tb) {
		return ta.Before(tb), BasisPublished
	}
	if ov.kind == KindRevision {
		return true, BasisOrder
	}
	if !sameNewsroom(a.doc, b.doc) {
		aNamesB, bNamesA := namesOutlet(wordHashes(a.toks), b.doc), namesOutlet(wordHashes(b.toks), a.doc)
		if aNamesB != bNamesA {
			return bNamesA, BasisCredit
		}
	}
	leadA, leadB := len(a.toks), len(b.toks)
	for _, p := range ov.sig {
		leadA, leadB = min(leadA, p.aLo), min(leadB, p.bLo)
	}
	na, nb := len(a.toks), len(b.toks)
	isLead := func(n int) bool { return n >= 1 && n <= cfg.MaxLeadWords }
	// wholly reports whether all but a share 1-Wholly of n words is shared.
	wholly := func(n int) bool { return float64(ov.shared) >= cfg.Wholly*float64(n) }
	switch {
	case leadA == 0 && isLead(leadB):
		return true, BasisInsertedLead
	case leadB == 0 && isLead(leadA):
		return false, BasisInsertedLead
	case leadA == 0 && leadB > cfg.MaxLeadWords && wholly(na):
		return true, BasisEmbedded
	case leadB == 0 && leadA > cfg.MaxLeadWords && wholly(nb):
		return false, BasisEmbedded
	}
	if ta.IsZero() != tb.IsZero() {
		return !ta.IsZero(), BasisDated
	}
	switch {
	case na*10 > nb*11:
		return true, BasisLength
	case nb*10 > na*11:
		return false, BasisLength
	}
	return true, BasisOrder
}

// wireSource reports, when exactly one of a and b opens with a dateline
// crediting its own outlet and the two are dated at most a day apart (or
// not both dated), whether a is that one.
func wireSource(a, b *prepared) (aIsSource, ok bool) {
	da, db := ownDateline(a.doc.Outlet, a.text), ownDateline(b.doc.Outlet, b.text)
	if da == db || sameNewsroom(a.doc, b.doc) {
		return false, false
	}
	ta, tb := a.doc.Published, b.doc.Published
	if !ta.IsZero() && !tb.IsZero() {
		gap := ta.Sub(tb)
		if gap < 0 {
			gap = -gap
		}
		if gap > 24*time.Hour {
			return false, false
		}
	}
	return da, true
}

// datelineRe finds a credit in brackets followed by a dash, as a wire
// dateline writes it: "LONDON (Reuters) -", "(AP) —".
var datelineRe = regexp.MustCompile(`\(([A-Za-z][A-Za-z.&' ]{0,40})\)\s*[-–—]`)

// ownDateline reports whether text opens (within its first 200 bytes) with
// a dateline crediting outlet: by one of its credit names (CreditNames,
// without the web address) or by the initials of a name of two or more
// words ("AP" for Associated Press).
func ownDateline(outlet, text string) bool {
	if strings.TrimSpace(outlet) == "" {
		return false
	}
	head := text[:min(len(text), 200)]
	loc := datelineRe.FindStringSubmatchIndex(head)
	if loc == nil {
		return false
	}
	got := strings.Join(creditWords(head[loc[2]:loc[3]]), " ")
	for _, n := range CreditNames(outlet, "") {
		if strings.Join(n, " ") == got {
			return true
		}
		if len(n) >= 2 {
			var in strings.Builder
			for _, w := range n {
				in.WriteByte(w[0])
			}
			if in.String() == got {
				return true
			}
		}
	}
	return false
}

// sameNewsroom reports whether two outlets may be one newsroom under two
// names ("Fox News", "Fox Online News"): one of their credit
// names or their web address labels agree (a name of one is a name of the
// other). A credit between them says nothing of direction.
func sameNewsroom(a, b Doc) bool {
	na, nb := CreditNames(a.Outlet, a.URL), CreditNames(b.Outlet, b.URL)
	for _, x := range na {
		for _, y := range nb {
			if strings.Join(x, " ") == strings.Join(y, " ") {
				return true
			}
		}
	}
	return false
}

// isRevision reports whether a and b are the same article of one outlet:
// same outlet and the same canonical URL.
func isRevision(a, b Doc) bool {
	oa, ob := strings.TrimSpace(a.Outlet), strings.TrimSpace(b.Outlet)
	if oa == "" || !strings.EqualFold(oa, ob) {
		return false
	}
	ua, ub := CanonicalURL(a.URL), CanonicalURL(b.URL)
	return ua != "" && ua == ub
}

// SameNewsroom reports whether two outlets may be one newsroom under two
// names ("Fox News", "Fox Online News"): one of their credit names or
// their web address labels agree.
func SameNewsroom(a, b Doc) bool { return sameNewsroom(a, b) }
