package story

import "slices"

// classified is a Doc's headline kind as WithVoice found it, with what
// classifyHeadline read to find it: it stands for the Doc's kind only
// while those fields are unchanged (see headlineOf).
type classified struct {
	ok                          bool
	headline                    Headline
	title, outlet, url, docKind string
	authors                     []string
}

// WithVoice returns d with its Styled set by styled when the voice can
// change anything the clusterer does with d (VoiceRanks), and left
// false otherwise, so that a caller reads the voice only then. The
// headline is classified once: Extract reads the kind found here while
// the fields it was read from are unchanged (the authors are copied, so
// that an edit in their own array counts as a change).
func WithVoice(d Doc, styled func() bool) Doc {
	h := classifyHeadline(d)
	d.classified = classified{ok: true, headline: h, title: d.Title, outlet: d.Outlet, url: d.URL, docKind: d.Kind, authors: slices.Clone(d.Authors)}
	if h == News || h == Short {
		d.Styled = styled()
	}
	return d
}

// headlineOf returns classifyHeadline(d), from what WithVoice found when
// d's fields classifyHeadline reads are still the same.
func headlineOf(d Doc) Headline {
	c := &d.classified
	if c.ok && c.title == d.Title && c.outlet == d.Outlet && c.url == d.URL && c.docKind == d.Kind && slices.Equal(c.authors, d.Authors) {
		return c.headline
	}
	return classifyHeadline(d)
}
