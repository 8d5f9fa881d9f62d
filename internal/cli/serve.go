package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/feed"
	"github.com/parallax-news/parallax/internal/metrics"
	"github.com/parallax-news/parallax/internal/queue"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/watches"
	"github.com/parallax-news/parallax/internal/web"
	"github.com/spf13/cobra"
)

// serveFlags are the flags of serve and demo.
type serveFlags struct {
	addr      string
	tokenFile string
	public    bool

	// maxTotal is the limit on what a POST body may decompress to
	// (serve's --max-total; ingest.Options.MaxTotal).
	maxTotal int64

	// queue is serve's --nats; nats the URL it (or PARALLAX_NATS) gives,
	// set by serve only: work then goes to the workers.
	queue queueFlags
	nats  string
}

func (f *serveFlags) register(cmd *cobra.Command, defAddr string) {
	cmd.Flags().StringVar(&f.addr, "addr", defAddr, "address to listen on (host:port); loopback unless you say otherwise")
	cmd.Flags().StringVar(&f.tokenFile, "token-file", "", "file holding the token that lets clients write (add articles and feeds) and read from other machines (also PARALLAX_TOKEN)")
	cmd.Flags().BoolVar(&f.public, "public", false, "let clients on other machines read without the token")
}

// token reads the write token from --token-file or PARALLAX_TOKEN.
func (a *app) token(f serveFlags) (string, error) {
	if f.tokenFile != "" {
		b, err := os.ReadFile(f.tokenFile)
		if err != nil {
			return "", fmt.Errorf("read token: %w", err)
		}
		t := strings.TrimSpace(string(b))
		if len(t) < 16 {
			return "", usageError{fmt.Errorf("--token-file %s: the token must be at least 16 characters", f.tokenFile)}
		}
		return t, nil
	}
	if t := strings.TrimSpace(a.env.Getenv("PARALLAX_TOKEN")); t != "" {
		if len(t) < 16 {
			return "", usageError{fmt.Errorf("PARALLAX_TOKEN: the token must be at least 16 characters")}
		}
		return t, nil
	}
	return "", nil
}

func (a *app) serveCmd() *cobra.Command {
	var (
		sf       serveFlags
		nf       netFlags
		df       deliveryFlags
		watch    bool
		maxTotal string
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web UI and the JSON API",
		Long: `Serve runs the web UI (stories, a story's comparison, articles, outlets,
search) and the JSON API under /api/v1/ (described at /api/v1/openapi.json)
over the database, until interrupted. Articles that other processes add are
checked for copies and grouped into stories within seconds.

It listens on loopback (127.0.0.1:8080) unless --addr says otherwise. Reading
is open from this machine; from other machines it needs the token unless
--public. Writing (POST /api/v1/articles, /api/v1/feeds) always needs the
token, given in a file (--token-file) or PARALLAX_TOKEN; without one the API
is read-only. --watch also polls the followed feeds, as 'parallax watch' does,
logging each poll and each round (feeds polled, new items, errors) to
standard error, and sends the webhooks of the watches' matches, as
'parallax watches run' does. Matches are made (and served as Atom feeds at
/watches/ID/feed.atom) with or without --watch.

With --nats (or PARALLAX_NATS) the work goes to the workers ('parallax
worker') through NATS JetStream: POST /api/v1/articles reads the body here
and queues its articles, answering 202 Accepted with a job to follow at
GET /api/v1/jobs/ID; --watch queues the new items of the feeds; and copy
detection and stories are left to the workers (the server follows what they
make).`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if _, _, err := net.SplitHostPort(sf.addr); err != nil {
				return usageError{fmt.Errorf("--addr %q: want host:port: %w", sf.addr, err)}
			}
			token, err := a.token(sf)
			if err != nil {
				return err
			}
			if sf.maxTotal, err = parseTotal(maxTotal); err != nil {
				return usageError{fmt.Errorf("--max-total: %w", err)}
			}
			sf.nats = a.natsURL(sf.queue)
			// A server that can store articles (it has a token) may start
			// on a new database; one that only reads needs one to read.
			mode := mustExist
			if token != "" {
				mode = mayCreate
			}
			st, err := a.open(ctx, "parallax.db", mode)
			if err != nil {
				return err
			}
			defer st.Close()
			var poller *feed.Poller
			var d *watches.Deliverer
			if watch {
				c, err := a.client(nf)
				if err != nil {
					return err
				}
				defer c.Close()
				poller = a.poller(c, st, 4, 100)
				if d, err = a.deliverer(st, df, nf); err != nil {
					return err
				}
			}
			return a.serve(ctx, st, sf, token, poller, d, "")
		},
	}
	sf.register(cmd, "127.0.0.1:8080")
	nf.register(cmd)
	df.register(cmd)
	cmd.Flags().BoolVar(&watch, "watch", false, "also poll the followed feeds and store their new articles, and send the watches' webhooks")
	cmd.Flags().StringVar(&maxTotal, "max-total", "4GiB", "most a compressed POST body may decompress to before reading stops; 0 for no limit")
	sf.queue.register(cmd, false)
	return cmd
}

// serve listens on sf.addr and serves st until ctx ends, polling feeds
// with poller and sending webhooks with d when they are not nil. fallback,
// when not empty, is listened on instead when sf.addr is taken.
func (a *app) serve(ctx context.Context, st store.Store, sf serveFlags, token string, poller *feed.Poller, d *watches.Deliverer, fallback string) error {
	host, _, err := net.SplitHostPort(sf.addr)
	if err != nil {
		return usageError{fmt.Errorf("--addr %q: want host:port: %w", sf.addr, err)}
	}
	ln, err := net.Listen("tcp", sf.addr)
	if err != nil && fallback != "" {
		ln, err = net.Listen("tcp", fallback)
	}
	if err != nil {
		return fmt.Errorf("listen on %s: %w", sf.addr, err)
	}
	defer ln.Close()
	// The server's own registry: its requests, page builds, derive runs,
	// and the polls of --watch, served at /metrics.
	met := metrics.New()
	logger := slog.New(slog.NewTextHandler(a.env.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	var mu sync.Mutex
	onMatch := func(w store.Watch, m store.WatchMatch) {
		mu.Lock()
		fmt.Fprintf(a.env.Stderr, "parallax: watch %d: %s\n", w.ID, terminalSafe(clip(m.Title, 120)))
		mu.Unlock()
		if d != nil {
			d.Wake()
		}
	}
	cfg := web.Config{Store: st, Token: token, PublicRead: sf.public, Logger: logger, MaxUploadTotal: sf.maxTotal, OnMatch: onMatch, Metrics: met}
	var q *queue.Queue
	if sf.nats != "" {
		if q, err = a.connectQueue(ctx, sf.queue, "parallax serve", logger, setupStreams); err != nil {
			return err
		}
		defer q.Close()
		cfg.Jobs, cfg.NoDerive = q, true
	}
	srv, err := web.New(cfg)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 2 * time.Minute,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
		ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	if ip := net.ParseIP(host); (ip == nil || !ip.IsLoopback()) && host != "localhost" && !sf.public && token == "" {
		fmt.Fprintf(a.env.Stderr, "parallax: listening beyond loopback without --public or a token: other machines will be refused\n")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); srv.Run(ctx) }()
	if d != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := d.Run(ctx); err != nil && ctx.Err() == nil {
				fmt.Fprintf(a.env.Stderr, "parallax: webhooks: %s\n", terminalSafe(err.Error()))
			}
		}()
	}
	if poller != nil {
		observePolls(poller, met, logger)
		if q != nil {
			a.queuePolls(ctx, poller, q)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := poller.Run(ctx); err != nil && ctx.Err() == nil {
				fmt.Fprintf(a.env.Stderr, "parallax: watch: %s\n", terminalSafe(err.Error()))
			}
		}()
	}
	fmt.Fprintf(a.env.Stdout, "Parallax is serving http://%s/ (Ctrl-C stops it)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err = <-errc:
	case <-ctx.Done():
		shut, stop := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		err = hs.Shutdown(shut)
		stop()
		if errors.Is(err, context.DeadlineExceeded) {
			// Requests still waiting after 5 s (a page being built) are
			// cut off: stopping was asked for, and is no failure.
			fmt.Fprintln(a.env.Stderr, "parallax: stopped with requests unfinished")
			err = hs.Close()
		}
	}
	cancel()
	wg.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// observePolls makes p record each poll and round in m, and log each round
// that polled or failed as one structured line, in place of watch's line
// of text; each poll is still reported as p reports it.
func observePolls(p *feed.Poller, m *metrics.Metrics, logger *slog.Logger) {
	report := p.Report
	p.Report = func(r feed.Result) {
		m.Poll(r)
		if report != nil {
			report(r)
		}
	}
	p.Round = func(r feed.Round) {
		m.PollRound(r)
		if r.Err != nil {
			logger.Error("poll round", "err", r.Err)
			return
		}
		if len(r.Results) == 0 {
			return
		}
		polled, newItems, stored, unchanged, failed, errs := r.Totals()
		logger.Info("poll round", "feeds", polled, "new", newItems, "stored", stored, "queued", r.Queued(), "unchanged", unchanged,
			"failed_items", failed, "failed_feeds", errs, "backed_off", len(r.BackedOff), "not_due", r.NotDue)
	}
}
