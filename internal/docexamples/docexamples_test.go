package docexamples

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestLines(t *testing.T) {
	md := "# T\n\n```\ntool a   # one\nother b\n```\n\ntool outside a block\n\n```\ntool c\n```\n"
	p := filepath.Join(t.TempDir(), "README.md")
	if err := os.WriteFile(p, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Lines(p, "tool ")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"tool a   # one", "tool c"}; !slices.Equal(got, want) {
		t.Errorf("Lines = %q, want %q", got, want)
	}
	if _, err := Lines(filepath.Join(t.TempDir(), "none.md"), "tool "); err == nil {
		t.Error("a missing file gave no error")
	}
}
