package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
)

// TestRunSkipsDocumentFailingSchema: a document whose graph fails the
// schema check (kg.Graph.Validate) is named, with its input and id, and
// left out; the other documents of the same input are written. Before, the
// whole input went (all the documents of a stream read whole), and the
// line named no document (failures split the joined error).
func TestRunSkipsDocumentFailingSchema(t *testing.T) {
	defer func(f func(d *text.Document) *kg.Graph) { extract = f }(extract)
	good := extract
	extract = func(d *text.Document) *kg.Graph {
		g := good(d)
		if d.ID == "a2" {
			// Two faults, so Validate joins two errors.
			g.Facts = append(g.Facts, kg.Fact{Subject: "urn:x:nobody", Predicate: "acquired", Object: "urn:x:nothing", Rule: "broken-rule"},
				kg.Fact{Subject: "urn:x:nobody", Predicate: "noSuchPredicate", Rule: "broken-rule"})
		}
		return g
	}
	lines := strings.Join([]string{article("a1", "Ana Ribeiro founded Orbital Compute."),
		article("a2", "Vantage Robotics acquired Kestrel Vision."),
		article("a3", "Orbital Compute raised 25 million euros.")}, "\n") + "\n"
	file := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(file, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, where string }{{file, file + ":2"}, {"stream.jsonl", "stream.jsonl"}} {
		var got, failed []string
		var sum Summary
		if c.path == file {
			var err error
			sum, err = Run(context.Background(), []string{c.path}, Options{Jobs: 2,
				Failed: func(f Failure) { failed = append(failed, f.Error()) },
			}, func(_ context.Context, gs []*kg.Graph) error {
				for _, g := range gs {
					got = append(got, g.Doc.ID)
				}
				return nil
			})
			if err != nil {
				t.Fatalf("%s: %v", c.path, err)
			}
		} else {
			// A stream read whole (a pipe, a FIFO): one unit of three
			// documents.
			o := extractUnit(context.Background(), unit{path: c.path, data: []byte(lines)}, Options{})
			for _, g := range o.graphs {
				got = append(got, g.Doc.ID)
			}
			for _, f := range failures(o.where(), o.err) {
				sum.Failures = append(sum.Failures, f)
				failed = append(failed, f.Error())
			}
		}
		want := c.where + ": document a2: extraction produced a graph that fails the schema check (fact "
		if strings.Join(got, ",") != "a1,a3" || len(failed) != 1 || !strings.HasPrefix(failed[0], want) ||
			!strings.Contains(failed[0], "; fact ") || !strings.HasSuffix(failed[0], "); skipped, please report") ||
			len(sum.Failures) != 1 {
			t.Errorf("%s: wrote %v, failures %q; want a1,a3 written and one failure %q…", c.path, got, failed, want)
		}
	}
}
