package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/parallax-news/parallax/internal/article"
)

// readOne reads one named document and returns its items.
func readOne(t *testing.T, name, content string, opt Options) []Item {
	t.Helper()
	var items []Item
	err := ReadStream(context.Background(), name, strings.NewReader(content), int64(len(content)), opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadStream(%s): %v", name, err)
	}
	return items
}

// want is the part of an article a reader test checks.
type want struct {
	Title      string
	Authors    []string
	Published  string
	Outlet     string
	URL        string
	Categories []string
	Tags       []string
	Excerpt    string
	Language   string
	Paragraphs []string
	Format     string
}

func got(a *article.Article) want {
	return want{a.Title, a.Authors, a.Published.String(), a.Outlet, a.URL, a.Categories, a.Tags, a.Excerpt, a.Language, a.Paragraphs, a.Source.Format}
}

func TestReaders(t *testing.T) {
	tests := []struct {
		name, file, content string
		want                want
	}{
		{
			name: "text with date-title line and byline",
			file: "a.txt",
			content: " date 2026-02-03 Bridge Reopens After Repairs\n\nBy Staff, Agencies\n\n" +
				"The old bridge reopened on Monday.\n\nTraffic was light,\nofficials said.\n",
			want: want{Title: "Bridge Reopens After Repairs", Authors: []string{"Staff, Agencies"}, Published: "2026-02-03",
				Paragraphs: []string{"The old bridge reopened on Monday.", "Traffic was light, officials said."}, Format: "text"},
		},
		{
			name: "text with key-value header",
			file: "b.txt",
			content: "Title: Mayor Resigns\nDate: 2026-02-03T09:15:00+01:00\nAuthor: Ann Lee and Bo Chen\nSource: Town Crier\nURL: https://crier.example/mayor?utm_source=rss#top\n\n" +
				"The mayor resigned on Tuesday.\n",
			want: want{Title: "Mayor Resigns", Authors: []string{"Ann Lee", "Bo Chen"}, Published: "2026-02-03T09:15:00+01:00",
				Outlet: "Town Crier", URL: "https://crier.example/mayor", Paragraphs: []string{"The mayor resigned on Tuesday."}, Format: "text"},
		},
		{
			name:    "date-title line followed at once by the body",
			file:    "a2.txt",
			content: " date 2026-01-07 Title Line\nFirst body line\ncontinues.\n\nSecond paragraph.\n",
			want: want{Title: "Title Line", Authors: []string{}, Published: "2026-01-07",
				Paragraphs: []string{"First body line continues.", "Second paragraph."}, Format: "text"},
		},
		{
			name:    "a header line without a blank line after it is not a header",
			file:    "a3.txt",
			content: "Title: Hdr\nOutlet: X\nBody right after.\n",
			want:    want{Title: "Title: Hdr", Authors: []string{}, Paragraphs: []string{"Outlet: X", "Body right after."}, Format: "text"},
		},
		{
			name:    "text with headline line, no header",
			file:    "c.txt",
			content: "Council Approves Budget\n\nThe council approved the budget.\n\nIt passed by nine votes to four.",
			want: want{Title: "Council Approves Budget", Authors: []string{},
				Paragraphs: []string{"The council approved the budget.", "It passed by nine votes to four."}, Format: "text"},
		},
		{
			name:    "text with one line per paragraph, CRLF",
			file:    "d.text",
			content: "First sentence of the story.\r\nSecond paragraph here.\r\nThird one.\r\n",
			want: want{Authors: []string{},
				Paragraphs: []string{"First sentence of the story.", "Second paragraph here.", "Third one."}, Format: "text"},
		},
		{
			name: "markdown with YAML front matter",
			file: "e.md",
			content: "---\ntitle: \"Breaking: Storm hits coast\"\ndate: 2026-01-06T22:30:55\nauthor: \"reporter1\"\ncategories: [News]\ntags: []\n" +
				"excerpt: \"A storm made landfall.\"\nimage: assets/x.jpg\n---\n\nA storm made **landfall** on [the coast](https://x.example) overnight.\n" +
				"It was strong.\n\n## What next\n\n> \"We are ready,\" the mayor said.\n\n- Schools closed.\n- Roads shut.\n\n```\ncode is dropped\n```\n\n![photo](p.jpg)\n",
			want: want{Title: "Breaking: Storm hits coast", Authors: []string{"reporter1"}, Published: "2026-01-06T22:30:55",
				Categories: []string{"News"}, Excerpt: "A storm made landfall.",
				Paragraphs: []string{"A storm made landfall on the coast overnight. It was strong.", "What next",
					"\"We are ready,\" the mayor said.", "Schools closed.", "Roads shut."}, Format: "markdown"},
		},
		{
			name:    "markdown with TOML front matter",
			file:    "f.markdown",
			content: "+++\ntitle = \"Rates rise\"\ndate = 2026-05-07T14:00:00+02:00\nauthors = [\"A One\", \"B Two\"]\noutlet = \"The Ledger\"\ntags = [\"economy\"]\nlanguage = \"EN\"\n+++\nThe bank raised rates.\n",
			want: want{Title: "Rates rise", Authors: []string{"A One", "B Two"}, Published: "2026-05-07T14:00:00+02:00",
				Outlet: "The Ledger", Tags: []string{"economy"}, Language: "en", Paragraphs: []string{"The bank raised rates."}, Format: "markdown"},
		},
		{
			name:    "front matter in a .txt file is Markdown",
			file:    "g.txt",
			content: "---\ntitle: T\nsource: Herald\n---\nBody text.\n",
			want:    want{Title: "T", Authors: []string{}, Outlet: "Herald", Paragraphs: []string{"Body text."}, Format: "markdown"},
		},
		{
			name: "html page",
			file: "h.html",
			content: `<!DOCTYPE html><html lang="en"><head><title>Ferry Strike Ends | Bay News</title>
<link rel="canonical" href="https://bay.example/ferry-strike-ends">
<meta property="og:site_name" content="Bay News"><meta name="author" content="Rosa Diaz">
<meta property="article:published_time" content="2026-03-01T08:00:00+00:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry Strike Ends</h1>
<p>Ferry crews returned to work on Sunday after a four-day strike over pay that had stranded thousands of passengers on the islands.</p>
<p>The union said its members had accepted an offer of a five per cent rise this year and three per cent next year, ending the dispute.</p>
<p>Services will run to the normal timetable from Monday morning, the operator said in a statement on its website.</p>
</article><footer>Copyright Bay News</footer></body></html>`,
			want: want{Title: "Ferry Strike Ends", Authors: []string{"Rosa Diaz"}, Published: "2026-03-01T08:00:00Z",
				Outlet: "Bay News", URL: "https://bay.example/ferry-strike-ends", Language: "en", Paragraphs: []string{
					"Ferry crews returned to work on Sunday after a four-day strike over pay that had stranded thousands of passengers on the islands.",
					"The union said its members had accepted an offer of a five per cent rise this year and three per cent next year, ending the dispute.",
					"Services will run to the normal timetable from Monday morning, the operator said in a statement on its website."}, Format: "html"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := readOne(t, tc.file, tc.content, Options{})
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("items = %+v, want one article", items)
			}
			if diff := cmp.Diff(tc.want, got(items[0].Article)); diff != "" {
				t.Errorf("article mismatch (-want +got):\n%s", diff)
			}
			if items[0].Article.ID == "" || items[0].Article.ContentHash == "" {
				t.Errorf("article has no identity")
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	content := strings.Join([]string{
		// Parallax's own fields.
		`{"id":"x1","outlet":"Own","url":"https://own.example/1","title":"Own","authors":["A"],"published":"2026-01-02","paragraphs":["P one.","P two."]}`,
		// news-please's fields.
		`{"title":"NP","maintext":"Main one.\n\nMain two.","date_publish":"2017-06-13 22:00:11","source_domain":"np.example","authors":["B","C"],"url":"https://np.example/2","language":"en"}`,
		``,
		// The shared corpora's fields.
		`{"id":"c3","outlet":"Corpus Outlet","url":"","title":"Corpus","published":"","lang":"en","body":"Body one.\n\nBody two.","authors":"D E"}`,
		`{not json`,
		`{"title":"no text"}`,
		`[1,2]`,
	}, "\n")
	arr := readOne(t, "export.json", `[{"id":"x","title":"A","paragraphs":["One."]}, 5, {"title":"B","body":"Two."}]`, Options{})
	if len(arr) != 3 || arr[0].Err != nil || arr[1].Err == nil || arr[1].Input != "export.json[1]" || arr[2].Article.Title != "B" {
		t.Errorf("JSON array: %+v", arr)
	}
	if items := readOne(t, "bom.jsonl", "\ufeff"+`{"title":"B","body":"x."}`, Options{}); len(items) != 1 || items[0].Err != nil {
		t.Errorf("JSON Lines with a byte order mark: %+v", items)
	}
	items := readOne(t, "c.jsonl", content, Options{Outlet: ""})
	if len(items) != 6 {
		t.Fatalf("got %d items, want 6", len(items))
	}
	checks := []want{
		{Title: "Own", Authors: []string{"A"}, Published: "2026-01-02", Outlet: "Own", URL: "https://own.example/1", Paragraphs: []string{"P one.", "P two."}, Format: "jsonl"},
		{Title: "NP", Authors: []string{"B", "C"}, Published: "2017-06-13T22:00:11", Outlet: "np.example", URL: "https://np.example/2", Language: "en", Paragraphs: []string{"Main one.", "Main two."}, Format: "jsonl"},
		{Title: "Corpus", Authors: []string{"D E"}, Outlet: "Corpus Outlet", Language: "en", Paragraphs: []string{"Body one.", "Body two."}, Format: "jsonl"},
	}
	for i, w := range checks {
		if items[i].Err != nil {
			t.Fatalf("item %d: %v", i, items[i].Err)
		}
		if diff := cmp.Diff(w, got(items[i].Article)); diff != "" {
			t.Errorf("item %d (-want +got):\n%s", i, diff)
		}
	}
	if items[0].Article.ExternalID != "x1" || items[0].Article.Source.Location != "c.jsonl:1" {
		t.Errorf("item 0: external id %q, location %q", items[0].Article.ExternalID, items[0].Article.Source.Location)
	}
	for i, wantInput := range map[int]string{3: "c.jsonl:5", 4: "c.jsonl:6", 5: "c.jsonl:7"} {
		if items[i].Err == nil || items[i].Input != wantInput {
			t.Errorf("item %d = %+v, want an error for %s", i, items[i], wantInput)
		}
	}
}

func TestBadInputs(t *testing.T) {
	tests := []struct {
		name, file, content string
		opt                 Options
		wantErr             error
		wantText            string
	}{
		{name: "empty", file: "e.txt", content: "", wantErr: ErrEmpty},
		{name: "blank", file: "e.md", content: " \n\n\t\n", wantErr: ErrEmpty},
		{name: "binary", file: "b.txt", content: "\x7fELF\x02\x01\x01\x00\x00\x00\x00binary", wantErr: ErrBinary},
		{name: "binary, unknown name", file: "b", content: "PK\x03\x04\x14\x00\x00\x00\x08\x00", wantErr: ErrBinary},
		{name: "malformed YAML", file: "m.md", content: "---\ntitle: \"unclosed\ndate: [\n---\nBody.\n", wantText: "front matter"},
		{name: "unclosed front matter", file: "u.md", content: "---\ntitle: x\n\nBody without end.\n", wantText: "never closed"},
		{name: "too large", file: "big.txt", content: strings.Repeat("word ", 100), opt: Options{MaxSize: 100}, wantErr: ErrTooLarge},
		{name: "jsonl line too large", file: "big.jsonl", content: `{"title":"` + strings.Repeat("x", 200) + `"}`, opt: Options{MaxSize: 100}, wantErr: ErrTooLarge},
		{name: "no text", file: "n.md", content: "---\ntitle: Only a title\n---\n", wantErr: article.ErrNoText},
		{name: "html without text", file: "n.html", content: "<html><body><nav>Home</nav></body></html>", wantText: "html"},
		{name: "JSON null", file: "n.json", content: "null", wantErr: ErrNotArticle, wantText: "a JSON null"},
		{name: "JSON string", file: "s.jsonl", content: `"str"`, wantErr: ErrNotArticle, wantText: "a JSON string"},
		{name: "JSON number, unknown name", file: "upload", content: "42\n", wantErr: ErrNotArticle, wantText: "a JSON number"},
		{name: "empty JSON array", file: "a.json", content: " [ ]\n", wantErr: ErrNotArticle, wantText: "empty JSON array"},
		{name: "empty JSON array, unknown name", file: "upload", content: "[]", wantErr: ErrNotArticle},
		{name: "JSON object without text", file: "o.json", content: `{}`, wantErr: article.ErrNoText},
		{name: "JSON text without words", file: "o.json", content: `{"title":"Title","body":"... --- !!!"}`, wantErr: article.ErrNoText, wantText: "not one word"},
		{name: "text without words", file: "p.txt", content: "Headline\n\n* * *\n\n...", wantErr: article.ErrNoText},
		{name: "short undecodable bytes", file: "upload", content: "\x80\x81\x82\x83\x84\x85", wantErr: ErrBinary},
		{name: "undecodable bytes among text", file: "upload", content: "Title\n\n\xff\xfe\xfd", wantErr: article.ErrNoText},
		{name: "text, then binary", file: "x.txt", content: "%PDF-1.7\n" + strings.Repeat("1 0 obj << /Type /Page >> endobj\n", 300) + "stream\n\x00\x01\x02",
			wantErr: ErrBinary, wantText: "NUL byte at offset 9916"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := readOne(t, tc.file, tc.content, tc.opt)
			if len(items) != 1 || items[0].Err == nil {
				t.Fatalf("items = %+v, want one error", items)
			}
			err := items[0].Err
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("error = %v, want %v", err, tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.wantText) {
				t.Errorf("error = %v, want it to mention %q", err, tc.wantText)
			}
			if !strings.HasPrefix(items[0].Input, tc.file) {
				t.Errorf("input = %q, want it named %s", items[0].Input, tc.file)
			}
		})
	}
}

func TestJSONThatIsNotAnArticle(t *testing.T) {
	items := readOne(t, "n.json", "[1, 2, 3]", Options{})
	if len(items) != 3 {
		t.Fatalf("items = %+v, want one error per element", items)
	}
	for i, it := range items {
		if !errors.Is(it.Err, ErrNotArticle) || !strings.Contains(it.Err.Error(), "a JSON number") || it.Input != fmt.Sprintf("n.json[%d]", i) {
			t.Errorf("element %d: %s: %v", i, it.Input, it.Err)
		}
	}
	// Text that only starts like JSON stays text.
	for _, content := range []string{"[Updated] Council approves the budget\n\nThe council approved it.", "\"We are ready,\" the mayor said.\n\nShe spoke at noon."} {
		items = readOne(t, "upload", content, Options{})
		if len(items) != 1 || items[0].Err != nil || items[0].Article.Source.Format != "text" {
			t.Errorf("%.20q: %+v, want a text article", content, items)
		}
	}
}

func TestInvalidUTF8Repaired(t *testing.T) {
	items := readOne(t, "w.txt", "Caf\xe9 owners protest\n\nThe caf\xe9 owners marched on Friday.", Options{})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v", items)
	}
	if len(items[0].Warnings) == 0 || !strings.Contains(items[0].Warnings[0], "invalid UTF-8") {
		t.Errorf("warnings = %v, want one about invalid UTF-8", items[0].Warnings)
	}
	if p := items[0].Article.Paragraphs[0]; p != "The caf\uFFFD owners marched on Friday." {
		t.Errorf("paragraph = %q", p)
	}
}

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return b.Bytes()
}

func TestGzipAndDirectories(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.md.gz", gz(t, "---\ntitle: Zipped\n---\nZipped body.\n"))
	write("sub/b.jsonl.gz", gz(t, `{"title":"J1","body":"One."}`+"\n"+`{"title":"J2","body":"Two."}`+"\n"))
	write("sub/deeper/c.txt", []byte("Plain\n\nPlain body."))
	write("sub/noext", gz(t, "Sniffed\n\nGzip found by content, not name."))
	write(".hidden/d.txt", []byte("Hidden\n\nNot read."))
	write("img/photo.jpg", []byte("\xff\xd8\xff\xe0binary"))
	if err := os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(dir, "sub"), link); err != nil {
		t.Fatal(err)
	}
	if ins, bad := Expand([]string{link}); len(ins) != 3 || len(bad) != 0 {
		t.Errorf("Expand(link to a directory) = %v, %v; want its 3 files", ins, bad)
	}
	ins, bad := Expand([]string{dir, filepath.Join(dir, "nope.txt")})
	if len(bad) != 2 {
		t.Errorf("bad = %+v, want the dangling link and the missing path", bad)
	}
	var titles []string
	for _, in := range ins {
		err := ReadFile(context.Background(), in, nil, Options{}, func(it Item) error {
			if it.Err != nil {
				t.Errorf("%s: %v", it.Input, it.Err)
				return nil
			}
			titles = append(titles, it.Article.Title)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff([]string{"Zipped", "J1", "J2", "Plain", "Sniffed"}, titles); diff != "" {
		t.Errorf("titles (-want +got):\n%s", diff)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head string
		want       Format
	}{
		{"x.md", "Hello", Markdown},
		{"x.html", "plain words", HTML},
		{"x.txt", "<!DOCTYPE html><html>", HTML},
		{"x.txt", "---\ntitle: a\n---\n", Markdown},
		{"x.txt", "{\"title\":1}", Text},
		{"x", "{\"title\":1}", JSONL},
		{"x", "<html><body>", HTML},
		{"x", "Just words.", Text},
		{"x.ndjson", "", JSONL},
		{"x", "\ufeff---\nt: 1\n---\n", Markdown},
	}
	for _, tc := range tests {
		if got := Detect(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%q, %q) = %s, want %s", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestJSONLLimitIsOnContent(t *testing.T) {
	line := `{"title":"T","body":"` + strings.Repeat("x", 40) + `"}`
	max := int64(len(line))
	for _, end := range []string{"\n", "\r\n", ""} {
		items := readOne(t, "l.jsonl", line+end, Options{MaxSize: max})
		if len(items) != 1 || items[0].Err != nil {
			t.Errorf("line of exactly the limit ending %q: %+v", end, items)
		}
		items = readOne(t, "l.jsonl", line+" "+end, Options{MaxSize: max})
		if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) {
			t.Errorf("line one byte over the limit ending %q: %+v", end, items)
		}
	}
}

// TestJSONLManyLinesInOrder checks that a JSON Lines file parsed on all
// cores yields its items in line order, bad lines included, and that an
// error from the receiver stops reading.
func TestJSONLManyLinesInOrder(t *testing.T) {
	var b strings.Builder
	const lines = 6000
	for i := 1; i <= lines; i++ {
		if i%1000 == 7 {
			b.WriteString("{not json}\n")
			continue
		}
		fmt.Fprintf(&b, `{"title": "Report %d", "body": "The council met on day %d and decided nothing at all.", "outlet": "Gazette %d"}`+"\n", i, i, i%7)
	}
	items := readOne(t, "big.jsonl", b.String(), Options{})
	if len(items) != lines {
		t.Fatalf("%d items, want %d", len(items), lines)
	}
	for i, it := range items {
		n := i + 1
		if it.Input != fmt.Sprintf("big.jsonl:%d", n) {
			t.Fatalf("item %d is %s", n, it.Input)
		}
		if (n%1000 == 7) != (it.Err != nil) {
			t.Fatalf("line %d: error %v", n, it.Err)
		}
		if it.Err == nil && it.Article.Title != fmt.Sprintf("Report %d", n) {
			t.Fatalf("line %d: title %q", n, it.Article.Title)
		}
	}
	stop := errors.New("stop")
	seen := 0
	err := ReadStream(context.Background(), "big.jsonl", strings.NewReader(b.String()), int64(b.Len()), Options{}, func(it Item) error {
		if seen++; seen == 100 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || seen != 100 {
		t.Errorf("after the receiver's error: err %v, %d items", err, seen)
	}
}

func TestJSONLOutletInput(t *testing.T) {
	content := strings.Join([]string{
		// The ABP corpus's fields.
		`{"outlet":"Valmora Times - News","url":"https://valmoratimes.example/1","title":"A","body":"Text.","bias":"left","bias_num":0,"source_url":"www.valmoratimes.example"}`,
		// Parallax's own names.
		`{"outlet":"Harbour Post","title":"B","body":"Text.","site":"harbourpost.example","outlet_lean":-0.5,"outlet_factuality":"high"}`,
		// As articles --json writes them.
		`{"outlet":"Harbour Post","title":"C","paragraphs":["Text."],"outlet_input":{"site":"harbourpost.example","lean":"center","field":"bias"}}`,
		// news-please's source domain is the outlet's site.
		`{"title":"D","maintext":"Text.","source_domain":"np.example"}`,
		// Nothing about the outlet.
		`{"outlet":"Plain","title":"E","body":"Text."}`,
	}, "\n")
	items := readOne(t, "o.jsonl", content, Options{})
	wants := []*article.OutletInput{
		{Site: "www.valmoratimes.example", Lean: "left", LeanRaw: "0", Field: "bias"},
		{Site: "harbourpost.example", Lean: "-0.5", Field: "outlet_lean", Factuality: "high"},
		{Site: "harbourpost.example", Lean: "center", Field: "bias"},
		{Site: "np.example"},
		nil,
	}
	if len(items) != len(wants) {
		t.Fatalf("%d items, want %d", len(items), len(wants))
	}
	for i, w := range wants {
		if items[i].Err != nil {
			t.Fatalf("item %d: %v", i, items[i].Err)
		}
		if diff := cmp.Diff(w, items[i].Article.OutletInput); diff != "" {
			t.Errorf("item %d outlet input (-want +got):\n%s", i, diff)
		}
	}
}
