package relations

import "testing"

// TestCabinetMemberTitle covers "عضو مجلس الوزراء" in titles.txt (a second
// title after وزير الدولة, so the first title no longer ends at عضو) and the
// tanween stop in readTitle (a predicate like رئيسًا is not part of a title).
func TestCabinetMemberTitle(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"stacked: وزير الدولة عضو مجلس الوزراء",
			"حضر اللقاء الدكتور فارس المطيري وزير الدولة عضو مجلس الوزراء، ونادر السبيعي وزير الخارجية.",
			[]string{"فارس المطيري jobTitle وزير الدولة"}, []string{"فارس المطيري jobTitle وزير الدولة عضو"}},
		{"conjoined: وزير الدولة وعضو مجلس الوزراء",
			"وكلف الأستاذ سامر العتيبي وزير الدولة وعضو مجلس الوزراء بالقيام بعمل وزير الصحة.",
			[]string{"سامر العتيبي jobTitle وزير الدولة", "سامر العتيبي jobTitle عضو مجلس الوزراء"},
			[]string{"سامر العتيبي jobTitle وزير الدولة وعضو"}},
		{"conjoined with tanween: وزير دولة وعضوًا بمجلس الوزراء",
			"وعين الدكتور هاشم القرني وزير دولة وعضوًا بمجلس الوزراء، والمهندس رامي الدوسري وزيرًا للنقل.",
			[]string{"هاشم القرني jobTitle وزير دولة"}, []string{"هاشم القرني jobTitle وزير دولة وعضوًا"}},
		{"tanween ends the title: عضو مجلس الوزراء رئيسًا",
			"وتشكل المجلس على النحو الآتي: الأمير فهد بن ناصر عضو مجلس الوزراء رئيسًا، ووزير العدل عضوًا.",
			[]string{"فهد بن ناصر jobTitle عضو مجلس الوزراء"}, []string{"فهد بن ناصر jobTitle عضو مجلس الوزراء رئيسًا"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
