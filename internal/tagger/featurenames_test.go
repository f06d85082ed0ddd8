package tagger

import (
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
		{"clusters,bogus", 0, `unknown group "bogus" (clusters, cluster-nbrs, cluster-nbrs2, cluster-strip, cluster-bi, cluster-rare, doc, strip-affix, history, history-add, none)`},
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
