package store

import (
	"os"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/store/storetest"
	"graphbuild/schema"
)

func TestZZProbe(t *testing.T) {
	dir := "/tmp/probe1000.db"
	if _, err := os.Stat(dir); err != nil {
		s := openTest(t, Options{Backend: "leveldb", Path: dir})
		var gs []*kg.Graph
		for i := 0; i < 1000; i++ {
			gs = append(gs, storetest.Synthetic(i))
		}
		t0 := time.Now()
		if _, err := s.WriteGraphs(ctx, gs); err != nil {
			t.Fatal(err)
		}
		t.Logf("write %v", time.Since(t0))
		s.Close()
	}
	s := openTest(t, Options{Backend: "leveldb", Path: dir, ReadOnly: true})
	org := kg.EntityIRI(schema.Organization, "org-3")
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		r, err := s.Read(ctx, Out(org, schema.NSProp+"name"), In(quad.IRI(org)), Out(org), In(quad.String("org 3"), IndexKey), In(quad.IRI(kg.ClassQuote), schema.RDFType))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%v: %d %d %d %d %d", time.Since(t0), len(r[0]), len(r[1]), len(r[2]), len(r[3]), len(r[4]))
	}
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		r, _ := s.ReadOne(ctx, In(quad.IRI(kg.ClassQuote), schema.RDFType))
		t1 := time.Now()
		n := 0
		for _, q := range r {
			x, _ := s.ReadOne(ctx, Out(string(q.Subject.(quad.IRI))))
			n += len(x)
		}
		t.Logf("quotes %v, all their quads %d in %v", t1.Sub(t0), n, time.Since(t1))
	}
}
