package relations

import (
	"slices"
	"strings"
	"testing"
)

// TestUnnamedSources runs the quote rules on sentences of our own where a
// source the writer does not name speaks (unnamed_sources.txt), a name or
// title stands in quotation marks (quote_name_markers.txt), or another
// subject opens the sentence of a quote: none of these is the last named
// speaker's quote. The rule "titled-subject-first" (speakertitledfirst.go):
// a sentence that opens with a title and a name not read gives its pronoun
// verb or participle to no one named; so does a title alone after a topic
// opener ("من جانبه، قال الوزير …", rule "topic-opener-title"). The rules "unresolved-subject" and "surname-speaker"
// (speakerunresolved.go): a speech verb whose own subject is no resolved
// person (a body, an abbreviated honorific before a name not read) keeps a
// later pronoun verb from the earlier speaker; a surname after the verb, or
// after an honorific there, is the person named in full before. A word
// that is a quote introducer only with a proclitic cut (not_introducers.txt:
// الآن، لأن، كان) starts no reported speech. Wanted
// quotes are "RULE SPEAKER KIND: words" prefixes;
// unwanted ones "SPEAKER KIND: words" made by any rule.
func TestUnnamedSources(t *testing.T) {
	all := DefaultQuoteRules()
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"قال مصدر: the source's quote, not the last speaker's",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. وقال مصدر في الوزارة: «الحكومة ستعلن خطة جديدة خلال الشهر المقبل».",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع"},
			[]string{"quote-direct رامي عيسى direct: الحكومة", "quote-continued رامي عيسى direct: الحكومة"}},
		{"قال أحد: someone not named",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. إذ قال أحد النواب في البرلمان: «الحكومة ستعلن خطة جديدة خلال الشهر المقبل».",
			nil, []string{"quote-direct رامي عيسى direct: الحكومة", "quote-continued رامي عيسى direct: الحكومة"}},
		{"a pronoun verb after an unnamed source refers to it",
			"قالت سلمى حداد إن الطلب قوي جدا.\nوتقول مصادر في الشركة إن الإنتاج سيتضاعف هذا العام. وتضيف: «المصنع الجديد سيعمل قبل نهاية الصيف المقبل».",
			[]string{"quote-indirect سلمى حداد indirect: الطلب قوي جدا"},
			[]string{"سلمى حداد direct: المصنع الجديد", "سلمى حداد indirect: الإنتاج"}},
		{"a report's words are not the last speaker's",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. وأضاف التقرير أن «المبيعات في المنطقة ستنمو بنسبة كبيرة هذا العام».",
			nil, []string{"رامي عيسى direct: المبيعات", "رامي عيسى indirect: المبيعات"}},
		{"a named person after the unnamed word is the speaker",
			"وقال مسؤول في الشركة، كريم منصور، إن الإنتاج سيتضاعف هذا العام.",
			[]string{"quote-indirect كريم منصور indirect: الإنتاج سيتضاعف"}, nil},
		{"the indefinite بيان: an organisation's statement is not the last speaker's",
			"وقال رامي عيسى مدير المنظمة: «الأسعار ترتفع في كل الأسواق». وأشار بيان المنظمة إلى أنه في «أكثر الأيام صعوبة أغلقت المصانع أبوابها أمام العمال».",
			[]string{"quote-direct رامي عيسى direct: الأسعار ترتفع"},
			[]string{"رامي عيسى direct: أكثر الأيام", "رامي عيسى indirect: أكثر الأيام"}},
		{"بيان: a person's own statement stays his",
			"وقال كريم منصور في بيان إن الحكومة ستعلن خطة جديدة للطاقة.",
			[]string{"quote-indirect كريم منصور indirect: الحكومة ستعلن"}, nil},
		{"a title in quotation marks is no quote",
			"قال رامي عيسى: «السوق تتغير بسرعة كبيرة». وعرضت الشركة فيلم «رحلة إلى قلب الصحراء الكبرى» في الافتتاح.",
			[]string{"quote-direct رامي عيسى direct: السوق تتغير"}, []string{"رامي عيسى direct: رحلة"}},
		{"attributed: a name in the marks is no quoted fragment",
			"قال كريم منصور إن السوق تتغير بسرعة. وقالت صحيفة «واشنطن بوست»، حسب أصدقاء عبد العزيز، إنه كان يعمل في المدينة.",
			nil, []string{"direct: وقالت صحيفة", "indirect: وقالت صحيفة"}},
		{"a report bearing a title in quotation marks",
			"قال رامي عيسى إن الشركة أصدرت تقريرا بعنوان «مستقبل الطاقة في المنطقة العربية الكبرى» أمس.",
			nil, []string{"رامي عيسى direct: مستقبل الطاقة"}},
		{"a group named in quotation marks is no quote",
			"قال رامي عيسى: «السوق تتغير بسرعة كبيرة». واعتقلت الشرطة ثلاثة أعضاء في تنظيم «جيش الخلاص في الجبال الشمالية» أمس.",
			[]string{"quote-direct رامي عيسى direct: السوق تتغير"}, []string{"رامي عيسى direct: جيش الخلاص"}},
		{"a journalist's question in quotation marks is not the answerer's",
			"قال رامي عيسى: «السوق تتغير بسرعة كبيرة». وردا على سؤال «هل ستخفض الشركة أسعارها في العام المقبل؟» ابتسم وغادر.",
			[]string{"quote-direct رامي عيسى direct: السوق تتغير"}, []string{"رامي عيسى direct: هل ستخفض"}},
		{"another person opens the sentence of the quote",
			"قال رامي عيسى: «السوق تتغير بسرعة كبيرة». ووصف الوزير كريم منصور القرار بأنه «خطوة كبيرة إلى الأمام للجميع».",
			[]string{"quote-direct رامي عيسى direct: السوق تتغير"}, []string{"رامي عيسى direct: خطوة كبيرة"}},
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
		{"topic-opener-title: a title alone after «من جانبه» is not the last speaker",
			"قال رامي عيسى، رئيس الشركة، إن الأسعار ترتفع في كل الأسواق. من جانبه، قال وزير الصناعة الأردني، إن «الطلب يتراجع في فصل الشتاء كل عام»، مضيفا أن المصانع ستغلق أبوابها هذا الصيف.",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع"},
			[]string{"رامي عيسى direct: الطلب يتراجع", "رامي عيسى indirect: المصانع ستغلق"}},
		{"topic-opener-title: a title alone after «بدوره», then a pronoun verb",
			"قالت سلمى حداد إن الطلب قوي جدا في الأسواق. بدوره، أوضح مدير المصنع أن الإنتاج سيزيد قريبا. وأضاف أن العمال سيحصلون على زيادة كبيرة في الرواتب.",
			[]string{"quote-indirect سلمى حداد indirect: الطلب قوي"},
			[]string{"سلمى حداد indirect: الإنتاج سيزيد", "سلمى حداد indirect: العمال سيحصلون"}},
		{"surname-speaker: an abbreviated honorific and the surname",
			"قال المهندس رامي عيسى إن الأسعار ترتفع في كل الأسواق. وأوضح د. عيسى أن المصانع ستغلق أبوابها هذا الصيف.",
			[]string{"quote-indirect رامي عيسى indirect: المصانع ستغلق"}, nil},
		{"surname-speaker: a rank and the surname",
			"قالت سلمى حداد إن الطلب قوي جدا في الأسواق. وصرح اللواء كريم منصور بأن الحدود آمنة. وأضاف اللواء منصور أن الدوريات ستزداد في الأسابيع المقبلة.",
			[]string{"quote-indirect كريم منصور indirect: الدوريات ستزداد"}, nil},
		{"not-introducer: الآن and كان are no أن with a proclitic",
			"وقال رامي عيسى: نحن لسنا متعجلين في هذا الأمر، فلدينا الآن مدرب جديد وبرامجنا مستمرة. وفي يوم الجمعة كان هناك تجمع كبير أمام مقر الشركة.",
			nil, []string{"indirect: مدرب جديد", "indirect: هناك تجمع"}},
		{"not-introducer: لأن is no أن with a proclitic",
			"وعلق رامي عيسى على قرار الوزارة الجديد لأنه يمس عمل الشركات الصغيرة في المدينة.",
			nil, []string{"indirect: يمس عمل"}},
		{"the same speaker goes on, wherever he speaks",
			"قال رامي عيسى: «السوق تتغير بسرعة كبيرة». وأضاف في مؤتمر صحافي في جدة: «سنفتتح مصنعا جديدا في العام المقبل».",
			[]string{"quote-continued رامي عيسى direct: سنفتتح مصنعا جديدا"}, nil},
		{"hearer-in-parentheses: an unnamed source after لـ(…)",
			"قالت سلمى حداد إن الطلب قوي جدا في كل الأسواق.\nوأكدت لـ(الوطن) مصادر مطلعة أن الاجتماع تأجل إلى الشهر القادم، مشيرة إلى أن الأسباب فنية بحتة.",
			[]string{"quote-indirect سلمى حداد indirect: الطلب قوي"},
			[]string{"سلمى حداد indirect: الأسباب فنية", "سلمى حداد indirect: الاجتماع"}},
		{"hearer-in-parentheses: the name after لـ(…) is the speaker",
			"قالت سلمى حداد إن الطلب قوي جدا في كل الأسواق.\nوأوضح لـ(الوطن) المهندس كريم منصور أن المحطة الجديدة ستعمل قبل نهاية العام المقبل.",
			[]string{"quote-indirect كريم منصور indirect: المحطة الجديدة"}, nil},
		{"titled-subject-first: a title and a name not read speak, then a participle",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق المحلية هذا العام.\nوقال رئيس مجلس المحافظة صباح كرشوت في تصريح صحافي إن مئة عائلة عادت إلى منازلها، مشيرا إلى أن الحكومة ستباشر إعمار المنازل المدمرة قريبا.",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع"},
			[]string{"رامي عيسى indirect: الحكومة ستباشر"}},
		{"titled-subject-first: a sentence opening with a title, then a pronoun verb",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق المحلية هذا العام.\nولكن وزير النقل يصر على إكمال المشروع ويقول إن على الشرطة أن تحمي القطار والمسافرين، مؤكدا أنه سيخدم الجميع.",
			[]string{"quote-indirect رامي عيسى indirect: الأسعار ترتفع"},
			[]string{"رامي عيسى indirect: على الشرطة"}},
		{"titled-subject-first: a surname after the title is the one named in full",
			"قال العميد أحمد الزهراني إن القوات تتقدم في كل الجبهات الشمالية هذا الأسبوع.\nوقال العميد الزهراني: «التدريب سيشمل المدنيين من المقاومة الشعبية»، مؤكدا أن هذا الدمج تنظيم إيجابي ترحب به القوات.",
			[]string{"quote-indirect أحمد الزهراني indirect: هذا الدمج"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := extract(t, tc.text)
			out := (&Extractor{Rules: []Rule{QuotesWith(all...)}}).Extract(r)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, nil)
			for _, n := range tc.not { // by any rule
				for _, q := range got {
					if strings.Contains(q, n) {
						t.Errorf("unwanted quote %q", q)
					}
				}
			}
		})
	}
}

// TestTitleSurface checks that a title read after the preposition ل keeps
// its article ("للرئيس اليمني" → "الرئيس اليمني").
func TestTitleSurface(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"انتزعت القوات الموالية للرئيس اليمني عبد ربه منصور هادي المدينة أمس.",
			[]string{"عبد ربه منصور هادي jobTitle الرئيس اليمني"},
			[]string{"عبد ربه منصور هادي jobTitle رئيس اليمني", "عبد ربه منصور هادي jobTitle لرئيس اليمني"}},
		{"وقام المعارض بمقاطعة حليفه السابق المقرب للزعيم الليبي معمر القذافي في ذلك الوقت.",
			[]string{"معمر القذافي jobTitle الزعيم الليبي"}, []string{"معمر القذافي jobTitle لزعيم الليبي"}},
		{"أعلن الرئيس اليمني عبد ربه منصور هادي خطة جديدة.",
			[]string{"عبد ربه منصور هادي jobTitle الرئيس اليمني"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, _ := extract(t, tc.text)
			out := (&Extractor{Rules: []Rule{TitleBeforeName()}}).Extract(r)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}

// TestRoleAndPlaceGuards checks readings on sentences of our own: place-in
// (a region, "في", a country), a
// founder role only from the title's own word ("رئيس مؤسسة X" heads a
// foundation, he did not found it), a nationality adjective not given to an
// organisation after a glued preposition, and a bare أدرجت no listing.
func TestRoleAndPlaceGuards(t *testing.T) {
	tests := []struct {
		name      string
		rules     []Rule
		text      string
		want, not []string
	}{
		{"رئيس مؤسسة is no founder", []Rule{Apposition(), NameTitle()},
			"قال سامر حداد، رئيس مؤسسة نوفاكو للثقافة، إن المعرض سيفتتح غدا.",
			nil, []string{"سامر حداد founded نوفاكو"}},
		{"مؤسس is a founder", []Rule{Apposition(), NameTitle()},
			"قال سامر حداد، مؤسس شركة نوفاكو، إن المعرض سيفتتح غدا.",
			[]string{"سامر حداد founded نوفاكو"}, nil},
		{"the adjective before a glued preposition is not the organisation's", []Rule{Nationality()},
			"وقال مسؤولون في وزارة المالية الفرنسية لرويترز إن فرنسا بدأت سداد الدين.",
			nil, []string{"رويترز locatedIn"}},
		{"stacked titles: the first ends where the second begins", []Rule{NameTitle()},
			"وحضر اللقاء سامر حداد ولي العهد نائب رئيس مجلس الوزراء في المملكة.",
			[]string{"سامر حداد jobTitle ولي العهد"}, []string{"jobTitle ولي العهد نائب"}},
		{"a deputy minister is no minister", []Rule{TitleBeforeName(), TitleOrgName()},
			"وشارك في الاجتماع نائب الوزير الأمير سامر حداد أمس.",
			[]string{"سامر حداد jobTitle نائب الوزير"}, []string{"سامر حداد jobTitle الوزير"}},
		{"a deputy director does not lead", []Rule{Apposition()},
			"قال كريم منصور، نائب مدير شركة نوفاكو، إن المبيعات ارتفعت.",
			[]string{"كريم منصور worksAt نوفاكو"}, []string{"leads"}},
		{"person-cue: a past title before في شركة", []Rule{Joined()},
			"قال كريم منصور، المهندس السابق في شركة نوفاكو، إن المشروع تأخر.",
			[]string{"كريم منصور formerlyWorkedAt نوفاكو"}, []string{"worksAt"}},
		{"person-cue: a present one", []Rule{Joined()},
			"قال كريم منصور، المهندس في شركة نوفاكو، إن المشروع تأخر.",
			[]string{"كريم منصور worksAt نوفاكو"}, []string{"formerlyWorkedAt"}},
		{"place-in: a region in a country", []Rule{PlaceIn()},
			"تعمل الشركة في وادي السيليكون في الولايات المتحدة منذ عشر سنوات.",
			[]string{"وادي السيليكون locatedIn الولايات المتحدة"}, nil},
		{"place-in: a city is often its government", []Rule{PlaceIn()},
			"بعد الصفعة التي تلقتها طهران في اليمن تراجعت الميليشيات.",
			nil, []string{"locatedIn"}},
		{"place-in: a country first", []Rule{PlaceIn()},
			"قال سفير لبنان في السعودية إن العلاقات جيدة.",
			nil, []string{"locatedIn"}},
		{"place-in: a list after the country", []Rule{PlaceIn()},
			"تنتشر الجماعة في وادي السيليكون في الولايات المتحدة وكندا.",
			nil, []string{"locatedIn"}},
		{"a bare أدرجت is no listing", []Rule{Cues()},
			"أدرجت اليابان شركة نوفاكو في قائمة الدول ذات الدخل المرتفع.",
			nil, []string{"listedOn"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := extract(t, tc.text)
			out := (&Extractor{Rules: tc.rules}).Extract(r)
			got := facts(r, out)
			checkFacts(t, got, tc.want, nil)
			for _, n := range tc.not {
				for _, f := range got {
					if strings.Contains(f, n) {
						t.Errorf("unwanted fact %q", f)
					}
				}
			}
		})
	}
}

// TestQuoteHeadline runs the quote rules on articles of our own whose
// headline reads "SPEAKER: statement" (rule quote-headline).
func TestQuoteHeadline(t *testing.T) {
	body := "قال وزير الصناعة رامي عيسى في مؤتمر صحفي إن الحكومة تدعم القطاع الخاص بقوة."
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"a surname before the colon", "عيسى: سنفتح ثلاثة مصانع جديدة في الشمال هذا العام", body,
			[]string{"quote-headline عيسى indirect: سنفتح ثلاثة مصانع"}},
		{"a place before the colon is no speaker", "السعودية: ارتفاع أسعار النفط في الأسواق العالمية هذا الأسبوع", body, nil},
		{"a column's writer alone on the next line is not quoted", "فيصل الغامدي: الأسواق في مهب الريح بسبب الورق",
			"فيصل الغامدي\nيتساءل البعض عن السر في ضعف الأسواق هذا العام كما قال فيصل الغامدي أمس.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := extractTitled(t, tc.title, tc.body)
			out := (&Extractor{Rules: []Rule{QuotesWith(DefaultQuoteRules()...)}}).Extract(r)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, nil)
			if tc.want == nil && slices.ContainsFunc(got, func(q string) bool { return strings.HasPrefix(q, "quote-headline") }) {
				t.Errorf("unwanted headline quote\ngot: %s", strings.Join(got, "\n     "))
			}
		})
	}
}
