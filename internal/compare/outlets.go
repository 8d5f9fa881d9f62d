package compare

// Outlets maps the ids of a report's articles to their outlets, to count
// how many outlets give a finding (two articles of one outlet are one
// outlet's word).
type Outlets map[string]string

// OutletsOf maps each of arts to its outlet.
func OutletsOf(arts []Article) Outlets {
	o := make(Outlets, len(arts))
	for _, a := range arts {
		o[a.ID] = a.Outlet
	}
	return o
}

// Count returns how many outlets the articles ids are of; an id the map
// does not hold counts as an outlet of its own.
func (o Outlets) Count(ids []string) int {
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		out, ok := o[id]
		if !ok {
			out = id
		}
		seen[out] = true
	}
	return len(seen)
}

// Distinct returns how many outlets the map's articles are of.
func (o Outlets) Distinct() int {
	seen := map[string]bool{}
	for _, out := range o {
		seen[out] = true
	}
	return len(seen)
}
