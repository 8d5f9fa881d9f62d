package cli

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
)

// profiler writes the CPU and heap profiles asked for with --cpuprofile and
// --memprofile (or PARALLAX_CPUPROFILE and PARALLAX_MEMPROFILE), for
// `go tool pprof`.
type profiler struct {
	cpuPath, memPath string
	cpu              *os.File
}

// start begins CPU profiling when asked; the flags win over the
// environment.
func (p *profiler) start(getenv func(string) string) error {
	if p.cpuPath == "" {
		p.cpuPath = getenv("PARALLAX_CPUPROFILE")
	}
	if p.memPath == "" {
		p.memPath = getenv("PARALLAX_MEMPROFILE")
	}
	if p.cpuPath == "" {
		return nil
	}
	f, err := os.Create(p.cpuPath)
	if err != nil {
		return fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("cpu profile %s: %w", p.cpuPath, err)
	}
	p.cpu = f
	return nil
}

// stop ends CPU profiling and writes the heap profile, whatever the
// command's outcome.
func (p *profiler) stop() error {
	var errs []error
	if p.cpu != nil {
		pprof.StopCPUProfile()
		if err := p.cpu.Close(); err != nil {
			errs = append(errs, fmt.Errorf("cpu profile %s: %w", p.cpuPath, err))
		}
		p.cpu = nil
	}
	if p.memPath != "" {
		runtime.GC() // the heap profile shows live data as of the last GC
		f, err := os.Create(p.memPath)
		if err == nil {
			err = pprof.Lookup("allocs").WriteTo(f, 0)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("memory profile %s: %w", p.memPath, err))
		}
		p.memPath = ""
	}
	return errors.Join(errs...)
}

// bulkMemoryLimit is the soft limit on the Go heap that the long bulk
// commands (add, copies, stories) set, unless GOMEMLIMIT says otherwise:
// the collector then runs more often near it instead of letting the heap
// grow to twice what is live.
const bulkMemoryLimit = 600 << 20

// limitMemory sets bulkMemoryLimit for a bulk command.
func (a *app) limitMemory() {
	if a.env.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(bulkMemoryLimit)
	}
}

// storiesGCPercent is the collector's pace (as GOGC) that stories sets,
// unless GOGC says otherwise: grouping allocates much short-lived memory
// over a live heap of some tens of MB, so collecting at every doubling of
// the heap spent about a tenth of its CPU in the collector. The soft limit
// of limitMemory still bounds the heap.
const storiesGCPercent = 400

// collectLess sets storiesGCPercent for stories.
func (a *app) collectLess() {
	if a.env.Getenv("GOGC") == "" {
		debug.SetGCPercent(storiesGCPercent)
	}
}
