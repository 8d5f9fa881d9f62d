package story

import (
	"slices"
	"strconv"
	"time"
)

// prepared is an article ready to score: one unit tf-idf vector per kind
// (strongest first, and sorted by hash), the compact vectors kept for it
// as a member of an event, and when it reports on.
type prepared struct {
	doc   Doc
	vecs  [numKinds]vec // strongest first
	hvecs [numKinds]vec // the same, sorted by hash
	mv    [numKinds]vec // compact, sorted by hash (see memberKeep)
	years []int
	// pubDay is the publication day and eday the day the article reports
	// on (see eventDay); eday is meaningful only when doc.HasTime, pubDay
	// also for a current undated article: the day it was added.
	pubDay, eday int32
	// told reports that eday is a day the text names, not the
	// publication day.
	told bool
	// ahead reports a preview: an article on a happening still to come
	// (see previewOf).
	ahead    bool
	headline Headline
	// acts are the acts its head tells (see actsOf).
	acts Acts
	// speaker is who speaks in its title (see headSpeaker), nil when
	// its title reports no statement, and answer reports that the
	// speaker's verb answers someone (see headStatement).
	speaker []string
	answer  bool
	// leadAnswerer is who answers in its lead's first sentence (see
	// leadAnswer), read only when a join asks (leadRead).
	leadAnswerer []string
	leadRead     bool
	// current reports that an undated article was added near the clock
	// (see Doc.Added).
	current bool
	// title is the article's title as an event title (see eventTitle)
	// and rank1 its rank plus one, 0 when not yet known (see
	// titleRankOf).
	title string
	rank1 int8
	// month is the first day of the month an undated article's URL names
	// (zero when it names none): weak evidence of when it was published.
	month time.Time
}

// featureLists returns the feature lists of f in kind order.
func featureLists(f Features) [numKinds][]Feature {
	return [numKinds][]Feature{f.Terms, f.Names, f.Numbers, f.Title, f.Actions, f.Lead, f.Phrases, f.Quotes}
}

// hashes returns the hashed keys of every kind of f, for the
// document-frequency sketch (title and lead words count as words, so
// those kinds are left out), and the hashes and count weights of f for
// prepare. They come from f when the extractor hashed them (see
// withHashes).
func hashes(f Features) (df [numKinds][]uint64, fh *featureHashes) {
	fh = f.hashed
	if fh == nil || !fh.fits(f) {
		fh = hashFeatures(f)
	}
	df = fh.keys
	df[kindTitle], df[kindLead] = nil, nil
	return df, fh
}

// prepBuf is the working memory of prepare: an article's vectors (vecs
// and hvecs of prepared) live only while it is assigned, so a Clusterer
// reuses their arrays from one article to the next.
type prepBuf struct {
	vecs, hvecs [numKinds]vec
}

// prepare weighs f by the sketch's idf and keeps the strongest keys of each
// kind (a dated article's numbers without its years). Title and lead words share the words' document frequencies. fh
// holds the hashes and count weights of f's keys (see hashes). The
// vectors p.vecs and p.hvecs are in buf, valid until its next use; p.mv
// is p's own.
func prepare(d Doc, f Features, fh *featureHashes, df *dfSketch, buf *prepBuf) prepared {
	p := prepared{doc: d, headline: f.Headline, acts: f.Acts}
	p.title, p.rank1, p.speaker, p.answer = titleOf(d, &f)
	if d.Styled && titleHeadline(f.Headline, true) != f.Headline {
		p.rank1 = int8(headlineRank(Opinion, p.title) + 1)
	}
	for k, list := range featureLists(f) {
		kk := kind(k)
		if len(list) == 0 {
			continue
		}
		v := slices.Grow(buf.vecs[k][:0], len(list))
		hs, dhs, tf := fh.keys[k], fh.dfKeys(kk), fh.tf[k]
		for i, ft := range list {
			if kk == kindNumbers && d.HasTime {
				// Between dated reports a year is background ("since
				// 2016", "the 2020 race"), not a figure they agree on;
				// it still counts among the years (below) for undated
				// ones.
				if _, ok := yearOf(ft.Key); ok {
					continue
				}
			}
			v = append(v, entry{h: hs[i], key: ft.Key, w: tf[i] * df.idf(dhs[i])})
		}
		buf.vecs[k] = v
		v = strongestN(v, keepOf[kk])
		normalize(v)
		p.vecs[k] = v
		h := append(buf.hvecs[k][:0], v...)
		sortByHash(h)
		buf.hvecs[k], p.hvecs[k] = h, h
		if len(v) <= memberKeep[kk] {
			// compact would keep all of v, normalize it again and sort
			// it by hash: h scaled as normalize scales v.
			p.mv[k] = scaledLike(h, v)
		} else {
			p.mv[k] = compact(v, memberKeep[kk])
		}
	}
	for _, ft := range f.Numbers {
		if y, ok := yearOf(ft.Key); ok {
			p.years = append(p.years, y)
		}
	}
	if d.HasTime {
		p.pubDay = dayOf(d.localTime())
		p.eday, p.told = eventDay(f.Days, p.pubDay)
		p.ahead = previewOf(f)
	} else if m, ok := urlMonth(d.URL); ok {
		// The year of the address counts as a year the text mentions, so
		// that an undated article is kept apart from undated events of
		// other years (see Config.YearConflict).
		p.month = m
		if !slices.Contains(p.years, m.Year()) {
			p.years = append(p.years, m.Year())
		}
	}
	return p
}

// yearOf reports whether a number key is a plausible year of news.
func yearOf(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1950 || y > 2039 {
		return 0, false
	}
	return y, true
}
