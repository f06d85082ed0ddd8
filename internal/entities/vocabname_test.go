package entities

import "testing"

// TestVocabularyName checks the rule "vocabulary-name" on sentences of our
// own: a name read by its position next to a title, made only of ordinary
// vocabulary with no given name, is no person.
func TestVocabularyName(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"nouns before a title (name-by-position)",
			"ودعا البيان إلى إلغاء مناصب نواب رئيس مجلس الإدارة فورا.",
			nil, []string{"Person مناصب نواب", "Person إلغاء مناصب نواب"}},
		{"nouns after a title (title-before-name)",
			"وحضر اللقاء أستاذ مشارك مناهج في جامعة الملك سعود.",
			nil, []string{"Person مشارك مناهج"}},
		{"a given name keeps the name",
			"وقال خالد طالب مدير إدارة الصحة إن المستشفى جاهز.",
			[]string{"Person خالد طالب"}, nil},
		{"a name particle keeps the name",
			"وقال مدير إدارة الصحة بمنطقة جازان د. موفق أبو طالب إن المستشفى جاهز.",
			[]string{"Person موفق أبو طالب"}, nil},
		{"a word no list knows keeps the name",
			"وقال موفق الغفيص مدير إدارة الصحة إن المستشفى جاهز.",
			[]string{"Person موفق الغفيص"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
}
