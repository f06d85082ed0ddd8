package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

const srcTitleNation = "title-nationality-name"

var _ = registerSource(Source{Name: srcTitleNation, Rank: 8, Person: true,
	Doc: "a name after a title or person noun, its field and a nationality adjective (وزير البترول الكويتي فلان)"})

// maxFieldWords bounds the words between the title and the nationality
// adjective: the title's field ("وزير النفط والثروة المعدنية السعودي").
const maxFieldWords = 3

// titleNationNames finds people named after a job title (titles.txt) or a
// person noun (nationality_heads.txt), up to three definite words of its
// field, and a definite nationality adjective: "وزير البترول الكويتي فهد
// العنزي", "اللاعب البرازيلي نيمار دا سيلفا". The name's edge comes from
// nameFrom; it must start with a listed given name, or be two or more words
// none of which is ordinary vocabulary ("الرئيس اليمني قرارين" is none).
// Its source ranks after the tagger: where the tagger or another rule read
// the person, their span is kept, and this one only adds the names nobody
// else found.
func titleNationNames(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Clitics || L.NationalityHeads == nil {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Readable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			k := -1
			if m, ok := L.Titles.At(d.Tokens, i, s.EndToken, true); ok && (m.Clitic == "" || L.AndClitic(m.Clitic)) && !isHonorificAt(L, d, i, m.End) {
				k = m.End
			} else if _, ok := L.NationalityHeads.HasToken(&d.Tokens[i]); ok {
				k = i + 1
			}
			if k < 0 {
				continue
			}
			a, b := nationThenName(d, L, k, s.EndToken)
			if b-a < 1 {
				continue
			}
			sp := text.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Person, Tok: [2]int{a, b}, Source: srcTitleNation,
				Conf: 0.75, Kind: s.Kind, personCue: true})
			i = b - 1
		}
	}
	return out
}

// nationThenName reads, from token k, the field words and the nationality
// adjective, and returns the range of the name after them (empty if none).
func nationThenName(d *text.Document, L *lang.Profile, k, end int) (int, int) {
	for j := k; j < end && j-k <= maxFieldWords; j++ {
		t := d.Tokens[j]
		if t.Class != text.Word || !L.Definite(L.TrimAnd(t.Fold)) {
			return 0, 0
		}
		if _, ok := L.Nationalities.Has(t.Text); !ok || !L.Definite(t.Fold) {
			continue
		}
		a := j + 1
		b := nameFrom(d, L, a, end)
		if b <= a {
			return 0, 0
		}
		// A last word of the vocabulary that is a verb, a plural or
		// definite ("… فريمبونج هتافات", "… الهاشمي الوفد") starts the
		// clause after the name, when two words are left; a bare surname
		// that is also a word (هادي، جمعة) stays.
		if last := d.Tokens[b-1]; b-a >= 3 && L.VocabularyKind(last.Text) != "" && (L.VocabularyKind(last.Text) == "verb" ||
			L.FemininePluralWord(last.Fold) || L.Definite(last.Fold)) {
			b--
		}
		if _, given := firstName(d.Lang, d.Tokens[a]); given && b-a >= 2 {
			return a, b
		}
		if b-a < 2 {
			return 0, 0
		}
		for x := a; x < b; x++ {
			if L.VocabularyKind(d.Tokens[x].Text) != "" {
				return 0, 0
			}
		}
		return a, b
	}
	return 0, 0
}
