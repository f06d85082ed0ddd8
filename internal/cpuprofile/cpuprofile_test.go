package cpuprofile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFromEnv(t *testing.T) {
	t.Setenv("CPUPROFILE_TEST", "")
	stop, err := FromEnv("CPUPROFILE_TEST")
	if err != nil {
		t.Fatal(err)
	}
	stop()

	path := filepath.Join(t.TempDir(), "cpu.pprof")
	t.Setenv("CPUPROFILE_TEST", path)
	stop, err = FromEnv("CPUPROFILE_TEST")
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Errorf("no profile written: %v", err)
	}

	t.Setenv("CPUPROFILE_TEST", filepath.Join(t.TempDir(), "missing", "cpu.pprof"))
	if _, err := FromEnv("CPUPROFILE_TEST"); err == nil || !strings.HasPrefix(err.Error(), "CPUPROFILE_TEST: ") {
		t.Errorf("an unwritable path: got %v, want an error naming the variable", err)
	}
}
