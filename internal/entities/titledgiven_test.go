package entities

import "testing"

// TestTitledGivenName checks the rule "titled-given-name" on sentences of
// our own: an unlisted word between a title, a nationality adjective or an
// honorific and a name read without it is its given name; a vocabulary
// word, a preposition-glued noun or a word after no title stays out.
func TestTitledGivenName(t *testing.T) {
	runPersonSpanCases(t, extendTitledGivenName, []personSpanCase{
		{"after a nationality adjective", "وقال وزير الدفاع الأميركي آشتون كارتر إن الاتفاق جيد.", "كارتر", 1, "آشتون كارتر"},
		{"after a title", "وقال رجل الأعمال أجوستي بينيديتو إن السوق هادئة.", "بينيديتو", 1, "أجوستي بينيديتو"},
		{"after a nationality adjective (f)", "وقالت الممثلة الأردنية صبا مبارك إنها سعيدة.", "مبارك", 1, "صبا مبارك"},
		{"a vocabulary word after a title stays out", "وقال المدير العام للمستشفى محمد العامري إن العمل بدأ.", "محمد", 2, "محمد العامري"},
		{"a glued preposition and a noun stay out", "وعقد الاجتماع برئاسة سامر الحلبي أمس.", "سامر", 2, "سامر الحلبي"},
		{"no title before: left", "وقال صديقه أجوستي بينيديتو إن السوق هادئة.", "بينيديتو", 1, "بينيديتو"},
	})
}

// TestTitledGivenNameNot checks what rule "titled-given-name" leaves out:
// a definite adjective, a place after a title that takes one, a noun with
// a pronoun.
func TestTitledGivenNameNot(t *testing.T) {
	runPersonSpanCases(t, extendTitledGivenName, []personSpanCase{
		{"a definite adjective", "وقال الخبير العقاري سايمون بارنز إن السوق هادئة.", "سايمون", 2, "سايمون بارنز"},
		{"a place after محافظ", "وقال محافظ بقيق سامر الحلبي إن العمل بدأ.", "سامر", 2, "سامر الحلبي"},
		{"a noun with a pronoun", "وكان وزير خارجيته جون كيري حاضرا.", "جون", 2, "جون كيري"},
		{"after an honorific: a rank's qualifier", "وقال العقيد مظلي سامر الحلبي إن الطرق آمنة.", "سامر", 2, "سامر الحلبي"},
		{"a preposition and the article", "وقالت المديرة العامة لليونيسكو إيرينا بوكوفا إن العمل مهم.", "إيرينا", 2, "إيرينا بوكوفا"},
	})
}
