package relations

import (
	"testing"
)

// TestInstitutionPlace checks the institution-place rule: a place joined to
// ب right after an institution's name is where it is; a company, or another
// preposition, says nothing of the kind.
func TestInstitutionPlace(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"institution-place: جامعة … بالمدينة",
			"وقال مدير جامعة الملك سعود بالرياض إن الجامعة ستفتتح كلية جديدة.",
			[]string{"جامعة الملك سعود locatedIn الرياض"}, nil},
		{"institution-place: a place noun between ب and the place",
			"وزار الوفد سفارة المملكة بجمهورية مصر أمس.",
			[]string{"سفارة المملكة locatedIn مصر"}, nil},
		{"institution-place: ل is not where the institution is",
			"وأرسلت وزارة الصحة لمصر شحنة من الأدوية أمس.",
			nil, []string{"وزارة الصحة locatedIn مصر"}},
		{"institution-place: a branch noun: where the branch is",
			"وقال مدير عام فرع وزارة العمل بمنطقة الرياض إن الفرع سيفتح أبوابه.",
			nil, []string{"وزارة العمل locatedIn الرياض"}},
		{"institution-place: a company without a trigger is not read",
			"وتوسعت مايكروسوفت بالهند خلال العام الماضي.",
			nil, []string{"مايكروسوفت locatedIn الهند"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := facts(r, out)
			checkFacts(t, got, tc.want, tc.not)
		})
	}
}
