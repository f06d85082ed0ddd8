package relations

import "testing"

// TestStackedTitle covers rule stacked-title: a title after a word that
// closes the first title's noun phrase (a definite word or a name) starts
// a title of its own; inside an open construct the title goes on.
func TestStackedTitle(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"after a name: أمير منطقة جازان رئيس",
			"افتتح الأمير نايف بن ممدوح أمير منطقة جازان رئيس مجلس التنمية السياحية المعرض.",
			[]string{"نايف بن ممدوح jobTitle أمير منطقة جازان"}, []string{"نايف بن ممدوح jobTitle أمير منطقة جازان رئيس"}},
		{"after a definite word: رئيس الديوان رئيس",
			"وقال الشيخ عمر بن راشد الهاجري رئيس الديوان رئيس اللجنة العليا إن العمل مستمر.",
			[]string{"عمر بن راشد الهاجري jobTitle رئيس الديوان"}, []string{"عمر بن راشد الهاجري jobTitle رئيس الديوان رئيس"}},
		{"an open construct goes on: مستشار مكتب وزير الدفاع",
			"وقال سعد الحربي مستشار مكتب وزير الدفاع إن الزيارة ناجحة.",
			[]string{"سعد الحربي jobTitle مستشار مكتب وزير الدفاع"}, []string{"سعد الحربي jobTitle مستشار مكتب"}},
		{"right after a title phrase that ends definite: ولي العهد وزير",
			"وقال الأمير سعود بن فهد ولي العهد وزير الداخلية إن الأمن مستتب.",
			[]string{"سعود بن فهد jobTitle ولي العهد"}, []string{"سعود بن فهد jobTitle ولي العهد وزير الداخلية"}},
		{"a phrase that ends indefinite goes on: رئيس مجلس",
			"وقال خالد العتيبي رئيس مجلس إدارة الشركة إن الأرباح ارتفعت.",
			[]string{"خالد العتيبي jobTitle رئيس مجلس إدارة"}, []string{"خالد العتيبي jobTitle رئيس مجلس"}},
		{"a definite title after a one-word title goes on: المدير المسؤول",
			"وقال سامر حداد المدير المسؤول عن المصنع إن الإنتاج ارتفع.",
			[]string{"سامر حداد jobTitle المدير المسؤول"}, []string{"سامر حداد jobTitle المدير"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
