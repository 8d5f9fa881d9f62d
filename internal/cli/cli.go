// Package cli is Parallax's command line: it parses flags, wires the
// packages that do the work, and prints. Every command takes --json; human
// text goes to standard output, progress and warnings to standard error.
// Exit status is 0 on success, 1 on failure and 2 on bad usage.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/backends"
	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// Env is what a command run sees of the world: its streams and environment.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Getenv reads an environment variable.
	Getenv func(string) string
	// StderrIsTerminal says whether progress bars may be drawn.
	StderrIsTerminal bool
	// StdoutIsTerminal says whether standard output is read by a person
	// at a terminal (search then sets its matches in bold).
	StdoutIsTerminal bool
	// Program is the command that runs Parallax as the user can type it
	// ("parallax", "./parallax", "go run ./cmd/parallax"), for the
	// commands that output suggests; "" means "parallax".
	Program string
	// LeaseWait is how long a command waits for another process that
	// holds the copies or stories lease before it shows what is stored;
	// 0 means 30 seconds, a negative value not at all.
	LeaseWait time.Duration
}

// usageError marks an error as the user's misuse of the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errFailed is returned by a command that has already reported its
// failures (e.g. some inputs of add were bad) and only needs exit status 1.
var errFailed = errors.New("failed")

// app holds the state shared by the commands of one run.
type app struct {
	env  Env
	db   string
	prof profiler
	// backends open the database by its address.
	backends *store.Registry
}

// Main runs the command line with args (without the program name) and
// returns the exit status.
func Main(ctx context.Context, args []string, env Env) int {
	a := &app{env: env, backends: backends.Registry()}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	err := root.ExecuteContext(ctx)
	if perr := a.prof.stop(); perr != nil {
		fmt.Fprintf(env.Stderr, "parallax: %v\n", perr)
	}
	if err == nil {
		return ExitOK
	}
	var ue usageError
	// An id prefix too short to name anything is a misuse too, wherever
	// it is looked up.
	if errors.As(err, &ue) || isCobraUsage(err) || errors.Is(err, store.ErrShortID) {
		fmt.Fprintf(env.Stderr, "parallax: %v\n", err)
		p := a.program()
		fmt.Fprintf(env.Stderr, "Run '%s --help' or '%s COMMAND --help' for usage.\n", p, p)
		return ExitUsage
	}
	if !errors.Is(err, errFailed) {
		fmt.Fprintf(env.Stderr, "parallax: %v\n", err)
	}
	return ExitFailure
}

// isCobraUsage recognises the usage errors that cobra itself returns.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument",
		"invalid argument", "accepts ", "requires at least", "requires at most", "bad flag syntax"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "parallax",
		Short: "See one news event through many outlets at once",
		Long: `Parallax gathers news articles, groups the ones that report the same event into
stories, and shows for each story what every outlet reports, leaves out, quotes,
names, numbers and copies.

The database is an SQLite file in your data directory unless --db or PARALLAX_DB
names another.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	root.PersistentFlags().StringVar(&a.db, "db", "", "database: an SQLite file path or a postgres://… URL (default: PARALLAX_DB, else parallax.db in your data directory)")
	root.PersistentFlags().StringVar(&a.prof.cpuPath, "cpuprofile", "", "write a CPU profile of the command to this file, for go tool pprof (or PARALLAX_CPUPROFILE)")
	root.PersistentFlags().StringVar(&a.prof.memPath, "memprofile", "", "write a memory profile at the end of the command to this file (or PARALLAX_MEMPROFILE)")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error { return a.prof.start(a.env.Getenv) }
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return usageError{unknownFlag(cmd, err)} })
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(a.addCmd(), a.articlesCmd(), a.showCmd(), a.searchCmd(), a.analyzeCmd(), a.compareCmd(), a.copiesCmd(), a.storiesCmd(), a.storyCmd(), a.storylinesCmd(), a.storylineCmd(), a.withExtractEval(a.evalParentCmd()), a.demoCmd(), a.feedsCmd(), a.fetchCmd(), a.watchCmd(), a.serveCmd(), a.outletsCmd(), a.blindspotsCmd(), a.watchesCmd(), a.exportCmd(), a.workerCmd())
	return root
}

// stdEnv is the Env of a real process.
func stdEnv() Env {
	return Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		StderrIsTerminal: isTerminal(os.Stderr), StdoutIsTerminal: isTerminal(os.Stdout), Program: invocation()}
}

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// Run is Main for a real process: os.Args, the process's streams.
func Run(ctx context.Context) int {
	return Main(ctx, os.Args[1:], stdEnv())
}
