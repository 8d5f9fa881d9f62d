package extract

import (
	"encoding/json"
	"strings"
)

// ldArticle is what the JSON-LD of a page says about its article.
type ldArticle struct {
	Headline    string
	Authors     []string
	Published   string
	Publisher   string
	URL         string
	Sections    []string
	Genres      []string // the kind of piece the page says it is (see ldGenres)
	Keywords    []string
	Description string
	Image       string
	Language    string
}

// articleTypes rank schema.org types: a lower number is a better match.
var articleTypes = map[string]int{
	"newsarticle": 0, "reportagenewsarticle": 0, "analysisnewsarticle": 0,
	"opinionnewsarticle": 0, "backgroundnewsarticle": 0, "reviewnewsarticle": 0,
	"askpublicquestionarticle": 0, "liveblogposting": 1,
	"article": 1, "blogposting": 1, "socialmediaposting": 2, "report": 2,
	"scholarlyarticle": 2, "techarticle": 2, "webpage": 3, "itempage": 3,
}

// parseJSONLD reads the page's JSON-LD scripts and returns the best article
// object's fields; ok is false when there is none.
func parseJSONLD(scripts []string) (ldArticle, bool) {
	var objs []map[string]any
	for _, s := range scripts {
		v, ok := decodeJSONLD(s)
		if ok {
			flattenLD(v, &objs, 0)
		}
	}
	if len(objs) == 0 {
		return ldArticle{}, false
	}
	byID := make(map[string]map[string]any)
	for _, o := range objs {
		if id, _ := o["@id"].(string); id != "" && len(o) > 1 {
			if _, seen := byID[id]; !seen {
				byID[id] = o
			}
		}
	}
	best, bestRank := map[string]any(nil), 100
	for _, o := range objs {
		for _, t := range stringsOf(o["@type"]) {
			if r, ok := articleTypes[strings.ToLower(t)]; ok && r < bestRank {
				best, bestRank = o, r
			}
		}
	}
	if best == nil {
		return ldArticle{}, false
	}
	a := ldArticle{
		Headline:    firstNonEmpty(str(best["headline"]), str(best["name"])),
		Published:   firstNonEmpty(str(best["datePublished"]), str(best["dateCreated"])),
		Sections:    stringsOf(best["articleSection"]),
		Genres:      ldGenres(best),
		Description: str(best["description"]),
		Image:       ldURL(resolveRef(best["image"], byID)),
		Language:    ldLanguage(best["inLanguage"]),
		URL:         firstNonEmpty(str(best["url"]), ldURL(best["mainEntityOfPage"])),
	}
	for _, k := range stringsOf(best["keywords"]) {
		for _, part := range strings.Split(k, ",") {
			if part = strings.TrimSpace(part); part != "" {
				a.Keywords = append(a.Keywords, part)
			}
		}
	}
	for _, au := range listOf(best["author"]) {
		if name := ldName(resolveRef(au, byID)); name != "" {
			a.Authors = append(a.Authors, name)
		}
	}
	if len(a.Authors) == 0 {
		for _, au := range listOf(best["creator"]) {
			if name := ldName(resolveRef(au, byID)); name != "" {
				a.Authors = append(a.Authors, name)
			}
		}
	}
	a.Publisher = ldName(resolveRef(best["publisher"], byID))
	if a.Publisher == "" {
		// A WebSite object often carries the outlet's name.
		for _, o := range objs {
			for _, t := range stringsOf(o["@type"]) {
				if strings.EqualFold(t, "WebSite") && a.Publisher == "" {
					a.Publisher = str(o["name"])
				}
			}
		}
	}
	return a, true
}

// genreTypes are the schema.org article types that say what kind of piece
// the page is, with the section name that kind is published under:
// an OpinionNewsArticle is an opinion piece, an AnalysisNewsArticle an
// analysis.
var genreTypes = map[string]string{"opinionnewsarticle": "Opinion", "analysisnewsarticle": "Analysis"}

// ldGenres returns what the article object o says of its own kind: the
// section name of an opinion or analysis type (see genreTypes), then its
// "genre" values as written ("Commentary", "Opinion"). The page's own word
// for its kind, read as a section is (article.Kind takes a section named
// for commentary as the mark of one).
func ldGenres(o map[string]any) []string {
	var out []string
	for _, t := range stringsOf(o["@type"]) {
		if g := genreTypes[strings.ToLower(t)]; g != "" {
			out = append(out, g)
		}
	}
	for _, g := range stringsOf(o["genre"]) {
		if g = strings.TrimSpace(g); g != "" {
			out = append(out, g)
		}
	}
	return out
}

// decodeJSONLD unmarshals one script body, tolerating the common faults of
// hand-written JSON-LD: comment or CDATA wrappers and raw control characters
// inside strings.
func decodeJSONLD(s string) (any, bool) {
	s = strings.TrimSpace(s)
	for _, cut := range []string{"<!--", "//<![CDATA[", "<![CDATA["} {
		s = strings.TrimPrefix(s, cut)
	}
	for _, cut := range []string{"-->", "//]]>", "]]>"} {
		s = strings.TrimSuffix(strings.TrimSpace(s), cut)
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err == nil {
		return v, true
	}
	cleaned := strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
	if err := json.Unmarshal([]byte(cleaned), &v); err == nil {
		return v, true
	}
	return nil, false
}

// flattenLD collects every object in v: top-level arrays, @graph members
// and nested mainEntity objects.
func flattenLD(v any, out *[]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			flattenLD(e, out, depth+1)
		}
	case map[string]any:
		*out = append(*out, t)
		for _, k := range []string{"@graph", "mainEntity", "itemListElement"} {
			if sub, ok := t[k]; ok {
				flattenLD(sub, out, depth+1)
			}
		}
	}
}

// resolveRef replaces a {"@id": ...} reference by the object it names.
func resolveRef(v any, byID map[string]map[string]any) any {
	if m, ok := v.(map[string]any); ok && len(m) == 1 {
		if id, _ := m["@id"].(string); id != "" {
			if full, ok := byID[id]; ok {
				return full
			}
		}
	}
	return v
}

// str returns v when it is a string, trimmed and whitespace-normalised.
func str(v any) string {
	s, _ := v.(string)
	return normalizeSpace(s)
}

// listOf returns v as a list: arrays as they are, anything else as one item.
func listOf(v any) []any {
	switch t := v.(type) {
	case nil:
		return nil
	case []any:
		return t
	default:
		return []any{t}
	}
}

// stringsOf returns the non-empty strings in v (a string or an array).
func stringsOf(v any) []string {
	var out []string
	for _, e := range listOf(v) {
		if s := str(e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ldName returns the name of a Person or Organization given as a string or
// an object.
func ldName(v any) string {
	switch t := v.(type) {
	case string:
		return normalizeSpace(t)
	case map[string]any:
		if n := str(t["name"]); n != "" {
			return n
		}
		return normalizeSpace(strings.TrimSpace(str(t["givenName"]) + " " + str(t["familyName"])))
	case []any:
		if len(t) > 0 {
			return ldName(t[0])
		}
	}
	return ""
}

// ldURL returns a URL given as a string, an ImageObject/WebPage object or a
// list of them (the first wins).
func ldURL(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return firstNonEmpty(str(t["url"]), str(t["contentUrl"]), str(t["@id"]))
	case []any:
		for _, e := range t {
			if u := ldURL(e); u != "" {
				return u
			}
		}
	}
	return ""
}

// ldLanguage returns inLanguage given as a code or a Language object.
func ldLanguage(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		return firstNonEmpty(str(t["alternateName"]), str(t["name"]))
	}
	return ""
}
