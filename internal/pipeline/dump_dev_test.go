package pipeline

import (
	"fmt"
	"os"
	"testing"

	"graphbuild/internal/entities"
	"graphbuild/internal/relations"
	"graphbuild/internal/text"
)

// TestDevDump prints mentions, facts and quotes of $SEED_IN (development aid).
func TestDevDump(t *testing.T) {
	in := os.Getenv("DUMP_IN")
	if in == "" {
		t.Skip("DUMP_IN not set")
	}
	b, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := text.Parse(in, b, text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	r := entities.Default(d.Lang).Extract(d)
	for _, m := range r.Mentions {
		fmt.Printf("M %-12s %-20s %-10s %s\n", m.Type, m.Source, m.Kind, m.Text)
	}
	out := relations.Default().Extract(r)
	for _, f := range out.Facts {
		o := ""
		if f.Value != nil {
			o = f.Value.Text
		} else {
			o = r.Entities[f.Object].Name
		}
		fmt.Printf("F %s %s %s  [%s %.2f]\n", r.Entities[f.Subject].Name, f.Predicate, o, f.Rule, f.Confidence)
	}
	for _, q := range out.Quotes {
		fmt.Printf("Q %s (%v) %s [%s]\n", r.Entities[q.Speaker].Name, q.Direct, d.Slice(q.Span), q.Rule)
	}
}
