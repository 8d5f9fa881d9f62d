package story

// Feature is one weighted key of an article: a stem, a name, a number.
type Feature struct {
	// Key is the feature text (a stem, a lower-cased name, a number).
	Key string
	// Count is the weight of the key in the article: its occurrences,
	// those in the title and lead counted more than those in the tail.
	Count int
}

// Features are what the clusterer compares. Each list is sorted by Key and
// holds each key once.
type Features struct {
	// Terms are stemmed content words of the title and body.
	Terms []Feature
	// Names are names or entity keys: who and where.
	Names []Feature
	// Numbers are numbers, years and ordinals mentioned in the text.
	Numbers []Feature
	// Title are the stemmed content words of the title alone.
	Title []Feature
	// Lead are the stemmed content words of the title and the first
	// sentences: who did what, as the article reports it.
	Lead []Feature
	// Phrases are pairs of consecutive content words (stems) of the title
	// and lead: "fire mnuchin", "hawaiian garden".
	Phrases []Feature
	// Quotes are runs of three words quoted in the text: what was said.
	Quotes []Feature
	// Actions are the kinds of happening the title and lead report (a
	// vote, a shooting, a ruling...): what.
	Actions []Feature
	// Days are the days the title and lead say things happened on
	// (explicit dates, and "on Tuesday" or "yesterday" resolved against
	// the publication date), as days since 1970-01-01, with how often
	// each is mentioned: when. Empty for an undated article.
	Days []DayCount
	// Acts are the acts of a saga the head tells (a verdict, the
	// sentence, a manhunt...; see actsOf): finer than Actions.
	Acts Acts
	// Headline says what kind of headline the title is.
	Headline Headline
	// Ahead reports that the title or lead names the coming day
	// ("tomorrow", or the weekday of the day after publication without
	// "last"): the article looks ahead to a happening.
	Ahead bool

	// hashed are the hashed keys, when the extractor computed them.
	hashed *featureHashes
	// titled is the article's title as an event title and its rank, when
	// a worker computed them ahead of the assignment (see withTitle).
	titled *titled
}

// titled is an article's title as an event title (eventTitle of its
// title and outlet) and that title's rank plus one (see titleRankOf),
// with what they were computed from.
type titled struct {
	src, outlet string
	headline    Headline
	title       string
	rank1       int8
	// speaker and answer are headStatement's of title.
	speaker []string
	answer  bool
}

// withTitle returns f with d's event title, its rank (regular
// expressions over the headline) and the statement it reports computed,
// so that a worker does that work instead of the one thread that assigns
// articles.
func withTitle(d Doc, f Features) Features {
	t := eventTitle(d.Title, d.Outlet)
	speaker, answer := headStatement(t)
	f.titled = &titled{src: d.Title, outlet: d.Outlet, headline: f.Headline, title: t, rank1: int8(headlineRank(f.Headline, t) + 1),
		speaker: speaker, answer: answer}
	return f
}

// titleOf returns d's event title, its rank plus one and its statement
// (see headStatement) from f when a worker computed them for this title,
// outlet and headline, or the title, 0 (rank not yet known) and its
// statement.
func titleOf(d Doc, f *Features) (title string, rank1 int8, speaker []string, answer bool) {
	if t := f.titled; t != nil && t.src == d.Title && t.outlet == d.Outlet && t.headline == f.Headline {
		return t.title, t.rank1, t.speaker, t.answer
	}
	title = eventTitle(d.Title, d.Outlet)
	speaker, answer = headStatement(title)
	return title, 0, speaker, answer
}

// DayCount is a day mentioned in an article and how often.
type DayCount struct {
	Day   int32
	Count int
}

// FeatureExtractor turns a Doc into Features. Implementations must be
// deterministic and safe for concurrent use, so that extraction can run on
// several goroutines ahead of the (sequential) clusterer.
type FeatureExtractor interface {
	Extract(d Doc) Features
}

// bag counts keys and returns them as sorted features.
type bag map[string]int

// features returns the bag as a Key-sorted slice.
func (b bag) features() []Feature {
	if len(b) == 0 {
		return nil
	}
	out := make([]Feature, 0, len(b))
	for k, n := range b {
		out = append(out, Feature{Key: k, Count: n})
	}
	sortFeatures(out)
	return out
}
