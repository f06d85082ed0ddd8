package tagger

import (
	"slices"
	"strings"
	"testing"
)

// TestDocFeatures: a word reads the evidence of its other occurrences in
// the document, never its own, and a word seen once reads none.
func TestDocFeatures(t *testing.T) {
	g := NewPhrases(true)
	g.Add("الرئيس", "title")
	g.Add("شركة", "trig:ORG")
	doc := []string{
		"قال الرئيس كامل إن شركة نوبار تنمو .",
		"وأضاف كامل أن نوبار ستفتح فرعا مع سامر .",
		"وقال لكامل مصدر .",
	}
	var infos [][]tokInfo
	for _, s := range doc {
		toks := strings.Fields(s)
		p := prepare(toks, true)
		infos = append(infos, newTokInfos("ar", toks, p, matchSentence(g, toks, p), nil, nil))
	}
	addDocFeatures(infos, false, false)
	at := func(s int, w string) []string {
		for _, in := range infos[s] {
			if in.raw == w {
				return in.doc
			}
		}
		t.Fatalf("no %q in sentence %d", w, s)
		return nil
	}
	for _, tc := range []struct {
		s          int
		word       string
		want, none []string
	}{
		// The repetition reads the title before the first mention.
		{1, "كامل", []string{"pos=later", "g-1=title-B"}, []string{"pos=first", "pos=only"}},
		{0, "كامل", []string{"pos=first"}, []string{"g-1=title-B"}},
		{1, "سامر", []string{"pos=only"}, []string{"pos=first", "g-1=title-B"}},
		{1, "نوبار", []string{"pos=later", "g-1=trig:ORG-B"}, nil},
		// The first mention reads the later ones, not its own trigger.
		{0, "نوبار", []string{"pos=first"}, []string{"g-1=trig:ORG-B"}},
		// A clitic-stripped form matches the bare word: لكامل is كامل.
		{2, "لكامل", []string{"pos=later"}, nil},
		{0, ".", nil, []string{"pos=only", "pos=later"}},
	} {
		got := at(tc.s, tc.word)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s (sentence %d): %q missing from %q", tc.word, tc.s, w, got)
			}
		}
		for _, w := range tc.none {
			if slices.Contains(got, w) {
				t.Errorf("%s (sentence %d): %q present in %q", tc.word, tc.s, w, got)
			}
		}
	}
}

// TestTagDocument: without FeatDoc, tagging a document is tagging each
// sentence.
func TestTagDocument(t *testing.T) {
	m, err := ForLang("ar")
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{strings.Fields("قال الرئيس كامل إن شركة نوبار تنمو ."), strings.Fields("وأضاف كامل أن نوبار ستفتح فرعا ."), {}}
	tags, margins := m.TagDocument(doc)
	for i, s := range doc {
		want, wm := m.TagWithScores(s)
		if !slices.Equal(tags[i], want) || !slices.Equal(margins[i], wm) {
			t.Errorf("sentence %d: TagDocument %v, TagWithScores %v", i, tags[i], want)
		}
	}
}

// TestHistoryReusesInfos: the two passes of a FeatHistory model share the
// token infos; the result equals tagging the document with the first model
// on its own, then the second.
func TestHistoryReusesInfos(t *testing.T) {
	m := Train(toyData(), TrainOptions{Lang: "en", Epochs: 5, CorpusNames: true, NameFolds: 2, Features: FeatDoc | FeatHistory})
	var doc [][]string
	for _, s := range toyData() {
		doc = append(doc, s.Tokens)
	}
	got, _ := m.TagDocument(doc)
	prev, _ := m.first.TagDocument(doc)
	infos := make([][]tokInfo, len(doc))
	for i, s := range doc {
		infos[i] = m.infos(s)
	}
	addDocFeatures(infos, casedNames("en"), false)
	addHistory(infos, prev)
	for i, s := range doc {
		want, _ := m.decode(s, infos[i], false)
		if !slices.Equal(got[i], want) {
			t.Errorf("sentence %d: %v, want %v", i, got[i], want)
		}
	}
}
