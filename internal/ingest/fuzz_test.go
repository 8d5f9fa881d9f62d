package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzReadStream feeds arbitrary bytes, under every reader's name, to
// ReadStream: it must not panic, must name the input in every item, and
// must give valid UTF-8 text with at least one word in every article.
func FuzzReadStream(f *testing.F) {
	seeds := []string{
		" date 2026-01-07 Title here\n\nBy Someone\n\nBody.",
		"Title: T\nDate: 2026-01-01\n\nBody.",
		"---\ntitle: x\ndate: 2026-01-06T22:30:55\n---\n# Head\n\nPara *em* [l](u).\n",
		"+++\ntitle = \"x\"\n+++\nBody\n",
		`{"title":"t","body":"b"}` + "\n" + `{"maintext":"m","date_publish":"2017-06-13 22:00:11"}`,
		"<html><body><article><p>Some words in a paragraph here.</p></article></body></html>",
		"\x1f\x8b\x08\x00",
		"---\n---\n",
		"",
	}
	for _, s := range seeds {
		for _, name := range []string{"f.txt", "f.md", "f.jsonl", "f.html", "f"} {
			f.Add(name, []byte(s))
		}
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if strings.ContainsRune(name, 0) {
			return
		}
		err := ReadStream(context.Background(), name, strings.NewReader(string(data)), int64(len(data)), Options{MaxSize: 1 << 16}, func(it Item) error {
			if !strings.HasPrefix(it.Input, name) {
				t.Errorf("item input %q does not name %q", it.Input, name)
			}
			if (it.Article == nil) == (it.Err == nil) {
				t.Errorf("item has article %v and error %v", it.Article != nil, it.Err)
			}
			if a := it.Article; a != nil {
				for _, p := range append([]string{a.Title}, a.Paragraphs...) {
					if !utf8.ValidString(p) {
						t.Errorf("invalid UTF-8 in %q", p)
					}
				}
				if len(a.Paragraphs) == 0 || a.ID == "" {
					t.Errorf("article without text or id: %+v", a)
				}
				if !strings.ContainsFunc(strings.Join(a.Paragraphs, " "), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
					t.Errorf("article without a word: %q", a.Paragraphs)
				}
			}
			return nil
		})
		if err != nil {
			t.Errorf("ReadStream: %v", err)
		}
	})
}
