package entities

import "testing"

// TestNamedAfterPerson checks the rule "named-after-person" on sentences of
// our own: a person read after a named_after noun and a title is part of
// the place's name and is dropped; with a glued preposition too; a name
// after the noun with the article, with no title between, or after a title
// alone stays.
func TestNamedAfterPerson(t *testing.T) {
	runPersonSpanCases(t, dropNamedAfterPersons, []personSpanCase{
		{"an airport named after a king", "هبطت الطائرة في مطار الملك سامر الدولي أمس.", "سامر", 1, ""},
		{"a mosque with a glued preposition", "وقع الحادث بمسجد الإمام نادر بن كريم مساء الجمعة.", "نادر", 3, ""},
		{"a stadium after a prince, the title read with the name", "أقيمت المباراة على ملعب الأمير ماجد بن فهد أمس.", "الأمير", 4, ""},
		{"two titles between", "افتتح الوزير جامعة خادم الحرمين الشريفين الملك رامي للعلوم.", "رامي", 1, ""},
		{"a prize named after a prince", "فاز الباحث بجائزة الأمير حاتم للتفوق.", "حاتم", 1, ""},
		{"a title alone: a person", "وقال الأمير ماجد بن فهد إن الفريق جاهز.", "ماجد", 3, "ماجد بن فهد"},
		{"the noun with the article: a person", "وزار المسجد الشيخ ناصر العلي أمس.", "ناصر", 2, "ناصر العلي"},
		{"no title between: left", "صلى المصلون في مسجد نادر بن كريم أمس.", "نادر", 3, "نادر بن كريم"},
	})
}
