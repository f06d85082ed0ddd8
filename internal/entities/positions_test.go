package entities

import (
	"testing"
)

// TestPositionNames checks the name-by-position recognizer on sentences of
// our own: names no list knows, found next to a title, with edges set by the
// words around them.
func TestPositionNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"name-by-position: a foreign name before a title",
			"اعتقلت الشرطة بيدرو ماركوس فيلانويفا الرئيس التنفيذي لشركة كوستا فيردي للإنشاءات أمس.",
			[]string{"Person بيدرو ماركوس فيلانويفا"}, []string{"Person الشرطة بيدرو ماركوس فيلانويفا"}},
		{"name-by-position: a glued و is not part of the name",
			"وصل رامون أغيلار المدير المالي للمجموعة وفيرناندو ليما رئيس مجلس إدارة الشركة إلى المحكمة.",
			[]string{"Person فيرناندو ليما"}, []string{"Person وفيرناندو ليما"}},
		{"name-by-position: a given name keeps its first letter",
			"وأوضح فهد القرني الخبير الاقتصادي أن الأسعار سترتفع.",
			[]string{"Person فهد القرني"}, nil},
		{"name-by-position: after the title's organisation and an honorific",
			"رحب الرئيس التنفيذي لبنك الريان الشيخ منصور بن سالم آل ثاني بالقرار.",
			[]string{"Person منصور بن سالم آل ثاني"}, []string{"Person الشيخ منصور بن سالم آل ثاني"}},
		{"name-by-position: after a comma and an honorific",
			"وقال مدير عام صندوق التنمية، الدكتور سامي الحربي، إن القروض زادت.",
			[]string{"Person سامي الحربي"}, nil},
		{"title-name-whole: the name after a title keeps its given name over the tagger's surname",
			"وطالت الفضيحة الرئيسة ديلما فرنانديز وأثارت احتجاجات كبيرة.",
			[]string{"Person ديلما فرنانديز"}, []string{"Person فرنانديز"}},
		{"name-by-position: ordinary words before a title are no name",
			"وأعلنت الحكومة الجديدة الرئيس السابق مسؤولا عن الملف.",
			nil, []string{"Person الحكومة الجديدة"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
}

// TestOrgPositions checks the org-by-position and institution-name
// recognizers on sentences of our own.
func TestOrgPositions(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"org-by-position: before ومقرها, after a glued ل",
			"وقال سامر حداد الرئيس التنفيذي لنوفا بارتنرز ومقرها الكويت إن السوق تتحسن.",
			[]string{"Organization نوفا بارتنرز"}, []string{"Organization لنوفا بارتنرز"}},
		{"org-by-position: before ومقرها, after a preposition",
			"وعمل سابقا لدى تمكين فنتشرز ومقرها الرياض.",
			[]string{"Organization تمكين فنتشرز"}, nil},
		{"org-by-position: the subject and the object of استحوذت … على",
			"واستحوذت كارلايل فيستا على حصة الأغلبية في سيرفانتو العام الماضي.",
			[]string{"Organization كارلايل فيستا", "Organization سيرفانتو"}, nil},
		{"org-by-position: a time phrase between verb and على is no name",
			"فاستحوذت العام الماضي على شركة «Lumio».",
			nil, []string{"Organization العام الماضي"}},
		{"institution-name: a trigger noun and a definite phrase",
			"وأعلنت وزارة التجارة والصناعة ولبورصة البحرين أمس.",
			[]string{"Organization وزارة التجارة والصناعة", "Organization بورصة البحرين"}, []string{"Place البحرين"}},
		{"institution-name: a time word ends the name",
			"وقالت هيئة السوق المالية الماضي إن القواعد تغيرت.",
			[]string{"Organization هيئة السوق المالية"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
}
