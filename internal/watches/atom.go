package watches

import (
	"crypto/sha256"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

// atomFeed and the types below are the Atom 1.0 (RFC 4287) elements a
// watch's feed uses.
type atomFeed struct {
	XMLName  xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID       string      `xml:"id"`
	Title    atomText    `xml:"title"`
	Subtitle atomText    `xml:"subtitle"`
	Updated  string      `xml:"updated"`
	Author   atomPerson  `xml:"author"`
	Links    []atomLink  `xml:"link"`
	Gen      atomGen     `xml:"generator"`
	Entries  []atomEntry `xml:"entry"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Text string `xml:",chardata"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomGen struct {
	URI  string `xml:"uri,attr,omitempty"`
	Text string `xml:",chardata"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      atomText       `xml:"title"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    atomText       `xml:"summary"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// uuidURN makes a stable urn:uuid from parts (a name-based UUID over
// SHA-256, version bits set as for version 5).
func uuidURN(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	b := h[:16]
	b[6] = b[6]&0x0f | 0x50
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// WriteAtom writes a watch's matches (newest first) as an Atom feed.
// base is the absolute address of the server ("http://127.0.0.1:8080"):
// entries link to its pages of the matched article or event, and to the
// article's original address. Untrusted text is escaped by encoding/xml;
// characters XML cannot carry are dropped.
func WriteAtom(w io.Writer, base string, wt store.Watch, ms []store.WatchMatch) error {
	base = strings.TrimSuffix(base, "/")
	self := base + "/watches/" + strconv.FormatInt(wt.ID, 10) + "/feed.atom"
	title := wt.Title
	if title == "" {
		title = Describe(wt.Spec)
	}
	updated := wt.Created
	if len(ms) > 0 && ms[0].Found.After(updated) {
		updated = ms[0].Found
	}
	f := atomFeed{
		ID:       uuidURN("parallax-watch", strconv.FormatInt(wt.ID, 10), wt.Created.UTC().Format(time.RFC3339Nano)),
		Title:    atomText{Text: xmlSafe("Parallax watch: " + title)},
		Subtitle: atomText{Text: xmlSafe(Describe(wt.Spec))},
		Updated:  updated.UTC().Format(time.RFC3339),
		Author:   atomPerson{Name: "Parallax"},
		Links: []atomLink{{Rel: "self", Type: "application/atom+xml", Href: self},
			{Rel: "alternate", Type: "text/html", Href: base + "/watches/" + strconv.FormatInt(wt.ID, 10)}},
		Gen: atomGen{URI: "https://github.com/parallax-news/parallax", Text: "Parallax"},
	}
	for _, m := range ms {
		e := atomEntry{
			ID:         uuidURN("parallax-watch", strconv.FormatInt(wt.ID, 10), wt.Created.UTC().Format(time.RFC3339Nano), m.Key),
			Title:      atomText{Text: xmlSafe(orUnknown(m.Title))},
			Updated:    m.Found.UTC().Format(time.RFC3339),
			Published:  m.Found.UTC().Format(time.RFC3339),
			Categories: []atomCategory{{Term: m.Kind}},
			Summary:    atomText{Type: "text", Text: xmlSafe(m.Summary)},
		}
		switch {
		case m.Article != "":
			e.Links = append(e.Links, atomLink{Rel: "alternate", Type: "text/html", Href: base + "/articles/" + url.PathEscape(m.Article)})
		case m.Story != "":
			e.Links = append(e.Links, atomLink{Rel: "alternate", Type: "text/html", Href: base + "/stories/" + url.PathEscape(m.Story)})
		}
		if m.Story != "" && m.Article != "" {
			e.Links = append(e.Links, atomLink{Rel: "via", Type: "text/html", Href: base + "/stories/" + url.PathEscape(m.Story)})
		}
		if u, err := url.Parse(m.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			e.Links = append(e.Links, atomLink{Rel: "related", Type: "text/html", Href: u.String()})
		}
		f.Entries = append(f.Entries, e)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("write Atom feed of watch %d: %w", wt.ID, err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// xmlSafe drops the characters XML 1.0 cannot carry (control characters
// other than tab and newlines, surrogates, U+FFFE and U+FFFF).
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
			return -1
		}
		return r
	}, s)
}
