// Package samples holds the sample articles that Parallax ships for its
// demo and its tests: fictional events reported by fictional outlets,
// written by the Parallax project (no third-party text), in every file
// format Parallax reads. Several outlets report each event; among them are
// a wire story and a lightly rewritten copy of it, a quote that outlets
// word differently, numbers they disagree on, and facts only one reports.
package samples

import (
	"embed"
	"io/fs"
)

//go:embed articles
var files embed.FS

// FS returns the sample articles as a file system of flat files, named
// <event>-<outlet>.<format>.
func FS() fs.FS {
	sub, err := fs.Sub(files, "articles")
	if err != nil {
		panic(err) // the embedded folder always exists
	}
	return sub
}
