package tagger

import (
	"slices"
	"strings"
	"testing"
)

func TestParseFeatures(t *testing.T) {
	tests := []struct {
		list    string
		want    FeatureSet
		wantErr string
	}{
		{"none", 0, ""},
		{"clusters", FeatClusters, ""},
		{"clusters,doc,history", FeatClusters | FeatDoc | FeatHistory, ""},
		{"cluster-nbrs2,strip-affix", FeatClusterNbrs2 | FeatStripAffix, ""},
		{"clusters,bogus", 0, `unknown group "bogus" (clusters, cluster-nbrs, cluster-nbrs2, cluster-strip, cluster-bi, cluster-rare, doc, strip-affix, history, history-add, given-names, vocabulary, article-grade, none)`},
	}
	for _, tc := range tests {
		got, err := ParseFeatures(tc.list)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%q: error %v, want %q", tc.list, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%q = %b, %v; want %b", tc.list, got, err, tc.want)
		}
	}
}

// TestGivenNames: a model with FeatGivenNames reads the given-name list
// ("given-B" on أحمد, John); one without does not.
func TestGivenNames(t *testing.T) {
	for _, tc := range []struct{ lang, name string }{{"ar", "أحمد"}, {"en", "John"}} {
		if GivenNames(tc.lang).Len() == 0 {
			t.Fatalf("%s: no given names", tc.lang)
		}
		toks := []string{tc.name, "x"}
		for _, fs := range []FeatureSet{0, FeatGivenNames} {
			m := &Tagger{lang: tc.lang, names: NewPhrases(hasClitics(tc.lang)), extra: SchemaGazetteer(tc.lang), feats: fs}
			got := m.infos(toks)[0].gaz
			has := slices.Contains(got, "given-B")
			if has != (fs != 0) {
				t.Errorf("%s features %d: gazetteer labels %v", tc.lang, fs, got)
			}
		}
	}
}

// TestVocabulary: a model with FeatVocabulary marks a word of the news
// vocabulary, also under its clitics (للبنك is ل + ال + بنك, an
// alternating stem); one without does not, and a name is not marked.
func TestVocabulary(t *testing.T) {
	if Vocabulary("ar").Len() == 0 {
		t.Fatal("ar: no vocabulary")
	}
	for _, fs := range []FeatureSet{0, FeatVocabulary} {
		m := &Tagger{lang: "ar", names: NewPhrases(true), extra: SchemaGazetteer("ar"), feats: fs}
		in := m.infos([]string{"للبنك", "بتروبراس"})
		if has := slices.Contains(in[0].gaz, "voc:alternating-B"); has != (fs != 0) {
			t.Errorf("features %d: للبنك has labels %v", fs, in[0].gaz)
		}
		for _, g := range in[1].gaz {
			if strings.HasPrefix(g, "voc:") {
				t.Errorf("features %d: بتروبراس has label %s", fs, g)
			}
		}
	}
	if Vocabulary("en").Len() != 0 {
		t.Error("en: no vocabulary list, yet phrases")
	}
}

// TestArticleGrades: a model with FeatArticleGrade reads each stem's article
// grade from the embedded table (بريد, mostly البريد in the news, under
// its clitics in وبالبريد); one without does not.
func TestArticleGrades(t *testing.T) {
	if ArticleGrades("ar").Len() < 10000 {
		t.Fatalf("ar: %d graded stems", ArticleGrades("ar").Len())
	}
	for _, fs := range []FeatureSet{0, FeatArticleGrade} {
		m := &Tagger{lang: "ar", names: NewPhrases(true), extra: SchemaGazetteer("ar"), feats: fs}
		in := m.infos([]string{"وبالبريد", "x"})
		has := slices.ContainsFunc(in[0].gaz, func(g string) bool { return strings.HasPrefix(g, "art:") })
		if has != (fs != 0) {
			t.Errorf("features %d: وبالبريد has labels %v", fs, in[0].gaz)
		}
	}
}
