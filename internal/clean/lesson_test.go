package clean

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

func TestLessons(t *testing.T) {
	a := &article.Article{Outlet: "Reddin Courier", Paragraphs: []string{"Floods cut off six villages.", "Sign up for our newsletter"}}
	all := LessonOf(a, nil)
	if len(all.Keys) != 2 || all.Day != 0 || all.Outlet != "Reddin Courier" {
		t.Fatalf("LessonOf = %+v, want two keys, no day", all)
	}
	// A revision teaches only the paragraphs it adds.
	rev := LessonOf(a, []uint64{Key("Sign up for our newsletter")})
	if !slices.Equal(rev.Keys, []uint64{Key("Floods cut off six villages.")}) {
		t.Errorf("revision lesson keys = %v", rev.Keys)
	}
	outlets, by := GroupLessons([]Lesson{{Outlet: "B"}, {Outlet: ""}, {Outlet: "A"}, {Outlet: "B"}})
	if !slices.Equal(outlets, []string{"B", "A"}) || len(by["B"]) != 2 || len(by["A"]) != 1 || len(by[""]) != 0 {
		t.Errorf("GroupLessons = %v, %v", outlets, by)
	}
}
