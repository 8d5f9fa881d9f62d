// Command previeweval scores the signs that an article is a preview of
// its event's happening against labelled members (files whose header
// names the columns "id" and "label", label "preview" or another):
// story.Features.Ahead (h/previews46, what the clusterer reads) and
// article.Preview (h/previews59, what the page reads). It prints, for
// each file and sign, how many previews and other members it marks, and
// its precision and recall; with --list, every member a sign gets wrong.
//
//	go run ./internal/eval/previeweval --db COPY.db internal/eval/eventeval/testdata/previews56.tsv …
package main

import (
	"bufio"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"

	_ "modernc.org/sqlite"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/stories"
	"github.com/parallax-news/parallax/internal/story"
)

func main() {
	dbPath := flag.String("db", "", "SQLite database (a copy: it is only read)")
	list := flag.Bool("list", false, "print every member a sign gets wrong")
	all := flag.Bool("all", false, "print every member of an event of 3+ outlets that article.Preview marks (event, id, outlet, title)")
	flag.Parse()
	if *dbPath == "" || flag.NArg() == 0 && !*all {
		log.Fatal("previeweval: --db and at least one labels file are required")
	}
	db, err := sql.Open("sqlite", "file:"+*dbPath+"?mode=ro")
	if err != nil {
		log.Fatalf("previeweval: open %s: %v", *dbPath, err)
	}
	defer db.Close()
	if *all {
		if err := marked(db); err != nil {
			log.Fatal(err)
		}
	}
	for _, f := range flag.Args() {
		if err := score(db, f, *list); err != nil {
			log.Fatal(err)
		}
	}
}

// label is one labelled member.
type label struct{ id, label string }

// readLabels reads the id and label columns of a labels file.
func readLabels(path string) ([]label, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("previeweval: %w", err)
	}
	defer f.Close()
	var out []label
	idCol, labCol := -1, -1
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if idCol < 0 {
			idCol, labCol = slices.Index(cols, "id"), slices.Index(cols, "label")
			if idCol < 0 || labCol < 0 {
				return nil, fmt.Errorf("previeweval: %s: no id and label columns in its header", path)
			}
			continue
		}
		if max(idCol, labCol) < len(cols) {
			out = append(out, label{cols[idCol], cols[labCol]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("previeweval: read %s: %w", path, err)
	}
	return out, nil
}

// load reads article id from db.
func load(db *sql.DB, id string) (*article.Article, error) {
	var outlet, u, title, published, body string
	q := `select outlet, url, title, published, body from articles where id = ?`
	err := db.QueryRow(q, id).Scan(&outlet, &u, &title, &published, &body)
	if errors.Is(err, sql.ErrNoRows) {
		// Session 56's labels name articles by their external ids.
		err = db.QueryRow(`select outlet, url, title, published, body from articles where external_id = ?`, id).Scan(&outlet, &u, &title, &published, &body)
	}
	if err != nil {
		return nil, fmt.Errorf("previeweval: article %s: %w", id, err)
	}
	a := &article.Article{ID: id, Outlet: outlet, URL: u, Title: title, Paragraphs: strings.Split(body, "\n\n")}
	if d, err := article.ParseDate(published); err == nil {
		a.Published = d
	}
	return a, nil
}

// score prints the signs' figures on one labels file.
func score(db *sql.DB, path string, list bool) error {
	labels, err := readLabels(path)
	if err != nil {
		return err
	}
	x := story.NewTextExtractor()
	signs := []struct {
		name string
		of   func(a *article.Article) bool
	}{
		{"Features.Ahead", func(a *article.Article) bool { return x.Extract(stories.Doc(a)).Ahead }},
		{"article.Preview", article.Preview},
	}
	for _, s := range signs {
		tp, fp, fn, previews := 0, 0, 0, 0
		var wrong []string
		for _, l := range labels {
			a, err := load(db, l.id)
			if err != nil {
				return err
			}
			is, got := l.label == "preview", s.of(a)
			if is {
				previews++
			}
			switch {
			case is && got:
				tp++
			case got:
				fp++
				wrong = append(wrong, "  marked, not a preview: "+l.id+" "+a.Title)
			case is:
				fn++
				wrong = append(wrong, "  missed preview: "+l.id+" "+a.Title)
			}
		}
		fmt.Printf("%s\t%s\tmembers %d previews %d\tmarked %d (previews %d, others %d)\tP %s R %s\n",
			path, s.name, len(labels), previews, tp+fp, tp, fp, ratio(tp, tp+fp), ratio(tp, tp+fn))
		if list {
			for _, w := range wrong {
				fmt.Println(w)
			}
		}
	}
	return nil
}

// ratio is n/d with two decimals, or "-" when d is 0.
func ratio(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f (%d/%d)", float64(n)/float64(d), n, d)
}

// marked prints every member of an event of three or more outlets that
// article.Preview marks, and how many of how many.
func marked(db *sql.DB) error {
	rows, err := db.Query(`select sa.story_id, sa.article_id from story_articles sa join stories s on s.id = sa.story_id
		where s.outlet_count >= 3 order by sa.story_id, sa.article_id`)
	if err != nil {
		return fmt.Errorf("previeweval: members: %w", err)
	}
	var members [][2]string
	for rows.Next() {
		var m [2]string
		if err := rows.Scan(&m[0], &m[1]); err != nil {
			rows.Close()
			return fmt.Errorf("previeweval: members: %w", err)
		}
		members = append(members, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("previeweval: members: %w", err)
	}
	n := 0
	for _, m := range members {
		a, err := load(db, m[1])
		if err != nil {
			return err
		}
		if article.Preview(a) {
			n++
			fmt.Printf("%s\t%s\t%s\t%s\n", m[0], m[1], a.Outlet, a.Title)
		}
	}
	fmt.Printf("marked %d of %d members\n", n, len(members))
	return nil
}
