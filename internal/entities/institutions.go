package entities

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// institutionRecognizer finds organisations named by an institutional
// trigger noun in the construct state and a definite noun phrase: "بنك
// الإسكان", "لبورصة البحرين", "وزارة التجارة والصناعة", "مؤسسة التأمين على
// الودائع الكورية", "جامعة الملك فيصل". The triggers are listed in
// institution_triggers; the name runs over definite words (also joined by
// و, or by على before a definite word), a given name after a definite word
// ("الملك فيصل"), and ends at punctuation, a stopword, a relative pronoun,
// a time word (institution_stop) or after five words.
type institutionRecognizer struct{}

var _ = registerSource(Source{Name: srcInstitution, Rank: 4, Doc: "an institution named by a trigger noun and a definite phrase (بنك الإسكان …)"})

// InstitutionNames is the recognizer of institutions named by a trigger noun
// and a definite noun phrase.
func InstitutionNames() Recognizer { return institutionRecognizer{} }

func (institutionRecognizer) Name() string { return srcInstitution }

func (institutionRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	inst := L.InstitutionTriggers
	stop := L.InstitutionStop
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken-1; i++ {
			m, ok := inst.At(d.Tokens, i, i+1, true)
			if !ok || L.ArticleInClitic(m.Clitic) {
				continue // "للصندوق الخيري": ل + the article, a description
			}
			if c, _, _ := defaultGazetteer().lookup(d.Tokens, i, s.EndToken); c != nil {
				continue // the lexicon knows the whole name ("بورصة ناسداك")
			}
			// "مستشفى "بهية"", "مصرف «ووري بنك»": the name in quotes.
			if qm, ok := quotedName(d, i+1, s.EndToken, schema.Organization, s.Kind); ok {
				out = append(out, qm)
				i = qm.Tok[1]
				continue
			}
			j := i + 1
			for j < s.EndToken && j-i <= 5 {
				t := d.Tokens[j]
				if t.Class != text.Word {
					break
				}
				if _, ok := stop.Has(t.Text); ok {
					break
				}
				if _, ok := L.NameDescriptors.Has(t.Text); ok && j > i+1 {
					break // "… المركزية الحكومية": who owns it
				}
				if _, ok := L.Titles.Has(t.Text); ok {
					break
				}
				if _, ok := L.Honorifics.Has(t.Text); ok {
					break // "لبنك الريان الشيخ فلان"
				}
				if _, ok := L.SpeechVerbs.Has(t.Text); ok {
					break
				}
				if institutionAdjective(d, L, j, s.EndToken) {
					j++   // "لجنة الرقابة على المال العام", "وزارة الحرس الوطني"
					break // "بوزارة الحرس الوطني الفريق محمد": the name ends there
				}
				if _, ok := L.Stopwords.Has(t.Text); ok {
					// "التأمين على الودائع": a preposition inside the name
					// when a definite word follows it.
					if lang.Has(L.InstitutionPreps, t.Fold) && j+1 < s.EndToken && L.Definite(d.Tokens[j+1].Fold) && j > i+1 {
						j++
						continue
					}
					break
				}
				if L.Definite(L.TrimAnd(t.Fold)) {
					j++
					if _, nat := L.Nationalities.Has(t.Text); nat && j > i+2 {
						break // "وجهت وزارة العدل البرازيلية الاتهام": the name ends at its nationality
					}
					continue
				}
				if _, given := firstName(d.Lang, t); given && j > i+1 && L.Definite(d.Tokens[j-1].Fold) {
					j++ // "جامعة الملك فيصل"
					continue
				}
				if c, n, _ := defaultGazetteer().lookup(d.Tokens, j, s.EndToken); c != nil && c.entry.Type == schema.Place && c.entry.Kind != "market" && j == i+1 {
					j += n // "بورصة مصر"
					// "بنك أبوظبي الوطني", "بنك دبي الإسلامي": a relative
					// adjective (-ي) after the place ends the name.
					if j < s.EndToken && nisbaAdjective(L, d.Tokens[j]) {
						j++
					}
					break
				}
				break
			}
			if j == i+1 {
				continue
			}
			skip := 0
			if m.Clitic != "" {
				forms := text.StripProclitics(d.Tokens[i].Text)
				skip = cliticBytes(d.Tokens[i].Text, forms[len(forms)-1])
				for _, f := range forms[1:] {
					if _, ok := inst.Has(f); ok && strings.TrimSuffix(forms[0], f) == m.Clitic {
						skip = cliticBytes(d.Tokens[i].Text, f)
					}
				}
			}
			sp := text.Span{Start: d.Tokens[i].Start + skip, End: d.Tokens[j-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{i, j}, Source: srcInstitution,
				Conf: 0.7, Kind: s.Kind, clitic: skip > 0})
			i = j - 1
		}
	}
	return out
}

// institutionAdjective reports token j as an adjective of the name
// (institution_adjectives) after a definite word (also one glued to و:
// "العدل والمصالحة الوطنية"), with no time word or
// number after it: "المال العام" but not "العام الماضي".
func institutionAdjective(d *text.Document, L *lang.Profile, j, end int) bool {
	t := d.Tokens[j]
	if _, ok := L.InstitutionAdjectives.Has(t.Text); !ok || t.Fold != text.Fold(t.Text) || j == 0 || !L.Definite(L.TrimAnd(d.Tokens[j-1].Fold)) {
		return false
	}
	if j+1 < end {
		n := d.Tokens[j+1]
		if n.Class == text.Number {
			return false
		}
		if _, ok := L.InstitutionStop.Has(n.Text); ok {
			return false
		}
		if _, ok := L.Months.Has(n.Text); ok {
			return false
		}
	}
	return true
}

// nisbaAdjective reports a definite relative adjective ending in ي with no
// clitic before its article: "الوطني", "الإسلامي", "التجاري". A nationality
// or a title is none.
func nisbaAdjective(L *lang.Profile, t text.Token) bool {
	f := t.Fold
	if t.Class != text.Word || !L.Definite(f) || !L.NisbaShaped(f) || len([]rune(f)) < 5 {
		return false
	}
	if _, ok := L.InstitutionStop.Has(t.Text); ok {
		return false
	}
	if _, ok := L.Nationalities.Has(t.Text); ok {
		return false
	}
	// Not isNameWord: the stopword list holds "الوطني" for its other uses.
	_, title := L.Titles.Has(t.Text)
	return !title
}
