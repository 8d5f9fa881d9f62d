package story

import "testing"

// TestStyledPieceTitlesLast: a piece whose text reads as a column by its
// voice (Doc.Styled) ranks as a column for the event's title, by default
// and after the state is saved and resumed, while the events themselves
// are those of the same articles without the mark.
func TestStyledPieceTitlesLast(t *testing.T) {
	fs := unnamedFirst
	c, tr, _ := run(t, DefaultConfig(), docsOf(fs))
	checkEvents(t, tr, fs)
	s, _ := c.Story(tr.Event("un-b"))
	first := s.TitleArticle
	if first == "" {
		t.Fatal("no title")
	}
	docs := docsOf(fs)
	for i := range docs {
		if docs[i].ID == first {
			docs[i].Styled = true
		}
	}
	c, tr, _ = run(t, DefaultConfig(), docs)
	checkEvents(t, tr, fs)
	s, _ = c.Story(tr.Event("un-b"))
	if s.TitleArticle == first || s.TitleArticle == "" {
		t.Errorf("title from %s, want a piece other than the styled %s", s.TitleArticle, first)
	}
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Resume(b, NewTextExtractor())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.events {
		for _, m := range e.members {
			if m.styled != (m.id == first) {
				t.Errorf("after resume: %s styled %v", m.id, m.styled)
			}
			if m.id == first && titleRankOf(m) < 2*Opinion.rank() {
				t.Errorf("after resume: the styled piece ranks %d as a title", titleRankOf(m))
			}
		}
	}
}

// TestVoiceRanksOnlyWhereStyledIsRead: a headline kind for which
// VoiceRanks leaves the voice unread ranks the same as a title with
// Styled and without it, so leaving it unread changes no title.
func TestVoiceRanksOnlyWhereStyledIsRead(t *testing.T) {
	for _, title := range []string{
		"Brennholm council delays harbour dredging to spring",
		"Ferry blues",
		"Should Brennholm give up its ferry?",
		"I rode the Brennholm ferry for a decade",
		"5 things to know about the Brennholm dredging",
		"",
	} {
		d := Doc{ID: "x", Title: title}
		h := classifyHeadline(d)
		changes := titleHeadline(h, true) != titleHeadline(h, false)
		if VoiceRanks(d) != changes {
			t.Errorf("%q (%v): VoiceRanks %v, Styled changes its rank %v", title, h, VoiceRanks(d), changes)
		}
	}
}

// TestResumeStateBeforeStyled: a state saved before members kept the
// styled bit (format 6) resumes with no member styled, and round trips
// in its own format; the current format keeps the bit, under a version
// a binary older than the bit refuses. Every headline kind fits below
// the bit.
func TestResumeStateBeforeStyled(t *testing.T) {
	if Marked >= styledBit || aheadBit <= styledBit {
		t.Fatalf("headline kinds reach the styled bit: Marked %d, styledBit %d", Marked, styledBit)
	}
	fs := unnamedFirst
	docs := docsOf(fs)
	for i := range docs {
		docs[i].Styled = true
	}
	c, _, _ := run(t, DefaultConfig(), docs)
	for _, tc := range []struct {
		v      byte
		styled bool
	}{{stateV6, false}, {stateMagic[len(stateMagic)-1], true}} {
		b, err := c.marshal(tc.v)
		if err != nil {
			t.Fatal(err)
		}
		if tc.styled && b[len(stateMagic)-1] <= stateV6 {
			t.Errorf("a state holding the styled bit is written as format %d", b[len(stateMagic)-1])
		}
		r, err := Resume(b, NewTextExtractor())
		if err != nil {
			t.Fatalf("format %d: %v", tc.v, err)
		}
		n := 0
		for _, e := range r.events {
			for _, m := range e.members {
				n++
				if m.styled != tc.styled {
					t.Errorf("format %d: %s styled %v, want %v", tc.v, m.id, m.styled, tc.styled)
				}
			}
		}
		if n == 0 {
			t.Fatalf("format %d: no member resumed", tc.v)
		}
		if b2, err := r.marshal(tc.v); err != nil || string(b2) != string(b) {
			t.Errorf("format %d: the state does not survive a round trip (%v)", tc.v, err)
		}
	}
}
