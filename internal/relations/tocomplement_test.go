package relations

import "testing"

// TestToComplement covers rule to-complement: in English (to_words.txt
// empty) what follows "to" after a speech verb is a hearer, an infinitive or
// a noun phrase, never the reported words; the person still spoke, so a
// later "he said" is theirs. Before a verb with "to" no leading clause is
// read (verbHasObject).
func TestToComplement(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a noun phrase after added to",
			"Ivo Brandt has added to the confusion over the bridge by leaving the talks early.",
			nil, []string{"quote-indirect Ivo Brandt"}},
		{"a hearer after wrote to",
			"Marla Quist wrote to the council on Monday asking for a delay.",
			nil, []string{"quote-indirect Marla Quist indirect: the council"}},
		{"an infinitive after continued to",
			"Ivo Brandt continued to build his lead in the second half.",
			nil, []string{"quote-indirect Ivo Brandt"}},
		{"the person is still the later speaker",
			"Ivo Brandt has added to speculation linking him with a move to Madrid.\n\nThe defender believed he was talking to sporting director Emilio Butragueno when he berated his team-mates. \"I wish I was playing for Madrid,\" he said.",
			[]string{"quote-direct Ivo Brandt direct: I wish I was playing"}, []string{"quote-direct Emilio Butragueno"}},
		{"no leading clause before a verb with to",
			"On his first day in the witness box, Ivo Brandt admitted to falsifying the accounts.",
			nil, []string{"quote-leading-clause Ivo Brandt"}},
		{"a leading clause before said in keeps its speaker",
			"The bridge will reopen in the spring, Marla Quist said in her weekly column.",
			[]string{"quote-leading-clause Marla Quist indirect: The bridge will reopen"}, nil},
		{"a hearer after told: the person is still the later speaker",
			"Ivo Brandt told the board to expect delays at the port.\n\nThe defender believed he was talking to sporting director Emilio Butragueno when he berated his team-mates. \"I wish I was playing for Madrid,\" he said.",
			[]string{"quote-direct Ivo Brandt direct: I wish I was playing"}, nil},
		{"that after the verb still opens the clause",
			"Marla Quist said that the port would reopen in May.",
			[]string{"quote-indirect Marla Quist indirect: the port would reopen"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}

// TestToObjectNotStatement covers rule to-object-not-statement
// (to_object_verbs.txt): after «دعا إلى» a noun phrase is a call, not what
// was said; «إلى أن» after it still reports speech.
func TestToObjectNotStatement(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"called for a meeting",
			"عنوان\n\nودعا سامر الحداد إلى جمعية عمومية غير عادية لانتخاب رئيس جديد.",
			nil, []string{"quote-indirect سامر الحداد indirect: جمعية عمومية", "quote-indirect سامر indirect: جمعية عمومية"}},
		{"called for a meeting after speaking",
			"عنوان\n\nوقال سامر الحداد إن الاتحاد يمر بأزمة. ودعا إلى جمعية عمومية غير عادية لانتخاب رئيس جديد.",
			[]string{"quote-indirect سامر"}, []string{"quote-indirect سامر الحداد indirect: جمعية عمومية", "quote-indirect سامر indirect: جمعية عمومية"}},
		{"إلى أن after دعا still reports speech",
			"عنوان\n\nودعا سامر الحداد إلى أن تفتتح المصانع الجديدة في الربيع المقبل.",
			[]string{"quote-indirect سامر"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}
