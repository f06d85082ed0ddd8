package query

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/store"
	"graphbuild/internal/store/storetest"
)

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{"abc": 3, "علي": 3, "نموذجاً": 6, "中文": 4, "": 0} {
		if got := DisplayWidth(s); got != want {
			t.Errorf("DisplayWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestWriteTable(t *testing.T) {
	var b bytes.Buffer
	WriteTable(&b, [][]string{{"A", "B", "C"}, {"نموذجاً", "x\ny", "z"}, {"ab", "", "last"}})
	want := "A       B    C\nنموذجاً  x y  z\nab           last\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestQueries(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, store.Options{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := Docs(ctx, s, &bytes.Buffer{}, "table", 0); !errors.Is(err, ErrNoMatch) {
		t.Errorf("empty store: %v", err)
	}
	var b bytes.Buffer
	if err := Export(ctx, s, &b, "json"); !errors.Is(err, ErrNoMatch) || !strings.Contains(b.String(), `"documents": []`) {
		t.Errorf("empty export: %v %s", err, b.String())
	}
	s.WriteGraphs(ctx, []*kg.Graph{storetest.Sample("ar-1"), storetest.SampleEN("en-1")})
	iris, err := ResolveDocs(ctx, s, []string{"ar-1", kg.DocIRI("en-1"), "ar-1"})
	if err != nil || len(iris) != 2 {
		t.Errorf("ResolveDocs = %v, %v", iris, err)
	}
	if _, err := ResolveDocs(ctx, s, []string{"x"}); !errors.Is(err, ErrUsage) {
		t.Errorf("unknown doc: %v", err)
	}
	qs, err := WhoSaid(ctx, s, WhoSaidOptions{})
	if err != nil || len(qs) != 3 || qs[0].Speaker != "Sam Altman" || qs[1].Speaker != "Justin Lin" || qs[1].Org != "Alibaba" || qs[1].Title != "القائد التقني" {
		t.Errorf("WhoSaid = %+v, %v", qs, err)
	}
	if err := Export(ctx, s, &b, "xml"); !errors.Is(err, ErrUsage) {
		t.Errorf("bad format: %v", err)
	}
	b.Reset()
	if err := Export(ctx, s, &b, "nquads", kg.DocIRI("ar-1")); err != nil {
		t.Fatal(err)
	}
	t.Log(strings.Join(strings.Split(b.String(), "\n")[:12], "\n"))
}
