package eventeval

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Article is what the sampler and the scorer know of one article of a
// system's database.
type Article struct {
	// ID is the system's own id; Ref names the article across databases.
	ID  string
	Ref Ref
	// Title, Outlet and Published (zero when undated) describe it.
	Title     string
	Outlet    string
	Published time.Time
	// Event is the story (event) the system put the article in, empty
	// when none; Storyline its storyline, empty when the system has none.
	Event     string
	Storyline string
	// Lead is the title's companion for look-alike search: the start of
	// the text (empty unless read with leads).
	Lead string
}

// Corpus is a system's grouping of a set of articles.
type Corpus struct {
	Articles []Article
	byID     map[string]int
	byURL    map[string]int
}

// NewCorpus indexes articles by corpus id and URL. When two articles share
// an id or URL the first keeps it.
func NewCorpus(articles []Article) *Corpus {
	c := &Corpus{Articles: articles, byID: map[string]int{}, byURL: map[string]int{}}
	for i, a := range articles {
		if a.Ref.ID != "" {
			if _, ok := c.byID[a.Ref.ID]; !ok {
				c.byID[a.Ref.ID] = i
			}
		}
		if a.Ref.URL != "" {
			if _, ok := c.byURL[a.Ref.URL]; !ok {
				c.byURL[a.Ref.URL] = i
			}
		}
	}
	return c
}

// Find returns the article r names: by corpus id, else by URL (a corpus
// record stored as a revision of an article with the same URL is found
// under that article).
func (c *Corpus) Find(r Ref) (*Article, bool) {
	if i, ok := c.byID[r.ID]; ok && r.ID != "" {
		return &c.Articles[i], true
	}
	if i, ok := c.byURL[r.URL]; ok && r.URL != "" {
		return &c.Articles[i], true
	}
	return nil, false
}

// FoundPair is a labelled pair with its two articles as the corpus holds
// them.
type FoundPair struct {
	Pair
	A, B *Article
}

// Labelled returns the labelled pairs of pairs (Unlabelled ones aside)
// whose two articles the corpus holds, in order, and how many it left
// out for an article it does not hold.
func (c *Corpus) Labelled(pairs []Pair) (found []FoundPair, missing int) {
	for _, p := range pairs {
		if p.Label == Unlabelled {
			continue
		}
		a, oka := c.Find(p.A)
		b, okb := c.Find(p.B)
		if !oka || !okb {
			missing++
			continue
		}
		found = append(found, FoundPair{Pair: p, A: a, B: b})
	}
	return found, missing
}

// SameEvent reports whether the system puts a and b in one event; known
// is false when it does not hold one of them.
func (c *Corpus) SameEvent(a, b Ref) (same, known bool) {
	x, okx := c.Find(a)
	y, oky := c.Find(b)
	if !okx || !oky {
		return false, false
	}
	return x.Event != "" && x.Event == y.Event, true
}

// SameStoryline reports whether the system puts a and b in one storyline:
// the same storyline when it records storylines, else the same event.
func (c *Corpus) SameStoryline(a, b Ref) (same, known bool) {
	x, okx := c.Find(a)
	y, oky := c.Find(b)
	if !okx || !oky {
		return false, false
	}
	if x.Event != "" && x.Event == y.Event {
		return true, true
	}
	return x.Storyline != "" && x.Storyline == y.Storyline, true
}

// leadChars is how much of each text ReadDB reads as the lead.
const leadChars = 1500

// ReadDB reads the articles of the Parallax SQLite database at path and
// the story and storyline each belongs to, read-only (the file is never written; a
// database in WAL mode needs its -wal and -shm files beside it, in a
// writable directory). With leads it also reads the start of each text.
func ReadDB(ctx context.Context, path string, leads bool) (*Corpus, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("read database: %w", err)
	}
	db, err := openRO(path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	lead := "''"
	if leads {
		lead = fmt.Sprintf("substr(a.body, 1, %d)", leadChars)
	}
	rows, err := db.QueryContext(ctx, `SELECT a.id, a.external_id, a.url, a.title, a.outlet,
		a.published_unix, COALESCE(s.story_id, ''), COALESCE(st.storyline_id, ''), `+lead+`
		FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
		LEFT JOIN stories st ON st.id = s.story_id
		ORDER BY a.rowid`)
	if err != nil {
		return nil, fmt.Errorf("read database %s: %w", path, err)
	}
	defer rows.Close()
	var arts []Article
	for rows.Next() {
		var a Article
		var pub sql.NullInt64
		if err := rows.Scan(&a.ID, &a.Ref.ID, &a.Ref.URL, &a.Title, &a.Outlet, &pub, &a.Event, &a.Storyline, &a.Lead); err != nil {
			return nil, fmt.Errorf("read database %s: %w", path, err)
		}
		if pub.Valid {
			a.Published = time.Unix(pub.Int64, 0).UTC()
		}
		arts = append(arts, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read database %s: %w", path, err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("read database %s: no articles", path)
	}
	return NewCorpus(arts), nil
}

// openRO opens the SQLite database at path read-only.
func openRO(path string) (*sql.DB, error) {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Add("_pragma", "query_only(1)")
	q.Add("_pragma", "busy_timeout(10000)")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("read database %s: %w", path, err)
	}
	return db, nil
}

// ReadBodies returns the texts of the articles with the given system ids
// from the Parallax SQLite database at path, read-only; an id the
// database lacks is left out.
func ReadBodies(ctx context.Context, path string, ids []string) (map[string]string, error) {
	db, err := openRO(path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	out := map[string]string{}
	for _, id := range ids {
		var body string
		err := db.QueryRowContext(ctx, `SELECT body FROM articles WHERE id = ?`, id).Scan(&body)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read database %s: article %s: %w", path, id, err)
		}
		out[id] = body
	}
	return out, nil
}

// listed is the part of an article of `parallax articles --json` that the
// scorer reads.
type listed struct {
	ID         string  `json:"id"`
	ExternalID string  `json:"external_id"`
	URL        string  `json:"url"`
	Title      string  `json:"title"`
	Outlet     string  `json:"outlet"`
	Published  *string `json:"published"`
	Story      string  `json:"story"`
	Storyline  string  `json:"storyline"`
}

// ReadArticlesJSON reads a system's grouping from the output of
// `parallax articles --all --json` (a JSON array of articles) or from JSON
// Lines of the same objects: each article's id, external_id, url,
// published, and its story (event) and storyline fields.
func ReadArticlesJSON(r io.Reader) (*Corpus, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	array := false
	for {
		b, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		if b == ' ' || b == '\t' || b == '\r' || b == '\n' {
			continue
		}
		array = b == '['
		if err := br.UnreadByte(); err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		break
	}
	dec := json.NewDecoder(br)
	if array {
		if _, err := dec.Token(); err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
	}
	var arts []Article
	for array && dec.More() || !array {
		var l listed
		err := dec.Decode(&l)
		if !array && errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read articles: article %d: %w", len(arts)+1, err)
		}
		a := Article{ID: l.ID, Ref: Ref{ID: l.ExternalID, URL: l.URL}, Title: l.Title, Outlet: l.Outlet,
			Event: l.Story, Storyline: l.Storyline}
		if l.Published != nil {
			a.Published = parseDay(*l.Published)
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		return nil, errors.New("read articles: no articles")
	}
	return NewCorpus(arts), nil
}

// parseDay reads the date of a published field (RFC 3339 or a day); zero
// when it cannot.
func parseDay(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}
