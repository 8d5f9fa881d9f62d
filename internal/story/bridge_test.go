package story

import (
	"slices"
	"testing"
)

// TestComponents checks the member graph's components with a member or a
// link left out: two triangles joined through member 3.
func TestComponents(t *testing.T) {
	links := [][2]int{{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {4, 6}}
	adj := make([][]bool, 7)
	for i := range adj {
		adj[i] = make([]bool, 7)
	}
	for _, l := range links {
		adj[l[0]][l[1]], adj[l[1]][l[0]] = true, true
	}
	if comp, sizes := components(adj, -1, -1, -1); len(sizes) != 1 || sizes[0] != 7 || comp[6] != 0 {
		t.Fatalf("whole graph: %v %v", comp, sizes)
	}
	comp, sizes := components(adj, 3, -1, -1)
	if !slices.Equal(sizes, []int{3, 3}) || comp[3] != -1 || comp[0] == comp[4] {
		t.Fatalf("without member 3: %v %v", comp, sizes)
	}
	comp, sizes = components(adj, -1, 3, 2)
	if !slices.Equal(sizes, []int{3, 4}) || comp[2] == comp[3] {
		t.Fatalf("without link 2-3: %v %v", comp, sizes)
	}
	if _, sizes = components(adj, -1, 0, 1); len(sizes) != 1 {
		t.Fatalf("without link 0-1 (on a cycle): %v", sizes)
	}
}
