// Package samples holds the sample articles that Parallax ships for its
// demo and its tests: fictional events reported by fictional outlets,
// written by the Parallax project (no third-party text), in every file
// format Parallax reads. Several outlets report each event; among them are
// a wire story and a lightly rewritten copy of it, a quote that outlets
// word differently, numbers they disagree on, and facts only one reports.
package samples

import (
	"context"
	"embed"
	"fmt"
	"io/fs"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/ingest"
)

//go:embed articles
var files embed.FS

//go:embed outlets.csv
var outletsCSV []byte

// OutletsCSV returns made-up records and ratings of the fictional sample
// outlets, as an outlets file (CSV, the columns of parallax outlets
// import), so that the demo can show coverage by lean. They rate nobody
// real.
func OutletsCSV() []byte { return append([]byte(nil), outletsCSV...) }

// FS returns the sample articles as a file system of flat files, named
// <event>-<outlet>.<format>.
func FS() fs.FS {
	sub, err := fs.Sub(files, "articles")
	if err != nil {
		panic(err) // the embedded folder always exists
	}
	return sub
}

// Articles reads every sample article, in file name order, each with its
// source location set to "sample:<file name>".
func Articles(ctx context.Context) ([]*article.Article, error) {
	fsys := FS()
	names, err := fs.Glob(fsys, "*")
	if err != nil {
		return nil, fmt.Errorf("list samples: %w", err)
	}
	var arts []*article.Article
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("open sample %s: %w", name, err)
		}
		err = ingest.ReadStream(ctx, name, f, -1, ingest.Options{}, func(it ingest.Item) error {
			if it.Err != nil {
				return fmt.Errorf("sample %s: %w", it.Input, it.Err)
			}
			it.Article.Source.Location = "sample:" + it.Input
			arts = append(arts, it.Article)
			return nil
		})
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return arts, nil
}
