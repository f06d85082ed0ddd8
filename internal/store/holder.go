package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Who holds a store. An embedded store's lock (LevelDB's LOCK, bolt's file
// lock) says only that some process holds it; so each process that opens
// one leaves a note in the store directory, HOLDER.<pid>, naming itself
// (a graphbuild build, graphquery serve, another graphquery command) and
// removes it at Close. A process that finds the store busy reads the notes
// of live processes and says who holds it and what to do (issue 15,
// finding 7: a build blocked by a server said "try again when the build
// finishes").

const holderPrefix = "HOLDER."

// holderNote describes this process: its command, and for graphquery the
// subcommand.
func holderNote() string {
	if len(os.Args) == 0 {
		return "a process"
	}
	name := filepath.Base(os.Args[0])
	args := os.Args[1:]
	switch {
	case name == "graphbuild" && slices.Contains(args, "--import"):
		return "a graphbuild --import"
	case name == "graphbuild":
		return "a graphbuild build"
	case name == "graphquery" && (slices.Contains(args, "serve") || slices.Contains(args, "__serve")):
		return "graphquery serve"
	case name == "graphquery":
		for _, a := range args {
			if !strings.HasPrefix(a, "-") {
				return "graphquery " + a
			}
		}
		return "graphquery"
	}
	return name
}

// markHolder writes this process's note into dir and returns the function
// that removes it. A store directory that cannot be written (a reader's)
// gets no note.
func markHolder(dir string) func() error {
	p := filepath.Join(dir, holderPrefix+strconv.Itoa(os.Getpid()))
	// The pid to stop: graphquery serve's worker (__serve) is stopped
	// through the server that started it.
	show := os.Getpid()
	if slices.Contains(os.Args, "__serve") {
		show = os.Getppid()
	}
	note := fmt.Sprintf("%s\n%s\n%d\n", holderNote(), time.Now().UTC().Format(time.RFC3339), show)
	if err := os.WriteFile(p, []byte(note), 0o644); err != nil {
		return func() error { return nil }
	}
	return func() error {
		os.Remove(p)
		return nil
	}
}

// busyError is the message for a store another process holds: who holds
// it, when it started, and what to do.
func busyError(dir string) error {
	holders := liveHolders(dir)
	if len(holders) == 0 {
		return kindError(ErrBusy, "store %s is in use by another process; try again when it finishes, or use another --db", dir)
	}
	h := holders[0]
	what := "try again when it finishes"
	switch {
	case strings.HasPrefix(h.note, "graphquery serve"):
		what = fmt.Sprintf("stop the server (Ctrl-C where it runs, or kill %d) and run this again, or use another --db", h.pid)
	case strings.HasPrefix(h.note, "a graphbuild"):
		what = "wait for it to finish and run this again, or use another --db"
	case strings.HasPrefix(h.note, "graphquery"):
		what = "try again in a moment"
	}
	return kindError(ErrBusy, "store %s is in use by %s (pid %d, since %s); %s", dir, h.note, h.pid, h.since, what)
}

type holder struct {
	pid   int
	note  string
	since string
}

func liveHolders(dir string) []holder {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []holder
	for _, e := range entries {
		pidStr, ok := strings.CutPrefix(e.Name(), holderPrefix)
		if !ok {
			continue
		}
		pid, err := strconv.Atoi(pidStr)
		if err != nil || pid == os.Getpid() || !alive(pid) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		h := holder{pid: pid, note: lines[0]}
		if len(lines) > 2 {
			if p, err := strconv.Atoi(strings.TrimSpace(lines[2])); err == nil && p > 1 {
				h.pid = p
			}
		}
		if len(lines) > 1 {
			if t, err := time.Parse(time.RFC3339, strings.TrimSpace(lines[1])); err == nil {
				h.since = t.Local().Format("15:04:05")
			}
		}
		if h.since == "" {
			h.since = "?"
		}
		out = append(out, h)
	}
	// A writer first: it is what blocks everyone.
	slices.SortStableFunc(out, func(a, b holder) int {
		return boolInt(strings.HasPrefix(a.note, "graphquery")) - boolInt(strings.HasPrefix(b.note, "graphquery"))
	})
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
