package cli

import (
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/schollz/progressbar/v3"
)

// progressThreshold is the input size from which add draws a progress bar.
const progressThreshold = 8 << 20

// progress draws a bar of input bytes read on standard error when it is a
// terminal and the input is large; otherwise it does nothing.
type progress struct {
	bar *progressbar.ProgressBar
}

func newProgress(env Env, inputs []ingest.Input) *progress {
	var total int64
	for _, in := range inputs {
		if in.Size < 0 {
			total = -1
			break
		}
		total += in.Size
	}
	p := &progress{}
	if !env.StderrIsTerminal || (total >= 0 && total < progressThreshold && len(inputs) < 200) {
		return p
	}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(env.Stderr),
		progressbar.OptionSetDescription("adding"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
	)
	return p
}

// add counts n more bytes read; safe for concurrent use.
func (p *progress) add(n int64) {
	if p.bar != nil {
		_ = p.bar.Add64(n)
	}
}

// clear removes the bar before a line is printed; it is redrawn on the
// next update.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
