package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in       string
		want     string // RFC 3339, "" when not a date
		wantZone bool
	}{
		{"2025-05-14T09:30:00+01:00", "2025-05-14T09:30:00+01:00", true},
		{"2025-05-14T09:30:00.123Z", "2025-05-14T09:30:00Z", true},
		{"2025-05-14T09:30:00+0100", "2025-05-14T09:30:00+01:00", true},
		{"2025-05-14T09:30:00", "2025-05-14T09:30:00Z", false},
		{"2025-05-14", "2025-05-14T00:00:00Z", false},
		{"Wed, 14 May 2025 09:30:00 GMT", "2025-05-14T09:30:00Z", true},
		{"Wed, 14 May 2025 09:30:00 -0400", "2025-05-14T09:30:00-04:00", true},
		{"May 14, 2025", "2025-05-14T00:00:00Z", false},
		{"yesterday", "", false},
		{"0001-01-01T00:00:00Z", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		got, zone, ok := parseDate(tc.in)
		s := ""
		if ok {
			s = got.Format(time.RFC3339)
		}
		if s != tc.want || (ok && zone != tc.wantZone) {
			t.Errorf("parseDate(%q) = %q zone %v ok %v, want %q zone %v", tc.in, s, zone, ok, tc.want, tc.wantZone)
		}
	}
}

func TestSplitAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Ann Lee and Bo Chan", []string{"Ann Lee", "Bo Chan"}},
		{"Ann Lee, Bo Chan", []string{"Ann Lee", "Bo Chan"}},
		{"Lee, Ann", []string{"Lee, Ann"}},
		{"Ann Lee; Bo Chan & Cy Dorn", []string{"Ann Lee", "Bo Chan", "Cy Dorn"}},
		{"https://social.example/annlee", nil},
		{"@annlee", nil},
		{"  ", nil},
	}
	for _, tc := range tests {
		if got := splitAuthors(tc.in); !cmp.Equal(got, tc.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLanguageCode(t *testing.T) {
	for in, want := range map[string]string{
		"en-US": "en", "pt_BR": "pt", "DE": "de", "eng": "en", "zh-Hant-TW": "zh", "ko": "ko",
		"": "", "und": "", "not a language": "",
	} {
		if got := languageCode(in); got != want {
			t.Errorf("languageCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseJSONLD(t *testing.T) {
	tests := []struct {
		name    string
		scripts []string
		want    ldArticle
		ok      bool
	}{
		{
			name:    "single object, author object, publisher object",
			scripts: []string{`{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Ann Lee"},"publisher":{"@type":"Organization","name":"Daily"},"datePublished":"2024-01-02","url":"https://d.example/a"}`},
			want:    ldArticle{Headline: "H", Authors: []string{"Ann Lee"}, Publisher: "Daily", Published: "2024-01-02", URL: "https://d.example/a"},
			ok:      true,
		},
		{
			name: "graph with references, article preferred over WebPage",
			scripts: []string{`{"@graph":[{"@type":"WebPage","name":"Page"},{"@type":"Person","@id":"#p","name":"Bo Chan"},` +
				`{"@type":"Article","headline":"A","author":{"@id":"#p"},"articleSection":"Science","keywords":["space","moon"]}]}`},
			want: ldArticle{Headline: "A", Authors: []string{"Bo Chan"}, Sections: []string{"Science"}, Keywords: []string{"space", "moon"}},
			ok:   true,
		},
		{
			name:    "array of strings as authors, raw newline inside a string, HTML comment wrapper",
			scripts: []string{"<!--\n[{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Two\nlines\",\"author\":[\"Ann Lee\",\"Bo Chan\"],\"inLanguage\":\"fr-FR\"}]\n-->"},
			want:    ldArticle{Headline: "Two lines", Authors: []string{"Ann Lee", "Bo Chan"}, Language: "fr-FR"},
			ok:      true,
		},
		{
			name:    "publisher from WebSite, image list",
			scripts: []string{`{"@type":"WebSite","name":"Site"}`, `{"@type":["BlogPosting"],"name":"N","image":["https://i.example/1.jpg","https://i.example/2.jpg"]}`},
			want:    ldArticle{Headline: "N", Publisher: "Site", Image: "https://i.example/1.jpg"},
			ok:      true,
		},
		{
			name:    "opinion type and genre kept as the piece's kind",
			scripts: []string{`{"@type":"OpinionNewsArticle","headline":"Keep the ferry public","genre":["Commentary"," "]}`},
			want:    ldArticle{Headline: "Keep the ferry public", Genres: []string{"Opinion", "Commentary"}},
			ok:      true,
		},
		{
			name:    "analysis type, no genre",
			scripts: []string{`{"@type":["AnalysisNewsArticle"],"headline":"What the harbour vote means"}`},
			want:    ldArticle{Headline: "What the harbour vote means", Genres: []string{"Analysis"}},
			ok:      true,
		},
		{name: "no article", scripts: []string{`{"@type":"Organization","name":"Org"}`}},
		{name: "broken JSON", scripts: []string{`{"@type": "NewsArticle", `}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := parseJSONLD(tc.scripts)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(ldArticle{})); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"blocks and inline", "<p>One <b>bold</b>\n word.</p><p>Two</p>", []string{"One bold word.", "Two"}},
		{"br splits", "<p>Line one<br>Line two</p>", []string{"Line one", "Line two"}},
		{"table rows", "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>", []string{"A B", "1 2"}},
		{"list items", "<ul><li>x y</li><li>z</li></ul>", []string{"x y", "z"}},
		{"trimmed inline edges get a space", "<p><a>Ann</a>said<em>so</em>.</p>", []string{"Ann said so."}},
		{"no space inside CJK", "<p>図書館<a>が</a>再開</p>", []string{"図書館が再開"}},
		{"scripts skipped", "<div>Text<script>var x;</script><style>p{}</style></div>", []string{"Text"}},
		{"nbsp and zero width", "<p>a\u00a0\u00a0b\u200bc</p>", []string{"a bc"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := Paragraphs(doc); !cmp.Equal(got, tc.want) {
				t.Errorf("Paragraphs = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDeclaredCharset(t *testing.T) {
	for in, want := range map[string]string{
		`<meta charset="Shift_JIS">`: "Shift_JIS",
		`<meta http-equiv="content-type" content="text/html; charset='euc-kr'">`: "euc-kr",
		`<!-- ` + strings.Repeat("x", 5000) + ` --><meta charset=koi8-r>`:        "koi8-r",
		`<body><meta charset="big5">`:                                            "",
		`<meta name="x" content="charset=utf-8">`:                                "",
	} {
		if got := declaredCharset([]byte(in)); got != want {
			t.Errorf("declaredCharset(%.40q) = %q, want %q", in, got, want)
		}
	}
}
