package text

import "testing"

// TestArabicAbbreviations: "م." and "د." before a name are honorifics, not
// the end of a sentence (schema/lang/ar/abbreviations.txt).
func TestArabicAbbreviations(t *testing.T) {
	for _, tc := range []struct {
		body string
		want int
	}{
		{"وقال الرئيس التنفيذي لمجموعة نوفا م. سامي حداد إن البرنامج ناجح.", 1},
		{"وحضر الاجتماع د. ليلى سعيد ممثلة عن الوزارة.", 1},
		{"انتهى الاجتماع. وقال سامي حداد إن البرنامج ناجح.", 2},
	} {
		docs, err := Parse("t.txt", []byte("عنوان الخبر\n"+tc.body), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range docs[0].Sentences {
			if s.Kind == Body {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d body sentences, want %d", tc.body, n, tc.want)
		}
	}
}
