package cli

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/internal/paging"
	"github.com/parallax-news/parallax/internal/store"
)

// Limits the listing commands accept: 0 means all.
var listingRule = paging.Rule{All: true}

// searchRule: search ranks its hits, so it always wants a number of them.
var searchRule = paging.Rule{}

// checkPage checks a command's --limit and --offset the way every command
// and API endpoint does (package paging), as a usage error.
func checkPage(limit, offset int, r paging.Rule) error {
	if err := paging.Limit("--limit", limit, r); err != nil {
		return usageError{err}
	}
	if err := paging.Offset("--offset", offset); err != nil {
		return usageError{err}
	}
	return nil
}

// checkPrefix refuses, before any database is opened, an id too short to
// name anything.
func checkPrefix(what, id string) error {
	if len(strings.TrimSpace(id)) < store.MinPrefix {
		return usageError{fmt.Errorf("%s %q: %w", what, id, store.ErrShortID)}
	}
	return nil
}
