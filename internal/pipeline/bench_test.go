package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"graphbuild/internal/tagger"
	"graphbuild/internal/text"
)

// benchDocs reads the fixture articles of one language, or, when
// GRAPHBUILD_BENCH_CORPUS names a .jsonl file, the articles of that file
// (e.g. the first 300 of ../shared/corpus, for a profile on more text).
func benchDocs(b *testing.B, lang string) ([]*text.Document, int) {
	b.Helper()
	var docs []*text.Document
	if p := os.Getenv("GRAPHBUILD_BENCH_CORPUS"); p != "" {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		ds, err := text.Parse(filepath.Base(p), data, text.ParseOptions{})
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range ds {
			if string(d.Lang) == lang {
				docs = append(docs, d)
			}
		}
	} else {
		fs, err := filepath.Glob(filepath.Join(fixtureDir, lang+"-*.txt"))
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range fs {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			ds, err := text.Parse(filepath.Base(f), data, text.ParseOptions{})
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, ds...)
		}
	}
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	if words == 0 {
		b.Skipf("no %s text", lang)
	}
	return docs, words
}

// cpuTime is the process's user+sys time so far: on a shared machine the
// CPU a benchmark spends varies far less than its wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchExtract extracts every document once per iteration (with the
// tagger's word cache emptied, as the same text comes again) and reports
// words per second of wall time and of CPU time (user+sys of the whole
// process, the garbage collector's included).
func benchExtract(b *testing.B, lang string) {
	docs, words := benchDocs(b, lang)
	for _, d := range docs { // load the language's models outside the timing
		Extract(d)
		break
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		tagger.DropRowCaches() // each pass starts with no word cached
		for _, d := range docs {
			Extract(d)
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(b.N*words)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N*words)/cpu.Seconds(), "words/cpu-s")
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkExtractAr(b *testing.B) { benchExtract(b, "ar") }
func BenchmarkExtractEn(b *testing.B) { benchExtract(b, "en") }
