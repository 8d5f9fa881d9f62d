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
}

// Main runs the command line with args (without the program name) and
// returns the exit status.
func Main(ctx context.Context, args []string, env Env) int {
	a := &app{env: env}
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
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintf(env.Stderr, "parallax: %v\n", err)
		fmt.Fprintln(env.Stderr, "Run 'parallax --help' or 'parallax COMMAND --help' for usage.")
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
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("unknown command %q", args[0])}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	root.PersistentFlags().StringVar(&a.db, "db", "", "database: an SQLite file path (default: PARALLAX_DB, else parallax.db in your data directory)")
	root.PersistentFlags().StringVar(&a.prof.cpuPath, "cpuprofile", "", "write a CPU profile of the command to this file, for go tool pprof (or PARALLAX_CPUPROFILE)")
	root.PersistentFlags().StringVar(&a.prof.memPath, "memprofile", "", "write a memory profile at the end of the command to this file (or PARALLAX_MEMPROFILE)")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error { return a.prof.start(a.env.Getenv) }
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return usageError{err} })
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(a.addCmd(), a.articlesCmd(), a.showCmd(), a.searchCmd(), a.analyzeCmd(), a.compareCmd(), a.copiesCmd(), a.storiesCmd(), a.storyCmd(), a.withExtractEval(a.evalParentCmd()), a.demoCmd(), a.feedsCmd(), a.fetchCmd(), a.watchCmd(), a.serveCmd())
	return root
}

// exactArgs and minArgs wrap cobra's argument checks as usage errors.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.MinimumNArgs(n)(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// stdEnv is the Env of a real process.
func stdEnv() Env {
	fi, err := os.Stderr.Stat()
	return Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		StderrIsTerminal: err == nil && fi.Mode()&os.ModeCharDevice != 0}
}

// Run is Main for a real process: os.Args, the process's streams.
func Run(ctx context.Context) int {
	return Main(ctx, os.Args[1:], stdEnv())
}
