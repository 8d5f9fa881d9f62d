package watches

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/store"
)

// FuzzCheck: whatever a client sends as a watch, Check either refuses it
// with ErrBadSpec or returns a spec of clean fields that Check accepts
// again unchanged, and that Describe can say.
func FuzzCheck(f *testing.F) {
	f.Add("article", "strike", "", "", "", "")
	f.Add("altered-quote", "", "Tomas Brennick", "", "left, right", "")
	f.Add("uncredited-copy", "", "", "Northshore Times", "", "s1")
	f.Add("EVENT", "\"\" *", "--", "", "up", "")
	f.Add("new-outlet", "a\x00b", "\xff", strings.Repeat("x", 600), "centre", " ")
	f.Fuzz(func(t *testing.T, kind, query, entity, outlet, lean, event string) {
		in := store.WatchSpec{Kind: kind, Query: query, Entity: entity, Outlet: outlet, Lean: lean, Event: event}
		sp, err := Check(in)
		if err != nil {
			if !errors.Is(err, ErrBadSpec) {
				t.Fatalf("Check(%+v) = %v, want an ErrBadSpec", in, err)
			}
			return
		}
		for _, v := range []string{sp.Kind, sp.Query, sp.Entity, sp.Outlet, sp.Lean, sp.Event} {
			if !utf8.ValidString(v) || len(v) > maxField || v != strings.TrimSpace(v) {
				t.Fatalf("Check(%+v) kept %q", in, v)
			}
		}
		again, err := Check(sp)
		if err != nil || again != sp {
			t.Fatalf("Check(Check(%+v)) = %+v, %v; want it unchanged", in, again, err)
		}
		if Describe(sp) == "" {
			t.Fatalf("Describe(%+v) is empty", sp)
		}
	})
}

// FuzzCheckWebhook: a webhook URL Check accepts is an absolute http or
// https URL with a host, and accepting it again changes nothing.
func FuzzCheckWebhook(f *testing.F) {
	for _, s := range []string{"https://hooks.example/p?t=1#frag", "HTTP://Hooks.Example:8080/", "ftp://x.example/",
		"http://[fe80::1%25eth0]/", "http://0x7f.1/", "https://user:pw@hooks.example/", " http://a.example ", "http:///x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := CheckWebhook(raw)
		if err != nil {
			return
		}
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") || strings.Contains(u, "#") {
			t.Fatalf("CheckWebhook(%q) = %q", raw, u)
		}
		if again, err := CheckWebhook(u); err != nil || again != u {
			t.Fatalf("CheckWebhook(%q) = %q, then %q, %v", raw, u, again, err)
		}
	})
}
