// Command kindeval prints the kind article.Kind gives every
// article of the events of three or more outlets (--min-outlets) of a
// Parallax SQLite database, one a line: article id, kind ("" for a report), story id,
// outlet as stored, URL, title. The sample of session 57 (h/opinion57,
// internal/compare/testdata/abpjudged/README.md) was drawn from its
// output.
//
//	go run ./internal/eval/kindeval --db COPY.db > kinds.tsv
package main

import (
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	_ "modernc.org/sqlite"

	"github.com/parallax-news/parallax/internal/article"
)

func main() {
	dbPath := flag.String("db", "", "SQLite database (a copy: it is only read)")
	minOutlets := flag.Int("min-outlets", 3, "the fewest outlets of an event whose articles are printed")
	flag.Parse()
	if *dbPath == "" {
		log.Fatal("kindeval: --db is required")
	}
	if err := run(*dbPath, *minOutlets); err != nil {
		log.Fatal(err)
	}
}

func run(path string, minOutlets int) error {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return fmt.Errorf("kindeval: open %s: %w", path, err)
	}
	defer db.Close()
	rows, err := db.Query(`select a.id, a.outlet, a.url, a.title, a.authors, a.categories, a.tags, a.body, s.id
		from articles a join story_articles sa on sa.article_id = a.id join stories s on s.id = sa.story_id
		where s.outlet_count >= ? order by a.id`, minOutlets)
	if err != nil {
		return fmt.Errorf("kindeval: query: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, outlet, u, title, authors, cats, tags, body, story string
		if err := rows.Scan(&id, &outlet, &u, &title, &authors, &cats, &tags, &body, &story); err != nil {
			return fmt.Errorf("kindeval: scan: %w", err)
		}
		a := &article.Article{ID: id, Outlet: outlet, URL: u, Title: title, Paragraphs: strings.Split(body, "\n\n")}
		for _, f := range []struct {
			raw string
			to  *[]string
		}{{authors, &a.Authors}, {cats, &a.Categories}, {tags, &a.Tags}} {
			if err := json.Unmarshal([]byte(f.raw), f.to); err != nil {
				return fmt.Errorf("kindeval: article %s: %w", id, err)
			}
		}
		// The stored outlet name is the one the input gave ("Fox News
		// Opinion"), as view.Report reads it (see article.OutletKind).
		fmt.Fprintf(os.Stdout, "%s\t%s\t%s\t%s\t%s\t%s\n", id, article.Kind(a), story, outlet, u, strings.ReplaceAll(title, "\t", " "))
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("kindeval: rows: %w", err)
	}
	return nil
}
