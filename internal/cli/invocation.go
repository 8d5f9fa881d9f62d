package cli

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// invocation returns the command a user can type to run this program
// again: "go run ./cmd/parallax" (or the package path) after 'go run',
// whose executable lives in the build cache and is on no PATH; else the
// program as it was invoked ("parallax", "./parallax", a full path).
func invocation() string {
	exe, _ := os.Executable()
	if goRunBuild(exe, os.Getenv("GOCACHE")) {
		if fi, err := os.Stat(filepath.Join("cmd", "parallax")); err == nil && fi.IsDir() {
			return "go run ./cmd/parallax"
		}
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Path != "" {
			if v := bi.Main.Version; v != "" && v != "(devel)" {
				return "go run " + bi.Path + "@" + v
			}
			return "go run " + bi.Path
		}
		return "go run ./cmd/parallax"
	}
	return invokedAs(os.Args[0])
}

// goRunBuild reports whether exe was built by 'go run': it sits in a
// go-build temporary directory or in the Go build cache (gocache, when
// set, else a directory named go-build).
func goRunBuild(exe, gocache string) bool {
	if exe == "" {
		return false
	}
	if gocache != "" && gocache != "off" {
		if rel, err := filepath.Rel(gocache, exe); err == nil && !strings.HasPrefix(rel, "..") {
			return true
		}
	}
	for _, dir := range strings.Split(filepath.ToSlash(filepath.Dir(exe)), "/") {
		if strings.HasPrefix(dir, "go-build") {
			return true
		}
	}
	return false
}

// invokedAs is the program's name as typed: a bare name (found on the
// PATH) as it is, a path quoted for the shell; "parallax" when unknown.
func invokedAs(arg0 string) string {
	if arg0 == "" {
		return "parallax"
	}
	return shellQuote(arg0)
}

// program is the command that runs Parallax, for suggestions in output.
func (a *app) program() string {
	if a.env.Program == "" {
		return "parallax"
	}
	return a.env.Program
}
