package extract

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// want lists the fields a test checks; nil slices and zero values are
// checked too, so every case states all metadata.
type want struct {
	Title       string
	Authors     []string
	Published   string // RFC 3339, "" for zero
	HasZone     bool
	Canonical   string
	SiteName    string
	Language    string
	Description string
	Image       string
	Categories  []string
	FirstPara   string // prefix of the first paragraph that is not the title
	MinParas    int
	Absent      []string // text that must not appear in any paragraph
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHTMLFixtures(t *testing.T) {
	tests := []struct {
		file string
		url  string
		want want
	}{
		{
			file: "jsonld_graph.html",
			url:  "https://courier.example/news/2025/05/tidal-mill-vote?ref=home",
			want: want{
				Title:       "Tidal mill to turn again after village vote",
				Authors:     []string{"Mara Quillfeather", "Tobias Renwick"},
				Published:   "2025-05-14T09:30:00+01:00",
				HasZone:     true,
				Canonical:   "https://courier.example/news/2025/05/tidal-mill-vote",
				SiteName:    "The Estuary Courier",
				Language:    "en",
				Description: "Residents of Wrenmouth back a plan to restore the 18th-century mill.",
				Image:       "https://courier.example/img/mill.jpg",
				Categories:  []string{"Local", "Heritage"},
				FirstPara:   "Residents of Wrenmouth voted on Tuesday",
				MinParas:    5,
				Absent:      []string{"Subscribe", "All rights reserved", "Privacy policy"},
			},
		},
		{
			// Without a page URL the relative canonical resolves against
			// the JSON-LD url.
			file: "jsonld_graph.html",
			want: want{
				Title:       "Tidal mill to turn again after village vote",
				Authors:     []string{"Mara Quillfeather", "Tobias Renwick"},
				Published:   "2025-05-14T09:30:00+01:00",
				HasZone:     true,
				Canonical:   "https://courier.example/news/2025/05/tidal-mill-vote",
				SiteName:    "The Estuary Courier",
				Language:    "en",
				Description: "Residents of Wrenmouth back a plan to restore the 18th-century mill.",
				Image:       "https://courier.example/img/mill.jpg",
				Categories:  []string{"Local", "Heritage"},
				FirstPara:   "Residents of Wrenmouth voted on Tuesday",
				MinParas:    5,
			},
		},
		{
			file: "jsonld_array.html",
			url:  "https://valleypost.example/travel/glass-bridge",
			want: want{
				Title:       "Glass bridge opens over the Sallow gorge",
				Authors:     []string{"Priya Okonkwo-Hale", "Jonas Feldstrom"},
				Published:   "2024-08-03T06:00:00Z",
				HasZone:     true,
				Canonical:   "https://valleypost.example/travel/glass-bridge",
				SiteName:    "The Valley Post",
				Language:    "en",
				Description: "A 140-metre footbridge with a glass floor opened to walkers on Saturday.",
				Image:       "https://valleypost.example/images/bridge.jpg",
				Categories:  []string{"Travel", "bridges", "tourism", "Sallow gorge"},
				FirstPara:   "A footbridge with a glass floor opened",
				MinParas:    5,
				Absent:      []string{"Front page", "Ten walks for the summer"},
			},
		},
		{
			file: "meta_only.html",
			want: want{
				Title:       "Orchard growers count cost of late frost",
				Authors:     []string{"Hal Berrington", "Sunniva Lake"},
				Published:   "2025-04-29T17:45:00Z", // no zone given: UTC wall clock
				HasZone:     false,
				Canonical:   "https://gazette.example/farming/late-frost?utm_source=feed",
				SiteName:    "Fenland Gazette",
				Language:    "en",
				Description: "A frost in the last week of April destroyed up to half the blossom in some orchards.",
				Image:       "https://gazette.example/i/frost.jpg",
				Categories:  []string{"Farming", "Weather", "Apples"},
				FirstPara:   "Apple and pear growers across the fens",
				MinParas:    5,
				Absent:      []string{"Sign in", "Advertise"},
			},
		},
		{
			// No metadata at all: title from <title>, canonical from the
			// page URL, language detected from the text.
			file: "minimal.html",
			url:  "https://keepers.example/log#winter",
			want: want{
				Title:     "Notes from the lighthouse",
				Canonical: "https://keepers.example/log",
				Language:  "en",
				FirstPara: "The keeper's log for the winter",
				MinParas:  4,
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file+"/"+tc.url, func(t *testing.T) {
			doc, err := HTML(context.Background(), bytes.NewReader(readFixture(t, tc.file)), Options{URL: tc.url})
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			checkDocument(t, doc, tc.want)
		})
	}
}

func checkDocument(t *testing.T, doc *Document, w want) {
	t.Helper()
	published := ""
	if !doc.Published.IsZero() {
		published = doc.Published.Format(time.RFC3339)
	}
	got := want{
		Title: doc.Title, Authors: doc.Authors, Published: published, HasZone: doc.HasZone,
		Canonical: doc.Canonical, SiteName: doc.SiteName, Language: doc.Language,
		Description: doc.Description, Image: doc.Image, Categories: doc.Categories,
		FirstPara: w.FirstPara, MinParas: w.MinParas, Absent: w.Absent,
	}
	if diff := cmp.Diff(w, got); diff != "" {
		t.Errorf("metadata mismatch (-want +got):\n%s", diff)
	}
	if len(doc.Paragraphs) < w.MinParas {
		t.Errorf("got %d paragraphs, want at least %d: %q", len(doc.Paragraphs), w.MinParas, doc.Paragraphs)
	}
	found := false
	for _, p := range doc.Paragraphs {
		if strings.HasPrefix(p, w.FirstPara) {
			found = true
		}
		if p != strings.TrimSpace(p) || strings.Contains(p, "  ") || strings.ContainsAny(p, "\n\t") {
			t.Errorf("paragraph not whitespace-normalised: %q", p)
		}
		for _, a := range w.Absent {
			if strings.Contains(p, a) {
				t.Errorf("boilerplate %q in paragraph %q", a, p)
			}
		}
	}
	if !found {
		t.Errorf("no paragraph starts with %q: %q", w.FirstPara, doc.Paragraphs)
	}
}

// legacyPage builds an article page in the given encoding, declaring it with
// decl (a <meta> element, or "" for none).
func legacyPage(t *testing.T, enc encoding.Encoding, decl, title string, paras []string) []byte {
	t.Helper()
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head>" + decl + "<title>" + title + "</title></head><body><article><h1>" + title + "</h1>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article></body></html>")
	out, err := enc.NewEncoder().Bytes([]byte(b.String()))
	if err != nil {
		t.Fatalf("encode fixture: %v", err)
	}
	return out
}

func TestHTMLLegacyCharsets(t *testing.T) {
	frenchParas := []string{
		"Le café de la place a rouvert ses portes mardi après six mois de travaux, à la grande joie des habitués du quartier.",
		"« Nous avons gardé le comptoir d’origine », explique la gérante, Noëlle Sauvé, qui tient l’établissement depuis dix-huit ans.",
		"La mairie a financé une partie de la rénovation, dont le coût total s’élève à 240 000 euros selon le conseil municipal.",
		"Les clients les plus fidèles ont reçu une carte de fidélité gravée à leur nom, et la première tournée était offerte.",
	}
	japaneseParas := []string{
		"北浜町の図書館が改修工事を終え、月曜日に再び開館した。新しい閲覧室には三百席が用意されている。",
		"館長の山里ひかりさんは「子どもたちが放課後に集まれる場所にしたい」と話し、絵本の棚を二倍に広げた。",
		"改修費用は約四億円で、その半分は町民からの寄付でまかなわれたという。開館初日には千人以上が訪れた。",
		"図書館では来月から、高齢者向けの読書会や外国語の絵本の読み聞かせなど、新しい催しを始める予定だ。",
	}
	tests := []struct {
		name  string
		page  []byte
		title string
		want  string // a phrase of the body that must survive transcoding
	}{
		{
			name:  "windows-1252 meta charset",
			page:  legacyPage(t, charmap.Windows1252, `<meta charset="windows-1252">`, "Le café rouvre", frenchParas),
			title: "Le café rouvre",
			want:  "« Nous avons gardé le comptoir d’origine »",
		},
		{
			name:  "iso-8859-1 label decodes as windows-1252",
			page:  legacyPage(t, charmap.Windows1252, `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, "Le café rouvre", frenchParas),
			title: "Le café rouvre",
			want:  "Noëlle Sauvé",
		},
		{
			name:  "Shift_JIS http-equiv",
			page:  legacyPage(t, japanese.ShiftJIS, `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`, "図書館が再開", japaneseParas),
			title: "図書館が再開",
			want:  "館長の山里ひかりさん",
		},
		{
			name:  "Shift_JIS undeclared (sniffed)",
			page:  legacyPage(t, japanese.ShiftJIS, "", "図書館が再開", japaneseParas),
			title: "図書館が再開",
			want:  "館長の山里ひかりさん",
		},
		{
			name:  "UTF-8 bytes under a stale latin-1 declaration",
			page:  legacyPage(t, encoding.Nop, `<meta charset="iso-8859-1">`, "Le café rouvre", frenchParas),
			title: "Le café rouvre",
			want:  "Noëlle Sauvé",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := HTML(context.Background(), bytes.NewReader(tc.page), Options{})
			if err != nil {
				t.Fatalf("HTML: %v", err)
			}
			if doc.Title != tc.title {
				t.Errorf("Title = %q, want %q", doc.Title, tc.title)
			}
			if text := strings.Join(doc.Paragraphs, "\n"); !strings.Contains(text, tc.want) {
				t.Errorf("text lacks %q:\n%s", tc.want, text)
			}
		})
	}
}

func TestHTMLErrors(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3}, 64)...)
	tests := []struct {
		name  string
		input []byte
		opt   Options
		want  error
	}{
		{"empty", nil, Options{}, ErrEmpty},
		{"white space only", []byte(" \n\t\r\n "), Options{}, ErrEmpty},
		{"binary image", png, Options{}, ErrNotHTML},
		{"binary with NUL bytes", append([]byte("<html>"), bytes.Repeat([]byte{0, 0xff, 0x10, 0x02}, 100)...), Options{}, ErrNotHTML},
		{"plain text without markup", []byte("Just a note: the meeting moved to 3 pm, bring the minutes from last week."), Options{}, ErrNotHTML},
		{"over MaxBytes", readFixture(t, "minimal.html"), Options{MaxBytes: 100}, ErrTooLarge},
		{"no main text", readFixture(t, "no_text.html"), Options{}, ErrNoText},
		{"markup without text", []byte("<html><body><div><img src=a.png></div></body></html>"), Options{}, ErrNoText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := HTML(context.Background(), bytes.NewReader(tc.input), tc.opt)
			if !errors.Is(err, tc.want) {
				t.Fatalf("HTML error = %v, want %v (doc %+v)", err, tc.want, doc)
			}
			if !strings.Contains(err.Error(), tc.want.Error()) {
				t.Errorf("error %q does not name the reason %q", err, tc.want)
			}
		})
	}
}

func TestHTMLExactlyMaxBytes(t *testing.T) {
	page := readFixture(t, "minimal.html")
	if _, err := HTML(context.Background(), bytes.NewReader(page), Options{MaxBytes: int64(len(page))}); err != nil {
		t.Fatalf("page of exactly MaxBytes: %v", err)
	}
}

func TestHTMLCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := HTML(ctx, bytes.NewReader(readFixture(t, "minimal.html")), Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
}
