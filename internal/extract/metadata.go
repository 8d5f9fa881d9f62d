package extract

import (
	"net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"github.com/parallax-news/parallax/internal/extract/internal/trafilatura"
	"golang.org/x/net/html"
)

// maxCategories bounds Document.Categories.
const maxCategories = 20

// Meta keys, in order of preference.
var (
	titleKeys       = []string{"og:title", "twitter:title", "dc.title", "dcterms.title", "headline", "title"}
	authorKeys      = []string{"author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author", "citation_author"}
	publishedKeys   = []string{"article:published_time", "og:article:published_time", "article:published", "datepublished", "og:published_time", "published_time", "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "citation_publication_date", "date", "datecreated", "article.published", "original-publish-date"}
	siteNameKeys    = []string{"og:site_name", "application-name", "twitter:site:name", "publisher", "dc.publisher"}
	descriptionKeys = []string{"og:description", "description", "twitter:description", "dc.description", "dcterms.description"}
	imageKeys       = []string{"og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src", "image", "thumbnailurl"}
	languageKeys    = []string{"content-language", "og:locale", "language", "dc.language", "dcterms.language", "inlanguage"}
	sectionKeys     = []string{"article:section", "og:article:section", "section", "articlesection", "parsely-section", "sailthru.section"}
	tagKeys         = []string{"article:tag", "og:article:tag", "news_keywords"}
)

// buildMetadata fills a Document's metadata from meta tags, JSON-LD and
// links, falling back on trafilatura's metadata (fb, asked for only when a
// field has no value of the page's own) and, for the date, on a fast
// go-htmldate search of the page.
func buildMetadata(doc *html.Node, m *pageMeta, base *url.URL, pageURL string, fb *fallback) *Document {
	ld, _ := parseJSONLD(m.jsonLD)
	d := &Document{}
	if base == nil {
		// Without a page URL, relative links resolve against the page's
		// own absolute og:url or JSON-LD url.
		for _, u := range []string{m.first("og:url"), ld.URL} {
			if abs := absoluteURL(u, nil); abs != "" {
				base, _ = url.Parse(abs)
				break
			}
		}
	}

	// The page's own values first: trafilatura searches the page only for
	// the fields they leave empty.
	d.Title = firstNonEmpty(ld.Headline, m.first(titleKeys...))
	for _, a := range ld.Authors {
		d.Authors = appendUnique(d.Authors, 50, splitAuthors(a)...)
	}
	if len(d.Authors) == 0 {
		for _, a := range m.all(authorKeys...) {
			d.Authors = appendUnique(d.Authors, 50, splitAuthors(a)...)
		}
	}
	d.SiteName = firstNonEmpty(notURL(m.first(siteNameKeys...)), ld.Publisher)
	d.Categories = appendUnique(nil, maxCategories, m.all(sectionKeys...)...)
	d.Categories = appendUnique(d.Categories, maxCategories, ld.Sections...)
	fb.want = missingFields(d)

	if d.Title == "" {
		d.Title = firstNonEmpty(fb.metadata().Title, m.title)
	}
	if len(d.Authors) == 0 && fb.metadata().Author != "" {
		for _, a := range strings.Split(fb.metadata().Author, ";") {
			d.Authors = appendUnique(d.Authors, 50, splitAuthors(a)...)
		}
	}

	d.Published, d.HasZone = publishedTime(doc, ld.Published, m, pageURL)

	d.Canonical = firstNonEmpty(
		absoluteURL(m.canonical, base),
		absoluteURL(m.first("og:url"), base),
		absoluteURL(ld.URL, base),
		absoluteURL(pageURL, nil),
	)
	if d.SiteName == "" {
		d.SiteName = siteNameFallback(fb.metadata())
	}
	if d.Description = firstNonEmpty(m.first(descriptionKeys...), ld.Description); d.Description == "" {
		d.Description = firstNonEmpty(fb.metadata().Description)
	}

	for _, img := range append(m.all(imageKeys...), ld.Image) {
		if d.Image = absoluteURL(img, base); d.Image != "" {
			break
		}
	}
	if d.Image == "" {
		d.Image = absoluteURL(fb.metadata().Image, base)
	}

	for _, l := range append([]string{m.lang}, append(m.all(languageKeys...), ld.Language)...) {
		if d.Language = languageCode(l); d.Language != "" {
			break
		}
	}
	if d.Language == "" {
		d.Language = languageCode(fb.language())
	}

	if len(d.Categories) == 0 {
		d.Categories = appendUnique(d.Categories, maxCategories, fb.metadata().Categories...)
	}
	// The page's genre after its sections, before its topic tags: an
	// opinion type or genre is kept like a section named for it.
	d.Categories = appendUnique(d.Categories, maxCategories, ld.Genres...)
	for _, t := range m.all(tagKeys...) {
		d.Categories = appendUnique(d.Categories, maxCategories, strings.Split(t, ",")...)
	}
	d.Categories = appendUnique(d.Categories, maxCategories, ld.Keywords...)
	return d
}

// publishedTime returns the publication time from JSON-LD, then meta tags
// and microdata, then a fast go-htmldate search of the page.
func publishedTime(doc *html.Node, ldDate string, m *pageMeta, pageURL string) (time.Time, bool) {
	for _, s := range append([]string{ldDate}, m.all(publishedKeys...)...) {
		if t, zoned, ok := parseDate(s); ok {
			return t, zoned
		}
	}
	res, err := htmldate.FromDocument(doc, htmldate.Options{
		ExtractTime:         true,
		UseOriginalDate:     true,
		SkipExtensiveSearch: true,
		URL:                 pageURL,
	})
	if err != nil || res.IsZero() {
		return time.Time{}, false
	}
	return res.DateTime, res.HasTime && res.HasTimezone
}

// siteNameFallback returns trafilatura's site name unless it is only the
// host name it guessed from the URL.
func siteNameFallback(tm trafilatura.Metadata) string {
	if tm.Sitename == "" || strings.Contains(tm.Sitename, ".") {
		return ""
	}
	return tm.Sitename
}

// notURL returns s unless it is a URL (as article:publisher often is).
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") {
		return ""
	}
	return s
}

// missingFields returns the fields that trafilatura must search the page
// for because d has no value of the page's own for them.
func missingFields(d *Document) trafilatura.MetadataField {
	var f trafilatura.MetadataField
	if d.Title == "" {
		f |= trafilatura.TitleField
	}
	if len(d.Authors) == 0 {
		f |= trafilatura.AuthorField
	}
	if d.SiteName == "" {
		f |= trafilatura.SitenameField
	}
	if len(d.Categories) == 0 {
		f |= trafilatura.CategoriesField
	}
	return f
}
