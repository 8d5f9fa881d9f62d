package main

// Helpers of the browser tests (browser_test.go): finding Chromium,
// starting the parallax binary as a server, driving tabs with chromedp and
// collecting what the page writes to its console.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// browserTimeout bounds everything one browser does in a test, so that a
// hung browser or server cannot stall CI.
const browserTimeout = 60 * time.Second

// findBrowser returns the Chromium or Chrome executable. Without one the
// test is skipped, unless PARALLAX_REQUIRE_BROWSER=1 (set by CI), when it
// fails.
func findBrowser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("PARALLAX_REQUIRE_BROWSER") == "1" {
		t.Fatal("no chromium, chromium-browser or google-chrome on PATH, and PARALLAX_REQUIRE_BROWSER=1")
	}
	t.Skip("no chromium, chromium-browser or google-chrome on PATH (set PARALLAX_REQUIRE_BROWSER=1 to fail instead)")
	return ""
}

// artifactDir is where screenshots go: $PARALLAX_ARTIFACTS, or
// artifacts/browser at the root of the repository (ignored by git).
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("PARALLAX_ARTIFACTS")
	if dir == "" {
		root, err := filepath.Abs(filepath.Join("..", ".."))
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "artifacts", "browser")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// syncBuffer is a bytes.Buffer safe for one writer and other readers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingLine = regexp.MustCompile(`Parallax is serving (http://\S+?)/? \(`)

// startServer runs the parallax binary with args (serve or demo) until the
// test ends and returns the base URL it prints, without a trailing slash.
func startServer(t *testing.T, args ...string) string {
	t.Helper()
	return startServerBin(t, binary, args...)
}

// startServerBin is startServer with another build of parallax.
func startServerBin(t *testing.T, bin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = os.Environ()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr, rest syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start parallax %v: %v", args, err)
	}
	exited := make(chan error, 1)
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		found := false
		for sc.Scan() {
			line := sc.Text()
			if m := servingLine.FindStringSubmatch(line); m != nil && !found {
				found = true
				urls <- m[1]
				continue
			}
			fmt.Fprintln(&rest, line)
		}
		io.Copy(io.Discard, stdout)
		exited <- cmd.Wait()
	}()
	t.Cleanup(func() {
		// Interrupt, as Ctrl-C would, then kill if it lingers.
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		if e := stderr.String(); t.Failed() && e != "" {
			t.Logf("parallax %s: stderr:\n%s", strings.Join(args, " "), e)
		}
	})
	select {
	case u := <-urls:
		t.Logf("parallax %s: serving %s", strings.Join(args, " "), u)
		return u
	case err := <-exited:
		t.Fatalf("parallax %v exited before serving: %v\nstdout:\n%s\nstderr:\n%s", args, err, rest.String(), stderr.String())
	case <-time.After(browserTimeout):
		t.Fatalf("parallax %v printed no address within %v\nstdout:\n%s\nstderr:\n%s", args, browserTimeout, rest.String(), stderr.String())
	}
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and returns
// the context of its first tab. Everything it does is bounded by
// browserTimeout; the browser is closed when the test ends.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	return newBrowserFor(t, browserTimeout)
}

// newBrowserFor is newBrowser with everything bounded by limit instead.
func newBrowserFor(t *testing.T, limit time.Duration) context.Context {
	t.Helper()
	exe := findBrowser(t)
	// The profile directory is made before the cleanup that stops the
	// browser is registered, so the browser has exited before it is removed.
	profile := t.TempDir()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	tctx, cancelTimeout := context.WithTimeout(context.Background(), limit)
	actx, cancelAlloc := chromedp.NewExecAllocator(tctx, opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		cancelTimeout()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	return ctx
}

// tab is one browser tab and what its pages wrote to the console and
// tried to show as dialogs.
type tab struct {
	t   *testing.T
	ctx context.Context

	mu      sync.Mutex
	console []chromedp.ConsoleMessage
	dialogs []string
	seen    int // console messages already checked
	sentry  int
}

// newTab opens a tab in the browser of parent (the first call on a
// browser's first context uses that tab itself).
func newTab(t *testing.T, parent context.Context, first bool) *tab {
	t.Helper()
	ctx := parent
	if !first {
		var cancel context.CancelFunc
		ctx, cancel = chromedp.NewContext(parent)
		t.Cleanup(cancel)
		if err := chromedp.Do(ctx); err != nil {
			t.Fatalf("open tab: %v", err)
		}
	}
	tb := &tab{t: t, ctx: ctx}
	messages := chromedp.Console(ctx)
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.console = append(tb.console, m)
			tb.mu.Unlock()
		}
	}()
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.dialogs = append(tb.dialogs, fmt.Sprintf("%s dialog %q on %s", ev.Type, ev.Message, ev.URL))
			tb.mu.Unlock()
			// Dismiss it, or the page stays blocked.
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return tb
}

// do runs actions and fails the test on an error.
func (tb *tab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// open navigates to url and fails unless the page answers 200.
func (tb *tab) open(url string) {
	tb.t.Helper()
	resp, err := chromedp.Run(tb.ctx, chromedp.NavigateResponse(url))
	if err != nil {
		tb.t.Fatalf("open %s: %v", url, err)
	}
	if resp.Status != 200 {
		tb.t.Fatalf("open %s: HTTP %d %s", url, resp.Status, resp.StatusText)
	}
}

// click clicks the first element sel matches and waits for the page that
// the click loads; it returns that page's URL.
func (tb *tab) click(sel string) string {
	tb.t.Helper()
	// The link's own address, read before the click: after it the page
	// may already be another one.
	href := eval[string](tb, fmt.Sprintf(`(document.querySelector(%q) || {}).href || ""`, sel))
	resp, err := chromedp.RunResponse(tb.ctx, chromedp.Click(chromedp.CSS(sel)))
	if err != nil {
		tb.t.Fatalf("click %s: %v", sel, err)
	}
	if resp == nil {
		// No response seen: the click landed while the page was still
		// moving (a :target jump) and navigated nowhere, or the new page
		// came before the response was watched. Load the link's address.
		if href == "" {
			tb.t.Fatalf("click %s: no navigation, and no link to follow", sel)
		}
		tb.t.Logf("click %s: no response seen; loading %s", sel, href)
		if resp, err = chromedp.RunResponse(tb.ctx, chromedp.Navigate(href)); err != nil || resp == nil {
			tb.t.Fatalf("follow %s: %v", href, err)
		}
	}
	if resp.Status != 200 {
		tb.t.Fatalf("click %s: %s answered HTTP %d", sel, resp.URL, resp.Status)
	}
	return resp.URL
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("evaluate %.80q: %v", expr, err)
	}
	return v
}

// screenshot saves a full-page PNG of the current page as name.png in the
// artefact directory.
func (tb *tab) screenshot(name string) {
	tb.t.Helper()
	tb.saveScreenshot(name, chromedp.FullScreenshot(100))
}

// saveScreenshot saves the PNG that shot takes as name.png in the artefact
// directory.
func (tb *tab) saveScreenshot(name string, shot chromedp.Action[[]byte]) {
	tb.t.Helper()
	buf, err := chromedp.Run(tb.ctx, shot)
	if err != nil {
		tb.t.Errorf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(artifactDir(tb.t), name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		tb.t.Errorf("screenshot %s: %v", name, err)
		return
	}
	tb.t.Logf("screenshot: %s", p)
}

// sync waits until every console message the page wrote so far has been
// collected: it logs a marker and waits for it, since the browser sends
// its messages in order.
func (tb *tab) sync() {
	tb.t.Helper()
	tb.mu.Lock()
	tb.sentry++
	marker := fmt.Sprintf("parallax-browser-test-sync-%d", tb.sentry)
	tb.mu.Unlock()
	eval[chromedp.Void](tb, fmt.Sprintf("console.debug(%q)", marker))
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		tb.mu.Lock()
		for _, m := range tb.console[tb.seen:] {
			if m.Text == marker {
				tb.mu.Unlock()
				return
			}
		}
		tb.mu.Unlock()
		time.Sleep(10 * time.Millisecond)
	}
	tb.t.Fatalf("the console marker %s never arrived", marker)
}

// cspViolation reports whether a console message is a Content Security
// Policy violation.
func cspViolation(m chromedp.ConsoleMessage) bool {
	return strings.Contains(m.Text, "Content Security Policy") || strings.Contains(m.Text, "Content-Security-Policy")
}

// newMessages returns the console messages (other than sync markers) and
// dialogs since the last call.
func (tb *tab) newMessages() ([]chromedp.ConsoleMessage, []string) {
	tb.t.Helper()
	tb.sync()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var out []chromedp.ConsoleMessage
	for _, m := range tb.console[tb.seen:] {
		if !strings.HasPrefix(m.Text, "parallax-browser-test-sync-") {
			out = append(out, m)
		}
	}
	tb.seen = len(tb.console)
	d := tb.dialogs
	tb.dialogs = nil
	return out, d
}

// checkConsole fails on Content Security Policy violations, uncaught
// exceptions and dialogs since the last check, and logs other errors and
// warnings; page names the page in the messages.
func (tb *tab) checkConsole(pageName string) {
	tb.t.Helper()
	msgs, dialogs := tb.newMessages()
	for _, m := range msgs {
		switch {
		case cspViolation(m):
			tb.t.Errorf("%s: Content Security Policy violation: %s (%s:%d)", pageName, m.Text, m.URL, m.Line)
		case m.IsException():
			tb.t.Errorf("%s: uncaught JavaScript exception: %s (%s:%d)", pageName, m.Text, m.URL, m.Line)
		case m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning:
			tb.t.Logf("%s: console %s: %s (%s)", pageName, m.Type, m.Text, m.URL)
		}
	}
	for _, d := range dialogs {
		tb.t.Errorf("%s: the page opened a JavaScript %s", pageName, d)
	}
}
