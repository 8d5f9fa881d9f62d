package dedup

import "strings"

// chooseSource decides which of a pair is the likely source: the earlier
// published; else the one whose text starts the shared material when the
// other has a short phrase before it (an inserted lead) or, having all of
// the first inside it, a long stretch of other text before it (a copy
// embedded in a longer article); else the longer (copies are trimmed);
// else a, the one seen first.
func chooseSource(cfg Config, a, b *prepared, ov *overlap) (aIsSource bool, basis string) {
	ta, tb := a.doc.Published, b.doc.Published
	if !ta.IsZero() && !tb.IsZero() && !ta.Equal(tb) {
		return ta.Before(tb), BasisPublished
	}
	if ov.kind == KindRevision {
		return true, BasisOrder
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
	switch {
	case na*10 > nb*11:
		return true, BasisLength
	case nb*10 > na*11:
		return false, BasisLength
	}
	return true, BasisOrder
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
