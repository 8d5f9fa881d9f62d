package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax/internal/ingest"
)

// fileOutlets names the outlets of input files, from --outlet FILE=NAME:
// FILE is a path as given or found in a directory, or a file's base name.
type fileOutlets map[string]string

// parseFileOutlets reads --outlet values; a value without "=", with an
// empty side or naming one file twice is a usage error.
func parseFileOutlets(specs []string) (fileOutlets, error) {
	out := fileOutlets{}
	for _, s := range specs {
		file, name, ok := strings.Cut(s, "=")
		file, name = strings.TrimSpace(file), strings.TrimSpace(name)
		if !ok || file == "" || name == "" {
			return nil, usageError{fmt.Errorf("--outlet %q: want FILE=NAME, such as --outlet gazette.html=\"The Gazette\"", s)}
		}
		key := filepath.Clean(file)
		if prev, dup := out[key]; dup && prev != name {
			return nil, usageError{fmt.Errorf("--outlet: %s is given two outlets, %q and %q", file, prev, name)}
		}
		out[key] = name
	}
	return out, nil
}

// match returns the outlet named for each input ("" where none is), and
// a usage error for a FILE that names no input.
func (f fileOutlets) match(inputs []ingest.Input) ([]string, error) {
	names := make([]string, len(inputs))
	used := map[string]bool{}
	for i, in := range inputs {
		for _, key := range []string{filepath.Clean(in.Path), filepath.Base(in.Path)} {
			if name, ok := f[key]; ok {
				names[i] = name
				used[key] = true
				break
			}
		}
	}
	for key := range f {
		if !used[key] {
			return nil, usageError{fmt.Errorf("--outlet %s=%s: %s is none of the files compared", key, f[key], key)}
		}
	}
	return names, nil
}
