package story

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestHeadlineKindsExport writes "id<TAB>kind" for every article of an
// export of a database's articles, to count the headlines a change of
// classifyHeadline moves (internal/eval/eventeval/SAMPLING.md, session 43
// titles). It runs only when HEADLINE_ARTS names the export and
// HEADLINE_KINDS the output; the export is made with
//
//	sqlite3 -separator $'\x1f' -newline $'\x1e' abp.db \
//	  "select id, outlet, url, replace(replace(title,char(10),' '),char(13),' '), authors from articles"
func TestHeadlineKindsExport(t *testing.T) {
	in, out := os.Getenv("HEADLINE_ARTS"), os.Getenv("HEADLINE_KINDS")
	if in == "" || out == "" {
		t.Skip("HEADLINE_ARTS and HEADLINE_KINDS name the export and the output")
	}
	b, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, rec := range strings.Split(string(b), "\x1e") {
		f := strings.Split(rec, "\x1f")
		if len(f) < 5 {
			continue
		}
		var authors []string
		_ = json.Unmarshal([]byte(f[4]), &authors)
		d := Doc{ID: f[0], Outlet: f[1], URL: f[2], Title: f[3], Authors: authors}
		fmt.Fprintf(&sb, "%s\t%s\n", f[0], classifyHeadline(d))
	}
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
