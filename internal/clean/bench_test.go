package clean

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/parallax-news/parallax/internal/article"
)

// BenchmarkCleanDump cleans the articles of a dump named by
// PARALLAX_CLEAN_DUMP (JSON lines with outlet and paragraphs).
func BenchmarkCleanDump(b *testing.B) {
	path := os.Getenv("PARALLAX_CLEAN_DUMP")
	if path == "" {
		b.Skip("PARALLAX_CLEAN_DUMP not set")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var arts []*article.Article
	models := map[string]*Model{}
	for sc.Scan() && len(arts) < 5000 {
		var a article.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		arts = append(arts, &a)
		m := models[a.Outlet]
		if m == nil {
			m = &Model{}
			models[a.Outlet] = m
		}
		m.Learn(Keys(a.Paragraphs), 0)
	}
	c, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			c.Clean(a, models[a.Outlet])
		}
	}
}
