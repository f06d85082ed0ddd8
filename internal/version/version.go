// Package version says which build of the tools is running: the main
// module's version and the VCS revision the go command stamped into the
// binary (runtime/debug.ReadBuildInfo).
package version

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Info is what the binary knows about its own build.
type Info struct {
	Module    string // the main module's path
	Version   string // its version: a tag, a pseudo-version, or (devel)
	Revision  string // the VCS revision, empty when not stamped
	Time      string // the revision's commit time (RFC 3339), if stamped
	Modified  bool   // the working tree had uncommitted changes
	GoVersion string
}

// Read returns the build information of the running binary.
func Read() Info {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return Info{Version: "(unknown)"}
	}
	return fromBuildInfo(bi)
}

func fromBuildInfo(bi *debug.BuildInfo) Info {
	in := Info{Module: bi.Main.Path, Version: bi.Main.Version, GoVersion: bi.GoVersion}
	if in.Version == "" {
		in.Version = "(devel)"
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			in.Revision = s.Value
		case "vcs.time":
			in.Time = s.Value
		case "vcs.modified":
			in.Modified = s.Value == "true"
		}
	}
	return in
}

// String is the one line --version prints, e.g.
// "graphbuild (devel), revision 1a2b3c4d5e6f (2026-11-29T02:00:00Z, modified), go1.26.8".
func (in Info) String(prog string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", prog, in.Version)
	switch {
	case in.Revision != "":
		rev := in.Revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		var extra []string
		if in.Time != "" {
			extra = append(extra, in.Time)
		}
		if in.Modified {
			extra = append(extra, "modified")
		}
		fmt.Fprintf(&b, ", revision %s", rev)
		if len(extra) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(extra, ", "))
		}
	default:
		b.WriteString(", revision unknown (built without VCS stamping: go build -buildvcs=true from a git checkout records it)")
	}
	if in.GoVersion != "" {
		fmt.Fprintf(&b, ", %s", in.GoVersion)
	}
	return b.String()
}
