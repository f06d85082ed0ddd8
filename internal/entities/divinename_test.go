package entities

import "testing"

// TestDivineName checks the rule "divine-name" on sentences of our own:
// the name of God alone or after a word that is no given name is no
// person; at a name's start it takes in the first half of the compound;
// a compound with a given name stays.
func TestDivineName(t *testing.T) {
	runPersonSpanCases(t, dropDivineNames, []personSpanCase{
		{"a formula after a verb with a pronoun", "توفي الرجل رحمه الله أمس.", "رحمه", 2, ""},
		{"a formula after a preposition", "وتم العمل بحمد الله وحده.", "بحمد", 2, ""},
		{"a title before the name of God", "وقال آية الله إن الاتفاق جيد.", "آية", 2, ""},
		{"the name of God alone", "أقسم بالله إنه صادق.", "بالله", 1, ""},
		{"a compound with a particle behind و stays", "وحضر وعبد الله الحلبي أمس.", "وعبد", 2, "وعبد الله"},
		{"a family name of that shape stays", "وقال الجار الله إن العمل بدأ.", "الجار", 2, "الجار الله"},
		{"a past verb before: the word is taken off", "رحم الله سامر الحلبي.", "الله", 3, "سامر الحلبي"},
		{"a compound with a given name stays", "وقال نصر الله إن الحرب طويلة.", "نصر", 2, "نصر الله"},
		{"a name starting with it takes the word before", "وقال العميد يد الله سامري إن الخطة جاهزة.", "الله", 2, "يد الله سامري"},
		{"a stopword before: the word is taken off", "لا إله إلا الله سامر الحلبي.", "الله", 3, "سامر الحلبي"},
	})
}
