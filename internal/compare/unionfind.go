package compare

// unionFind keeps disjoint sets of the indexes 0..n-1: every index starts
// in a set of its own, and union merges two sets.
type unionFind []int

// newUnionFind returns n indexes, each in its own set.
func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// find returns the root of i's set (halving the path it walks).
func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union merges the sets of a and b.
func (u unionFind) union(a, b int) {
	if ra, rb := u.find(a), u.find(b); ra != rb {
		u[ra] = rb
	}
}
