package entities

import (
	"testing"
)

// TestCompoundNames checks the region-place and translit-org-suffix
// recognizers and the institution name's adjectives on sentences of our own.
func TestCompoundNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"region-place: a compass word before a continent, the glued و left out",
			"نمت الصفقات في أوروبا وغرب إفريقيا هذا العام.",
			[]string{"Place غرب إفريقيا"}, []string{"Place إفريقيا", "Place وغرب إفريقيا"}},
		{"region-place: a compass word before a country names the country",
			"اندلعت المعارك في شمال سوريا أمس.",
			[]string{"Place سوريا"}, []string{"Place شمال سوريا"}},
		{"region-place: a gulf takes any place",
			"بدأ الحفر في خليج المكسيك الشهر الماضي.",
			[]string{"Place خليج المكسيك"}, []string{"Place المكسيك"}},
		{"translit-org-suffix: a name before a transliterated suffix",
			"استثمرت مارفيلو كابيتال في الشركة الناشئة.",
			[]string{"Organization مارفيلو كابيتال"}, nil},
		{"translit-org-suffix: a known name inside starts it, not the verb",
			"بينما تحالفت بلاكستون جروب مع صندوق سيادي.",
			[]string{"Organization بلاكستون جروب"}, []string{"Organization تحالفت بلاكستون جروب"}},
		{"translit-org-suffix: two suffixes",
			"وقال رئيس شركة المحاماة فيرنر هاوس ميدل إيست إن السوق تتحسن.",
			[]string{"Organization فيرنر هاوس ميدل إيست"}, nil},
		{"translit-org-suffix: ordinary words before بنك are no name",
			"وارتفع سهم بنك الرياض أمس.",
			nil, []string{"Organization سهم بنك"}},
		{"translit-org-suffix: a quoted name keeps its first letter",
			`قررت الحكومة بيع "وونجو بنك" هذا العام.`,
			[]string{"Organization وونجو بنك"}, []string{"Organization ونجو بنك"}},
		{"institution-name: العام is an adjective of the name",
			"وقالت لجنة الرقابة على الإنفاق العام إنها ستبيع الأسهم.",
			[]string{"Organization لجنة الرقابة على الإنفاق العام"}, nil},
		{"institution-name: على before an indefinite word ends the name",
			"وصادقت لجنة الرقابة على قرار جديد أمس.",
			[]string{"Organization لجنة الرقابة"}, []string{"Organization لجنة الرقابة على قرار"}},
		{"institution-name: العام before a time word is the year",
			"أعلن بنك الإسكان العام الماضي عن أرباحه.",
			[]string{"Organization بنك الإسكان"}, []string{"Organization بنك الإسكان العام"}},
		{"institution-name: a name in straight quotes after the trigger",
			`وقدمت الشركة دعما لمستشفى "الأمل" في القاهرة.`,
			[]string{"Organization الأمل"}, nil},
		{"institution-name: ل and the article make a description",
			"وتبرعت الشركة للصندوق الخيري في السفارة.",
			nil, []string{"Organization صندوق الخيري"}},
		{"trigger-name: a name in straight quotes",
			`وقالت شركة "نورتكس" إنها ستتوسع.`,
			[]string{"Organization نورتكس"}, nil},
		{"institution-name: the name ends at its nationality",
			"ووجهت وزارة الصحة الأردنية الدعوة إلى الأطباء.",
			[]string{"Organization وزارة الصحة الأردنية"}, []string{"Organization وزارة الصحة الأردنية الدعوة"}},
		{"institution-name: a party, without the ruling",
			"وقال أمين صندوق حزب الأحرار الحاكم إن الانتخابات قريبة.",
			[]string{"Organization حزب الأحرار"}, []string{"Organization حزب الأحرار الحاكم"}},
		{"institution-name: a relative adjective after the place",
			"وعين البنك بنك الشارقة الإسلامي لترتيب الإصدار.",
			[]string{"Organization بنك الشارقة الإسلامي"}, []string{"Organization بنك الشارقة"}},
		{"institution-name: no adjective, the name ends at the place",
			"قيدت بورصة مصر الأسهم الجديدة.",
			[]string{"Organization بورصة مصر"}, []string{"Organization بورصة مصر الأسهم"}},
		{"institution-name: who owns it is no part of the name",
			"أعلنت لجنة المناقصات المركزية الحكومية نتائج المناقصة.",
			[]string{"Organization لجنة المناقصات المركزية"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
}
