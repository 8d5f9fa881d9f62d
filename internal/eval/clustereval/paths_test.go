package clustereval

import (
	"github.com/parallax-news/parallax/internal/story"
	"os"
	"strconv"
	"testing"
)

// Shared corpora, relative to this package.
const (
	ecbPath = "../../../../shared/data/ecbplus/articles.jsonl"
	abpPath = "../../../../shared/data/abp/articles.jsonl.gz"
)

// needFile skips the test when a shared corpus is absent.
func needFile(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("corpus %s absent (../shared/data is not checked out here): %v", path, err)
	}
}

// oddTopic and evenTopic split ECB+ into the tuning half (odd topic
// numbers) and the held-out half (even topic numbers).
func oddTopic(topic string) bool {
	n, err := strconv.Atoi(topic)
	return err == nil && n%2 == 1
}

func evenTopic(topic string) bool {
	n, err := strconv.Atoi(topic)
	return err == nil && n%2 == 0
}

// defaultStory is the clusterer configuration under test.
func defaultStory() story.Config { return story.DefaultConfig() }
