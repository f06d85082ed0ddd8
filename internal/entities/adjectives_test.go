package entities

import (
	"testing"
)

// TestNationalityAdjectives checks the rule "nationality-adjective" on
// sentences of our own: السعودية after a definite noun is an adjective.
func TestNationalityAdjectives(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"after a definite plural noun: an adjective",
			"طالب خبراء البنوك السعودية بخفض القروض.", nil, []string{"Place السعودية"}},
		{"after a definite noun with لل: an adjective",
			"قدمت الحكومة دعما للشركات السعودية الناشئة.", nil, []string{"Place السعودية"}},
		{"after a preposition: the country",
			"افتتحت الشركة فرعا في السعودية العام الماضي.", []string{"Place السعودية"}, nil},
		{"opening a sentence: the country",
			"السعودية تعلن ميزانية جديدة للعام المقبل.", []string{"Place السعودية"}, nil},
		{"coordinated with و: the country",
			"زار الوفد الإمارات والسعودية الشهر الماضي.", []string{"Place السعودية"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionsOf(extract(t, tc.text))
			checkMentions(t, got, tc.want, tc.not)
		})
	}
}
