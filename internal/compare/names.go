package compare

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// names lists the entities that more than one article names, with the
// forms and roles each uses.
func names(docs []*doc, ents []nlp.GlobalEntity) []Name {
	var out []Name
	for _, g := range ents {
		byDoc := map[int]*NameUse{}
		var order []int
		for _, m := range g.Members {
			u := byDoc[m.Article]
			if u == nil {
				u = &NameUse{Article: docs[m.Article].art.ID}
				byDoc[m.Article] = u
				order = append(order, m.Article)
			}
			for _, f := range m.Forms {
				u.Forms = appendNew(u.Forms, f.Text)
			}
			for _, r := range m.Aliases {
				u.Roles = appendNew(u.Roles, r)
			}
		}
		if len(order) < 2 {
			continue
		}
		sort.Ints(order)
		n := Name{Entity: g.Name, Type: string(g.Type)}
		var forms, roles [][]string
		for _, d := range order {
			u := byDoc[d]
			n.Uses = append(n.Uses, *u)
			forms = append(forms, fullest(u.Forms))
			if len(u.Roles) > 0 {
				roles = append(roles, fullest(u.Roles))
			}
		}
		n.FormsDiffer = differ(forms)
		n.RolesDiffer = differ(roles)
		out = append(out, n)
	}
	return out
}

// appendNew appends s unless list holds it.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// fullest keeps the lower-cased forms that are not the last words of a
// longer form ("Starmer" of "Keir Starmer", "President" of "French
// President"), sorted.
func fullest(forms []string) []string {
	var out []string
	for _, f := range forms {
		lf := strings.ToLower(f)
		short := false
		for _, g := range forms {
			lg := strings.ToLower(g)
			if len(lg) > len(lf) && strings.HasSuffix(lg, " "+lf) {
				short = true
				break
			}
		}
		if !short {
			out = appendNew(out, lf)
		}
	}
	sort.Strings(out)
	return out
}

// differ reports whether the sets are not all equal.
func differ(sets [][]string) bool {
	for _, s := range sets[min(1, len(sets)):] {
		if !equal(s, sets[0]) {
			return true
		}
	}
	return false
}
