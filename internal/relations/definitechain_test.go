package relations

import (
	"strings"
	"testing"
)

// TestDefiniteChainEnd: a title whose construct chain is closed by a
// definite word or a place's name goes on only with definite words, a
// role word, و + a second field, or a name inside a named institution.
func TestDefiniteChainEnd(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"an adverb of time after the place",
			"واستقبل الأمير خالد بن فهد أمير منطقة الجوف البارحة وفدا من رجال الأعمال.",
			[]string{"jobTitle أمير منطقة الجوف"}, []string{"jobTitle أمير منطقة الجوف البارحة"}},
		{"a city after the place: where the sentence goes on",
			"ووصل سالم الكعبي رئيس جمهورية القمر جدة صباح اليوم.",
			[]string{"jobTitle رئيس جمهورية القمر"}, []string{"جدة"}},
		{"the verb's next object after و",
			"وأكد ماجد الحربي مدير المكتبة وكل موظفيها على أهمية القراءة.",
			[]string{"jobTitle مدير المكتبة"}, []string{"وكل"}},
		{"a verb after the title",
			"وكان ناصر الدوسري وزير النقل السعودي يجتمع مع الوفد الياباني.",
			[]string{"jobTitle وزير النقل السعودي"}, []string{"يجتمع"}},
		{"a second field after و stays",
			"وقال فهد القحطاني أستاذ علم الاجتماع وعلوم الاتصال إن الظاهرة جديدة.",
			[]string{"jobTitle أستاذ علم الاجتماع وعلوم الاتصال"}, nil},
		{"title-adjective: a stopword that is the title's adjective",
			"وقال المهندس سعد الغامدي الرئيس العام للمؤسسة إن العمل بدأ.",
			[]string{"jobTitle الرئيس العام"}, []string{"jobTitle الرئيس"}},
		{"title-adjective: الوطني after a definite word",
			"وأكد الأمير بندر بن خالد وزير الحرس الوطني أن القوات جاهزة.",
			[]string{"jobTitle وزير الحرس الوطني"}, nil},
		{"title-adjective: not before a time word",
			"وكان فهد العتيبي الرئيس العام الماضي في النادي.",
			[]string{"jobTitle الرئيس"}, []string{"jobTitle الرئيس العام"}},
		{"a role word other than a past one ends a closed chain",
			"وقال ماجد الحربي رئيس الجمعية الخيرية مساعد المدير إن التبرعات زادت.",
			[]string{"jobTitle رئيس الجمعية الخيرية"}, []string{"مساعد"}},
		{"a definite adjective stays",
			"وقال المهندس بدر العنزي أمين منطقة المدينة المنورة إن المشروع اكتمل.",
			[]string{"jobTitle أمين منطقة المدينة المنورة"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ruleAlone(t, NameTitle(), tc.text, false)
			for _, w := range tc.want {
				if !anyHasSuffix(got, w) {
					t.Errorf("missing a fact ending %q\ngot: %s", w, strings.Join(got, " | "))
				}
			}
			for _, n := range tc.not {
				for _, g := range got {
					i := strings.Index(g, "jobTitle ")
					if i < 0 {
						continue
					}
					title := g[i:]
					if title == n || !strings.HasPrefix(n, "jobTitle ") && strings.Contains(title, n) {
						t.Errorf("unwanted title %q in %q", n, g)
					}
				}
			}
		})
	}
}

func anyHasSuffix(list []string, s string) bool {
	for _, x := range list {
		if strings.HasSuffix(x, s) {
			return true
		}
	}
	return false
}
