package furnitureeval

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func writeFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "labels.tsv")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoad(t *testing.T) {
	p := writeFile(t, "gp-001\thttps://gullport.example/1\t0\tfurniture\tcaption\tphoto caption with credit\n"+
		"gp-001\thttps://gullport.example/1\t3\ttext\t-\treporting\n"+
		"gp-002\thttps://gullport.example/2\t5\tmixed\trelated-links\tlink box run into a name\n")
	got, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	want := []Label{
		{ABPID: "gp-001", URL: "https://gullport.example/1", Para: 0, Label: Furniture, Kind: "caption", Reason: "photo caption with credit"},
		{ABPID: "gp-001", URL: "https://gullport.example/1", Para: 3, Label: Text, Kind: "-", Reason: "reporting"},
		{ABPID: "gp-002", URL: "https://gullport.example/2", Para: 5, Label: Mixed, Kind: "related-links", Reason: "link box run into a name"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Load = %+v\nwant %+v", got, want)
	}
}

func TestLoadRejects(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"five fields", "a\tu\t0\ttext\t-\n", "5 fields"},
		{"bad index", "a\tu\tx\ttext\t-\tr\n", "paragraph index"},
		{"negative index", "a\tu\t-1\ttext\t-\tr\n", "paragraph index"},
		{"unknown label", "a\tu\t0\tjunk\tcaption\tr\n", "unknown label"},
		{"text with a kind", "a\tu\t0\ttext\tcaption\tr\n", "text has kind"},
		{"unknown kind", "a\tu\t0\tfurniture\tbanner\tr\n", "unknown kind"},
		{"empty reason", "a\tu\t0\ttext\t-\t \n", "empty id or reason"},
		{"twice", "a\tu\t0\ttext\t-\tr\na\tu\t0\ttext\t-\tr\n", "labelled twice"},
	}
	for _, tt := range tests {
		_, err := Load(writeFile(t, tt.line))
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "labels.tsv:") {
			t.Errorf("%s: error %v, want one naming the file and saying %q", tt.name, err, tt.want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "absent.tsv")); err == nil {
		t.Error("absent file: no error")
	}
}

func TestDrawnRoundTrip(t *testing.T) {
	in := []Drawn{
		{ABPID: "gp-001", URL: "https://gullport.example/1", Para: 0, Stratum: First, Outlet: "Gullport Gazette", Class: "big", Weight: 13.5},
		{ABPID: "hb-007", URL: "https://heronby.example/7", Para: 4, Stratum: Cue, Outlet: "Heronby Herald", Class: "small", Weight: 1},
	}
	var b bytes.Buffer
	if err := WriteDrawn(&b, in); err != nil {
		t.Fatal(err)
	}
	out, err := LoadDrawn(writeFile(t, b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip = %+v, want %+v", out, in)
	}
	if _, err := LoadDrawn(writeFile(t, "a\tu\t0\tmiddle\to\tc\t2\n")); err == nil {
		t.Error("unknown stratum accepted")
	}
	if _, err := LoadDrawn(writeFile(t, "a\tu\t0\tcue\to\tc\t0.5\n")); err == nil {
		t.Error("weight below 1 accepted")
	}
}
