package relations

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestQuoteRules runs each named quote rule alone (or after the rule whose
// speaker it continues) over sentences of our own: the quotes it must make,
// as "RULE SPEAKER KIND: words" prefixes, and those that must be absent.
func TestQuoteRules(t *testing.T) {
	tests := []struct {
		name      string
		rules     []QuoteRule
		text      string
		want, not []string
	}{
		{"indirect: قال X إن", []QuoteRule{QuoteIndirect()},
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق.",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع في كل الأسواق"}, nil},
		{"indirect: English without that", []QuoteRule{QuoteIndirect()},
			"Lena Park said on Monday demand would slow next year.",
			[]string{"quote-indirect Lena Park indirect: demand would slow next year"}, nil},
		{"indirect: an organisation's statement is no person's quote", []QuoteRule{QuoteIndirect()},
			"قالت شركة Vertex إن أرباحها ارتفعت بقوة هذا العام.",
			nil, []string{"quote-indirect"}},
		{"indirect: يذكر أن is the writer's, not the last speaker's", []QuoteRule{QuoteIndirect()},
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. يذكر أن الشركة تأسست في جدة قبل عشرين عاما.",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع"}, []string{"quote-indirect رامي عيسى indirect: الشركة تأسست"}},
		{"indirect: الجدير بالذكر بأنه is the writer's", []QuoteRule{QuoteIndirect()},
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. الجدير بالذكر بأنه تم نقل المصابين إلى مستشفى المدينة الكبير.",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع"}, []string{"quote-indirect رامي عيسى indirect: تم نقل"}},
		{"indirect: ويتوقع أن is impersonal", []QuoteRule{QuoteIndirect()},
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. ويتوقع أن تستهدف الحملة عشرين عضوا في المجلس.",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع"}, []string{"quote-indirect رامي عيسى indirect: تستهدف الحملة"}},
		{"indirect: a relative ما as the verb's subject", []QuoteRule{QuoteIndirect()},
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. وارتفعت المبيعات بنسبة كبيرة، مما يشير إلى أن الطلب سيبقى قويا هذا العام.",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع"}, []string{"quote-indirect رامي عيسى indirect: الطلب سيبقى"}},
		{"indirect: the speaker after two titles and the organisation", []QuoteRule{QuoteIndirect()},
			"وأكد عضو مجلس الإدارة المنتدب والرئيس التنفيذي لمجموعة نوفاكو م. سامر حداد أن الأرباح ارتفعت بقوة هذا العام.",
			[]string{"quote-indirect سامر حداد indirect: الأرباح ارتفعت"}, nil},
		{"indirect: the addressee before the speaker", []QuoteRule{QuoteIndirect()},
			"وقال لـ«الشرق الأوسط» سامر حداد الخبير الاقتصادي بأن السوق ستتحسن في العام المقبل.",
			[]string{"quote-indirect سامر حداد indirect: السوق ستتحسن"}, nil},
		{"direct: title, organisation, comma, honorific, name", []QuoteRule{QuoteDirect()},
			"وقالت الرئيس التنفيذي لشركة الأوراق المالية (نوفا)، السيدة ليلى حداد: «يسعدنا التعاون مع البنك في هذا المشروع الكبير».",
			[]string{"quote-direct ليلى حداد direct: يسعدنا التعاون"}, nil},
		{"direct in indirect: a long quote inside reported speech", []QuoteRule{QuoteIndirect(), QuoteDirectInIndirect()},
			"قال رامي عيسى إن «السوق ستنمو بسرعة كبيرة خلال هذا العام».",
			[]string{"quote-direct-in-indirect رامي عيسى direct: السوق ستنمو بسرعة كبيرة خلال هذا العام"}, []string{"quote-indirect"}},
		{"direct in indirect: a short fragment stays in the clause", []QuoteRule{QuoteIndirect(), QuoteDirectInIndirect()},
			"قال رامي عيسى إن الفجوة بين الشركات “قد تتسع”.",
			[]string{"quote-indirect رامي عيسى indirect: الفجوة بين الشركات “قد تتسع”"}, []string{"quote-direct-in-indirect"}},
		{"attributed: a fragment and على حد قولها", []QuoteRule{QuoteIndirect(), QuoteAttributed()},
			"قالت سلمى حداد إن الطلب قوي جدا. التكنولوجيا “تصبح أكثر انتشارًا”، على حد قولها.",
			[]string{"quote-attributed سلمى حداد indirect: التكنولوجيا “تصبح أكثر انتشارًا”"}, nil},
		{"attributed: وفقًا لـ a surname", []QuoteRule{QuoteAttributed()},
			"التقى كينجي ساتو بالصحفيين. ووفقًا لساتو، فإن الشركات أنفقت مليار دولار على التدريب.",
			[]string{"quote-attributed كينجي ساتو indirect: الشركات أنفقت مليار دولار على التدريب"}, nil},
		{"attributed: according to X, TITLE", []QuoteRule{QuoteAttributed()},
			"According to Lisa Su, chief executive of AMD, demand will keep rising.",
			[]string{"quote-attributed Lisa Su indirect: demand will keep rising"}, nil},
		{"direct: speaker after the quote", []QuoteRule{QuoteDirect()},
			"“أقل من النصف بكثير”، قال كريم منصور.",
			[]string{"quote-direct كريم منصور direct: أقل من النصف بكثير"}, nil},
		{"direct: speaker before the quote, with a colon", []QuoteRule{QuoteDirect()},
			"قالت سلمى حداد من Nuvia: «لن ننتظر أن تأتي المواهب إلينا».",
			[]string{"quote-direct سلمى حداد direct: لن ننتظر أن تأتي المواهب إلينا"}, nil},
		{"direct: English, name before its verb", []QuoteRule{QuoteDirect()},
			"\"This is our largest plant,\" Samsung CEO Jay Y. Lee said.",
			[]string{"quote-direct Jay Y. Lee direct: This is our largest plant,"}, nil},
		{"direct: no speaker, no quote", []QuoteRule{QuoteDirect()},
			"Lena Park runs Brightline. \"Nobody wants to wait for the market to turn.\"",
			nil, []string{"quote-direct"}},
		{"continued: the paragraph's speaker", []QuoteRule{QuoteDirect(), QuoteContinued()},
			"\"The money is following the power,\" said Lena Park. \"Nobody wants to wait for the market to turn.\"",
			[]string{"quote-continued Lena Park direct: Nobody wants to wait"}, nil},
		{"continued: it added is someone else", []QuoteRule{QuoteDirect(), QuoteContinued()},
			"\"Growth will pick up across the region next year,\" said Mara Quist. \"Investment should recover in Europe and in Asia,\" the report added.",
			nil, []string{"quote-continued"}},
		{"previous paragraph: a quote opening the next paragraph", []QuoteRule{QuoteIndirect(), QuotePreviousParagraph()},
			"قال رامي عيسى إن السوق تتغير بسرعة.\n“الشركات الصغيرة تستخدم النماذج المفتوحة لبناء منتجاتها بسرعة.”",
			[]string{"quote-previous-paragraph رامي عيسى direct: الشركات الصغيرة تستخدم"}, nil},
		{"previous paragraph: not when the quote does not open it", []QuoteRule{QuoteIndirect(), QuotePreviousParagraph()},
			"قال رامي عيسى إن السوق تتغير بسرعة.\nوفي المؤتمر “الشركات الصغيرة تستخدم النماذج المفتوحة لبناء منتجاتها بسرعة.”",
			nil, []string{"quote-previous-paragraph"}},
		{"trailing verb: …، قال X", []QuoteRule{QuoteTrailingVerb()},
			"الطلب على الرقائق سيتضاعف في العام المقبل، قال كريم منصور.",
			[]string{"quote-trailing-verb كريم منصور indirect: الطلب على الرقائق سيتضاعف في العام المقبل"}, nil},
		{"trailing verb: English", []QuoteRule{QuoteTrailingVerb()},
			"Demand for chips will double next year, said Lena Park.",
			[]string{"quote-trailing-verb Lena Park indirect: Demand for chips will double next year"}, nil},
		{"leading clause: the clause before its attribution", []QuoteRule{QuoteLeadingClause()},
			"Veltrix will open an office in Dubai next year, its chief executive Marco Ruiz told Reuters.",
			[]string{"quote-leading-clause Marco Ruiz indirect: Veltrix will open an office in Dubai next year"}, nil},
		{"leading clause: a person who did not speak", []QuoteRule{QuoteLeadingClause()},
			"Veltrix will open an office in Dubai next year, and its chief executive Marco Ruiz will move there.",
			nil, []string{"quote-leading-clause"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := extract(t, tc.text)
			out := (&Extractor{Rules: []Rule{QuotesWith(tc.rules...)}}).Extract(r)
			var names []string
			for _, q := range tc.rules {
				names = append(names, q.Name())
			}
			var got []string
			for i, q := range quotes(r, out) {
				if !slices.Contains(names, out.Quotes[i].Rule) {
					t.Errorf("quote by rule %q, not one of %q", out.Quotes[i].Rule, names)
				}
				got = append(got, fmt.Sprintf("%s %s", out.Quotes[i].Rule, q))
			}
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}

// TestDefaultQuoteRulesNamed checks every default quote rule has its own
// name, "quote-" and a pattern.
func TestDefaultQuoteRulesNamed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range DefaultQuoteRules() {
		n := r.Name()
		if !strings.HasPrefix(n, "quote-") || seen[n] {
			t.Errorf("quote rule name %q: not quote-… or twice", n)
		}
		seen[n] = true
		_, c := r.(clauseRule)
		_, m := r.(markRule)
		_, s := r.(sentenceRule)
		if !c && !m && !s {
			t.Errorf("quote rule %s has no step the analysis calls", n)
		}
	}
}
