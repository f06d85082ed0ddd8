package tagger

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

var benchSentences = map[string]string{
	"ar": "وقال الرئيس التنفيذي لشركة علي بابا جوزيف تساي في مؤتمر صحفي في بكين إن الشركة ستستثمر 560 مليون دولار في الذكاء الاصطناعي خلال العام المقبل بالتعاون مع وزارة الصناعة الصينية .",
	"en": "Alibaba chief executive Joseph Tsai told reporters in Beijing on Monday that the company would invest $ 560 million in artificial intelligence next year with China 's Ministry of Industry .",
}

func benchTag(b *testing.B, lang string) {
	t, err := ForLang(lang)
	if err != nil {
		b.Fatal(err)
	}
	toks := strings.Fields(benchSentences[lang])
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t.Tag(toks)
	}
	b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTagAr(b *testing.B) { benchTag(b, "ar") }
func BenchmarkTagEn(b *testing.B) { benchTag(b, "en") }

// benchTagDoc tags a document of ten copies of the benchmark sentence (the
// worst case of the document features: every word recurs) with the model
// at $GRAPHBUILD_TAGGER_MODEL, or the embedded one.
func benchTagDoc(b *testing.B, lang string) {
	t, err := ForLang(lang)
	if p := os.Getenv("GRAPHBUILD_TAGGER_MODEL"); p != "" {
		var f *os.File
		if f, err = os.Open(p); err == nil {
			t, err = Load(f)
			f.Close()
		}
	}
	if err != nil {
		b.Fatal(err)
	}
	var doc [][]string
	n := 0
	for range 10 {
		doc = append(doc, strings.Fields(benchSentences[lang]))
		n += len(doc[0])
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t.TagDocument(doc)
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTagDocAr(b *testing.B) { benchTagDoc(b, "ar") }
func BenchmarkTagDocEn(b *testing.B) { benchTagDoc(b, "en") }

func benchLoad(b *testing.B, lang string) {
	data, err := models.ReadFile("models/" + lang + ".model.gz")
	if err != nil {
		b.Fatal(err)
	}
	SchemaGazetteer(lang)
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadAr(b *testing.B) { benchLoad(b, "ar") }
func BenchmarkLoadEn(b *testing.B) { benchLoad(b, "en") }
