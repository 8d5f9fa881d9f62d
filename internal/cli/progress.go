package cli

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressThreshold is the input size from which add draws a progress bar
// on a terminal.
const progressThreshold = 8 << 20

// progressEvery is how often a long step says how it goes when standard
// error is not a terminal (a log, a pipe, a CI job), unless
// PARALLAX_PROGRESS_EVERY says otherwise.
const progressEvery = 5 * time.Second

// progressInterval reads PARALLAX_PROGRESS_EVERY (a Go duration such as
// 30s), else progressEvery.
func progressInterval(env Env) time.Duration {
	if d, err := time.ParseDuration(env.Getenv("PARALLAX_PROGRESS_EVERY")); err == nil && d > 0 {
		return d
	}
	return progressEvery
}

// progress reports how a long step goes on standard error: a bar on a
// terminal, otherwise a line every progressEvery (none for a step that
// ends sooner). Its methods are safe for concurrent use and do nothing on
// a nil *progress.
type progress struct {
	w     io.Writer
	what  string
	bytes bool          // count bytes (else items)
	note  func() string // more to say on each line, or nil
	bar   *progressbar.ProgressBar
	start time.Time

	every       time.Duration
	done, total atomic.Int64
	printed     atomic.Bool // a line was printed
	mu          sync.Mutex  // serialises writes to w
	stop        chan struct{}
	stopped     sync.WaitGroup
}

// newProgress starts reporting a step of total units (-1: unknown). On a
// terminal it draws a bar when bar is set; elsewhere it prints lines.
func newProgress(env Env, what string, total int64, bytes, bar bool) *progress {
	p := &progress{w: env.Stderr, what: what, bytes: bytes, start: time.Now(), every: progressInterval(env)}
	p.total.Store(total)
	if env.StderrIsTerminal {
		if !bar {
			return p
		}
		opts := []progressbar.Option{
			progressbar.OptionSetWriter(env.Stderr),
			progressbar.OptionSetDescription(what),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100 * time.Millisecond),
			progressbar.OptionShowCount(),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
		}
		if bytes {
			opts = append(opts, progressbar.OptionShowBytes(true))
		}
		p.bar = progressbar.NewOptions64(total, opts...)
		return p
	}
	p.stop = make(chan struct{})
	p.stopped.Add(1)
	go p.lines()
	return p
}

// lines prints the state every p.every until finish.
func (p *progress) lines() {
	defer p.stopped.Done()
	t := time.NewTicker(p.every)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			fmt.Fprintln(p.w, p.line())
			p.mu.Unlock()
			p.printed.Store(true)
		}
	}
}

// line describes the state: "checking for copies: 8,192 of 37,554 (22%),
// 12s".
func (p *progress) line() string {
	done, total := p.done.Load(), p.total.Load()
	s := p.what + ": " + p.amount(done)
	if total > 0 {
		s += fmt.Sprintf(" of %s (%d%%)", p.amount(total), 100*done/total)
	}
	if p.note != nil {
		s += ", " + p.note()
	}
	return s + ", " + time.Since(p.start).Round(min(p.every, time.Second)).String()
}

func (p *progress) amount(n int64) string {
	if p.bytes {
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	}
	return thousands(n)
}

// add counts n more units done.
func (p *progress) add(n int64) {
	if p == nil {
		return
	}
	p.done.Add(n)
	if p.bar != nil {
		_ = p.bar.Add64(n)
	}
}

// set records how far the step is.
func (p *progress) set(done, total int) {
	if p == nil {
		return
	}
	p.done.Store(int64(done))
	p.total.Store(int64(total))
	if p.bar != nil {
		p.bar.ChangeMax64(int64(total))
		_ = p.bar.Set64(int64(done))
	}
}

// shown says whether the step's progress was shown (a bar, or a line),
// so that a summary follows it.
func (p *progress) shown() bool {
	return p != nil && (p.bar != nil || p.printed.Load())
}

// clear removes the bar before a line is printed; it is redrawn on the
// next update.
func (p *progress) clear() {
	if p != nil && p.bar != nil {
		_ = p.bar.Clear()
	}
}

// finish stops reporting.
func (p *progress) finish() {
	if p == nil {
		return
	}
	if p.bar != nil {
		_ = p.bar.Finish()
	}
	if p.stop != nil {
		close(p.stop)
		p.stopped.Wait()
		p.stop = nil
	}
}

// thousands writes n with commas between groups of three digits.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}
