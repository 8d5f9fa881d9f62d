package story

// Limits of the bridge split (Config.BridgeSplit).
const (
	bridgeMinSize  = 4  // smallest event checked
	bridgeMaxSize  = 40 // largest event checked
	bridgeMinGroup = 2  // smallest group on either side of a cut
)

// tryBridgeSplit splits e where its member graph (members linked when
// memberSim reaches the edge threshold) falls apart, as Config.BridgeSplit
// says, and returns the new event; nil when e stays whole.
func (c *Clusterer) tryBridgeSplit(e *event) *event {
	n := len(e.members)
	if c.cfg.BridgeSplit == 0 || n < bridgeMinSize || n > bridgeMaxSize {
		return nil
	}
	edge := c.cfg.BridgeEdge
	if edge == 0 {
		edge = c.cfg.Threshold
	}
	adj := make([][]bool, n)
	for i := range adj {
		adj[i] = make([]bool, n)
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if c.memberSim(e.members[i], e.members[j]) >= edge {
				adj[i][j], adj[j][i] = true, true
			}
		}
	}
	var inKeep []bool
	var cross float64
	switch c.cfg.BridgeSplit {
	case 1, 3:
		inKeep, cross = c.bridgeCut(e, adj)
	case 2:
		inKeep, cross = c.componentCut(e, adj)
	}
	if inKeep == nil {
		return nil
	}
	var keep, move []*member
	for i, m := range e.members {
		if inKeep[i] {
			keep = append(keep, m)
		} else {
			move = append(move, m)
		}
	}
	return c.split(e, keep, move, cross)
}

// components labels the members of the graph adj by connected component,
// leaving out member skip (-1 there) and the link a-b (when a >= 0); it
// returns the labels and each component's size.
func components(adj [][]bool, skip, a, b int) ([]int, []int) {
	n := len(adj)
	comp := make([]int, n)
	for i := range comp {
		comp[i] = -1
	}
	var sizes []int
	stack := make([]int, 0, n)
	for s := range n {
		if s == skip || comp[s] >= 0 {
			continue
		}
		id := len(sizes)
		sizes = append(sizes, 0)
		comp[s] = id
		stack = append(stack[:0], s)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			sizes[id]++
			for v := range n {
				if !adj[u][v] || v == skip || comp[v] >= 0 || (u == a && v == b) || (u == b && v == a) {
					continue
				}
				comp[v] = id
				stack = append(stack, v)
			}
		}
	}
	return comp, sizes
}

// bridgeCut finds the cut of e's member graph at a bridge — a member, or
// a link, that alone holds two groups of bridgeMinGroup or more members
// together — whose two sides score lowest against each other, below
// Threshold. It returns which members stay (the side of the event's
// first article) and the sides' score, or nil.
func (c *Clusterer) bridgeCut(e *event, adj [][]bool) ([]bool, float64) {
	n := len(adj)
	best, bestCross := []bool(nil), c.cfg.Threshold
	if c.cfg.BridgeCross > 0 {
		bestCross = c.cfg.BridgeCross
	}
	try := func(move []bool, bridge int) {
		// The two groups are scored without the bridge member, which
		// then goes to the side it is closer to.
		keep := make([]bool, n)
		nMove := 0
		for i := range move {
			keep[i] = !move[i] && i != bridge
			if move[i] {
				nMove++
			}
		}
		if nMove < bridgeMinGroup || n-nMove-1 < bridgeMinGroup && bridge >= 0 || n-nMove < bridgeMinGroup {
			return
		}
		if c.cfg.BridgeSplit == 3 && (newsReports(e, keep) < bridgeMinGroup || newsReports(e, move) < bridgeMinGroup) {
			return // a side of previews or columns: not a second act
		}
		cross := c.pairScore(partEvent(e, keep), partEvent(e, move))
		if cross >= bestCross {
			return
		}
		if bridge >= 0 {
			move[bridge] = c.closerToPart(e, move, bridge)
			keep[bridge] = !move[bridge]
		}
		if !keep[0] { // the first article's side keeps the event
			keep = move
		}
		best, bestCross = keep, cross
	}
	// A member that alone holds two groups together.
	for v := range n {
		comp, sizes := components(adj, v, -1, -1)
		big := 0
		for _, s := range sizes {
			if s >= bridgeMinGroup {
				big++
			}
		}
		if big < 2 {
			continue
		}
		for id, s := range sizes {
			if s < bridgeMinGroup || (v != 0 && comp[0] == id) {
				continue
			}
			move := make([]bool, n)
			for i := range n {
				move[i] = comp[i] == id
			}
			try(move, v)
		}
	}
	// A link that alone holds two groups together.
	for i := range n {
		for j := i + 1; j < n; j++ {
			if !adj[i][j] {
				continue
			}
			comp, sizes := components(adj, -1, i, j)
			ci, cj := comp[i], comp[j]
			if ci == cj || sizes[ci] < bridgeMinGroup || sizes[cj] < bridgeMinGroup {
				continue
			}
			id := cj
			switch {
			case comp[0] == cj:
				id = ci
			case comp[0] != ci && sizes[ci] < sizes[cj]:
				id = ci
			}
			move := make([]bool, n)
			for k := range n {
				move[k] = comp[k] == id
			}
			try(move, -1)
		}
	}
	return best, bestCross
}

// componentCut cuts e's member graph between the component of the first
// article (the largest when that one is alone) and the largest other
// component of bridgeMinGroup or more members, the other members going
// to the side they are closer to, under trySplit's checks. It returns
// which members stay and the sides' score, or nil.
func (c *Clusterer) componentCut(e *event, adj [][]bool) ([]bool, float64) {
	n := len(adj)
	comp, sizes := components(adj, -1, -1, -1)
	keepID := comp[0]
	if sizes[keepID] < bridgeMinGroup {
		keepID = -1
		for id, s := range sizes {
			if s >= bridgeMinGroup && (keepID < 0 || s > sizes[keepID]) {
				keepID = id
			}
		}
	}
	moveID := -1
	for id, s := range sizes {
		if id != keepID && s >= bridgeMinGroup && (moveID < 0 || s > sizes[moveID]) {
			moveID = id
		}
	}
	if keepID < 0 || moveID < 0 {
		return nil, 0
	}
	move := make([]bool, n)
	for i := range n {
		move[i] = comp[i] == moveID
	}
	for i := range n {
		if comp[i] != keepID && comp[i] != moveID {
			move[i] = c.closerToPart(e, move, i)
		}
	}
	keep := make([]bool, n)
	for i := range move {
		keep[i] = !move[i]
	}
	if !keep[0] {
		keep, move = move, keep
	}
	a, b := partEvent(e, keep), partEvent(e, move)
	if len(a.members) < bridgeMinGroup || len(b.members) < bridgeMinGroup {
		return nil, 0
	}
	cross := c.pairScore(a, b)
	limit := c.cfg.SplitThreshold
	if c.cfg.BridgeCross > 0 {
		limit = c.cfg.BridgeCross
	}
	if cross >= limit || cohesion(c, a) < cross+splitMargin || cohesion(c, b) < cross+splitMargin {
		return nil, 0
	}
	return keep, cross
}

// closerToPart reports whether member i of e is closer (content times
// days) to the members marked in move, i aside, than to the others.
func (c *Clusterer) closerToPart(e *event, move []bool, i int) bool {
	in, out := make([]bool, len(move)), make([]bool, len(move))
	for k := range move {
		in[k] = move[k] && k != i
		out[k] = !move[k] && k != i
	}
	ga, gb := partEvent(e, in), partEvent(e, out)
	if len(ga.members) == 0 {
		return false
	}
	if len(gb.members) == 0 {
		return true
	}
	m := e.members[i]
	pa, pb := ga.probe(), gb.probe()
	return contentSim(&c.w, &pa.hvecs, &m.hv)*c.dayFit(m, ga) > contentSim(&c.w, &pb.hvecs, &m.hv)*c.dayFit(m, gb)
}

// partEvent is a scratch event of the members of e marked in in.
func partEvent(e *event, in []bool) *event {
	g := &event{}
	for i, m := range e.members {
		if in[i] {
			g.members = append(g.members, m)
		}
	}
	if len(g.members) > 0 {
		g.rebuild()
	}
	return g
}

// newsReports counts the members of e marked in in whose headline is a
// straight report of a happening, not a preview.
func newsReports(e *event, in []bool) int {
	n := 0
	for i, m := range e.members {
		if in[i] && m.headline == News && !m.ahead {
			n++
		}
	}
	return n
}
