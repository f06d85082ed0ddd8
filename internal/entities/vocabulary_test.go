package entities

import (
	"testing"

	"graphbuild/schema"
)

// TestVocabularyVeto checks the rule "vocabulary-veto" on sentences of our
// own: a one-word tagger name is set against the corpus vocabulary list.
func TestVocabularyVeto(t *testing.T) {
	tests := []struct {
		name, text, word string
		typ              schema.Type
		margin           float64
		veto             bool
	}{
		{"an imperfect verb", "قالت الوزارة إن الشركات تنتمي إلى المجموعة.", "تنتمي", schema.Organization, 40, true},
		{"a stem with a possessive pronoun", "لا يمكن أن يحدث ذلك كبلدنا أبدا.", "كبلدنا", schema.Place, 40, true},
		{"a noun in construct plural", "اجتمع ممثلو الشركات أمس.", "ممثلو", schema.Person, 40, true},
		{"an alternating noun, the tagger unsure", "تعمل الشركة في مجال التنوع الاقتصادي.", "التنوع", schema.Person, 3, true},
		{"an alternating noun, the tagger sure", "وقال الفيفا إن البطولة تبدأ غدا.", "الفيفا", schema.Organization, 40, false},
		{"a name that does not alternate", "وصل الوفد إلى برشلونة أمس.", "برشلونة", schema.Place, 3, false},
		{"quoted, the word is a name", "وقالت شركة «التنوع» إن أرباحها زادت.", "التنوع", schema.Organization, 3, false},
		{"a speech verb's one-word subject that is vocabulary", "وقال المكتب إن الاجتماع انتهى.", "المكتب", schema.Person, 0, true},
		{"a given name that is also a verb", "وقال يزيد إن الاجتماع انتهى.", "يزيد", schema.Person, 3, false},
		{"a verb with the future prefix (rule future-verb)", "وقال الوزير: سنعلن الخطة غدا.", "سنعلن", schema.Organization, 40, true},
		{"a name that starts like a future verb", "وقال سامر إن الخطة جاهزة.", "سامر", schema.Person, 40, false},
		{"a bare noun the news writes with the article (rule bare-article-noun)", "وأرسل الموظف بريد الشركة أمس.", "بريد", schema.Person, 40, true},
		{"a bare adjective the news writes with the article (rule bare-article-noun)", "ووقع اتفاق فرنسي روسي أمس.", "روسي", schema.Person, 40, true},
		{"such a word with the article is not that rule's", "وأرسل الموظف البريد أمس.", "البريد", schema.Person, 40, false},
		{"such a word after ل + the article is not that rule's", "وقدمت الوزارة دعما لليونيسكو أمس.", "لليونيسكو", schema.Organization, 40, false},
		{"such a word that is a given name as written", "وقال نصر إن الخطة جاهزة.", "نصر", schema.Person, 40, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, at := parseAtToken(t, tc.text, tc.word)
			src := srcTagger
			if tc.margin == 0 {
				src = srcSpeechSubject
			}
			m := Mention{Source: src, Type: tc.typ, Tok: [2]int{at, at + 1}, Text: tc.word, margin: tc.margin}
			if got := vocabularyVeto(d, m); got != tc.veto {
				t.Errorf("vocabularyVeto(%s) = %v, want %v", tc.word, got, tc.veto)
			}
		})
	}
	// A second mention of a longer name stands.
	d := parseBody(t, "فاز نادي الاتفاق أمس، وقال مدرب الاتفاق إن الفريق جاهز.")
	var first, second int
	for i, tok := range d.Tokens {
		if tok.Text == "الاتفاق" {
			if first == 0 {
				first = i
			} else {
				second = i
			}
		}
	}
	long := Mention{Source: srcTrigger, Type: schema.Organization, Tok: [2]int{first - 1, first + 1}}
	short := Mention{Source: srcTagger, Type: schema.Organization, Tok: [2]int{second, second + 1}}
	if !inLongerName(d, []Mention{long, short}, short) {
		t.Errorf("الاتفاق after نادي الاتفاق: not seen as part of the longer name")
	}
	if inLongerName(d, []Mention{short}, short) {
		t.Errorf("الاتفاق alone: seen as part of a longer name")
	}
}
