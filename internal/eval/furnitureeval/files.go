package furnitureeval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Gold labels of a paragraph.
const (
	Text      = "text"      // reporting or analysis that belongs to the article
	Furniture = "furniture" // page furniture, to be set aside
	Mixed     = "mixed"     // article text with furniture run into it
)

// Kinds of furniture, as the Kind of a furniture or mixed label.
var Kinds = []string{"caption", "credit", "promo", "related-links", "share-widget", "newsletter",
	"subscription", "byline", "dateline", "bio", "social-embed", "update-note", "copyright",
	"disclaimer", "ad", "navigation", "other"}

// Label is one labelled paragraph: a line of testdata/sample.tsv or
// heldout.tsv, abp_id, url, para_index, label, kind and reason separated
// by tabs. Kind is "-" for text.
type Label struct {
	ABPID  string
	URL    string
	Para   int
	Label  string
	Kind   string
	Reason string
}

// Load reads a label file. Every line must have six fields, a paragraph
// index, a known label and kind (kind "-" exactly for text), and no
// paragraph may be labelled twice.
func Load(path string) ([]Label, error) {
	var out []Label
	seen := map[key]bool{}
	err := eachLine(path, 6, func(n int, f []string) error {
		l := Label{ABPID: f[0], URL: f[1], Label: f[3], Kind: f[4], Reason: f[5]}
		var err error
		if l.Para, err = strconv.Atoi(f[2]); err != nil || l.Para < 0 {
			return fmt.Errorf("paragraph index %q is not a number ≥ 0", f[2])
		}
		switch l.Label {
		case Text:
			if l.Kind != "-" {
				return fmt.Errorf("text has kind %q, want -", l.Kind)
			}
		case Furniture, Mixed:
			if !knownKind(l.Kind) {
				return fmt.Errorf("unknown kind %q", l.Kind)
			}
		default:
			return fmt.Errorf("unknown label %q", l.Label)
		}
		if l.ABPID == "" || strings.TrimSpace(l.Reason) == "" {
			return fmt.Errorf("empty id or reason")
		}
		k := key{l.ABPID, l.Para}
		if seen[k] {
			return fmt.Errorf("paragraph %s#%d labelled twice", l.ABPID, l.Para)
		}
		seen[k] = true
		out = append(out, l)
		return nil
	})
	return out, err
}

func knownKind(k string) bool {
	for _, s := range Kinds {
		if s == k {
			return true
		}
	}
	return false
}

// key names one paragraph of one ABP article.
type key struct {
	id   string
	para int
}

// WriteDrawn writes drawn paragraphs as the draw command prints them, the
// format LoadDrawn reads: abp_id, url, para_index, stratum, outlet, class
// and weight, tab-separated.
func WriteDrawn(w io.Writer, ds []Drawn) error {
	for _, d := range ds {
		if _, err := fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\t%s\t%s\n", d.ABPID, d.URL, d.Para, d.Stratum,
			d.Outlet, d.Class, strconv.FormatFloat(d.Weight, 'g', 10, 64)); err != nil {
			return fmt.Errorf("write drawn paragraphs: %w", err)
		}
	}
	return nil
}

// LoadDrawn reads a file that WriteDrawn wrote (testdata/*.strata.tsv).
func LoadDrawn(path string) ([]Drawn, error) {
	var out []Drawn
	err := eachLine(path, 7, func(n int, f []string) error {
		d := Drawn{ABPID: f[0], URL: f[1], Stratum: Stratum(f[3]), Outlet: f[4], Class: f[5]}
		var err error
		if d.Para, err = strconv.Atoi(f[2]); err != nil || d.Para < 0 {
			return fmt.Errorf("paragraph index %q is not a number ≥ 0", f[2])
		}
		if d.Weight, err = strconv.ParseFloat(f[6], 64); err != nil || d.Weight < 1 {
			return fmt.Errorf("weight %q is not a number ≥ 1", f[6])
		}
		switch d.Stratum {
		case First, Last, Cue, Body:
		default:
			return fmt.Errorf("unknown stratum %q", f[3])
		}
		out = append(out, d)
		return nil
	})
	return out, err
}

// eachLine calls fn with the tab-separated fields of every line of path,
// which must have exactly fields fields; errors name the file and line.
func eachLine(path string, fields int, fn func(n int, f []string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read labels: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != fields {
			return fmt.Errorf("%s:%d: %d fields, want %d", path, n, len(f), fields)
		}
		if err := fn(n, f); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}
