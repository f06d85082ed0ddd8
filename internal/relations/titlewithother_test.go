package relations

import (
	"strings"
	"testing"
)

// TestTitleWithOther: rule title-with-other — a preposition of company
// (title_name_breaks.txt) between a title and a name after it makes the
// name someone else, not the title's holder.
func TestTitleWithOther(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"مع before the honorific and the name",
			"وتناول لقاء وزير الخارجية المصري مع الأمير خالد بن فهد بن عبد العزيز أمير المنطقة الشرقية العلاقات الثنائية.",
			nil, []string{"خالد بن فهد بن عبد العزيز jobTitle"}},
		{"مع after a title and its country",
			"وذكر المتحدث أن لقاء وزير خارجية الأردن مع الأمير خالد بن فهد بن عبد العزيز نائب رئيس مجلس الوزراء تطرق إلى العلاقات.",
			nil, []string{"خالد بن فهد بن عبد العزيز jobTitle"}},
		{"بحضور after the first person's titles",
			"استقبل الأمير فهد بن سعد بن عبد العزيز ولي العهد النائب الأول لرئيس مجلس الوزراء وزير الدفاع بحضور صاحب السمو الشيخ علي بن حمد الصباح ولي العهد الوفد الرسمي.",
			nil, []string{"علي بن حمد الصباح jobTitle"}},
		{"the title's own holder after an honorific",
			"وقال وزير خارجية الأردن الدكتور سعود الخالد إن المحادثات مثمرة.",
			[]string{"سعود الخالد jobTitle وزير خارجية"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ruleAlone(t, TitleOrgName(), tc.text, false)
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || strings.HasPrefix(g, w)
				}
				if !found {
					t.Errorf("missing a fact starting %q\ngot: %s", w, strings.Join(got, " | "))
				}
			}
			for _, n := range tc.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("unwanted fact %q", g)
					}
				}
			}
		})
	}
}
