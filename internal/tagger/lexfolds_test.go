package tagger

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"graphbuild/schema"
)

// TestLexiconFolds: the schema gazetteer without some lexicon entries
// still holds the word lists, and training with the lexicon jackknifed is
// deterministic and keeps the whole gazetteer for use time.
func TestLexiconFolds(t *testing.T) {
	var name, label string
	for _, e := range schema.Lexicon() {
		if c := conllOf(e.Type); c != "" && !strings.Contains(e.En, " ") && e.En != "" {
			name, label = e.En, "lex:"+c+"-B"
			break
		}
	}
	if name == "" {
		t.Skip("no one-word lexicon entry")
	}
	words, err := schema.Words("en", "titles")
	if err != nil || len(words) == 0 {
		t.Skip("no English titles list")
	}
	title := strings.Fields(words[0])
	toks := append(slices.Clone(title), name)
	all := SchemaGazetteer("en").Match(toks)
	none := schemaPhrases("en", func(string) bool { return false }).Match(toks)
	last := len(toks) - 1
	if !slices.Contains(all[last], label) {
		t.Errorf("whole gazetteer: %q has %v, want %s", name, all[last], label)
	}
	if slices.Contains(none[last], label) {
		t.Errorf("gazetteer without the lexicon: %q still has %s", name, label)
	}
	if !slices.Contains(none[0], "title-B") {
		t.Errorf("gazetteer without the lexicon lost the title %q: %v", title[0], none[0])
	}

	opts := TrainOptions{Lang: "en", Epochs: 3, Gazetteer: SchemaGazetteer("en"), LexiconFolds: 2}
	var b1, b2 bytes.Buffer
	m := Train(toyData(), opts)
	if err := m.Save(&b1); err != nil {
		t.Fatal(err)
	}
	if err := Train(toyData(), opts).Save(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("training with the lexicon jackknifed is not deterministic")
	}
	if m.extra != Gazetteer(opts.Gazetteer) {
		t.Error("the trained tagger does not keep the whole gazetteer for use time")
	}
}
