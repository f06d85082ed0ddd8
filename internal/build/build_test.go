package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
)

func writeJSONL(t *testing.T, lines ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func article(id, body string) string {
	return fmt.Sprintf(`{"id": %q, "text": %q, "lang": "en"}`, id, body)
}

func TestRunStreamsLinesInOrderAndGoesOnAfterBadLines(t *testing.T) {
	p := writeJSONL(t,
		article("a1", "Vantage Robotics said on Monday it had acquired Kestrel Vision."),
		`{"text": "no id"}`,
		"",
		article("a2", "Orbital Compute, a startup based in Lisbon, raised 25 million euros."),
		article("a1", "A second article with the first one's id."),
		`not json`,
		article("a3", "Ana Ribeiro founded Orbital Compute."),
	)
	for _, tc := range []struct{ jobs, batch int }{{1, 0}, {3, 0}, {2, 1}, {4, 2}} {
		t.Run(fmt.Sprintf("jobs%d-batch%d", tc.jobs, tc.batch), func(t *testing.T) {
			var batches [][]string
			var failed []string
			var last Progress
			sum, err := Run(context.Background(), []string{p}, Options{Jobs: tc.jobs, Batch: tc.batch,
				Failed:   func(f Failure) { failed = append(failed, f.Error()) },
				Progress: func(pr Progress) { last = pr },
			}, func(_ context.Context, gs []*kg.Graph) error {
				var ids []string
				for _, g := range gs {
					ids = append(ids, g.Doc.ID)
				}
				batches = append(batches, ids)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, b := range batches {
				if tc.batch > 0 && len(b) > tc.batch {
					t.Errorf("batch of %d, want at most %d", len(b), tc.batch)
				}
				all = append(all, b...)
			}
			if got := strings.Join(all, ","); got != "a1,a2,a3" {
				t.Errorf("documents %s, want a1,a2,a3 in input order", got)
			}
			want := []string{
				p + `:2: each line needs "id" and "text"`,
				p + `:5: document id "a1" is already used by ` + p + `:1; rename one of them`,
				p + `:6: not a JSON object`,
			}
			if len(failed) != len(want) || len(sum.Failures) != len(want) {
				t.Fatalf("failures %q, want %d", failed, len(want))
			}
			for i, w := range want {
				if !strings.HasPrefix(failed[i], w) {
					t.Errorf("failure %d: %q, want %q…", i, failed[i], w)
				}
			}
			if sum.Documents != 3 || last.Read != 6 || last.Extracted != 4 || last.Written != 3 || last.Failed != 3 || last.Writing != 0 {
				t.Errorf("summary %+v, last progress %+v", sum, last)
			}
			if last.BytesTotal == 0 || last.BytesRead != last.BytesTotal {
				t.Errorf("bytes read %d of %d", last.BytesRead, last.BytesTotal)
			}
		})
	}
}

func TestRunSkipsUnchanged(t *testing.T) {
	p := writeJSONL(t, article("a1", "Vantage Robotics acquired Kestrel Vision."), article("a2", "Ana Ribeiro founded Orbital Compute."))
	var got []string
	sum, err := Run(context.Background(), []string{p}, Options{Jobs: 2,
		Unchanged: func(_ context.Context, d *text.Document) (bool, error) { return d.ID == "a1", nil },
	}, func(_ context.Context, gs []*kg.Graph) error {
		for _, g := range gs {
			got = append(got, g.Doc.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "a2" || sum.Skipped != 1 || sum.Documents != 1 {
		t.Errorf("built %v, summary %+v; want a2 built and a1 skipped", got, sum)
	}
}

func TestRunSinkErrorStops(t *testing.T) {
	p := writeJSONL(t, article("a1", "Ana Ribeiro founded Orbital Compute."), article("a2", "Orbital Compute raised money."))
	boom := errors.New("disk full")
	calls := 0
	_, err := Run(context.Background(), []string{p}, Options{Jobs: 2, Batch: 1}, func(context.Context, []*kg.Graph) error {
		calls++
		return boom
	})
	if !errors.Is(err, boom) || calls != 1 {
		t.Errorf("err %v after %d sink calls, want the sink's error after 1", err, calls)
	}
}

// TestRunCancel: a build cancelled in the middle returns within a second,
// and hands the sink nothing more.
func TestRunCancel(t *testing.T) {
	var lines []string
	for i := range 2000 {
		lines = append(lines, article(fmt.Sprintf("a%d", i), "Ana Ribeiro, the founder of Orbital Compute, said the company raised 25 million euros in Lisbon."))
	}
	p := writeJSONL(t, lines...)
	ctx, cancel := context.WithCancel(context.Background())
	var at time.Time
	written := 0
	_, err := Run(ctx, []string{p}, Options{Jobs: 2, Batch: 10,
		Progress: func(pr Progress) {
			if pr.Written >= 20 && at.IsZero() {
				at = time.Now()
				cancel()
			}
		},
	}, func(_ context.Context, gs []*kg.Graph) error {
		written += len(gs)
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if d := time.Since(at); d > time.Second {
		t.Errorf("Run returned %v after the cancel", d)
	}
	if written >= 2000 {
		t.Errorf("every document was written after the cancel")
	}
}

// TestRunSkipsInvalidUTF8: a graph with a string a store would refuse (a
// quote cut inside a letter, as 0dcdf49 did) is named and left out; the
// other documents of the batch are written.
func TestRunSkipsInvalidUTF8(t *testing.T) {
	defer func(f func(*text.Document) *kg.Graph) { extract = f }(extract)
	good := extract
	extract = func(d *text.Document) *kg.Graph {
		g := good(d)
		if d.ID == "a2" && len(g.Entities) > 0 {
			g.Quotes = append(g.Quotes, kg.Quote{Speaker: g.Entities[0].IRI, Text: "…تنظي\xd9", Rule: "reopened-quote"})
		}
		return g
	}
	p := writeJSONL(t, article("a1", "Ana Ribeiro founded Orbital Compute."),
		article("a2", "Vantage Robotics acquired Kestrel Vision."),
		article("a3", "Orbital Compute raised 25 million euros."))
	for _, jobs := range []int{1, 3} {
		var got, failed []string
		sum, err := Run(context.Background(), []string{p}, Options{Jobs: jobs,
			Failed: func(f Failure) { failed = append(failed, f.Error()) },
		}, func(_ context.Context, gs []*kg.Graph) error {
			for _, g := range gs {
				if where := g.InvalidUTF8(); where != "" {
					return fmt.Errorf("document %s: %s is not valid UTF-8", g.Doc.ID, where)
				}
				got = append(got, g.Doc.ID)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("jobs %d: %v", jobs, err)
		}
		want := p + ":2: document a2: extraction produced invalid UTF-8 in the text of quote "
		if strings.Join(got, ",") != "a1,a3" || len(failed) != 1 || !strings.HasPrefix(failed[0], want) ||
			!strings.HasSuffix(failed[0], " (reopened-quote); skipped, please report") || len(sum.Failures) != 1 {
			t.Errorf("jobs %d: wrote %v, failures %q; want a1,a3 written and one failure %q…", jobs, got, failed, want)
		}
	}
}

// TestRunSkipsFileNamedInLatin1: a file whose name is not valid UTF-8 gives
// a document id and source a store would refuse; it is named and left out,
// and the other input is written.
func TestRunSkipsFileNamedInLatin1(t *testing.T) {
	dir := t.TempDir()
	bad, good := filepath.Join(dir, "caf\xe9.txt"), filepath.Join(dir, "b.txt")
	for _, p := range []string{bad, good} {
		if err := os.WriteFile(p, []byte("Ana Ribeiro founded Orbital Compute in Lisbon.\n"), 0o644); err != nil {
			t.Skip("the file system refuses the name:", err)
		}
	}
	var got, failed []string
	_, err := Run(context.Background(), []string{bad, good}, Options{Jobs: 2,
		Failed: func(f Failure) { failed = append(failed, f.Error()) },
	}, func(_ context.Context, gs []*kg.Graph) error {
		for _, g := range gs {
			if !utf8.ValidString(g.Doc.ID) || !utf8.ValidString(g.Doc.Source) {
				return fmt.Errorf("document %q: string field contains invalid UTF-8", g.Doc.ID)
			}
			got = append(got, g.Doc.ID)
		}
		return nil
	})
	want := bad + `: document "caf\xe9": its id is not valid UTF-8`
	if err != nil || strings.Join(got, ",") != "b" || len(failed) != 1 || !strings.HasPrefix(failed[0], want) {
		t.Errorf("err %v, wrote %v, failures %q; want b written and %q…", err, got, failed, want)
	}
}
