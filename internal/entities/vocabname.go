package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// vocabularyName is the rule "vocabulary-name": a person's name read only
// by its position next to a title (name-by-position, name-comma-title,
// title-before-name) is no name when every word of it is ordinary
// vocabulary of the news corpus (ar/vocabulary, or common_words) and none
// is a listed given name: "إلغاء مناصب نواب رئيس الجمهورية", "استشاري
// تجميل عيون رئيس قسم العيون". A word no list knows (a surname, a foreign
// name) keeps the name, and so does a name particle (بن، أبو، آل): "موفق
// أبو طالب" is built as a name though each word is also vocabulary.
func vocabularyName(d *text.Document, i, j int) bool {
	L := lang.Of(d.Lang)
	if len(L.Vocabulary) == 0 {
		return false
	}
	words := 0
	for k := i; k < j; k++ {
		t := d.Tokens[k]
		if t.Class != text.Word {
			continue
		}
		if nameParticle(d.Lang, t) {
			return false // "موفق أبو طالب", "عواد بن عيد": built as a name
		}
		if _, given := firstName(d.Lang, t); given {
			return false
		}
		if L.VocabularyKind(t.Text) == "" && !L.IsCommon(t.Text) {
			return false
		}
		words++
	}
	return words > 0
}
