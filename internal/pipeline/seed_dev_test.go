package pipeline

import (
	"os"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
)

// TestDevSeed writes the seed's export to $SEED_OUT for scoring during development.
func TestDevSeed(t *testing.T) {
	out := os.Getenv("SEED_OUT")
	if out == "" {
		t.Skip("SEED_OUT not set")
	}
	in := os.Getenv("SEED_IN")
	b, err := os.ReadFile(in)
	if err != nil {
		t.Skip(err)
	}
	docs, err := text.Parse(in, b, text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var gs []*kg.Graph
	for _, d := range docs {
		gs = append(gs, Extract(d))
	}
	f, _ := os.Create(out)
	defer f.Close()
	if err := kg.WriteJSON(f, kg.Merge(gs)); err != nil {
		t.Fatal(err)
	}
}
