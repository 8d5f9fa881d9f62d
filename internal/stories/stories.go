// Package stories keeps events and storylines up to date over a store: it
// resumes the clusterer from its saved state, assigns every article that
// has no story (event) yet (and has been checked for copies), in the order
// of its publication, and saves the assignments with their reasons, the
// merges and splits of events, the events and storylines that changed and
// the new state. Each save compares and swaps the stories' version, so
// that a clusterer that another overtook saves nothing. The clustering
// itself is package story's.
package stories

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/story"
)

// wholeCopy is the share of a derived article's text taken from its source
// from which it counts as a copy of it for stories (dedup calls such copies
// wholly derived).
const wholeCopy = 0.8

// batchSize is how many articles are clustered between two saves. Each save
// writes the clusterer's whole state (23 MB at full ABP), so larger
// batches write less: 2,000 wrote 609 MB over ABP. (A variable for the
// tests.)
var batchSize = 8000

// Update assigns every article without a story and returns how many it
// assigned. progress, when not nil, is told how many of how many are done:
// first 0, then after each batch. It resumes the clusterer from the store
// each time; an Updater keeps it.
func Update(ctx context.Context, st store.Store, progress func(done, total int)) (int, error) {
	var u Updater
	return u.Update(ctx, st, progress)
}

// Updater clusters articles into stories over one store, and keeps the
// clusterer in memory between updates for as long as no other clusterer
// saves a step: then it resumes from the store again. Only one update may
// run at a time.
type Updater struct {
	// Views, when set, holds views of articles cleaned by the copies step
	// before (copies.Options.Views): Update takes them instead of cleaning
	// those articles again, as it takes the views the copies step kept in
	// the store (store.CopyStore.CleanViews) when it ran in another
	// process.
	Views *clean.Memo
	// MergeTrace, when set, is written one JSON line (story.Merge, with
	// the articles of both sides) per merge of events the repair passes
	// make: a trace for evaluations, off when nil.
	MergeTrace io.Writer
	c          *story.Clusterer
	// version is the stories' version c's state belongs to.
	version int64
}

// Update assigns every article without a story and returns how many it
// assigned; see the package Update. When another clusterer saved a step
// while this one worked, it fails with an error that wraps
// store.ErrConflict, having saved nothing of the step, and the next Update
// starts again from the store.
//
// When st is a store.UnassignedReader, the batches overlap: a batch is
// saved while the next one is clustered, and read while the one before
// ends its clustering. The batches, their order and what the clusterer
// reads of each article are those of doing one thing after the other:
// the story of a copy's source (see followSources) is read once the
// batch before is saved, as it would be then.
func (up *Updater) Update(ctx context.Context, st store.Store, progress func(done, total int)) (n int, err error) {
	total, err := st.CountUnassigned(ctx)
	if err != nil || total == 0 {
		return 0, err
	}
	if progress != nil {
		progress(0, total)
	}
	// A step not saved leaves the clusterer ahead of the store: forget it.
	defer func() {
		if err != nil {
			up.c = nil
		}
	}()
	if up.c != nil {
		v, err := st.StoryVersion(ctx)
		if err != nil {
			return 0, err
		}
		if v != up.version {
			up.c = nil
		}
	}
	if up.c == nil {
		if err := up.resume(ctx, st); err != nil {
			return 0, err
		}
	}
	c := up.c
	c.RecordMergeMembers(up.MergeTrace != nil)
	rd, err := store.NewCleanReader(ctx, st)
	if err != nil {
		return 0, fmt.Errorf("cluster stories: %w", err)
	}
	// The views the copies step kept, in memory (Views) or in the store,
	// are taken instead of cleaning their articles again.
	views := up.Views
	if views == nil {
		views = clean.NewMemo(0)
	}
	rd.TakeFrom(views)
	done := 0
	// prev is the save of the batch before, under way or done.
	prev := doneSave()
	// settle waits for prev and counts its batch.
	settle := func() error {
		if err := prev.wait(); err != nil {
			return err
		}
		if prev.batch > 0 {
			up.version++
			done += prev.batch
			if progress != nil {
				progress(done, total)
			}
		}
		prev = doneSave()
		return nil
	}
	defer func() {
		// The save under way ends before Update returns.
		if serr := settle(); err == nil {
			err = serr
		}
		n = done
	}()
	rdr := newBatchReader(st, views)
	arts, err := rdr.read(ctx)
	// pre is the batch of arts, prepared: its docs loaded and their
	// features extracted on the clusterer's workers.
	var pre *story.Prepared
	for err == nil && len(arts) > 0 {
		read := done + prev.batch + len(arts)
		if pre == nil {
			if pre, err = up.prepare(ctx, st, rd, arts, prev.wait); err != nil {
				return done, err
			}
		}
		// The next batch is read during the last quarter of this one's
		// clustering, when the store can read past this one: early enough
		// to be there when it ends, late enough not to hold two batches'
		// texts for long.
		var next <-chan batchRead
		readAt := -1
		if read < total && rdr.ahead() {
			readAt = len(arts) - len(arts)/4
		}
		// this is the save of this batch, once it is clustered.
		this := pendingSave(len(arts))
		u := store.StoryUpdate{Assignments: make([]store.Assignment, 0, len(arts))}
		err = c.AddPrepared(ctx, pre, func(d story.Decision) {
			u.Assignments = append(u.Assignments, store.Assignment{Article: d.Article, Story: d.Story, New: d.New,
				Score: d.Score, Parts: d.Parts, TopTerms: d.TopTerms})
			if len(u.Assignments) == readAt {
				next = rdr.readAhead(ctx)
			}
		})
		pre = nil
		// The batch read ahead is prepared while this one's changes and
		// state are drawn up and saved: the story of a copy's source is
		// read once this save ended, as it would be then.
		var nextArts []*article.Article
		var nextErr error
		if err == nil && next != nil {
			r := <-next
			if nextArts, nextErr = r.arts, r.err; nextErr == nil && len(nextArts) > 0 {
				pre, nextErr = up.prepare(ctx, st, rd, nextArts, this.wait)
			}
		}
		// fail ends this batch unsaved, and with it the next one's
		// preparation (whose copies may wait for this save).
		fail := func(ferr error) (int, error) {
			this.fail(ferr)
			if pre != nil {
				pre.Stop()
			}
			return done, ferr
		}
		// The batch before is saved before this one, and its failure is
		// what this Update reports.
		if serr := settle(); serr != nil {
			return fail(serr)
		}
		if err != nil {
			return fail(fmt.Errorf("cluster stories: %w", err))
		}
		ch := c.Drain()
		if err = up.traceMerges(ch); err != nil {
			return fail(err)
		}
		changes(&u, ch)
		// The rows are saved while the state is drawn up: the store
		// takes it after them (LaterState), in the same transaction.
		state := make(chan drawnState, 1)
		u.LaterState = sync.OnceValues(func() ([]byte, error) {
			s := <-state
			return s.b, s.err
		})
		u.Version = up.version
		this.start(ctx, st, u)
		prev = this
		b, merr := c.MarshalBinary()
		state <- drawnState{b, merr}
		if merr != nil {
			// The save fails with it, saving nothing of the batch.
			if pre != nil {
				pre.Stop()
			}
			return done, fmt.Errorf("save story state: %w", merr)
		}
		arts = nil
		switch {
		case next != nil:
			arts, err = nextArts, nextErr
		case read < total:
			// Read while the batch is saved when the store can read past
			// it; else once it is.
			if !rdr.ahead() {
				err = settle()
			}
			if err == nil {
				arts, err = rdr.read(ctx)
			}
		}
	}
	if pre != nil {
		// A batch prepared is always added above; stopped here should a
		// path leave the loop without.
		pre.Stop()
	}
	return done, err
}

// prepare starts loading and extracting the docs of arts, a batch, on the
// clusterer's workers (story.Clusterer.PrepareFinish): their copy links
// are read now, the stories of the copies' sources as the first copy is
// assigned, once saved (the save of the batch before) ended.
func (up *Updater) prepare(ctx context.Context, st store.Store, rd *clean.Reader, arts []*article.Article,
	saved func() error) (*story.Prepared, error) {
	// The docs' ids and copy links first; their cleaned text is read on
	// the clusterer's workers.
	docs := make([]story.Doc, len(arts))
	for i, a := range arts {
		docs[i] = story.Doc{ID: a.ID}
	}
	sources, err := followSources(ctx, st, docs, saved)
	if err != nil {
		return nil, err
	}
	return up.c.PrepareFinish(ctx, len(arts), cleanLoader(ctx, rd, arts, docs), sourceFinish(sources), 0), nil
}

// drawnState is the clusterer's state drawn up for a save, or why it
// could not be.
type drawnState struct {
	b   []byte
	err error
}

// save is the saving of one batch, on its own goroutine.
type save struct {
	batch int           // articles of the batch; 0 for no batch
	ended chan struct{} // closed when the save ended
	err   error         // the save's, once ended
}

// doneSave returns a save of no batch, ended.
func doneSave() *save {
	s := &save{ended: make(chan struct{})}
	close(s.ended)
	return s
}

// pendingSave returns the save of a batch of n articles, not started:
// its wait waits until start or fail ends it.
func pendingSave(n int) *save { return &save{batch: n, ended: make(chan struct{})} }

// start saves u, the batch of s, on a goroutine. Only one of start and
// fail may be called, once.
func (s *save) start(ctx context.Context, st store.Store, u store.StoryUpdate) {
	go func() {
		defer close(s.ended)
		s.err = st.SaveStories(ctx, u)
	}()
}

// fail ends s unsaved with err.
func (s *save) fail(err error) {
	s.err = err
	close(s.ended)
}

// wait waits for the save to end and returns its error. It may be called
// from several goroutines.
func (s *save) wait() error {
	<-s.ended
	return s.err
}

// mergeLine is one line of Updater.MergeTrace.
type mergeLine struct {
	From         string    `json:"from"`
	Into         string    `json:"into"`
	Score        float64   `json:"score"`
	At           time.Time `json:"at"`
	Seq          int64     `json:"seq"`
	FromArticles []string  `json:"from_articles"`
	IntoArticles []string  `json:"into_articles"`
}

// traceMerges writes the merges of ch to MergeTrace, when set.
func (up *Updater) traceMerges(ch story.Changes) error {
	if up.MergeTrace == nil {
		return nil
	}
	enc := json.NewEncoder(up.MergeTrace)
	for _, r := range ch.Repairs {
		if r.Merge == nil {
			continue
		}
		m := r.Merge
		line := mergeLine{From: m.From, Into: m.Into, Score: m.Score, At: m.At, Seq: m.Seq,
			FromArticles: m.FromArticles, IntoArticles: m.IntoArticles}
		if err := enc.Encode(line); err != nil {
			return fmt.Errorf("trace merge %s: %w", r.Merge.From, err)
		}
	}
	return nil
}

// changes adds what the clusterer changed to u.
func changes(u *store.StoryUpdate, ch story.Changes) {
	for _, r := range ch.Repairs {
		switch {
		case r.Merge != nil:
			m := r.Merge
			u.Repairs = append(u.Repairs, store.StoryRepair{Merge: &store.StoryMerge{From: m.From, Into: m.Into, Score: m.Score, At: m.At}})
		case r.Split != nil:
			sp := r.Split
			u.Repairs = append(u.Repairs, store.StoryRepair{Split: &store.StorySplit{From: sp.From, Into: sp.Into,
				Articles: sp.Articles, Score: sp.Score, At: sp.At}})
		}
	}
	for _, s := range ch.Stories {
		u.Stories = append(u.Stories, store.Story{ID: s.ID, Title: s.Title, First: store.OptionalTimeOf(s.First), Last: store.OptionalTimeOf(s.Last), Outlets: s.Outlets,
			Articles: len(s.Articles), Entities: s.Entities, Terms: s.Terms, Storyline: s.Storyline})
	}
	for _, l := range ch.Storylines {
		u.Storylines = append(u.Storylines, store.Storyline{ID: l.ID, Title: l.Title, First: store.OptionalTimeOf(l.First), Last: store.OptionalTimeOf(l.Last),
			Stories: len(l.Stories), Articles: l.Articles, Outlets: l.Outlets, Entities: l.Entities, Terms: l.Terms})
	}
	for _, m := range ch.StorylineMerges {
		u.StorylineMerges = append(u.StorylineMerges, store.StoryMerge{From: m.From, Into: m.Into, Score: m.Score, At: m.At})
	}
}

// followSources sets CopyOf on the docs that copy detection found to copy
// an earlier article wholly, and returns the stories of their sources
// (SourceStory), read once when first asked for: after saved (the save of
// the batch before) ended, so that they are the stories it left.
func followSources(ctx context.Context, st store.Store, docs []story.Doc, saved func() error) (func() (map[string]store.Grouping, error), error) {
	ids := make([]string, len(docs))
	at := make(map[string]int, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
		at[d.ID] = i
	}
	links, err := st.CopiesOf(ctx, ids)
	if err != nil {
		return nil, err
	}
	best := map[string]float64{}
	var sources []string
	for _, l := range links {
		i, ok := at[l.Copy]
		whole := l.Kind == "duplicate" || l.Kind == "near-duplicate" || (l.Kind == "derived" && l.Share >= wholeCopy)
		if !ok || !whole || l.Share <= best[l.Copy] {
			continue
		}
		best[l.Copy] = l.Share
		docs[i].CopyOf = l.Source
		sources = append(sources, l.Source)
	}
	return sync.OnceValues(func() (map[string]store.Grouping, error) {
		if len(sources) == 0 {
			return nil, nil
		}
		if err := saved(); err != nil {
			return nil, err
		}
		return st.Groupings(ctx, sources)
	}), nil
}

// batchReader reads the batches of unassigned articles: from the head of
// the queue, or, when the store can (store.UnassignedReader), from where
// the batch before ended, so that a batch can be read before the one
// before is saved.
type batchReader struct {
	st   store.Store
	from store.UnassignedReader // nil when st cannot
	mark store.QueueMark
	// views gets the cleaned views the store kept of each batch's
	// articles (store.CopyStore.CleanViews).
	views *clean.Memo
}

// newBatchReader returns a batchReader of st that puts the views kept of
// the articles it reads into views.
func newBatchReader(st store.Store, views *clean.Memo) *batchReader {
	r := &batchReader{st: st, views: views}
	r.from, _ = st.(store.UnassignedReader)
	return r
}

// takeViews puts the cleaned views the store kept of arts into r.views.
func (r *batchReader) takeViews(ctx context.Context, arts []*article.Article) error {
	if len(arts) == 0 {
		return nil
	}
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	kept, err := r.st.CleanViews(ctx, ids)
	if err != nil {
		return fmt.Errorf("stored cleaning of %d articles: %w", len(ids), err)
	}
	for _, a := range arts {
		if b := kept[a.ID]; b != nil {
			r.views.PutEncoded(a, b)
		}
	}
	return nil
}

// ahead reports whether r reads the next batch before the one before is
// saved.
func (r *batchReader) ahead() bool { return r.from != nil }

// read reads the next batch.
func (r *batchReader) read(ctx context.Context) ([]*article.Article, error) {
	if r.from == nil {
		arts, err := r.st.Unassigned(ctx, batchSize)
		if err != nil {
			return nil, err
		}
		return arts, r.takeViews(ctx, arts)
	}
	arts, mark, err := r.from.UnassignedAfter(ctx, batchSize, r.mark)
	if err != nil {
		return nil, err
	}
	r.mark = mark
	return arts, r.takeViews(ctx, arts)
}

// batchRead is a batch read ahead.
type batchRead struct {
	arts []*article.Article
	err  error
}

// readAhead reads the next batch on a goroutine; r is not to be used
// until it is received.
func (r *batchReader) readAhead(ctx context.Context) <-chan batchRead {
	out := make(chan batchRead, 1)
	go func() {
		arts, err := r.read(ctx)
		out <- batchRead{arts, err}
	}()
	return out
}

// resume rebuilds the clusterer from the saved state, or starts one.
func (up *Updater) resume(ctx context.Context, st store.Store) error {
	saved, err := st.StoryState(ctx)
	if err != nil {
		return err
	}
	var c *story.Clusterer
	if saved.Data == nil {
		c = story.New(story.DefaultConfig(), story.NewTextExtractor())
	} else if c, err = story.Resume(saved.Data, story.NewTextExtractor()); err != nil {
		return fmt.Errorf("read story state: %w", err)
	}
	up.c, up.version = c, saved.Version
	return nil
}

// Doc converts an article for clustering: the one place that decides what
// of an article the clusterer reads. Its kind (story.Doc.Kind) is
// article.Kind's of a.
func Doc(a *article.Article) story.Doc { return docOfKind(a, article.Kind(a)) }

// docOfKind is Doc with the kind given: ClusterDoc judges the kind on the
// cleaned text before it sets aside the paragraphs an outlet repeats,
// among which is a column's standing disclaimer.
func docOfKind(a *article.Article, kind string) story.Doc {
	d := story.Doc{ID: a.ID, Outlet: a.Outlet, URL: a.URL, Title: a.Title, Authors: a.Authors, Kind: kind,
		Paragraphs: a.Paragraphs, Added: a.Added}
	if !a.Published.IsZero() {
		d.Published, d.HasTime = a.Published.Time.UTC(), true
		if a.Published.Precision == article.Zoned {
			_, d.Offset = a.Published.Time.Zone()
		}
	}
	if kind != "" {
		return d
	}
	return story.WithVoice(d, func() bool { return nlp.ReadVoice(a.Title, a.Paragraphs).Commentary() })
}
