package relations

import "testing"

// TestFieldBeforeTitle: rule field-before-title — lower-case words naming a
// title's field ("local government spokesman") after an organisation's
// possessive do not hide the person who opens the sentence, so "He said"
// in the next sentence is that person's, not the last speaker's.
func TestFieldBeforeTitle(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"he after a sentence opened by an organisation's field spokesman",
			"Tomas Brennick said: \"The budget is fair to every council.\" The Harmon Party's local government spokesman Ewan Caddel called the settlement a disgrace. He said: \"Councils have been short changed yet again.\"",
			[]string{"quote-direct Ewan Caddel direct: Councils have been short changed"}, []string{"quote-direct Tomas Brennick direct: Councils have been short changed"}},
		{"he after a sentence opened by a determiner and a field title",
			"Tomas Brennick said: \"The budget is fair to every council.\" The home affairs spokesman Ewan Caddel rejected the plan on Monday. He said: \"Councils have been short changed yet again.\"",
			[]string{"quote-direct Ewan Caddel direct: Councils have been short changed"}, []string{"quote-direct Tomas Brennick direct: Councils have been short changed"}},
		{"an honorific after a participle is no title",
			"Tomas Brennick said the plan was fair. But Lena Hask, the lawyer representing Mr Ovel, said the families would be reunited with the men.",
			[]string{"quote-indirect Lena Hask indirect: the families would be reunited"}, []string{"quote-indirect Ovel indirect: the families"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}
