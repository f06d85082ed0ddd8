package entities

import (
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TestNameEdges checks the rules "name-edge" and "lone-not-a-name" on
// sentences of our own: a person's name read too far ends before a verb, a
// function word, a preposition-glued common word or a word with tanween,
// and starts after "لي" or "يا" before a given name; a lone Hijri month or
// "لي" after a speech verb is no person. "" means the mention is dropped.
func TestNameEdges(t *testing.T) {
	runPersonSpanCases(t, trimNameEdges, []personSpanCase{
		{"an imperfect verb ends the name", "وكان سامر الحلبي يأمر الجنود بالتقدم.", "سامر", 3, "سامر الحلبي"},
		{"و and a verb end the name", "وكان سامر الحلبي ويأمر الجنود.", "سامر", 3, "سامر الحلبي"},
		{"a given name that is a verb stays (يحيى)", "التقى الوزير بسامر يحيى أمس.", "يحيى", 1, "يحيى"},
		{"a glued preposition and a common word end the name", "التقى ماهر الكردي بحضور الوزير.", "ماهر", 3, "ماهر الكردي"},
		{"a glued preposition before a name's rest stays (بليزر)", "وصل توم بليزر إلى المدينة.", "توم", 2, "توم بليزر"},
		{"a word that is itself a stem stays (برهان)", "تحدث مازن برهان عن الخطة.", "مازن", 2, "مازن برهان"},
		{"tanween ends the name", "وكان نادر العلي سابقًا في الوزارة.", "نادر", 3, "نادر العلي"},
		{"a function word ends the name", "وقال كريم عواد بلا تردد إنه سيحضر.", "كريم", 3, "كريم عواد"},
		{"a function word inside the span ends the name there", "وقال كريم عواد بلا تردد إنه سيحضر.", "كريم", 4, "كريم عواد"},
		{"عبر (via) ends the name", "وكتب سامر الحلبي عبر «تويتر» أمس.", "سامر", 3, "سامر الحلبي"},
		{"لي before a given name starts no name", "قالت لي سميرة حداد إنها ستسافر.", "لي", 3, "سميرة حداد"},
		{"a rank qualifier before a given name starts no name (ركن)", "وقال العميد ركن سامر الحلبي إن العمليات مستمرة.", "ركن", 3, "سامر الحلبي"},
		{"a rank qualifier before a given name starts no name (طيار)", "وأوضح اللواء طيار كمال الهاشمي أن الطائرات عادت.", "طيار", 3, "كمال الهاشمي"},
		{"لي before a name that is no given name stays", "التقى الوفد لي تشانغ وو في بكين.", "لي", 3, "لي تشانغ وو"},
		{"a lone Hijri month is no person", "وقال في رمضان الماضي إن العمل بدأ.", "رمضان", 1, ""},
		{"لي after a speech verb is no person", "وقال لي إن العمل بدأ.", "لي", 1, ""},
		{"a verb with an object pronoun starts no name (يترأسها)", "وفي بعثة يترأسها كمال الهاشمي مدير الفريق.", "يترأسها", 3, "كمال الهاشمي"},
		{"a verb with an object pronoun ends the name (يقودها)", "وكان سامر الحلبي يقودها بنفسه.", "سامر", 3, "سامر الحلبي"},
		{"و and a common word end the name (ومعالي)", "وحضر عادل الفارس ومعالي الوزير.", "عادل", 3, "عادل الفارس"},
		{"و and a word that is no common word stay (والتون)", "وصل سام والتون إلى المدينة.", "سام", 2, "سام والتون"},
		{"و and a common word alone is no person", "وشارك ومعالي الوزير في الحفل.", "ومعالي", 1, ""},
		{"past-verb-edge: a past verb with a person ending ends the name (احتفلت)", "برعاية المحافظ سامر بن علي الحلبي احتفلت الجمعية بالخريجين.", "سامر", 5, "سامر بن علي الحلبي"},
		{"past-verb-edge: a plural past verb after و ends the name (وقدموا)", "وزار الفريق كمال الهاشمي وقدموا له الهدايا.", "كمال", 3, "كمال الهاشمي"},
		{"past-verb-edge: a past verb with a person ending starts no name (ووصفت)", "ووصفت سميرة حداد القرار بالخطأ.", "ووصفت", 3, "سميرة حداد"},
		{"past-verb-edge: a listed given name of that shape stays (مدحت)", "وقال مدحت الحلبي إن العمل بدأ.", "مدحت", 2, "مدحت الحلبي"},
		{"perfect-verb-start: a past verb opens the sentence", "وشكك ماركو هيلمان في قدرة الفريق.", "وشكك", 3, "ماركو هيلمان"},
		{"perfect-verb-start: a past verb of a derived form (اعتمد)", "اعتمد سامر بن علي الحلبي الخطة أمس.", "اعتمد", 5, "سامر بن علي الحلبي"},
		{"perfect-verb-start: a given name that is a verb form stays (أحمد)", "أحمد سامر الحلبي وصل أمس.", "أحمد", 3, "أحمد سامر الحلبي"},
		{"perfect-verb-start: only at the start of the sentence", "وقال إن دشن سامر الحلبي وصل.", "دشن", 3, "دشن سامر الحلبي"},
		{"descriptor-before-name: a definite noun before a given name", "وألقى الشاعر سامر الحلبي قصيدة.", "الشاعر", 3, "سامر الحلبي"},
		{"descriptor-before-name: a nationality before a given name", "وفاز الكاميروني سامر الحلبي بالسباق.", "الكاميروني", 3, "سامر الحلبي"},
		{"descriptor-before-name: a title and one surname stay", "وقال القاضي حمود إن التحقيق مستمر.", "القاضي", 2, "القاضي حمود"},
		{"possessed-edge: a noun with a pronoun ends the name (حديثها)", "وختمت سميرة الحلبي حديثها بالشكر.", "سميرة", 3, "سميرة الحلبي"},
		{"possessed-edge: a noun with a pronoun after و ends the name (وسلفها)", "وحضرت سميرة الحلبي وسلفها الحفل.", "سميرة", 3, "سميرة الحلبي"},
		{"possessed-edge: a name ending in ه stays (حمزه)", "وقال سامر حمزه إن العمل بدأ.", "سامر", 2, "سامر حمزه"},
		{"descriptor-before-name: a definite given name stays (الوليد)", "وحضر الوليد سامر الحلبي.", "الوليد", 3, "الوليد سامر الحلبي"},
	})
}

// personSpanCase is one sentence for a span rule: a tagger person of words
// words starting at the last token first; want "" means it is dropped.
type personSpanCase struct {
	name, text, first string
	words             int
	want              string
}

// runPersonSpanCases runs a span rule (name-edge, particle-end) on each case.
func runPersonSpanCases(t *testing.T, rule func(*text.Document, []Mention) []Mention, cases []personSpanCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, at := parseAtToken(t, tc.text, tc.first)
			sp := text.Span{Start: d.Tokens[at].Start, End: d.Tokens[at+tc.words-1].End}
			m := Mention{Source: srcTagger, Type: schema.Person, Tok: [2]int{at, at + tc.words}, Span: sp, Text: d.Slice(sp)}
			got := rule(d, []Mention{m})
			switch {
			case tc.want == "" && len(got) != 0:
				t.Errorf("got %q, want it dropped", got[0].Text)
			case tc.want != "" && len(got) != 1:
				t.Errorf("dropped, want %q", tc.want)
			case tc.want != "" && got[0].Text != tc.want:
				t.Errorf("got %q, want %q", got[0].Text, tc.want)
			}
		})
	}
}

// TestLoneWordOfLongerName checks that "lone-not-a-name" keeps a one-word
// person that a longer name of the document holds ("رمضان صبحي … رمضان").
func TestLoneWordOfLongerName(t *testing.T) {
	d, second := parseAtToken(t, "سجل رمضان صبحي هدفا، وقال رمضان إن الفوز مهم.", "رمضان") // the last one
	at := second - 1
	for d.Tokens[at].Text != "رمضان" {
		at--
	}
	long := Mention{Source: srcTagger, Type: schema.Person, Tok: [2]int{at, at + 2}}
	long.Span = text.Span{Start: d.Tokens[at].Start, End: d.Tokens[at+1].End}
	long.Text = d.Slice(long.Span)
	lone := Mention{Source: srcTagger, Type: schema.Person, Tok: [2]int{second, second + 1}}
	lone.Span = text.Span{Start: d.Tokens[second].Start, End: d.Tokens[second].End}
	lone.Text = d.Slice(lone.Span)
	if got := trimNameEdges(d, []Mention{long, lone}); len(got) != 2 {
		t.Errorf("got %d mentions, want both", len(got))
	}
}
