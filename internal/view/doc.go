// Package view builds the read models that Parallax shows: a story with its
// members, a story's comparison report, an article with its revisions,
// copies and story, and search hits. The command line prints them as text or
// JSON and the web server renders them as pages and API responses, so both
// speak the same JSON.
package view

import "github.com/parallax-news/parallax/internal/store"

// Stores is a store that keeps articles, copy detection, stories and
// outlets (the SQLite store does).
type Stores interface {
	store.Store
	store.CopyStore
	store.StoryStore
	store.OutletStore
}

// CopyStores is a store that keeps articles and copy detection.
type CopyStores interface {
	store.Store
	store.CopyStore
}

// StoryStores is a store that keeps articles and stories.
type StoryStores interface {
	store.Store
	store.StoryStore
}
