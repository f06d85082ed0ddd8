package relations

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"graphbuild/internal/entities"
	"graphbuild/internal/text"
)

// extract runs the entity and relation stages over a short article. The
// first line is a headline, as in real input, so the sentences under test
// are body text.
func extract(t *testing.T, body string) (*entities.Result, Output) {
	t.Helper()
	title := "عنوان الخبر"
	if text.DetectLang(body) == text.English {
		title = "news of the day"
	}
	return extractTitled(t, title, body)
}

// extractTitled is extract with the article's headline given.
func extractTitled(t *testing.T, title, body string) (*entities.Result, Output) {
	t.Helper()
	docs, err := text.Parse("t.txt", []byte(title+"\n"+body), text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := entities.Default(docs[0].Lang).Extract(docs[0])
	return r, Default().Extract(r)
}

// facts renders facts as "subject predicate object" with entity names as
// written in the text (the first surface form) so tables read naturally.
func facts(r *entities.Result, out Output) []string {
	name := func(i int) string {
		e := r.Entities[i]
		return r.Mentions[e.Mentions[0]].Text
	}
	var s []string
	for _, f := range out.Facts {
		o := ""
		if f.Value != nil {
			o = f.Value.Text
			if f.Value.Currency != "" {
				o = fmt.Sprintf("%g %s", f.Value.Amount, f.Value.Currency)
			}
		} else {
			o = name(f.Object)
		}
		s = append(s, name(f.Subject)+" "+f.Predicate+" "+o)
	}
	return s
}

func quotes(r *entities.Result, out Output) []string {
	var s []string
	for _, q := range out.Quotes {
		e := r.Entities[q.Speaker]
		kind := "indirect"
		if q.Direct {
			kind = "direct"
		}
		s = append(s, fmt.Sprintf("%s %s: %s", r.Mentions[e.Mentions[0]].Text, kind, r.Doc.Slice(q.Span)))
	}
	return s
}

func TestFacts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // facts that must be found
		not        []string // facts that must not
	}{
		{"apposition: title and employer",
			"قال كريم منصور، كبير المحللين في شركة Brightline، إن السوق تتباطأ.",
			[]string{"كريم منصور worksAt Brightline", "كريم منصور jobTitle كبير المحللين"}, nil},
		{"apposition: founder",
			"قالت سلمى حداد، مؤسسة شركة Nuvia، إن الطلب يتزايد.",
			[]string{"سلمى حداد founded Nuvia"}, nil},
		{"apposition: technical lead of a product of a company",
			"قال رامي عيسى، القائد التقني لنماذج Orion التابعة لشركة Vertex، إن العمل مستمر.",
			[]string{"رامي عيسى leads Orion", "Vertex developed Orion"}, nil},
		{"former employer, then joined",
			"قال ناصر علي، الباحث السابق في Google والذي انضم مؤخرًا إلى Meta، إن المنافسة شديدة.",
			[]string{"ناصر علي formerlyWorkedAt Google", "ناصر علي worksAt Meta"}, []string{"ناصر علي worksAt Google"}},
		{"money raised, respectively",
			"وفي يناير، طرحت Alphacore وBetanet أسهمهما للجمهور، وجمعتا 10 مليون دولار و20 مليون دولار على التوالي.",
			[]string{"Alphacore raised 1e+07 USD", "Betanet raised 2e+07 USD"}, []string{"Alphacore raised 2e+07 USD"}},
		{"money raised, respectively, with counts that disagree: no pairing guessed",
			"وفي يناير، طرحت Alphacore وBetanet وGammix أسهمها للجمهور، وجمعت 10 مليون دولار و20 مليون دولار على التوالي.",
			nil, []string{"Alphacore raised 1e+07 USD", "Betanet raised 1e+07 USD", "Gammix raised 1e+07 USD"}},
		{"English: money raised, respectively, with counts that disagree",
			"Betanet and Gammix raised $10m, $20m and $30m respectively.",
			nil, []string{"Betanet raised 1e+07 USD", "Gammix raised 1e+07 USD"}},
		{"a valuation is not money raised",
			"جمعت شركة Lumio 200 مليون يورو في جولة تمويل جديدة، لترتفع قيمتها إلى نحو ٣ مليار يورو.",
			[]string{"Lumio raised 2e+08 EUR"}, []string{"Lumio raised 3e+09 EUR"}},
		{"acquisition",
			"أعلنت Vertex أنها ستستحوذ على شركة Quantis مقابل مليار دولار.",
			[]string{"Vertex acquired Quantis"}, nil},
		{"made by, with من",
			"تعتمد الخدمة على نموذج Orion من شركة Vertex.",
			[]string{"Vertex developed Orion"}, nil},
		{"possessive",
			"تجاوز نموذج Zephyr نموذج Vertex’s Orion في الاختبارات.",
			[]string{"Vertex developed Orion", "Zephyr surpassed Orion"}, []string{"Zephyr surpassed Vertex"}},
		{"adoption with an object pronoun",
			"أطلقت Vertex نموذج Orion الشهر الماضي. وتبنته شركة Kappa لتشغيل خدمة العملاء.",
			[]string{"Kappa uses Orion"}, nil},
		{"founded in, then moved",
			"وقالت الشركة إن Quantis، شركة ناشئة تأسست في دبي ثم انتقلت إلى لندن، ستوظف المزيد.",
			[]string{"Quantis locatedIn دبي", "Quantis locatedIn لندن"}, nil},
		{"listing in a named market",
			"طرحت شركة Kappa أسهمها في سوق تداول السعودية الأسبوع الماضي.",
			[]string{"Kappa listedOn تداول السعودية"}, nil},
		{"alias",
			"قالت شركة Orbitly، المعروفة أيضًا باسم Orbit Labs، إنها ستتوسع.",
			[]string{"Orbitly alias Orbit Labs"}, nil},
		{"byline",
			"تقرير هالة سعيد، وكالة الأنباء الأردنية\nجمعت شركة Kappa مليون دولار.",
			[]string{"هالة سعيد worksAt وكالة الأنباء الأردنية"}, nil},
		{"founder of, in the construct state; co-founder with ل",
			"أعلنت شركة \"ميكانو\" عن استحواذها على شركة \"سيرفو لابز\". وأوضح خالد المري، مؤسس ميكانو، أن الصفقة مهمة. وقالت منى سعيد، المؤسسة المشاركة لسيرفو لابز: \"نحن سعداء\".",
			[]string{"خالد المري founded ميكانو", "منى سعيد founded سيرفو لابز"}, []string{"منى سعيد founded ميكانو"}},
		{"English: apposition and acquisition",
			"Vertex agreed to buy Quantis, a Dubai-based startup, for $2bn, said Lena Park, an analyst at Brightline.",
			[]string{"Vertex acquired Quantis", "Quantis locatedIn Dubai", "Lena Park worksAt Brightline", "Lena Park jobTitle analyst"}, nil},
		{"English: place possessive and listing",
			"Sydney's Kappa Grid raised A$2.1bn when it listed on the Australian Securities Exchange.",
			[]string{"Kappa Grid locatedIn Sydney", "Kappa Grid raised 2.1e+09 AUD", "Kappa Grid listedOn Australian Securities Exchange"}, nil},
		{"English: employer before the title",
			"Hana Ito, Quantis's chief executive, said the money would pay for a new plant.",
			[]string{"Hana Ito worksAt Quantis", "Hana Ito jobTitle chief executive"}, nil},
		{"the company: the article's main organisation",
			"أطلقت شركة Nexora منصة جديدة. وقالت Nexora إن الطلب كبير. وأكد مديرها أن الشركة جمعت 30 مليون دولار.",
			[]string{"Nexora raised 3e+07 USD"}, nil},
		{"English: passive acquisition, employer before a title",
			"Veltro Networks was acquired by Cisco last month, said Morgan Stanley analyst Tom Becker.",
			[]string{"Cisco acquired Veltro Networks", "Tom Becker worksAt Morgan Stanley", "Tom Becker jobTitle analyst"}, []string{"Veltro Networks acquired Cisco"}},
		{"English: its chief executive; co-founded the company",
			"Startup Veltrix will open an office in Dubai, its chief executive Marco Ruiz told Reuters. Ruiz co-founded the company in 2021.",
			[]string{"Marco Ruiz jobTitle chief executive", "Marco Ruiz worksAt Veltrix", "Marco Ruiz founded Veltrix"}, []string{"Marco Ruiz worksAt Reuters"}},
		{"English: honorifics are not job titles",
			"Ms Ito said the plant would open in May.",
			nil, []string{"Ms Ito jobTitle Ms", "Ito jobTitle Ms"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := facts(r, out)
			checkFacts(t, got, tc.want, tc.not)
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"direct, speaker after; continued in the next sentence",
			"“أقل من النصف”، قال كريم منصور، كبير المحللين في Brightline. “وأعتقد أن ذلك متفائل.”",
			[]string{"كريم منصور direct: أقل من النصف", "كريم منصور direct: وأعتقد أن ذلك متفائل."}},
		{"direct, speaker before with a colon",
			"قالت سلمى حداد من Nuvia: «لن ننتظر أن تأتي المواهب إلينا».",
			[]string{"سلمى حداد direct: لن ننتظر أن تأتي المواهب إلينا"}},
		{"indirect with إن and a short quoted fragment",
			"قال رامي عيسى، مؤسس Vertex، إن الفجوة بين الشركات “قد تتسع”.",
			[]string{"رامي عيسى indirect: الفجوة بين الشركات “قد تتسع”"}},
		{"pronoun verb goes to the last speaker of its gender",
			"قالت سلمى حداد إن الطلب قوي. وقال رامي عيسى إن الأسعار ترتفع.\n“لكن علينا أن نتحلى بالصبر”، قالت ذلك في المؤتمر.",
			[]string{"سلمى حداد direct: لكن علينا أن نتحلى بالصبر"}},
		{"a quote paragraph after a speaker's paragraph",
			"قال رامي عيسى إن السوق تتغير بسرعة.\n“الشركات الصغيرة تستخدم النماذج المفتوحة لبناء منتجاتها بسرعة.”",
			[]string{"رامي عيسى direct: الشركات الصغيرة تستخدم النماذج المفتوحة لبناء منتجاتها بسرعة."}},
		{"attribution with وفقًا لـ",
			"قال كينجي ساتو إن الطلب يتزايد. ووفقًا لساتو، فإن الشركات أنفقت مليار دولار على التدريب.",
			[]string{"كينجي ساتو indirect: الشركات أنفقت مليار دولار على التدريب"}},
		{"a title, then the speaker in apposition",
			"وقال المدير التنفيذي للشركة، طارق العتيبي، في مؤتمر صحفي: «نحن فخورون بفريقنا».",
			[]string{"طارق العتيبي direct: نحن فخورون بفريقنا"}},
		{"an organisation's statement is not a person's quote",
			"قالت شركة Vertex إن أرباحها ارتفعت.",
			nil},
		{"English: said X, and a pronoun",
			"\"The money is following the power,\" said Lena Park, an analyst at Brightline. \"Nobody wants to wait,\" she added.",
			[]string{"Lena Park direct: The money is following the power,", "Lena Park direct: Nobody wants to wait,"}},
		{"English: the speaker after an organisation and a title",
			"\"The bottleneck has moved to the network,\" wrote Morgan Stanley analyst Tom Becker.",
			[]string{"Tom Becker direct: The bottleneck has moved to the network,"}},
		{"English: the clause before its attribution",
			"Veltrix will open an office in Dubai next year, its chief executive Marco Ruiz told Reuters.",
			[]string{"Marco Ruiz indirect: Veltrix will open an office in Dubai next year"}},
		{"English: company and title before the speaker; according to X, TITLE, …",
			"\"This is our largest plant,\" Samsung CEO Jay Y. Lee said. According to Lisa Su, chief executive of AMD, demand will keep rising.",
			[]string{"Jay Y. Lee direct: This is our largest plant,", "Lisa Su indirect: demand will keep rising"}},
		{"English: reported speech without that",
			"Lena Park said demand would slow next year.",
			[]string{"Lena Park indirect: demand would slow next year"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := quotes(r, out)
			for _, w := range tc.want {
				if !contains(got, w) {
					t.Errorf("missing quote %q\ngot: %s", w, strings.Join(got, "\n     "))
				}
			}
			if tc.want == nil && len(got) > 0 {
				t.Errorf("want no quotes, got %q", got)
			}
		})
	}
}

// checkFacts fails for every fact of want missing from got and every fact
// of not found in it.
// checkQuotes is checkFacts for quotes, which are matched by prefix
// ("Speaker mode: first words of the quote").
// ruleQuotes are quotes' lines, each after the name of the rule that
// made it ("quote-direct Dana Orlov direct: …").
func ruleQuotes(r *entities.Result, out Output) []string {
	var s []string
	for i, q := range quotes(r, out) {
		s = append(s, out.Quotes[i].Rule+" "+q)
	}
	return s
}

func checkQuotes(t *testing.T, got, want, not []string) {
	t.Helper()
	has := func(p string) bool {
		return slices.ContainsFunc(got, func(q string) bool { return strings.HasPrefix(q, p) })
	}
	for _, w := range want {
		if !has(w) {
			t.Errorf("missing quote %q\ngot: %s", w, strings.Join(got, "\n     "))
		}
	}
	for _, n := range not {
		if has(n) {
			t.Errorf("unwanted quote %q\ngot: %s", n, strings.Join(got, "\n     "))
		}
	}
}

// checkFactPrefixes is checkFacts with each of not a prefix: no fact may
// start with it ("Anna Trelawny worksAt" forbids every employer).
func checkFactPrefixes(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, n := range not {
		for _, g := range got {
			if strings.HasPrefix(g, n) {
				t.Errorf("unexpected %q in %q", n, got)
			}
		}
	}
	checkFacts(t, got, want, nil)
}

func checkFacts(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !contains(got, w) {
			t.Errorf("missing fact %q\ngot: %s", w, strings.Join(got, " | "))
		}
	}
	for _, n := range not {
		if contains(got, n) {
			t.Errorf("unwanted fact %q\ngot: %s", n, strings.Join(got, " | "))
		}
	}
}
