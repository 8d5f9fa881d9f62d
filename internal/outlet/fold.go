package outlet

import (
	"sort"
	"strconv"
	"strings"
)

// Source is one way stored articles name their outlet: the name they
// give, the domain keys of their URL and of the site their input gave (see
// DomainKey), and the ratings their input carried.
type Source struct {
	ID      int64
	Name    string
	URLKey  string
	SiteKey string
	Input   InputRatings
	// Articles counts the articles that name their outlet this way.
	Articles int
	// Outlet is the outlet the previous fold gave these articles, "" at
	// first; Fold keeps an outlet's id when it can.
	Outlet string
	// FirstSeen is when the first such article was stored (RFC 3339).
	FirstSeen string
}

// Pin is an outlet record the user keeps: the names and domains listed
// are its own, whatever the articles say.
type Pin struct {
	ID      string
	Names   []string
	Domains []string
}

// Assignment is the outlet (and section) that the articles of one source
// belong to. Alias is true when the source's name is one of the outlet's
// own names (not, say, a columnist's name on the outlet's site).
type Assignment struct {
	Outlet  string
	Section string
	Alias   bool
}

// Folded is an outlet as a fold made it: for an outlet the user keeps,
// the names that joined it; for others, its whole identity.
type Folded struct {
	ID      string
	Name    string
	Aliases []string
	Domains []string
	Pinned  bool
}

// Folding is what Fold found.
type Folding struct {
	// Outlets are the outlets that have articles, and every pinned one.
	Outlets []Folded
	// Assign gives each source's outlet; a source with neither a usable
	// domain nor a name has none.
	Assign map[int64]Assignment
}

// Thresholds of the fold.
const (
	// spelledShare is the least share of a name's articles on a domain
	// whose name it spells for the name to claim the domain.
	spelledShare = 0.2
	// dominantShare is the least share of a name's articles on a domain
	// whose name it does not spell for the name to claim the domain, when
	// no other name could.
	dominantShare = 0.5
)

// nameInfo is everything the fold knows of one outlet name (by Key).
type nameInfo struct {
	key, raw, base, baseKey, section string
	articles                         int
	raws                             map[string]int
	domains                          map[string]int
	prev                             map[string]int
	pin                              string
	claims                           map[string]bool
	dominant                         string
	idx                              int
}

// Fold decides which outlet the articles of each source belong to.
//
// An article belongs to the outlet that owns the domain of its URL, else
// of its input's site, else to the outlet of its name. A name owns (with
// the names that share it) the domains it spells (see Spells) that hold
// at least a fifth of its articles, and the one domain that holds most of
// its articles when no name spells that domain and no other name has most
// of its articles there. Names that own a domain together, and names that
// differ only in their section ("New York Times - News", "New York Times -
// Opinion"), are one outlet, unless they own different domains. A name
// whose articles are mostly on another outlet's domain but that does not
// spell it (a columnist) is not one of that outlet's names. Hosting
// platforms never join their writers: their domain keys keep them apart.
// Pins come first: a pinned name or domain is its outlet's.
//
// existing holds the ids in use; a new outlet gets a fresh id from its
// name, and an outlet that keeps most of its articles keeps its id.
func Fold(srcs []Source, pins []Pin, existing map[string]bool) Folding {
	pinName, pinDomain := map[string]string{}, map[string]string{}
	for _, p := range pins {
		for _, n := range p.Names {
			if k := Key(n); k != "" {
				pinName[k] = p.ID
			}
		}
		for _, d := range p.Domains {
			if d != "" {
				pinDomain[d] = p.ID
			}
		}
	}
	names, order := gatherNames(srcs)
	for _, n := range order {
		n.pin = pinName[n.key]
		if n.pin == "" {
			n.pin = pinName[n.baseKey]
		}
	}
	uf := newUnionFind(len(order))
	claimants := map[string][]*nameInfo{}
	dominants := map[string][]*nameInfo{}
	for _, n := range order {
		if n.pin != "" || n.key == "" {
			continue
		}
		total := 0
		for d, c := range n.domains {
			if d != "" {
				total += c
			}
		}
		best, bestN := "", 0
		for _, d := range sortedKeys(n.domains) {
			c := n.domains[d]
			if d == "" {
				continue
			}
			share := float64(c) / float64(total)
			spelled := share >= spelledShare && Spells(Label(d), n.base)
			if p := pinDomain[d]; p != "" {
				if spelled && n.pin == "" {
					n.pin = p // a name of a pinned outlet
				}
				continue
			}
			if spelled {
				n.claims[d] = true
				claimants[d] = append(claimants[d], n)
			}
			if c > bestN {
				best, bestN = d, c
			} else if c == bestN {
				best = ""
			}
		}
		if best != "" && float64(bestN) >= dominantShare*float64(total) && pinDomain[best] == "" {
			n.dominant = best
			dominants[best] = append(dominants[best], n)
		}
	}
	for _, d := range sortedKeys(dominants) {
		ns := dominants[d]
		if len(claimants[d]) == 0 && len(ns) == 1 && ns[0].pin == "" {
			ns[0].claims[d] = true
			claimants[d] = ns
		}
	}
	domainsOf := make([]map[string]bool, len(order))
	for i, n := range order {
		domainsOf[i] = map[string]bool{}
		if n.pin == "" {
			for d := range n.claims {
				domainsOf[i][d] = true
			}
		}
	}
	union := func(a, b int) {
		ra, rb := uf.find(a), uf.find(b)
		if ra == rb {
			return
		}
		r := uf.union(ra, rb)
		other := ra
		if r == ra {
			other = rb
		}
		for d := range domainsOf[other] {
			domainsOf[r][d] = true
		}
	}
	for _, d := range sortedKeys(claimants) {
		ns := claimants[d]
		for _, n := range ns[1:] {
			union(ns[0].idx, n.idx)
		}
	}
	byBase := map[string][]*nameInfo{}
	for _, n := range order {
		if n.pin == "" && n.baseKey != "" {
			byBase[n.baseKey] = append(byBase[n.baseKey], n)
		}
	}
	for _, b := range sortedKeys(byBase) {
		ns := byBase[b]
		for i := 1; i < len(ns); i++ {
			for j := 0; j < i; j++ {
				ra, rb := uf.find(ns[i].idx), uf.find(ns[j].idx)
				if ra != rb && !disjoint(domainsOf[ra], domainsOf[rb]) {
					union(ra, rb)
				}
			}
		}
	}

	// Each group of names is one outlet: a pinned one, or an automatic
	// one that keeps the id most of its articles had.
	groups := map[int][]*nameInfo{}
	for _, n := range order {
		if n.pin == "" && n.key != "" {
			r := uf.find(n.idx)
			groups[r] = append(groups[r], n)
		}
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Slice(roots, func(i, j int) bool {
		ai, aj := groupArticles(groups[roots[i]]), groupArticles(groups[roots[j]])
		if ai != aj {
			return ai > aj
		}
		return groups[roots[i]][0].key < groups[roots[j]][0].key
	})
	taken := map[string]bool{}
	for id := range existing {
		taken[id] = true
	}
	for _, p := range pins {
		taken[p.ID] = true
	}
	used := map[string]bool{}
	groupID := map[int]string{}
	groupName := map[int]string{}
	for _, r := range roots {
		ns := groups[r]
		name := displayName(ns, domainsOf[r])
		groupName[r] = name
		prev := map[string]int{}
		for _, n := range ns {
			for id, c := range n.prev {
				prev[id] += c
			}
		}
		id, best := "", 0
		for _, p := range sortedKeys(prev) {
			if c := prev[p]; c > best && !used[p] && !isPinned(p, pins) {
				id, best = p, c
			}
		}
		if id == "" {
			id = uniqueSlug(name, taken)
		}
		used[id], taken[id] = true, true
		groupID[r] = id
	}
	owner := map[string]string{}
	for d, p := range pinDomain {
		owner[d] = p
	}
	for _, d := range sortedKeys(claimants) {
		owner[d] = groupID[uf.find(claimants[d][0].idx)]
	}
	nameOutlet := func(n *nameInfo) string {
		if n == nil || n.key == "" {
			return ""
		}
		if n.pin != "" {
			return n.pin
		}
		return groupID[uf.find(n.idx)]
	}

	out := Folding{Assign: map[int64]Assignment{}}
	aliases := map[string]map[string]bool{}
	has := map[string]bool{}
	for _, s := range srcs {
		n := names[Key(s.Name)]
		own := nameOutlet(n)
		o := owner[s.URLKey]
		if o == "" {
			o = owner[s.SiteKey]
		}
		if o == "" {
			o = own
		}
		if o == "" {
			continue
		}
		a := Assignment{Outlet: o, Alias: o == own}
		if a.Alias {
			a.Section = n.section
			if aliases[o] == nil {
				aliases[o] = map[string]bool{}
			}
			aliases[o][strings.TrimSpace(s.Name)] = true
		}
		out.Assign[s.ID] = a
		if s.Articles > 0 {
			has[o] = true
		}
	}
	for _, r := range roots {
		id := groupID[r]
		if !has[id] {
			continue
		}
		f := Folded{ID: id, Name: groupName[r], Domains: sortedKeys(domainsOf[r])}
		for a := range aliases[id] {
			if a != f.Name {
				f.Aliases = append(f.Aliases, a)
			}
		}
		sort.Strings(f.Aliases)
		out.Outlets = append(out.Outlets, f)
	}
	for _, p := range pins {
		f := Folded{ID: p.ID, Pinned: true, Domains: append([]string(nil), p.Domains...)}
		for a := range aliases[p.ID] {
			f.Aliases = append(f.Aliases, a)
		}
		sort.Strings(f.Aliases)
		sort.Strings(f.Domains)
		out.Outlets = append(out.Outlets, f)
	}
	return out
}

// gatherNames collects the sources by name key, largest first.
func gatherNames(srcs []Source) (map[string]*nameInfo, []*nameInfo) {
	names := map[string]*nameInfo{}
	for _, s := range srcs {
		k := Key(s.Name)
		n := names[k]
		if n == nil {
			n = &nameInfo{key: k, raws: map[string]int{}, domains: map[string]int{}, prev: map[string]int{}, claims: map[string]bool{}}
			names[k] = n
		}
		w := max(s.Articles, 0)
		n.articles += w
		n.raws[strings.TrimSpace(s.Name)] += w + 1 // a source with no article still names
		d := s.URLKey
		if d == "" {
			d = s.SiteKey
		}
		n.domains[d] += w
		if s.Outlet != "" {
			n.prev[s.Outlet] += w + 1
		}
	}
	order := make([]*nameInfo, 0, len(names))
	for _, n := range names {
		best := -1
		for _, r := range sortedKeys(n.raws) {
			if n.raws[r] > best {
				n.raw, best = r, n.raws[r]
			}
		}
		n.base, n.section = SplitSection(n.raw)
		n.baseKey = Key(n.base)
		order = append(order, n)
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].articles != order[j].articles {
			return order[i].articles > order[j].articles
		}
		return order[i].key < order[j].key
	})
	for i, n := range order {
		n.idx = i
	}
	return names, order
}

// displayName picks an outlet's name from its names' bases: one that
// is its domain's name exactly ("Fox News" for foxnews.com; also the
// words two bases begin with, "NPR" for "NPR Editorial" and "NPR Online
// News" on npr.org), then the one of fewest words, then the one most
// articles give.
func displayName(ns []*nameInfo, domains map[string]bool) string {
	labels := map[string]bool{}
	for d := range domains {
		labels[Label(d)] = true
	}
	exact := func(name string) bool {
		compact := strings.ReplaceAll(Key(name), " ", "")
		return compact != "" && (labels[compact] || labels["the"+compact])
	}
	type cand struct {
		name         string
		exact        bool
		words, count int
	}
	byName := map[string]*cand{}
	add := func(name string, count int) {
		c := byName[name]
		if c == nil {
			c = &cand{name: name, exact: exact(name), words: len(Words(name))}
			byName[name] = c
		}
		c.count += count
	}
	for _, n := range ns {
		add(n.base, n.articles)
	}
	for i, a := range ns {
		for _, b := range ns[:i] {
			if p := commonWords(a.base, b.base); p != "" && p != a.base && p != b.base && exact(p) {
				if _, ok := byName[p]; !ok {
					add(p, 0)
				}
			}
		}
	}
	for p, c := range byName {
		if c.count == 0 {
			for _, n := range ns {
				if strings.HasPrefix(n.base, p+" ") {
					c.count += n.articles
				}
			}
		}
	}
	var best *cand
	for _, b := range sortedKeys(byName) {
		c := byName[b]
		switch {
		case best == nil:
		case c.exact != best.exact:
			if !c.exact {
				continue
			}
		case c.words != best.words:
			if c.words > best.words {
				continue
			}
		case c.count != best.count:
			if c.count < best.count {
				continue
			}
		case len(c.name) >= len(best.name):
			continue
		}
		best = c
	}
	return best.name
}

// commonWords returns the words two names begin with, as the first
// writes them.
func commonWords(a, b string) string {
	fa, fb := strings.Fields(a), strings.Fields(b)
	n := 0
	for n < len(fa) && n < len(fb) && Key(fa[n]) == Key(fb[n]) && Key(fa[n]) != "" {
		n++
	}
	return strings.Join(fa[:n], " ")
}

func groupArticles(ns []*nameInfo) int {
	n := 0
	for _, x := range ns {
		n += x.articles
	}
	return n
}

func isPinned(id string, pins []Pin) bool {
	for _, p := range pins {
		if p.ID == id {
			return true
		}
	}
	return false
}

func disjoint(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for d := range a {
		if b[d] {
			return false
		}
	}
	return true
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Slug turns a name into an outlet id: lower-case words joined by "-",
// at most 48 characters; "outlet" when the name has no letters or digits.
func Slug(name string) string {
	var b strings.Builder
	for _, w := range Words(name) {
		w = strings.NewReplacer("'", "", "’", "", "!", "").Replace(w)
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			if b.Len()+1+len(w) > 48 {
				break
			}
			b.WriteByte('-')
		}
		if b.Len() == 0 && len(w) > 48 {
			w = w[:48]
		}
		b.WriteString(w)
	}
	if b.Len() == 0 {
		return "outlet"
	}
	return b.String()
}

// uniqueSlug returns Slug(name), or it with "-2", "-3" … when taken.
func uniqueSlug(name string, taken map[string]bool) string {
	s := Slug(name)
	if !taken[s] {
		return s
	}
	for i := 2; ; i++ {
		c := s + "-" + strconv.Itoa(i)
		if !taken[c] {
			return c
		}
	}
}

// unionFind joins names into groups.
type unionFind struct{ parent, size []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n), size: make([]int, n)}
	for i := range u.parent {
		u.parent[i], u.size[i] = i, 1
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins two roots and returns the root of the whole.
func (u *unionFind) union(a, b int) int {
	if u.size[a] < u.size[b] || (u.size[a] == u.size[b] && b < a) {
		a, b = b, a
	}
	u.parent[b] = a
	u.size[a] += u.size[b]
	return a
}
