package feed

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// Subscription is one feed of an OPML list.
type Subscription struct {
	Title   string
	URL     string // the feed (xmlUrl)
	SiteURL string // the site (htmlUrl)
}

type opmlDoc struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Title   string      `xml:"head>title"`
	Created string      `xml:"head>dateCreated,omitempty"`
	Body    []opmlEntry `xml:"body>outline"`
}

type opmlEntry struct {
	Text     string      `xml:"text,attr"`
	Title    string      `xml:"title,attr,omitempty"`
	Type     string      `xml:"type,attr,omitempty"`
	XMLURL   string      `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string      `xml:"htmlUrl,attr,omitempty"`
	Children []opmlEntry `xml:"outline"`
}

// maxOPMLDepth bounds the nesting of outlines that is followed.
const maxOPMLDepth = 32

// ReadOPML reads the feeds of an OPML subscription list, folders
// included, in document order. name is used in errors.
func ReadOPML(r io.Reader, name string) ([]Subscription, error) {
	var doc opmlDoc
	dec := xml.NewDecoder(io.LimitReader(r, 64<<20))
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("read OPML %s: %w", name, err)
	}
	var out []Subscription
	var walk func([]opmlEntry, int)
	walk = func(es []opmlEntry, depth int) {
		if depth > maxOPMLDepth {
			return
		}
		for _, e := range es {
			if u := strings.TrimSpace(e.XMLURL); u != "" {
				title := strings.TrimSpace(e.Title)
				if title == "" {
					title = strings.TrimSpace(e.Text)
				}
				out = append(out, Subscription{Title: title, URL: u, SiteURL: strings.TrimSpace(e.HTMLURL)})
			}
			walk(e.Children, depth+1)
		}
	}
	walk(doc.Body, 0)
	if len(out) == 0 {
		return nil, fmt.Errorf("read OPML %s: no feeds (outline elements with xmlUrl) found", name)
	}
	return out, nil
}

// WriteOPML writes subscriptions as an OPML 2.0 list.
func WriteOPML(w io.Writer, title string, subs []Subscription, created time.Time) error {
	doc := opmlDoc{Version: "2.0", Title: title}
	if !created.IsZero() {
		doc.Created = created.UTC().Format(time.RFC1123Z)
	}
	for _, s := range subs {
		text := s.Title
		if text == "" {
			text = s.URL
		}
		doc.Body = append(doc.Body, opmlEntry{Text: text, Title: s.Title, Type: "rss", XMLURL: s.URL, HTMLURL: s.SiteURL})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	return nil
}
