package relations

import (
	"testing"
)

// TestRulesAlone runs each relation rule by itself over sentences of our
// own: the facts it must find, with its name, and those it must not.
func TestRulesAlone(t *testing.T) {
	tests := []struct {
		name      string
		rule      Rule
		text      string
		want, not []string
	}{
		{"apposition", Apposition(), "Marta Olsen, chief executive of Brivex Labs, said prices would rise.",
			[]string{"Marta Olsen worksAt Brivex Labs"}, nil},
		{"product-from-org", MadeBy(), "أطلقت الشركة نموذج Falak من شركة OpenAI.",
			[]string{"OpenAI developed Falak"}, nil},
		{"lexicon-maker: the maker by an alias of the listed name", MadeBy(), "وأعلنت شركة إنفيديا، المعروفة أيضًا باسم Greenlake، عن أرباح قياسية. وقالت Greenlake إن رقائق روبين ستصل العام المقبل.",
			[]string{"إنفيديا developed روبين"}, nil},
		{"lexicon-maker: another company is not the maker", MadeBy(), "وقالت شركة Greenlake إن رقائق روبين ستصل العام المقبل.",
			nil, []string{"Greenlake developed روبين"}},
		{"cue", Cues(), "Orvane Labs acquired Datavia Systems for $40m.",
			[]string{"Orvane Labs acquired Datavia Systems"}, []string{"Datavia Systems acquired Orvane Labs"}},
		{"cue: passive", Cues(), "Datavia Systems was acquired by Orvane Labs last year.",
			[]string{"Orvane Labs acquired Datavia Systems"}, []string{"Datavia Systems acquired Orvane Labs"}},
		{"based-in", BasedIn(), "Warsaw-based Vistula Ventures opened an office in Dubai.",
			[]string{"Vistula Ventures locatedIn Warsaw"}, []string{"Vistula Ventures locatedIn Dubai"}},
		{"nationality", Nationality(), "Officials in China welcomed the deal. The Chinese Quilora Group will open an office in Dubai.",
			[]string{"Quilora Group locatedIn China"}, []string{"Quilora Group locatedIn Dubai"}},
		{"nationality: Arabic adjective after the name", Nationality(), "تعمل الصين على دعم الشركات. وأعلنت شركة كوانتيس الصينية عن نموذج جديد.",
			[]string{"كوانتيس locatedIn الصين"}, nil},
		{"suffix-owner: a product noun with ها before the product", SuffixOwner(), "وقالت شركة OpenAI إن مستخدمي تطبيقها الشهير ChatGPT تضاعفوا.",
			[]string{"OpenAI developed ChatGPT"}, nil},
		{"suffix-owner: a relative clause between owner and noun", SuffixOwner(), "وتستمع ريم إلى أناشيد شركة OpenAI التي تحبها على تطبيقها ChatGPT.",
			nil, []string{"OpenAI developed ChatGPT"}},
		{"suffix-owner: no organisation and no الشركة, no owner", SuffixOwner(), "وكانت ريم تستعمل تطبيقها ChatGPT دائما.",
			nil, []string{"OpenAI developed ChatGPT"}},
		{"alias", Alias(), "Vantora Systems, also known as Orbit Labs, will expand into Europe.",
			[]string{"Vantora Systems alias Orbit Labs"}, nil},
		{"alias: Arabic", Alias(), "قالت شركة Orbitly، المعروفة أيضًا باسم Orbit Labs، إنها ستتوسع.",
			[]string{"Orbitly alias Orbit Labs"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ruleAlone(t, tt.rule, tt.text, false)
			checkFacts(t, got, tt.want, tt.not)
		})
	}
}

// ruleAlone runs rule by itself over text and renders its facts as
// "subject predicate object", each after "rule: " when named is set. A fact
// without a rule name is an error.
func ruleAlone(t *testing.T, rule Rule, text string, named bool) []string {
	t.Helper()
	r, _ := extract(t, text)
	out := (&Extractor{Rules: []Rule{rule}}).Extract(r)
	got := facts(r, out)
	for i, f := range out.Facts {
		if f.Rule == "" {
			t.Errorf("a fact without a rule name: %+v", f)
		}
		if named {
			got[i] = f.Rule + ": " + got[i]
		}
	}
	return got
}
