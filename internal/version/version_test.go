package version

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"stamped", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "graphbuild", Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-11-29T02:00:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			"graphbuild (devel), revision 0123456789ab (2026-11-29T02:00:00Z, modified), go1.26.8"},
		{"tagged, clean", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "graphbuild", Version: "v1.2.0"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}},
			"graphbuild v1.2.0, revision abc, go1.26.8"},
		{"not stamped", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "graphbuild"}},
			"graphbuild (devel), revision unknown"},
	}
	for _, tt := range tests {
		got := fromBuildInfo(&tt.bi).String("graphbuild")
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: got %q, want prefix %q", tt.name, got, tt.want)
		}
	}
}
