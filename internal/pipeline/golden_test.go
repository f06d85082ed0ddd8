package pipeline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graphbuild/internal/export"
	"graphbuild/internal/kg"
	"graphbuild/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden exports in fixtures/golden and the known-error lists in fixtures/known-errors")

const fixtureDir = "../../fixtures"

// exportOf extracts one input file as graphbuild would, naming its source
// as the path relative to the repository root so exports are portable.
func exportOf(t *testing.T, path, source string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := text.Parse(source, b, text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var gs []*kg.Graph
	for _, d := range docs {
		g := Extract(d)
		if err := g.Validate(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		gs = append(gs, g)
	}
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, export.Merge(gs)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func fixtures(t *testing.T) []string {
	t.Helper()
	fs, err := filepath.Glob(filepath.Join(fixtureDir, "*.txt"))
	if err != nil || len(fs) == 0 {
		t.Fatalf("no fixtures in %s", fixtureDir)
	}
	return fs
}

// TestGolden compares the export of every fixture article with its golden
// file; run with -update after a deliberate change and review the diff.
func TestGolden(t *testing.T) {
	for _, f := range fixtures(t) {
		stem := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(stem, func(t *testing.T) {
			got := exportOf(t, f, "fixtures/"+stem+".txt")
			golden := filepath.Join(fixtureDir, "golden", stem+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/pipeline -run Golden -update to create it)", err)
			}
			if d := cmp.Diff(string(want), string(got)); d != "" {
				t.Errorf("export differs from %s (-want +got):\n%s", golden, d)
			}
		})
	}
}

// TestDeterministic checks that extraction gives the same graph byte for byte
// on every run.
func TestDeterministic(t *testing.T) {
	for _, f := range fixtures(t)[:2] {
		a := exportOf(t, f, f)
		b := exportOf(t, f, f)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs differ", f)
		}
	}
}
