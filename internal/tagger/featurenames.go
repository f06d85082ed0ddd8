package tagger

import (
	"fmt"
	"strings"
)

// featureNames are the names of the optional feature groups, as
// train-tagger's --features takes them and the tagger README lists them.
var featureNames = []struct {
	name string
	set  FeatureSet
}{
	{"clusters", FeatClusters},
	{"cluster-nbrs", FeatClusterNbrs},
	{"cluster-nbrs2", FeatClusterNbrs2},
	{"cluster-strip", FeatClusterStrip},
	{"cluster-bi", FeatClusterBi},
	{"cluster-rare", FeatClusterRare},
	{"doc", FeatDoc},
	{"strip-affix", FeatStripAffix},
	{"history", FeatHistory},
	{"history-add", FeatHistoryAdd},
	{"given-names", FeatGivenNames},
	{"vocabulary", FeatVocabulary},
	{"article-grade", FeatArticleGrade},
}

// ParseFeatures reads a comma-separated list of feature group names
// ("clusters,doc"; "none" for no optional group) into a FeatureSet.
func ParseFeatures(list string) (FeatureSet, error) {
	var fs FeatureSet
	for _, name := range strings.Split(list, ",") {
		if name == "none" {
			continue
		}
		found := false
		for _, f := range featureNames {
			if f.name == name {
				fs |= f.set
				found = true
			}
		}
		if !found {
			names := make([]string, 0, len(featureNames)+1)
			for _, f := range featureNames {
				names = append(names, f.name)
			}
			return 0, fmt.Errorf("unknown group %q (%s, none)", name, strings.Join(names, ", "))
		}
	}
	return fs, nil
}
