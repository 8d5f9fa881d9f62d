// Package story groups articles into events and events into storylines,
// online and in one pass.
//
// An event (a Story) is the articles that report one specific happening: a
// vote, a shooting, a ruling, a speech, usually within hours to a few days.
// A storyline is a thread of events over weeks or months that continue one
// saga, linked by who is involved and by continuity in time.
//
// A Clusterer takes articles in published order (undated ones where the
// caller puts them; see PublishedOrder and Doc.Added). Each article is
// turned into Features by a FeatureExtractor: who (names), what (the kind
// of happening, the title and the first sentences, weighing more than the
// tail), numbers, quoted words, and when (the days the text names, "on
// Tuesday" resolved against the publication date). They are weighted by an
// inverse document frequency learnt online and compared with the active
// events that share a strong key in an inverted index: with an event's
// centroid and with its closest members, so that a growing event does not
// drift towards its topic, and scaled by how far apart in days the article
// and the event are. The article joins the best event whose score reaches
// the threshold, or starts a new one; every assignment is returned as a
// Decision that explains its score. A new event joins the storyline it
// continues, or starts one. Some checks weigh out the words an event's
// saga shares (its other events'); they read a second threading of the
// events by the same code, the sagas (Config.Sagas), never the storylines
// shown, so that tuning storylines moves no article between events.
//
// Every RepairEvery articles a repair pass revisits the events that
// changed: it splits an event whose articles fall into two groups that do
// not report one happening, merges events that turn out to be one,
// chooses titles again (the headline of the most central straight-news
// article) and reconsiders storylines. Merges and splits are reported by
// Drain, so that a store can move articles and old ids keep resolving.
//
// Events idle for longer than a window of published time leave the active
// set, and storylines after a longer one, so memory and the cost per
// article follow the active events, not the archive; a storyline of a
// few events stays dormant (up to a bound), for an undated archive
// article, whose time nothing tells, to continue. The state is
// serialisable (MarshalBinary, Resume) so that clustering can continue
// later with the same result as an uninterrupted run.
package story
