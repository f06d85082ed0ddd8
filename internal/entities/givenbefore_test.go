package entities

import "testing"

// TestGivenNameBefore checks the rule "given-name-before" on sentences of
// our own: a person's name started one word late takes in the listed given
// name before it, but not one with a glued clitic, a stopword or a word of
// another sentence.
func TestGivenNameBefore(t *testing.T) {
	runPersonSpanCases(t, extendGivenNameBefore, []personSpanCase{
		{"a given name before a foreign surname", "وشارك في الفيلم روبرت دالتوني جونيور أمس.", "دالتوني", 2, "روبرت دالتوني جونيور"},
		{"a given name before a given name and a surname", "وقال بدر سامر الحلبي إن الرحلة بدأت.", "سامر", 2, "بدر سامر الحلبي"},
		{"two given names before", "وحضر اللقاء محمد خالد سامر الحلبي.", "سامر", 2, "محمد خالد سامر الحلبي"},
		{"a glued conjunction is not taken", "وحضر كمال وسعد الحلبي.", "الحلبي", 1, "الحلبي"},
		{"a glued preposition is not taken", "في فيلم لجيروم دالتوني.", "دالتوني", 1, "دالتوني"},
		{"a given name that is a common word is not taken (باسم)", "وقالت المتحدثة باسم سامر الحلبي إن العمل بدأ.", "سامر", 2, "سامر الحلبي"},
		{"a name joined by و takes nothing before it", "وحضر كمال وسامر الحلبي.", "وسامر", 2, "وسامر الحلبي"},
		{"a common word before is not taken", "وقال المدير سامر الحلبي إن العمل بدأ.", "سامر", 2, "سامر الحلبي"},
		{"a name across a full stop is not taken", "وصل محمد. سامر الحلبي غادر.", "سامر", 2, "سامر الحلبي"},
	})
}
