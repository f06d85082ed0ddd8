package entities

import (
	"testing"
)

// TestPatronymicStart checks the rule "patronymic-start" on sentences of our
// own: a name read by position before a title never starts on بن; the word
// before it (common vocabulary or the second half of a given name written
// apart) is the person's given name, over a chain of fathers' names, and a
// word that cannot be a name leaves no name at all.
func TestPatronymicStart(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"patronymic-start: a given name that is also a common word (عيد)",
			"وأوضح الشيخ عيد بن ضاوي القحيصي مدير عام النقل بالمنطقة أن الطرق جاهزة.",
			[]string{"Person عيد بن ضاوي القحيصي"}, []string{"Person ضاوي القحيصي"}},
		{"patronymic-start: a given name written in two words (عبد الله)",
			"وحضر الدكتور عبد الله بن ناصر الشهراني مدير عام التعليم بالمنطقة الحفل.",
			[]string{"Person عبد الله بن ناصر الشهراني"}, []string{"Person ناصر الشهراني"}},
		{"patronymic-start: a chain of fathers' names",
			"وشارك الأمير نهار بن عبد الله بن فالح آل ثنيان رئيس الجمعية الخيرية في الحفل.",
			[]string{"Person نهار بن عبد الله بن فالح آل ثنيان"}, []string{"Person فالح آل ثنيان"}},
		{"patronymic-start: no name when the word before بن is none",
			"وقدم التهنئة للمتفوقين بن زايد الخالدي رئيس اللجنة المنظمة.",
			nil, []string{"Person زايد الخالدي"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseBody(t, tc.text)
			var got []string
			for _, m := range PositionNames().Recognize(d) {
				got = append(got, string(m.Type)+" "+m.Text)
			}
			checkMentions(t, got, tc.want, tc.not)
		})
	}
}

// TestPatronymicSurname checks the rule "patronymic-surname" on sentences of
// our own: after a father's name, a definite ordinary word is the family
// name; a title is not.
func TestPatronymicSurname(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"an ordinary word as the family name",
			"وقال مدير عام الإدارة العامة للتخطيط المهندس خالد بن عبدالله المخرج إن العمل مستمر.",
			[]string{"Person خالد بن عبدالله المخرج"}, []string{"Person خالد بن عبدالله"}},
		{"a nisba as the family name",
			"وأوضح أستاذ الإعلام بالجامعة الدكتور سامي بن غازي المدني أن البرنامج ناجح.",
			[]string{"Person سامي بن غازي المدني"}, nil},
		{"a title after the father's name is not the family name",
			"وقال رئيس المجلس البلدي المهندس خالد بن عبدالله المدير العام للشركة إن العمل مستمر.",
			nil, []string{"Person خالد بن عبدالله المدير"}},
		{"a noun and its adjective after the name are the verb's object",
			"ودان مدير جامعة الشرق الدكتور سالم رشيد بن دعيج الجريمة الإرهابية في المسجد.",
			[]string{"Person سالم رشيد بن دعيج"}, []string{"Person سالم رشيد بن دعيج الجريمة"}},
		{"a family name before the next person's honorific",
			"وحضر الحفل رئيس المجلس البلدي المهندس خالد بن عبدالله المخرج الأمير سعود بن فهد.",
			[]string{"Person خالد بن عبدالله المخرج"}, nil},
		{"a weekday after the father's name is not the family name",
			"وقال رئيس المجلس البلدي المهندس خالد بن عبدالله الأربعاء إن العمل مستمر.",
			nil, []string{"Person خالد بن عبدالله الأربعاء"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
}
