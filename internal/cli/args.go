package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Argument checks. Each says, as a usage error, what the command expects
// in words ("show needs an article id"), not cobra's "requires at least 1
// arg(s)".

// exactArgs accepts exactly n arguments. A command with subcommands (the
// root, feeds, eval) takes its first argument as a mistyped subcommand and
// suggests the nearest ones.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if n == 0 && len(args) > 0 && cmd.HasSubCommands() {
			return usageError{unknownCommand(cmd, args[0])}
		}
		switch {
		case len(args) == n:
			return nil
		case n == 0:
			return usageError{fmt.Errorf("%s takes no arguments, not %q", name(cmd), strings.Join(args, " "))}
		default:
			return usageError{fmt.Errorf("%s takes %d arguments, not %d", name(cmd), n, len(args))}
		}
	}
}

// needArg accepts exactly one argument, described by what ("an article
// id").
func needArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch len(args) {
		case 1:
			return nil
		case 0:
			return usageError{fmt.Errorf("%s needs %s", name(cmd), what)}
		default:
			return usageError{fmt.Errorf("%s takes one argument (%s), not %d: %s", name(cmd), what, len(args), quoteArgs(args))}
		}
	}
}

// needArgs accepts one argument or more, described by what ("files or
// directories to read").
func needArgs(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return usageError{fmt.Errorf("%s needs %s", name(cmd), what)}
		}
		return nil
	}
}

// needArgsAtLeast accepts n arguments or more, described by what.
func needArgsAtLeast(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError{fmt.Errorf("%s needs %s (at least %d arguments, not %d)", name(cmd), what, n, len(args))}
		}
		return nil
	}
}

// name is the command as typed after "parallax".
func name(cmd *cobra.Command) string {
	p := cmd.CommandPath()
	if i := strings.IndexByte(p, ' '); i >= 0 {
		return p[i+1:]
	}
	return p
}

func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = fmt.Sprintf("%q", a)
	}
	return strings.Join(q, " ")
}

// unknownCommand says that typed is no subcommand of cmd and suggests the
// nearest names.
func unknownCommand(cmd *cobra.Command, typed string) error {
	what := "command"
	if cmd.HasParent() {
		what = name(cmd) + " command"
	}
	var names []string
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	msg := fmt.Sprintf("unknown %s %q", what, typed)
	if s := nearest(typed, names); len(s) > 0 {
		msg += "; did you mean " + orList(s) + "?"
	}
	return fmt.Errorf("%s", msg)
}

// unknownFlag adds a suggestion to pflag's "unknown flag: --x" error.
func unknownFlag(cmd *cobra.Command, err error) error {
	typed, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok {
		return err
	}
	var names []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	})
	cmd.InheritedFlags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
	if s := nearest(typed, names); len(s) > 0 {
		for i := range s {
			s[i] = "--" + s[i]
		}
		return fmt.Errorf("%w; did you mean %s?", err, orList(s))
	}
	return err
}

// nearest returns the names closest to typed: those it is a prefix of,
// or else those within an edit distance of about a third of its length
// (at least 1, at most 3), closest first.
func nearest(typed string, names []string) []string {
	typed = strings.ToLower(typed)
	if typed == "" {
		return nil
	}
	var prefixed []string
	for _, n := range names {
		if strings.HasPrefix(n, typed) {
			prefixed = append(prefixed, n)
		}
	}
	if len(prefixed) > 0 {
		sort.Strings(prefixed)
		return prefixed
	}
	maxd := min(3, max(1, len(typed)/3))
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, n := range names {
		if d := distance(typed, n); d <= maxd {
			cs = append(cs, cand{n, d})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].name < cs[j].name
	})
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.name)
	}
	return out
}

// distance is the Damerau-Levenshtein distance (optimal string alignment)
// between a and b, in runes: a swap of two neighbours counts as one edit.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	rows := make([][]int, len(ra)+1)
	for i := range rows {
		rows[i] = make([]int, len(rb)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d = min(d, rows[i-2][j-2]+1)
			}
			rows[i][j] = d
		}
	}
	return rows[len(ra)][len(rb)]
}

// orList joins quoted names: "a", "a or b", "a, b or c".
func orList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
