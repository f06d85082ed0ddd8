package eval_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"graphbuild/internal/eval"
	"graphbuild/internal/export"
	"graphbuild/internal/kg"
	"graphbuild/internal/pipeline"
	"graphbuild/internal/text"
)

var shared = filepath.Join("..", "..", "..", "shared")

// pair is one scoring: an answer key against the export of an article.
type pair struct {
	name, gold, export string
	typed              bool
}

// exportFile extracts an article as graphbuild --print json does and writes
// the export into dir.
func exportFile(t *testing.T, dir, article string) string {
	t.Helper()
	b, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := text.Parse(article, b, text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var gs []*kg.Graph
	for _, d := range docs {
		gs = append(gs, pipeline.Extract(d))
	}
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, export.Merge(gs)); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(article), filepath.Ext(article))+".json")
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

// driver runs kgscore.py's main once per pair in one Python process and
// prints, per pair, its --json and its --verbose output.
const driver = `
import io, json, sys, contextlib, importlib.util
spec = importlib.util.spec_from_file_location('kgscore', sys.argv[1])
kg = importlib.util.module_from_spec(spec); spec.loader.exec_module(kg)
for line in sys.stdin:
    p = json.loads(line)
    flags = ['--typed'] if p['typed'] else []
    res = {}
    for mode in ('--json', '--verbose'):
        sys.argv = ['kgscore.py', p['gold'], p['export']] + flags + [mode]
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            kg.main()
        res[mode] = buf.getvalue()
    print(json.dumps(res))
`

type pyResult struct {
	JSON    string `json:"--json"`
	Verbose string `json:"--verbose"`
}

type pyScores struct {
	Raw struct {
		Ent   [4]int `json:"ent"`
		Fact  [4]int `json:"fact"`
		Core  [2]int `json:"core"`
		Quote [4]int `json:"quote"`
	} `json:"raw"`
	Entities   [3]float64 `json:"entities"`
	Facts      [3]float64 `json:"facts"`
	CoreRecall float64    `json:"facts_core_recall"`
	Quotes     [3]float64 `json:"quotes"`
}

func runPython(t *testing.T, pairs []pair) []pyResult {
	t.Helper()
	tool := filepath.Join(shared, "tools", "kgscore.py")
	if _, err := os.Stat(tool); err != nil {
		t.Skipf("%s not found: the comparison with the Python scorer needs ../shared beside the repository", tool)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the comparison with the Python scorer needs it")
	}
	var in bytes.Buffer
	for _, p := range pairs {
		b, _ := json.Marshal(map[string]any{"gold": p.gold, "export": p.export, "typed": p.typed})
		in.Write(append(b, '\n'))
	}
	cmd := exec.Command(py, "-c", driver, tool)
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("kgscore.py: %v: %s", err, stderr.String())
	}
	var res []pyResult
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var r pyResult
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		res = append(res, r)
	}
	if len(res) != len(pairs) {
		t.Fatalf("kgscore.py gave %d results for %d pairs", len(res), len(pairs))
	}
	return res
}

// TestSameAsPython scores the seed, every dev article and every fixture with
// both scorers and requires the same counts, figures and --verbose lines.
// Each export is also scored against another article's key (so most items
// miss) and untyped, to reach the rules a good extraction seldom does.
func TestSameAsPython(t *testing.T) {
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("%s not found: the comparison with the Python scorer needs ../shared beside the repository", shared)
	}
	dir := t.TempDir()
	type art struct{ name, gold, article string }
	arts := []art{{"seed", filepath.Join(shared, "gold", "seed.gold.json"), filepath.Join(shared, "seed", "000_f916ffd0b0f07bb2.txt")}}
	golds, _ := filepath.Glob(filepath.Join(shared, "dev", "gold", "*.gold.json"))
	fx, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "*.gold.json"))
	if len(golds) == 0 {
		t.Fatalf("no answer keys in %s", filepath.Join(shared, "dev", "gold"))
	}
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		arts = append(arts, art{name, g, filepath.Join(shared, "dev", "articles", name+".txt")})
	}
	for _, g := range fx {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		arts = append(arts, art{name, g, filepath.Join("..", "..", "fixtures", name+".txt")})
	}
	var pairs []pair
	for i, a := range arts {
		ex := exportFile(t, dir, a.article)
		pairs = append(pairs, pair{a.name, a.gold, ex, true})
		other := arts[(i+1)%len(arts)]
		pairs = append(pairs, pair{a.name + "-vs-" + other.name, other.gold, ex, true})
		if i%4 == 0 {
			pairs = append(pairs, pair{a.name + "-untyped", a.gold, ex, false})
		}
	}
	py := runPython(t, pairs)
	var devTotal eval.Result
	for i, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			gold, err := eval.ReadGold(p.gold)
			if err != nil {
				t.Fatal(err)
			}
			sys, err := eval.ReadSystem(p.export)
			if err != nil {
				t.Fatal(err)
			}
			got := eval.Score(gold, sys, eval.Options{Typed: p.typed})
			if strings.HasPrefix(p.name, "dev-") && !strings.Contains(p.name, "-vs-") && p.typed {
				devTotal = devTotal.Add(got)
			}
			var want pyScores
			if err := json.Unmarshal([]byte(py[i].JSON), &want); err != nil {
				t.Fatalf("kgscore --json: %v: %s", err, py[i].JSON)
			}
			gotRaw := fmt.Sprint([]int{got.Entities.TPSys, got.Entities.Sys, got.Entities.TPGold, got.Entities.Gold},
				[]int{got.Facts.TPSys, got.Facts.Sys, got.Facts.TPGold, got.Facts.Gold}, []int{got.Core.TP, got.Core.N},
				[]int{got.Quotes.TPSys, got.Quotes.Sys, got.Quotes.TPGold, got.Quotes.Gold})
			wantRaw := fmt.Sprint(want.Raw.Ent[:], want.Raw.Fact[:], want.Raw.Core[:], want.Raw.Quote[:])
			if gotRaw != wantRaw {
				t.Errorf("raw counts: Go %s, Python %s", gotRaw, wantRaw)
			}
			ep, er, ef := got.Entities.PRF()
			fp, fr, ff := got.Facts.PRF()
			qp, qr, qf := got.Quotes.PRF()
			if g, w := [10]float64{ep, er, ef, fp, fr, ff, got.Core.Recall(), qp, qr, qf},
				[10]float64{want.Entities[0], want.Entities[1], want.Entities[2], want.Facts[0], want.Facts[1], want.Facts[2], want.CoreRecall, want.Quotes[0], want.Quotes[1], want.Quotes[2]}; g != w {
				t.Errorf("figures: Go %v, Python %v", g, w)
			}
			// kgscore does not list wrong quotes; the Go scorer does, last.
			v := got.VerboseLines()
			v = v[:slices.Index(v, "wrong quotes:")]
			gotV := strings.Join(append(v, got.Lines()...), "\n") + "\n"
			if gotV != py[i].Verbose {
				t.Errorf("--verbose differs:\n--- Go\n%s--- Python\n%s", gotV, py[i].Verbose)
			}
		})
	}
	t.Logf("dev, micro-averaged over both languages: %s", devTotal.TotalLine("all", len(golds)))
}
