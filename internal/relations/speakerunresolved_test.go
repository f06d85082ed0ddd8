package relations

import (
	"strings"
	"testing"
)

// TestUnresolvedSubject runs the quote rules on sentences of our own for the
// rules "unresolved-subject" and "surname-speaker": a speech verb whose own
// subject is no resolved person (a body, an abbreviated honorific before a
// name not read) keeps a later pronoun verb from the earlier speaker; a
// surname after the verb, or after an honorific there, is the person named
// in full before. Wanted quotes are "RULE SPEAKER KIND: words" prefixes;
// unwanted ones "SPEAKER KIND: words" made by any rule.
func TestUnresolvedSubject(t *testing.T) {
	all := DefaultQuoteRules()
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"unresolved-subject: a body speaks, then a pronoun verb",
			"قالت سلمى حداد إن الطلب قوي جدا في الأسواق. وأوضحت الهيئة أن المصنع سيفتح قريبا. وأضافت أن العمال سيحصلون على زيادة كبيرة في الرواتب.",
			[]string{"quote-indirect سلمى حداد indirect: الطلب قوي"},
			[]string{"سلمى حداد indirect: العمال سيحصلون", "سلمى حداد indirect: المصنع"}},
		{"unresolved-subject: an honorific before a name not read",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. ولفت م. قرطبي زنكلو إلى أن الطلب يتراجع في الشتاء. وأضاف أن المصانع ستغلق أبوابها هذا الصيف.",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع"},
			[]string{"رامي عيسى indirect: المصانع ستغلق", "رامي عيسى indirect: الطلب يتراجع"}},
		{"unresolved-subject: a phrase after the verb is no subject",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. وقال لصحيفة محلية إن الطلب يتراجع. وأضاف أن المصانع ستغلق أبوابها هذا الصيف.",
			[]string{"quote-indirect رامي عيسى indirect: المصانع ستغلق"}, nil},
		{"surname-speaker: an abbreviated honorific and the surname",
			"قال المهندس رامي عيسى إن الأسعار ترتفع في كل الأسواق. وأوضح د. عيسى أن المصانع ستغلق أبوابها هذا الصيف.",
			[]string{"quote-indirect رامي عيسى indirect: المصانع ستغلق"}, nil},
		{"surname-speaker: a rank and the surname",
			"قالت سلمى حداد إن الطلب قوي جدا في الأسواق. وصرح اللواء كريم منصور بأن الحدود آمنة. وأضاف اللواء منصور أن الدوريات ستزداد في الأسابيع المقبلة.",
			[]string{"quote-indirect كريم منصور indirect: الدوريات ستزداد"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := extract(t, tc.text)
			out := (&Extractor{Rules: []Rule{QuotesWith(all...)}}).Extract(r)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, nil)
			for _, n := range tc.not {
				for _, q := range got {
					if strings.Contains(q, n) {
						t.Errorf("unwanted quote %q\ngot: %s", q, strings.Join(got, "\n     "))
					}
				}
			}
		})
	}
}
