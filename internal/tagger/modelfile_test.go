package tagger

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"graphbuild/internal/wordclusters"
)

func TestTrainSaveLoad(t *testing.T) {
	for k, dec := range []string{Viterbi, Greedy, Viterbi, Viterbi, Viterbi, Viterbi} {
		opts := TrainOptions{Lang: "en", Decoder: dec, Epochs: 5, CorpusNames: true, NameWords: true, NameFolds: 2}
		if k >= 2 { // with the embedded word clusters, which Load reads again
			opts.Clusters = wordclusters.ForLang("en")
			opts.Features = FeatClusters | FeatClusterNbrs
		}
		if k == 3 { // and the words frequent in training, which the model keeps
			opts.Features |= FeatClusterRare
			opts.RareBelow = 2
		}
		if k == 4 { // document features and two passes: the file holds both models
			opts.Features = FeatDoc | FeatHistory
		}
		if k == 5 { // the second pass adds history weights to the first's scores
			opts.Features = FeatHistoryAdd
		}
		m := Train(toyData(), opts)
		if (k >= 4) != (m.first != nil) {
			t.Errorf("case %d: first-pass model %v", k, m.first)
		}
		var b1, b2 bytes.Buffer
		if err := m.Save(&b1); err != nil {
			t.Fatal(err)
		}
		if err := Train(toyData(), opts).Save(&b2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Errorf("%s: training is not deterministic", dec)
		}
		l, err := Load(bytes.NewReader(b1.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		l = l.WithGazetteer(nil)
		for _, s := range toyData() {
			a, b := m.Tag(s.Tokens), l.Tag(s.Tokens)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s: loaded model tags %v, trained one %v", dec, b, a)
			}
			if !reflect.DeepEqual(a, s.Tags) {
				t.Errorf("%s: toy training sentence tagged %v, want %v", dec, a, s.Tags)
			}
		}
		if l.Decoder() != dec || l.Lang() != "en" || l.feats != m.feats || (l.first == nil) != (m.first == nil) {
			t.Errorf("loaded %s %s", l.Decoder(), l.Lang())
		}
		if !reflect.DeepEqual(l.common, m.common) || (k == 3) != (len(m.common) > 0) {
			t.Errorf("case %d: common words %v, loaded %v", k, m.common, l.common)
		}
	}
	if _, err := Load(strings.NewReader("not gzip")); err == nil {
		t.Error("Load of garbage: want an error")
	}
}

// TestFeatureHash: a feature emitted in parts hashes as its joined string
// (what Load indexes), and the hash index finds every feature and nothing
// else.
func TestFeatureHash(t *testing.T) {
	var got []uint64
	e := emitter{keep: true, f: func(h uint64, f []byte) {
		if h != hashFeature(string(f)) {
			t.Errorf("hash of %q in parts differs from its whole", f)
		}
		got = append(got, h)
	}}
	e.emit("f-1|f=", "وقال", "|", "الرئيس")
	e.emit("b")
	if len(got) != 2 || got[0] == got[1] {
		t.Fatalf("hashes %v", got)
	}
	index := map[string]int32{}
	for i := range 5000 {
		index["w="+strconv.Itoa(i)] = int32(i)
	}
	x := newHashIndex(index)
	for f, id := range index {
		if g := x.get(hashFeature(f)); g != id {
			t.Fatalf("get(%q) = %d, want %d", f, g, id)
		}
	}
	if g := x.get(hashFeature("w=-1")); g != -1 {
		t.Errorf("absent feature found: %d", g)
	}
}
