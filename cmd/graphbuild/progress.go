package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"graphbuild/internal/build"
)

// progress draws a build's progress on a terminal, from the pipeline's
// events (build.Progress): articles extracted, their rate, the share of
// the input read with the time left (a JSON lines file is one input of
// many articles, so files are not what is counted), and the articles
// written; while a batch is written to the store, a spinner says how many
// and for how long.
type progress struct {
	w     io.Writer
	db    string
	mu    sync.Mutex
	read  *progressbar.ProgressBar // extraction, per mille of the input read
	write *progressbar.ProgressBar // a batch being written
}

const perMille = 1000

func newProgress(w io.Writer, db string) *progress { return &progress{w: w, db: db} }

func (p *progress) update(ev build.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if ev.Writing > 0 {
		if p.write == nil {
			if p.read != nil && ev.BytesTotal > 0 && ev.BytesRead >= ev.BytesTotal {
				p.read.Finish() // all read: the extraction bar gives way
				p.read = nil
			}
			p.write = progressbar.NewOptions(-1, progressbar.OptionSetWriter(p.w), progressbar.OptionClearOnFinish(),
				progressbar.OptionSpinnerType(14), progressbar.OptionSetSpinnerChangeInterval(100*time.Millisecond),
				progressbar.OptionSetElapsedTime(true), progressbar.OptionSetRenderBlankState(true),
				progressbar.OptionSetDescription(fmt.Sprintf("writing %s to %s", articles(ev.Writing), p.db)))
		}
		return
	}
	if p.write != nil {
		p.write.Finish()
		p.write = nil
	}
	if ev.BytesTotal > 0 && ev.BytesRead >= ev.BytesTotal && ev.Extracted+ev.Skipped+ev.Failed >= ev.Read && p.read == nil {
		return // done reading and extracting: nothing left to draw
	}
	if p.read == nil {
		max := int64(perMille)
		if ev.BytesTotal <= 0 {
			max = -1 // standard input: no size, no time left, a spinner
		}
		p.read = progressbar.NewOptions64(max, progressbar.OptionSetWriter(p.w), progressbar.OptionClearOnFinish(),
			progressbar.OptionSetWidth(20), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(true), progressbar.OptionSpinnerType(14))
	}
	secs := ev.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(ev.Extracted+ev.Skipped) / secs
	}
	desc := fmt.Sprintf("extracting: %s (%.0f/s)", articles(ev.Extracted), rate)
	if ev.Skipped > 0 {
		desc += fmt.Sprintf(", %d unchanged", ev.Skipped)
	}
	if ev.Written > 0 {
		desc += fmt.Sprintf(", %d written", ev.Written)
	}
	p.read.Describe(desc)
	if ev.BytesTotal > 0 {
		p.read.Set64(min(ev.BytesRead*perMille/ev.BytesTotal, perMille-1))
	} else {
		p.read.Add(0)
	}
}

// clear takes the bars off the screen for a line of text (they are drawn
// again at the next event).
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, b := range []*progressbar.ProgressBar{p.read, p.write} {
		if b != nil {
			b.Clear()
		}
	}
}

// finish clears whatever is drawn.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, b := range []*progressbar.ProgressBar{p.read, p.write} {
		if b != nil {
			b.Finish()
		}
	}
	p.read, p.write = nil, nil
}

func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}
