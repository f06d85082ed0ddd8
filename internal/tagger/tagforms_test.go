package tagger

import (
	"reflect"
	"strings"
	"testing"

	"graphbuild/internal/text"
)

// TestTagDocumentFormsMatches: tagging with the tokens' own forms
// (text.Token.Forms, as the entities stage passes them) gives the tags and
// margins of TagDocument, which folds and strips every word itself, on the
// fixture articles and the edge sentences of each language's shipped model.
func TestTagDocumentFormsMatches(t *testing.T) {
	for _, lang := range []string{"ar", "en"} {
		tg, err := ForLang(lang)
		if err != nil {
			t.Fatal(err)
		}
		var sents [][]string
		var forms [][][]string
		for _, line := range cacheSentences(t, lang) {
			toks := text.Tokenize(strings.Join(line, " "))
			if len(toks) == 0 {
				continue
			}
			w := make([]string, len(toks))
			f := make([][]string, len(toks))
			for i := range toks {
				w[i], f[i] = toks[i].Text, toks[i].Forms()
			}
			sents, forms = append(sents, w), append(forms, f)
		}
		wantTags, wantMargins := tg.TagDocument(sents)
		gotTags, gotMargins := tg.TagDocumentForms(sents, forms)
		if !reflect.DeepEqual(gotTags, wantTags) || !reflect.DeepEqual(gotMargins, wantMargins) {
			t.Errorf("%s: TagDocumentForms differs from TagDocument", lang)
		}
	}
}
