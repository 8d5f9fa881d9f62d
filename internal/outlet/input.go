package outlet

import (
	"sort"
	"strings"
)

// InputRatings are the ratings of an article's outlet that its input
// carried (JSON Lines bias and bias_num, outlet_lean, outlet_factuality).
type InputRatings struct {
	// Lean is a lean label or a number on -1..+1, as given.
	Lean string `json:"lean,omitempty"`
	// LeanRaw is a number on the input's own scale, kept as given (the
	// ABP corpus's bias_num).
	LeanRaw    string `json:"lean_raw,omitempty"`
	Factuality string `json:"factuality,omitempty"`
	// Field names the input field the lean came from ("bias").
	Field string `json:"field,omitempty"`
}

// IsZero reports whether the input said nothing.
func (r InputRatings) IsZero() bool { return r == InputRatings{} }

// InputLeans gathers the ratings that the sources' input carried into
// ratings of the outlets they were folded into, with provenance
// FromInput: one rating per outlet, section, kind and label, counting the
// articles that carried it and dated by the first of them. Only sources
// whose name is the outlet's own count (a columnist's rating is not his
// outlet's), and values that cannot be read are left out.
func InputLeans(srcs []Source, assign map[int64]Assignment) map[string][]Rating {
	type key struct{ outlet, section, kind, label string }
	acc := map[key]*Rating{}
	var keys []key
	add := func(k key, r Rating, s Source) {
		cur := acc[k]
		if cur == nil {
			r.Articles, r.Date = 0, ""
			cur = &r
			acc[k] = cur
			keys = append(keys, k)
		}
		cur.Articles += s.Articles
		if d := day(s.FirstSeen); d != "" && (cur.Date == "" || d < cur.Date) {
			cur.Date = d
		}
		if cur.Raw == "" || (r.Raw != "" && r.Raw < cur.Raw) {
			cur.Raw = r.Raw
		}
	}
	for _, s := range srcs {
		a, ok := assign[s.ID]
		if !ok || !a.Alias || s.Articles <= 0 {
			continue
		}
		field := s.Input.Field
		if field == "" {
			field = "input"
		}
		if s.Input.Lean != "" {
			if v, l, err := ParseLean(s.Input.Lean, DefaultScale); err == nil {
				r := Rating{Kind: KindLean, Section: a.Section, Label: l, Value: &v, Source: field, Provenance: FromInput}
				if s.Input.LeanRaw != "" {
					r.Raw = s.Input.Lean + " (" + s.Input.LeanRaw + ")"
				} else if !strings.EqualFold(s.Input.Lean, l) {
					r.Raw = s.Input.Lean
				}
				add(key{a.Outlet, a.Section, KindLean, l}, r, s)
			}
		}
		if s.Input.Factuality != "" {
			if l, err := ParseFactuality(s.Input.Factuality); err == nil {
				r := Rating{Kind: KindFactuality, Section: a.Section, Label: l, Source: "factuality", Provenance: FromInput}
				add(key{a.Outlet, a.Section, KindFactuality, l}, r, s)
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.outlet != b.outlet {
			return a.outlet < b.outlet
		}
		if a.section != b.section {
			return a.section < b.section
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		return a.label < b.label
	})
	out := map[string][]Rating{}
	for _, k := range keys {
		out[k.outlet] = append(out[k.outlet], *acc[k])
	}
	return out
}

// day returns the YYYY-MM-DD of an RFC 3339 time, or "".
func day(t string) string {
	if len(t) >= 10 && t[4] == '-' && t[7] == '-' {
		return t[:10]
	}
	return ""
}
