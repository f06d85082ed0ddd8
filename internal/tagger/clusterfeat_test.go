package tagger

import (
	"testing"

	"graphbuild/internal/wordclusters"
)

func TestClusterRare(t *testing.T) {
	sents := []Sentence{
		{Tokens: []string{"Paris", "is", "big"}, Tags: []string{"B-LOC", "O", "O"}},
		{Tokens: []string{"paris", "and", "London"}, Tags: []string{"B-LOC", "O", "B-LOC"}},
	}
	common := commonWords(sents, false, 2)
	if !common["paris"] || common["london"] || common["is"] {
		t.Fatalf("commonWords(≥2) = %v, want only paris", common)
	}
	clu := wordclusters.ForLang("en")
	toks := []string{"Paris", "London", "zzqxv"}
	for _, tc := range []struct {
		name   string
		common map[string]bool
		want   []string // "F": the common mark, "path": a path from the table, "": none
	}{
		{"no gating", nil, []string{"path", "path", ""}},
		{"gated", common, []string{"F", "path", ""}},
	} {
		in := newTokInfos("en", toks, prepare(toks, false), nil, clu, tc.common)
		for i, w := range tc.want {
			got := in[i].clu
			switch {
			case w == "F" && got != commonMark,
				w == "path" && (got == "" || got == commonMark),
				w == "" && got != "":
				t.Errorf("%s: %s has cluster %q, want %s", tc.name, toks[i], got, w)
			}
		}
	}
	// Arabic: a stripped form frequent in training makes the token common.
	ar := commonWords([]Sentence{{Tokens: []string{"الصين", "الصين"}, Tags: []string{"B-LOC", "B-LOC"}}}, true, 2)
	if !isCommon(ar, prepare([]string{"والصين"}, true).forms[0]) {
		t.Errorf("والصين: its stripped form الصين is common, the token is not marked so")
	}
}
