package relations

import "testing"

// TestDeputyAndGovernorTitles covers the titles.txt rows "النائب الثاني",
// "أمير منطقة" and "مساعد المدير العام": as titles of their own they end the
// title before them, and an assistant keeps his مساعد.
func TestDeputyAndGovernorTitles(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"النائب الثاني ends ولي ولي العهد",
			"واستقبل الأمير سلطان بن فهد ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء الوفد الزائر.",
			[]string{"سلطان بن فهد jobTitle ولي ولي العهد"}, []string{"سلطان بن فهد jobTitle ولي ولي العهد النائب الثاني"}},
		{"أمير منطقة ends the adviser's title",
			"ونقل مستشار خادم الحرمين الشريفين أمير منطقة تبوك الأمير سعود بن نواف، التهاني للأهالي.",
			[]string{"سعود بن نواف jobTitle مستشار خادم الحرمين الشريفين"},
			[]string{"سعود بن نواف jobTitle مستشار خادم الحرمين الشريفين أمير"}},
		{"مساعد المدير العام is the assistant's title",
			"وذلك بحضور مساعد المدير العام للشؤون الفنية الأستاذ ماجد القحطاني.",
			[]string{"ماجد القحطاني jobTitle مساعد المدير العام"}, []string{"ماجد القحطاني jobTitle المدير العام"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
