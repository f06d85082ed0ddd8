package entities

import "testing"

// TestParticleEnd checks the rule "particle-end" on sentences of our own: a
// person's name that ends on a name particle takes in the word the particle
// joins (and a family name after it), or loses the particle when no name
// word follows; particles alone are no name.
func TestParticleEnd(t *testing.T) {
	runPersonSpanCases(t, completeParticleNames, []personSpanCase{
		{"آل takes the honorific-like family name", "حضر الحفل المهندس سامي بن عبدالكريم آل الشيخ أمس.", "سامي", 4, "سامي بن عبدالكريم آل الشيخ"},
		{"أبو takes a common word", "وقال رامي أبو راس إن المشروع اكتمل.", "رامي", 2, "رامي أبو راس"},
		{"عبد takes الله as a given name, then the family name", "بحضور الدكتور خالد بن عبد الله المطيري.", "خالد", 3, "خالد بن عبد الله المطيري"},
		{"بن takes the father's name and the family name", "وأكد الشيخ ناصر بن مساعد العنزي أن العمل مستمر.", "ناصر", 2, "ناصر بن مساعد العنزي"},
		{"no word after the particle: it is taken off", "وصل جمال ابن، ثم غادر.", "جمال", 2, "جمال"},
		{"a function word after the particle: it is taken off", "وكان وليد بن في المنزل.", "وليد", 2, "وليد"},
		{"particles alone are no name", "وكان أبو بنت في المنزل.", "أبو", 2, ""},
		{"a given name and بن before the name come first", "وكشف الأمير سلمان بن نواف بن فهد أن الجمعية أنفقت المبلغ.", "نواف", 3, "سلمان بن نواف بن فهد"},
		{"the given name keeps no glued و", "وعين الأمير سامي بن فهد، ومحمد بن ماجد بن خالد وزير دولة.", "ماجد", 3, "محمد بن ماجد بن خالد"},
		{"a stopword before بن is no given name", "واعتمدت على أم محمد العلي في ذلك.", "محمد", 2, "محمد العلي"},
		{"a name not ending on a particle is left", "وقال رامي أبو راس إن المشروع اكتمل.", "رامي", 3, "رامي أبو راس"},
	})
}
