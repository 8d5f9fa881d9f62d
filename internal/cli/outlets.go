package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parallax-news/parallax/internal/nlp"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/outlets"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/view"
	"github.com/spf13/cobra"
)

func (a *app) outletsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "outlets",
		Short: "Outlet records: names, domains, kind, owner, and their lean and factuality ratings",
		Long: `Outlets are records, not strings: each has a name, the other names its articles
give it (sections such as "- Opinion" are one outlet with a section), its web
domains, kind (news, opinion, wire, blog), country, language, owner, and ratings
of its lean (left … right) and factuality, each with its source and date.

Parallax folds the names and sites that articles carry into outlet records:
an article belongs to the outlet that owns the domain of its URL (or of the
site its input gave), else to the outlet of its name. It makes up no rating:
ratings come from your files (outlets import), your commands (outlets set)
and fields of the articles' input (JSON Lines bias, outlet_lean, …), kept
with that provenance. Your word beats an imported file, which beats the
input.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.outletsListCmd(), a.outletsShowCmd(), a.outletsSetCmd(), a.outletsMergeCmd(), a.outletsImportCmd(), a.outletsExportCmd())
	return cmd
}

func (a *app) outletsListCmd() *cobra.Command {
	var (
		asJSON       bool
		side, origin string
		limit        int
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List outlets, most articles first",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			var want outlet.Side
			if side != "" {
				if side == string(outlet.Unrated) {
					want = outlet.Unrated
				} else {
					s, err := outlet.ParseSide(side)
					if err != nil {
						return usageError{fmt.Errorf("--side: %w (or unrated)", err)}
					}
					want = s
				}
			}
			if origin != "" && origin != outlet.OriginAuto && origin != outlet.OriginUser {
				return usageError{fmt.Errorf("--origin: want auto or user, not %q", origin)}
			}
			ctx := cmd.Context()
			st, err := a.open(ctx, "parallax.db", mustExist)
			if err != nil {
				return err
			}
			defer st.Close()
			if _, err := st.SyncOutlets(ctx); err != nil {
				return err
			}
			list, err := st.Outlets(ctx)
			if err != nil {
				return err
			}
			kept := []outlet.Outlet{}
			for _, o := range list {
				if (want == "" || o.Side == want) && (origin == "" || o.Origin == origin) {
					kept = append(kept, o)
				}
			}
			if limit > 0 && len(kept) > limit {
				kept = kept[:limit]
			}
			if asJSON {
				return writeJSON(a.env.Stdout, kept)
			}
			printOutlets(a.env.Stdout, kept)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of outlet records")
	cmd.Flags().StringVar(&side, "side", "", "only outlets whose lean is on this side: left, center, right or unrated")
	cmd.Flags().StringVar(&origin, "origin", "", "only records you keep (user) or that Parallax folded (auto)")
	cmd.Flags().IntVar(&limit, "limit", 0, "show at most this many (0: all)")
	return cmd
}

func printOutlets(w io.Writer, list []outlet.Outlet) {
	if len(list) == 0 {
		fmt.Fprintln(w, "no outlets")
		return
	}
	t := terminalSafe
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tARTICLES\tLEAN\tFACTUALITY\tNAME\tDOMAINS")
	for _, o := range list {
		lean, fact := "-", "-"
		if o.Lean != nil {
			lean = o.Lean.Label
		} else if len(o.Sections) > 1 {
			lean = "mixed"
		}
		if o.Factuality != nil {
			fact = o.Factuality.Label
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\n", t(o.ID), o.Articles, lean, fact, clip(t(o.Name), 40), clip(t(strings.Join(o.Domains, " ")), 40))
	}
	tw.Flush()
}

func (a *app) outletsShowCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show OUTLET [--json]",
		Short: "Show one outlet: its record and ratings, volume, most covered events, copies and words",
		Long: `Show prints one outlet (by id, name, alias, domain or URL): its record, every
rating with its source, date and provenance, its sections, its articles over
time, the events it covered that the most outlets covered (with their coverage
by lean), how often it reported first, the copies it took from other outlets
and gave them, and the words and names that set its coverage apart from the
other outlets' coverage of the same stories.`,
		Args: needArg("an outlet (its id, name, alias, domain or URL)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openDerived(ctx, "outlet")
			if err != nil {
				return err
			}
			defer st.Close()
			ix, err := outlets.Load(ctx, st)
			if err != nil {
				return err
			}
			an, err := nlp.NewAnalyzer()
			if err != nil {
				return err
			}
			rd, err := store.NewCleanReader(ctx, st)
			if err != nil {
				return err
			}
			o, err := view.OutletDetail(ctx, st, an, rd, ix, args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, o)
			}
			printOutlet(a.env.Stdout, o)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the outlet as JSON")
	return cmd
}

func printOutlet(w io.Writer, o view.Outlet) {
	t := terminalSafe
	fmt.Fprintf(w, "%s (%s)  %d articles, %s record\n", t(o.Name), o.ID, o.Articles, o.Origin)
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "  %-10s %s\n", k, t(v))
		}
	}
	line("aliases", strings.Join(o.Aliases, "; "))
	line("domains", strings.Join(o.Domains, " "))
	line("kind", o.Kind)
	line("country", o.Country)
	line("language", o.Language)
	line("owner", o.Owner)
	if o.Lean != nil {
		line("lean", ratingText(*o.Lean))
	}
	if o.Factuality != nil {
		line("factual", ratingText(*o.Factuality))
	}
	for _, s := range o.Sections {
		l := "unrated"
		if s.Lean != nil {
			l = s.Lean.Label
		}
		line("section", fmt.Sprintf("%s: %d articles, %s", s.Name, s.Articles, l))
	}
	if len(o.Ratings) > 0 {
		fmt.Fprintln(w, "\nratings:")
		for _, r := range o.Ratings {
			sec := ""
			if r.Section != "" {
				sec = " [" + r.Section + "]"
			}
			fmt.Fprintf(w, "  %-10s %s%s\n", r.Kind, t(ratingText(r)), t(sec))
		}
	}
	if n := len(o.Volume.Periods); n > 0 {
		fmt.Fprintf(w, "\nvolume by %s, %s to %s (most %d):\n  %s\n", o.Volume.Unit, o.Volume.Periods[0].Start, o.Volume.Periods[n-1].Start, o.Volume.Max, sparkline(o.Volume))
	}
	if o.First.Stories > 0 {
		fmt.Fprintf(w, "\nreported first in %d of %d stories it shared (%.0f%%), at the same time in %d, later in %d\n",
			o.First.First, o.First.Stories, 100*o.First.Share, o.First.Tied, o.First.Later)
	}
	if len(o.Stories) > 0 {
		fmt.Fprintf(w, "\nits most covered stories (of %d):\n", o.StoriesTotal)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, s := range o.Stories {
			fmt.Fprintf(tw, "  %s\t%s\t%d outlets\t%s\t%s\n", s.ID, storyDates(s.Story.Story), len(s.Outlets), leanCounts(s.Coverage), clip(t(orDash(s.Title)), 60))
		}
		tw.Flush()
	}
	copies := func(what string, cs []view.CopyCount, total int) {
		if total == 0 {
			return
		}
		var parts []string
		for _, c := range cs {
			parts = append(parts, fmt.Sprintf("%s %d", orDash(c.Name), c.Copies))
		}
		fmt.Fprintf(w, "\n%s %d: %s\n", what, total, t(strings.Join(parts, ", ")))
	}
	copies("copies taken from other outlets", o.Copies.Taken, o.Copies.TakenTotal)
	copies("copies other outlets took from it", o.Copies.Given, o.Copies.GivenTotal)
	if len(o.Words) > 0 {
		ws := make([]string, len(o.Words))
		for i, wd := range o.Words {
			ws[i] = wd.Word
		}
		fmt.Fprintf(w, "\nwords and names it uses more than others on the same stories:\n  %s\n", t(strings.Join(ws, ", ")))
	}
}

// ratingText shows a rating with where it came from.
func ratingText(r outlet.Rating) string {
	s := r.Label
	if r.Value != nil && r.Kind == outlet.KindLean {
		s += fmt.Sprintf(" (%+.2f)", *r.Value)
	}
	if r.Raw != "" {
		s += ", given as " + r.Raw
	}
	src := r.Source
	if src == "" {
		src = "you"
	}
	s += " — " + src
	if r.Date != "" {
		s += ", " + r.Date
	}
	s += " (" + r.Provenance
	if r.Articles > 0 {
		s += fmt.Sprintf(", %d articles", r.Articles)
	}
	return s + ")"
}

// sparkline draws a volume with block characters, at most 80 wide.
func sparkline(v view.Volume) string {
	bars := []rune(" ▁▂▃▄▅▆▇█")
	ps := v.Periods
	step := (len(ps) + 79) / 80
	var b strings.Builder
	for i := 0; i < len(ps); i += step {
		n := 0
		for _, p := range ps[i:min(i+step, len(ps))] {
			n = max(n, p.Articles)
		}
		k := 0
		if v.Max > 0 && n > 0 {
			k = 1 + (n*(len(bars)-2)+v.Max-1)/v.Max
			k = min(k, len(bars)-1)
		}
		b.WriteRune(bars[k])
	}
	return b.String()
}

// leanCounts shows a coverage as outlets left/center/right (unrated).
func leanCounts(c outlet.Coverage) string {
	s := fmt.Sprintf("L%d C%d R%d", c.Left.Outlets, c.Center.Outlets, c.Right.Outlets)
	if c.Unrated.Outlets > 0 {
		s += fmt.Sprintf(" ?%d", c.Unrated.Outlets)
	}
	return s
}

// ratingFlags are the rating flags of outlets set.
type ratingFlags struct {
	lean, leanScale, leanSource, leanDate    string
	fact, factSource, factDate, section      string
	unsetLean, unsetFact                     bool
	name, kind, country, language, owner     string
	aliases, domains, rmAliases, rmDomains   []string
	create                                   bool
	kindSet, countrySet, languageSet, ownSet bool
}

func (a *app) outletsSetCmd() *cobra.Command {
	var (
		f      ratingFlags
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "set OUTLET [flags]",
		Short: "Change an outlet's record or ratings (it then stays as you set it)",
		Long: `Set changes one outlet (by id, name, alias, domain or URL; --new makes it when
there is none): its name, aliases, domains, kind, country, language and owner,
and its lean and factuality ratings, of the whole outlet or of one --section.

A lean is a label (left, lean-left, center, lean-right, right) or a number from
-1 (left) to +1 (right), or on another scale given with --lean-scale (e.g.
--lean -12 --lean-scale=-42..42). A rating replaces the one of the same source
and section; --unset-lean and --unset-factuality remove yours and imported ones
(of --lean-source / --factuality-source only, when given). Ratings you set have
provenance "user" and today's date unless --lean-date says otherwise.

Once set, the record is yours: the names and domains it has are kept as its
own, whatever later articles say.`,
		Args: needArg("an outlet (its id, name, alias, domain or URL)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			fl := cmd.Flags()
			f.kindSet, f.countrySet, f.languageSet, f.ownSet = fl.Changed("kind"), fl.Changed("country"), fl.Changed("language"), fl.Changed("owner")
			e, err := f.edit(args[0], time.Now().UTC())
			if err != nil {
				return usageError{err}
			}
			ctx := cmd.Context()
			st, err := a.open(ctx, "parallax.db", mayCreate)
			if err != nil {
				return err
			}
			defer st.Close()
			res, err := st.EditOutlets(ctx, []store.OutletEdit{e})
			if err != nil {
				return err
			}
			if res[0].Err != nil {
				return res[0].Err
			}
			if asJSON {
				return writeJSON(a.env.Stdout, res[0].Outlet)
			}
			verb := "changed"
			if res[0].Created {
				verb = "made"
			}
			fmt.Fprintf(a.env.Stdout, "%s %s (%s)\n", verb, res[0].Outlet.ID, terminalSafe(res[0].Outlet.Name))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&asJSON, "json", false, "print the record as JSON")
	fl.BoolVar(&f.create, "new", false, "make the outlet when no outlet matches")
	fl.StringVar(&f.name, "name", "", "rename the outlet (the old name stays an alias)")
	fl.StringArrayVar(&f.aliases, "alias", nil, "add a name (repeatable)")
	fl.StringArrayVar(&f.domains, "domain", nil, "add a domain or URL (repeatable)")
	fl.StringArrayVar(&f.rmAliases, "remove-alias", nil, "take a name away (repeatable)")
	fl.StringArrayVar(&f.rmDomains, "remove-domain", nil, "take a domain away (repeatable)")
	fl.StringVar(&f.kind, "kind", "", "news, opinion, wire or blog (\"\" clears)")
	fl.StringVar(&f.country, "country", "", "country")
	fl.StringVar(&f.language, "language", "", "main language (ISO 639-1)")
	fl.StringVar(&f.owner, "owner", "", "owner")
	fl.StringVar(&f.section, "section", "", "rate this section of the outlet (e.g. Opinion) rather than the whole")
	fl.StringVar(&f.lean, "lean", "", "lean: left, lean-left, center, lean-right, right, or a number")
	fl.StringVar(&f.leanScale, "lean-scale", "", "the scale of a numeric --lean, MIN..MAX from left to right (default -1..1)")
	fl.StringVar(&f.leanSource, "lean-source", "", "who rated the lean (default: you)")
	fl.StringVar(&f.leanDate, "lean-date", "", "when the lean was rated, YYYY-MM-DD (default: today)")
	fl.StringVar(&f.fact, "factuality", "", "factuality: very-low, low, mixed, mostly-factual, high, very-high")
	fl.StringVar(&f.factSource, "factuality-source", "", "who rated the factuality (default: you)")
	fl.StringVar(&f.factDate, "factuality-date", "", "when the factuality was rated (default: today)")
	fl.BoolVar(&f.unsetLean, "unset-lean", false, "remove your and imported leans (of --lean-source, of --section)")
	fl.BoolVar(&f.unsetFact, "unset-factuality", false, "remove your and imported factuality ratings (of --factuality-source, of --section)")
	return cmd
}

// edit turns the flags into an edit of the outlet ref.
func (f ratingFlags) edit(ref string, now time.Time) (store.OutletEdit, error) {
	e := store.OutletEdit{Ref: ref, MustExist: !f.create, Name: f.name, Aliases: f.aliases, Domains: f.domains,
		RemoveAliases: f.rmAliases, RemoveDomains: f.rmDomains}
	set := func(changed bool, v string) *string {
		if !changed {
			return nil
		}
		return &v
	}
	e.Kind, e.Country, e.Language, e.Owner = set(f.kindSet, f.kind), set(f.countrySet, f.country), set(f.languageSet, f.language), set(f.ownSet, f.owner)
	today := now.Format("2006-01-02")
	if f.lean != "" {
		sc, err := outlet.ParseScale(f.leanScale)
		if err != nil {
			return e, fmt.Errorf("--lean-scale: %w", err)
		}
		v, l, err := outlet.ParseLean(f.lean, sc)
		if err != nil {
			return e, fmt.Errorf("--lean: %w", err)
		}
		r := outlet.Rating{Kind: outlet.KindLean, Section: f.section, Label: l, Value: &v, Source: f.leanSource,
			Date: orToday(f.leanDate, today), Provenance: outlet.FromUser}
		if !strings.EqualFold(f.lean, l) {
			r.Raw = f.lean
			if f.leanScale != "" {
				r.Raw += " on " + f.leanScale
			}
		}
		e.Ratings = append(e.Ratings, r)
	}
	if f.fact != "" {
		l, err := outlet.ParseFactuality(f.fact)
		if err != nil {
			return e, fmt.Errorf("--factuality: %w", err)
		}
		e.Ratings = append(e.Ratings, outlet.Rating{Kind: outlet.KindFactuality, Section: f.section, Label: l, Source: f.factSource,
			Date: orToday(f.factDate, today), Provenance: outlet.FromUser})
	}
	if f.unsetLean {
		e.RemoveRatings = append(e.RemoveRatings, outlet.Rating{Kind: outlet.KindLean, Section: f.section, Source: f.leanSource})
	}
	if f.unsetFact {
		e.RemoveRatings = append(e.RemoveRatings, outlet.Rating{Kind: outlet.KindFactuality, Section: f.section, Source: f.factSource})
	}
	for _, d := range []string{f.leanDate, f.factDate} {
		if d != "" {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				return e, fmt.Errorf("date %q: want YYYY-MM-DD", d)
			}
		}
	}
	return e, nil
}

func orToday(d, today string) string {
	if d == "" {
		return today
	}
	return d
}

func (a *app) outletsMergeCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "merge INTO FROM...",
		Short: "Make outlets one: FROM's names, domains and ratings become INTO's",
		Long: `Merge makes each FROM outlet part of INTO (by id, name, alias, domain or URL):
its names, domains and ratings become INTO's (where both have a rating of the
same kind, section and source, INTO's stays), its articles INTO's, and its id
a name of INTO. INTO then stays as merged, whatever later articles say.`,
		Args: needArgsAtLeast(2, "the outlet to keep and the outlets to merge into it"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.open(ctx, "parallax.db", mustExist)
			if err != nil {
				return err
			}
			defer st.Close()
			var o outlet.Outlet
			for _, from := range args[1:] {
				if o, err = st.MergeOutlets(ctx, args[0], from); err != nil {
					return err
				}
			}
			if asJSON {
				return writeJSON(a.env.Stdout, o)
			}
			fmt.Fprintf(a.env.Stdout, "merged into %s (%s): %d articles; names %s\n", o.ID, terminalSafe(o.Name), o.Articles, terminalSafe(strings.Join(o.Aliases, "; ")))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the merged record as JSON")
	return cmd
}

func (a *app) outletsImportCmd() *cobra.Command {
	var (
		asJSON bool
		format string
	)
	cmd := &cobra.Command{
		Use:   "import FILE|-",
		Short: "Import outlet records and ratings from a CSV or JSON Lines file",
		Long: `Import reads outlet records and ratings from a CSV file (with a header line) or
a JSON Lines file (one object a line), chosen by --format, else the file name,
else its first character. The columns (CSV) or keys (JSON Lines) are:

  id, name                the outlet: an existing id, name, alias or domain
                          (or a new one); one of them is needed
  aliases, domains        lists, separated by ";" (JSON: arrays or strings)
  kind                    news, opinion, wire or blog
  country, language, owner
  section                 the row's ratings rate this section (e.g. Opinion)
  lean                    a label (left, lean-left, center, lean-right, right,
                          or a synonym such as center-left) or a number
  lean_label              the label, when lean is a number
  lean_scale              MIN..MAX of a numeric lean, left to right (default
                          -1..1; e.g. -42..42)
  lean_source, lean_date  who rated it and when (YYYY-MM-DD)
  factuality              very-low, low, mixed, mostly-factual, high, very-high
  factuality_source, factuality_date
  lean_provenance, factuality_provenance
                          user or import (default import), as export writes

Several rows may describe one outlet. A rating replaces the one of the same
outlet, section and source. An imported record is kept as written: its names
and domains are its own whatever the articles say. A bad row is reported with
its line and the reason and the others are imported; the exit status is then 1.
Parallax ships no third-party ratings: the data is yours.`,
		Args: needArg("an outlet (its id, name, alias, domain or URL)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "" && format != string(outlet.CSV) && format != string(outlet.JSONL) {
				return usageError{fmt.Errorf("--format: want csv or jsonl, not %q", format)}
			}
			return a.runOutletsImport(cmd.Context(), args[0], outlet.Format(format), asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	cmd.Flags().StringVar(&format, "format", "", "csv or jsonl (default: by the file's name, else its content)")
	return cmd
}

func (a *app) runOutletsImport(ctx context.Context, name string, format outlet.Format, asJSON bool) error {
	var in io.Reader = a.env.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import outlets: %w", err)
		}
		defer f.Close()
		in = f
	}
	br := bufio.NewReader(in)
	if format == "" {
		head, _ := br.Peek(512)
		format = outlet.FormatOf(name, head)
	}
	st, err := a.open(ctx, "parallax.db", mayCreate)
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := outlets.Import(ctx, st, name, br, format)
	if err != nil {
		return fmt.Errorf("import outlets: %w", err)
	}
	for _, w := range sum.Warnings {
		fmt.Fprintf(a.env.Stderr, "parallax: warning: %s: %s\n", terminalSafe(name), terminalSafe(w))
	}
	for _, e := range sum.Errors {
		fmt.Fprintf(a.env.Stderr, "parallax: %s: %s\n", terminalSafe(e.Input), terminalSafe(e.Error))
	}
	if asJSON {
		if err := writeJSON(a.env.Stdout, sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(a.env.Stdout, "%d rows: %d outlets made, %d changed, %d failed\n", sum.Rows, sum.Created, sum.Updated, sum.Failed)
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

func (a *app) outletsExportCmd() *cobra.Command {
	var (
		format    string
		withInput bool
		all       bool
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write outlet records and ratings as CSV or JSON Lines (what import reads)",
		Long: `Export writes the outlet records you keep (imported, set or merged) with their
ratings to standard output, as CSV (the default) or JSON Lines, in the columns
import reads, so that exporting and importing again changes nothing. --all
adds the records Parallax folded from the articles; --with-input adds the
ratings that came with the articles' input (they come back from the articles
anyway, so they are left out by default).`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != string(outlet.CSV) && format != string(outlet.JSONL) {
				return usageError{fmt.Errorf("--format: want csv or jsonl, not %q", format)}
			}
			ctx := cmd.Context()
			st, err := a.open(ctx, "parallax.db", mustExist)
			if err != nil {
				return err
			}
			defer st.Close()
			if _, err := st.SyncOutlets(ctx); err != nil {
				return err
			}
			list, err := st.Outlets(ctx)
			if err != nil {
				return err
			}
			var kept []outlet.Outlet
			for _, o := range list {
				if all || o.Origin == outlet.OriginUser || withInput && o.Lean != nil {
					kept = append(kept, o)
				}
			}
			sort.SliceStable(kept, func(i, j int) bool { return kept[i].ID < kept[j].ID })
			return outlet.Write(a.env.Stdout, outlet.Format(format), outlet.ExportRows(kept, withInput))
		},
	}
	cmd.Flags().StringVar(&format, "format", "csv", "csv or jsonl")
	cmd.Flags().BoolVar(&withInput, "with-input", false, "also write the ratings that came with the articles' input (and the records that have them)")
	cmd.Flags().BoolVar(&all, "all", false, "also write the records Parallax folded from the articles")
	return cmd
}
