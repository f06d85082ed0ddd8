package conll

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		format   Format
		want     []Sentence
		err      bool
	}{
		{"aner", "محمد B-PERS\nقال O\n\nفي O\n", ANER,
			[]Sentence{{[]string{"محمد", "قال"}, []string{"B-PERS", "O"}}, {[]string{"في"}, []string{"O"}}}, false},
		{"conll2003 with docstart", "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\r\n-DOCSTART- -X- O O\nPeter NNP I-NP I-PER\n", CoNLL2003,
			[]Sentence{{[]string{"EU", "rejects"}, []string{"I-ORG", "O"}}, {[]string{"Peter"}, []string{"I-PER"}}}, false},
		{"conll2003 short line", "EU NNP I-ORG\n", CoNLL2003, nil, true},
		{"aner without a tag", "EU\n", ANER, nil, true},
		{"tokens, first column only", "a\nb x\n\n  \nc\n", Tokens,
			[]Sentence{{Tokens: []string{"a", "b"}}, {Tokens: []string{"c"}}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tc.in), tc.format)
			if (err != nil) != tc.err {
				t.Fatalf("err = %v, want error %v", err, tc.err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestWriteReadsBack(t *testing.T) {
	sents := [][]string{{"EU", "rejects"}, {"Peter"}}
	tags := [][]string{{"B-ORG", "O"}, {"B-PER"}}
	var b bytes.Buffer
	if err := Write(&b, sents, tags); err != nil {
		t.Fatal(err)
	}
	if b.String() != "EU\tB-ORG\nrejects\tO\n\nPeter\tB-PER\n\n" {
		t.Errorf("wrote %q", b.String())
	}
	got, err := Read(&b, ANER)
	if err != nil || len(got) != 2 || !reflect.DeepEqual(got[0].Tags, tags[0]) {
		t.Errorf("read back %q, %v", got, err)
	}
}
