package story

import (
	"fmt"
	"strings"
	"testing"
)

// TestSleepForgetsOldestInBulk: beyond dormantMax dormant storylines,
// sleep forgets the least recently touched down to 7/8 of dormantMax at
// once and returns their ids, so that evictIdle can drop their merge
// records (review of session 54: they stayed for good).
func TestSleepForgetsOldestInBulk(t *testing.T) {
	var ls storylines
	ls.init()
	var forgot []string
	for i := range dormantMax + 1 {
		l := &storyline{serial: int64(i + 1), id: fmt.Sprintf("l%d", i+1), touchedSeq: int64(i + 1)}
		ls.byID[l.id] = l.serial
		forgot = append(forgot, ls.sleep(l)...)
	}
	if want := dormantMax + 1 - dormantMax*7/8; len(forgot) != want {
		t.Fatalf("forgot %d storylines, want %d", len(forgot), want)
	}
	if len(ls.dormant) != dormantMax*7/8 {
		t.Errorf("%d dormant storylines kept, want %d", len(ls.dormant), dormantMax*7/8)
	}
	if forgot[0] != "l1" || ls.dormant[1] != nil || ls.dormant[int64(dormantMax+1)] == nil {
		t.Errorf("not the oldest forgotten: first %s", forgot[0])
	}
	if _, ok := ls.byID["l1"]; ok {
		t.Error("a forgotten storyline's id still resolves")
	}
}

// TestResumeRejectsStorylineTwice: a saved state that holds one
// storyline serial twice (active and dormant) is refused with an error
// that says so, not read into a state that crashes later.
func TestResumeRejectsStorylineTwice(t *testing.T) {
	c, _ := runQuakeSaga(t)
	var dormant *storyline
	for _, l := range c.lines.dormant {
		dormant = l
	}
	if dormant == nil {
		t.Fatal("no dormant storyline")
	}
	c.lines.lines[dormant.serial] = dormant
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Resume(b, nil); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("Resume of a state with a storyline twice: %v", err)
	}
}
