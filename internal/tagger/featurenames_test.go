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
		{"clusters,bogus", 0, `unknown group "bogus" (clusters, cluster-nbrs, cluster-nbrs2, cluster-strip, cluster-bi, cluster-rare, doc, strip-affix, history, history-add, given-names, none)`},
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
