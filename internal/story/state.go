package story

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"
)

// State is the serialisable state of a Clusterer: everything Resume needs
// to continue exactly where Snapshot was taken. It is plain data; JSON
// encoding works, and DF is a compact binary blob.
type State struct {
	// Version of the state format.
	Version int `json:"version"`
	// Config is the configuration the state was built with.
	Config Config `json:"config"`
	// Clock is the latest publication time seen; Seq the articles added;
	// Serial the stories created.
	Clock  time.Time `json:"clock"`
	Seq    int64     `json:"seq"`
	Serial int64     `json:"serial"`
	// Stories are the active stories with their centroids, oldest first.
	Stories []StoryState `json:"stories"`
	// Merges are all merges recorded, oldest first.
	Merges []Merge `json:"merges"`
	// DF is the document-frequency sketch (see MarshalDF).
	DF []byte `json:"df"`
}

// StoryState is one active story with what scoring needs: its summary plus
// its centroids and counters.
type StoryState struct {
	Story
	Serial     int64       `json:"serial"`
	TitleScore float64     `json:"title_score"`
	Dated      bool        `json:"dated"`
	Touched    time.Time   `json:"touched"`
	TouchedSeq int64       `json:"touched_seq"`
	Years      map[int]int `json:"years,omitempty"`
	Dirty      bool        `json:"dirty,omitempty"`
	// Centroid holds, per part (words, entities, numbers, title), the kept
	// keys and their masses.
	Centroid map[string][]KeyMass `json:"centroid"`
}

// KeyMass is one key of a centroid.
type KeyMass struct {
	Key  string  `json:"k"`
	Mass float64 `json:"m"`
}

// stateVersion is the current State.Version.
const stateVersion = 1

// Snapshot returns the state of c. Resuming from it and adding the same
// further articles gives the same decisions as not stopping.
func (c *Clusterer) Snapshot() State {
	st := State{Version: stateVersion, Config: c.cfg, Clock: c.clock, Seq: c.seq, Serial: c.serial,
		Merges: c.Merges(), DF: c.df.marshal()}
	for _, s := range c.sortedStories() {
		ss := StoryState{Story: s.summary(), Serial: s.serial, TitleScore: s.titleScore, Dated: s.dated,
			Touched: s.touched, TouchedSeq: s.touchedSeq, Years: s.years, Dirty: s.dirty,
			Centroid: map[string][]KeyMass{}}
		for k, name := range partNames {
			for _, e := range s.cent[k].e {
				ss.Centroid[name] = append(ss.Centroid[name], KeyMass{Key: e.key, Mass: e.w})
			}
		}
		st.Stories = append(st.Stories, ss)
	}
	return st
}

// Resume returns a Clusterer that continues from st; x extracts features
// (nil means a new TextExtractor; it should behave like the one used
// before).
func Resume(st State, x FeatureExtractor) (*Clusterer, error) {
	if st.Version != stateVersion {
		return nil, fmt.Errorf("story state: version %d, want %d", st.Version, stateVersion)
	}
	c := New(st.Config, x)
	if err := c.df.unmarshal(st.DF); err != nil {
		return nil, err
	}
	c.clock, c.seq, c.serial = st.Clock, st.Seq, st.Serial
	c.merges = slices.Clone(st.Merges)
	for _, m := range c.merges {
		c.merged[m.From] = m.Into
	}
	for _, ss := range st.Stories {
		s := &storyState{serial: ss.Serial, id: ss.ID, title: ss.Title, titleScore: ss.TitleScore,
			first: ss.First, last: ss.Last, dated: ss.Dated, touched: ss.Touched, touchedSeq: ss.TouchedSeq,
			size: len(ss.Articles), articles: slices.Clone(ss.Articles), years: ss.Years, dirty: ss.Dirty}
		if len(ss.Outlets) > 0 {
			s.outlets = map[string]bool{}
			for _, o := range ss.Outlets {
				s.outlets[o] = true
			}
		}
		for k, name := range partNames {
			v := make(vec, 0, len(ss.Centroid[name]))
			for _, km := range ss.Centroid[name] {
				v = append(v, entry{h: hashKey(kind(k), km.Key), key: km.Key, w: km.Mass})
			}
			s.cent[k].add(byHash(v), 1)
		}
		if _, dup := c.stories[s.serial]; dup {
			return nil, fmt.Errorf("story state: story serial %d twice", s.serial)
		}
		c.stories[s.serial] = s
		c.byID[s.id] = s.serial
		c.reindex(s, nil)
	}
	return c, nil
}

// marshal encodes the sketch: bits, N, then the non-zero cells of each row
// as varint (gap, count) pairs.
func (s *dfSketch) marshal() []byte {
	b := binary.AppendUvarint(nil, uint64(s.bits))
	b = binary.AppendUvarint(b, uint64(s.n))
	for _, row := range s.rows {
		nz := 0
		for _, v := range row {
			if v != 0 {
				nz++
			}
		}
		b = binary.AppendUvarint(b, uint64(nz))
		last := -1
		for i, v := range row {
			if v != 0 {
				b = binary.AppendUvarint(b, uint64(i-last))
				b = binary.AppendUvarint(b, uint64(v))
				last = i
			}
		}
	}
	return b
}

// errBadDF reports a malformed sketch blob.
var errBadDF = errors.New("story state: malformed document-frequency sketch")

// unmarshal decodes what marshal wrote; the sketch must have the same bits.
func (s *dfSketch) unmarshal(b []byte) error {
	next := func() (uint64, error) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, errBadDF
		}
		b = b[n:]
		return v, nil
	}
	bits, err := next()
	if err != nil {
		return err
	}
	if uint(bits) != s.bits {
		return fmt.Errorf("story state: sketch has %d bits, config %d", bits, s.bits)
	}
	n, err := next()
	if err != nil {
		return err
	}
	s.n = int64(n)
	for r := range s.rows {
		nz, err := next()
		if err != nil {
			return err
		}
		i := -1
		for range nz {
			gap, err := next()
			if err != nil {
				return err
			}
			v, err := next()
			if err != nil {
				return err
			}
			i += int(gap)
			if i < 0 || i >= len(s.rows[r]) || v > 1<<32-1 {
				return errBadDF
			}
			s.rows[r][i] = uint32(v)
		}
	}
	if len(b) != 0 {
		return errBadDF
	}
	return nil
}
