package entities

import "testing"

// TestVerbAfterSurname checks the rule "verb-after-surname" on sentences of
// our own: a past verb after a name closed by a definite word is cut off;
// a given name there, a name of two words, and a surname with no article
// stay.
func TestVerbAfterSurname(t *testing.T) {
	runPersonSpanCases(t, trimNameEdges, []personSpanCase{
		{"a past verb after a definite surname", "وذكرت الصحيفة أن سامر الحلبي عاود التدريب أمس.", "سامر", 3, "سامر الحلبي"},
		{"a past verb with its prefix", "وقالت المصادر إن عبد الناصر ترأس الاجتماع.", "عبد", 3, "عبد الناصر"},
		{"a given name after a definite word stays", "وحضر سامر العلي أحمد الحفل.", "سامر", 3, "سامر العلي أحمد"},
		{"two words: the verb stays for other rules", "وقال إن الحلبي عاود التدريب.", "الحلبي", 2, "الحلبي عاود"},
	})
}
