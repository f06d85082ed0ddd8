package relations

import "testing"

// TestAddressForm covers rule address-form (address_forms.txt): a form of
// address opens the next dignitary of a list, so no title runs over it and
// the title before it is not the next name's.
func TestAddressForm(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"ومعالي opens the next member (title-org-name)",
			"حضر اللقاء وزير الزراعة ومعالي وزير الدولة الدكتور سامي العنزي، ومعالي وزير المالية الأستاذ محمد بن سعد الشمري.",
			[]string{"سامي العنزي jobTitle وزير الدولة", "محمد بن سعد الشمري jobTitle وزير المالية"},
			[]string{"سامي العنزي jobTitle وزير الزراعة ومعالي", "سامي العنزي jobTitle وزير الزراعة"}},
		{"وصاحب السمو ends the title (name-title)",
			"وحضر الأمير فيصل بن سعد بن عبدالعزيز وزير النقل وصاحب السمو الأمير خالد بن فيصل.",
			[]string{"فيصل بن سعد بن عبدالعزيز jobTitle وزير النقل"},
			[]string{"فيصل بن سعد بن عبدالعزيز jobTitle وزير النقل وصاحب", "خالد بن فيصل jobTitle وزير النقل"}},
		{"a bare form right before the name is that name's",
			"وحضر الحفل وزير الطاقة صاحب السمو الملكي الأمير متعب بن عبدالله.",
			[]string{"متعب بن عبدالله jobTitle وزير الطاقة"},
			[]string{"متعب بن عبدالله jobTitle وزير الطاقة صاحب السمو الملكي"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
