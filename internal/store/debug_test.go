package store

import (
	"github.com/cayleygraph/cayley/graph"
	"testing"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
)

func TestDebugReplace(t *testing.T) {
	s := openTest(t, testOptions(t, "leveldb"))
	a := storetest.Sample("a")
	s.WriteGraphs(ctx, []*kg.Graph{a})
	a2 := storetest.Sample("a")
	a2.Doc.SHA256 = "changed"
	st, err := s.WriteGraphs(ctx, []*kg.Graph{a2})
	t.Log(st, err)
	s.eachQuad(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) error {
		if q.Subject == quad.IRI(a.Doc.IRI()) {
			t.Log("all:", q)
		}
		return nil
	})
	r, _ := s.qs.ValueOf(quad.IRI(a.Doc.IRI()))
	n := 0
	iterator.Iterate(ctx, s.qs.QuadIterator(quad.Subject, r)).Each(func(x refs.Ref) error { n++; q, _ := s.qs.Quad(x); t.Logf("bysub: %v label=%#v", q, q.Label); return nil })
}

func TestDebugReplace2(t *testing.T) {
	s := openTest(t, testOptions(t, "leveldb"))
	a := storetest.Sample("a")
	s.WriteGraphs(ctx, []*kg.Graph{a, storetest.Sample("b")})
	a2 := storetest.Sample("a")
	a2.Doc.SHA256 = "changed"
	s.WriteGraphs(ctx, []*kg.Graph{a2})
	qs, err := s.Quads(ctx)
	for _, q := range qs {
		if q.Predicate == quad.IRI(kg.PropSHA256) {
			t.Logf("%#v", q)
		}
		if q.Subject == quad.IRI(kg.DocIRI("a")) {
			t.Logf("a: %v", q)
		}
	}
	gs, err := kg.FromQuads(qs)
	t.Log(gs[0].Doc, err)
}

func TestDebugReplace3(t *testing.T) {
	s := openTest(t, testOptions(t, "leveldb"))
	a, b := storetest.Sample("a"), storetest.Sample("b")
	s.WriteGraphs(ctx, []*kg.Graph{a, b})
	a2 := storetest.Sample("a")
	a2.Doc.SHA256 = "changed"
	a2.Facts = a2.Facts[1:]
	a2.Facts[0].Confidence = 0.5
	st, err := s.WriteGraphs(ctx, []*kg.Graph{a2})
	t.Log(st, err)
	qs, err := s.Quads(ctx, a.Doc.IRI())
	for _, q := range qs {
		if q.Predicate == quad.IRI(kg.PropSHA256) || q.Predicate == quad.IRI(kg.PropConfidence) {
			t.Logf("%v", q.NQuad())
		}
	}
}

func TestDebugReplace4(t *testing.T) {
	for _, mode := range []string{"one", "dels-first-one-call", "two-calls-del-add", "two-calls-add-del"} {
		s := openTest(t, testOptions(t, "leveldb"))
		a, b := storetest.Sample("a"), storetest.Sample("b")
		s.WriteGraphs(ctx, []*kg.Graph{a, b})
		a2 := storetest.Sample("a")
		a2.Doc.SHA256 = "changed"
		a2.Facts = a2.Facts[1:]
		a2.Facts[0].Confidence = 0.5
		s.applyHook = func(d []graph.Delta, o graph.IgnoreOpts) ([]graph.Delta, graph.IgnoreOpts) {
			var adds, dels []graph.Delta
			for _, x := range d {
				if x.Action == graph.Add {
					adds = append(adds, x)
				} else {
					dels = append(dels, x)
				}
			}
			switch mode {
			case "one":
				return d, o
			case "dels-first-one-call":
				return append(dels, adds...), o
			case "two-calls-del-add":
				must(0, s.qs.ApplyDeltas(dels, o))
				return adds, o
			default:
				must(0, s.qs.ApplyDeltas(adds, o))
				return dels, o
			}
		}
		s.WriteGraphs(ctx, []*kg.Graph{a2})
		s.applyHook = nil
		gs, _ := s.Graphs(ctx, a.Doc.IRI())
		t.Log(mode, gs[0].Doc.SHA256)
	}
}

func TestDebugMin(t *testing.T) {
	for _, c := range []string{"iri-obj", "str-obj", "no-label", "keep-x"} {
		s := openTest(t, testOptions(t, "bbolt"))
		L := quad.Value(quad.IRI("L"))
		if c == "no-label" {
			L = nil
		}
		var newObj quad.Value = quad.IRI("new")
		if c == "str-obj" {
			newObj = quad.String("new")
		}
		x := quad.Quad{Subject: quad.IRI("x"), Predicate: quad.IRI("p"), Object: quad.IRI("y"), Label: L}
		z := quad.Quad{Subject: quad.IRI("z"), Predicate: quad.IRI("q"), Object: quad.IRI("old"), Label: L}
		must(0, s.qs.ApplyDeltas([]graph.Delta{{Quad: x, Action: graph.Add}, {Quad: z, Action: graph.Add}}, graph.IgnoreOpts{}))
		z2 := z
		z2.Object = newObj
		ds := []graph.Delta{{Quad: z2, Action: graph.Add}, {Quad: x, Action: graph.Delete}, {Quad: z, Action: graph.Delete}}
		if c == "keep-x" {
			ds = []graph.Delta{{Quad: z2, Action: graph.Add}, {Quad: z, Action: graph.Delete}}
		}
		must(0, s.qs.ApplyDeltas(ds, graph.IgnoreOpts{}))
		var got []string
		s.eachQuad(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) error { got = append(got, q.String()); return nil })
		r, _ := s.qs.ValueOf(quad.IRI("z"))
		var bysub []string
		s.eachQuad(ctx, s.qs.QuadIterator(quad.Subject, r), func(q quad.Quad) error { bysub = append(bysub, q.String()); return nil })
		t.Log(c, "all:", got, "bysub z:", bysub)
	}
}

func TestDebugBisect(t *testing.T) {
	var captured []graph.Delta
	try := func(ds []graph.Delta) bool { // true when the bug shows
		s := openTest(t, testOptions(t, "bbolt"))
		a, b := storetest.Sample("a"), storetest.Sample("b")
		s.WriteGraphs(ctx, []*kg.Graph{a, b})
		must(0, s.qs.ApplyDeltas(ds, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}))
		r, _ := s.qs.ValueOf(quad.IRI(a.Doc.IRI()))
		found := false
		s.eachQuad(ctx, s.qs.QuadIterator(quad.Subject, r), func(q quad.Quad) error {
			if q.Object == quad.String("changed") {
				found = true
			}
			return nil
		})
		s.Close()
		return !found
	}
	{
		s := openTest(t, testOptions(t, "bbolt"))
		a, b := storetest.Sample("a"), storetest.Sample("b")
		s.WriteGraphs(ctx, []*kg.Graph{a, b})
		a2 := storetest.Sample("a")
		a2.Doc.SHA256 = "changed"
		a2.Facts = a2.Facts[1:]
		s.applyHook = func(d []graph.Delta, o graph.IgnoreOpts) ([]graph.Delta, graph.IgnoreOpts) {
			captured = d
			return nil, o
		}
		s.WriteGraphs(ctx, []*kg.Graph{a2})
		s.Close()
	}
	t.Log("full batch shows bug:", try(captured))
	cur := captured
	for i := 0; i < len(cur); {
		if cur[i].Quad.Object == quad.String("changed") {
			i++
			continue
		}
		cand := append(append([]graph.Delta{}, cur[:i]...), cur[i+1:]...)
		if try(cand) {
			cur = cand
		} else {
			i++
		}
	}
	for _, d := range cur {
		t.Log(d.Action, d.Quad.NQuad())
	}
}
