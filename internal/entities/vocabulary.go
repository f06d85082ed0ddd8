package entities

import (
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/tagger"
	"graphbuild/internal/text"
)

// vocabularySure is the tagger margin above which a one-word name whose
// stem merely alternates with and without the article stands. On 1,500
// corpus articles, below it the vetoed words were mostly common nouns
// (العهد، العامل، منظمة، الأكراد، جامعة) and above it mostly real names
// (الفيفا، حماس، النيل، العقبة، الجيزة).
var vocabularySure = 15.0

// vocabularyVeto is the rule "vocabulary-veto": a one-word name that only
// the tagger saw is dropped when the news corpus shows the word to be
// ordinary vocabulary (lang.Profile.VocabularyKind): an imperfect verb
// (تنتمي), a noun seen with possessive pronouns or carrying one (كبلدنا,
// مالي), or, when the tagger is not sure, a stem written both with and
// without the article (التنوع), unless stronger evidence stands for it: a given name, quotation
// marks around it («الأهلي»), or the lexicon (the caller checks that).
// The same holds for a one-word subject of a speech verb ("أن يضيف
// التنوع", "وقال المرصد"), which has no margin: only its position marks it.
// Several words ("المحيط الهادئ"), a trigger noun ("شركة مالي") and the
// position rules are other recognizers and are not touched.
func vocabularyVeto(d *text.Document, m Mention) bool {
	if m.Source != srcTagger && m.Source != srcSpeechSubject || m.Tok[1]-m.Tok[0] != 1 {
		return false
	}
	L := lang.Of(d.Lang)
	t := d.Tokens[m.Tok[0]]
	switch L.VocabularyKind(t.Text) {
	case "verb", "possessed":
	case "alternating":
		if m.margin >= vocabularySure {
			return false // الفيفا، النيل، العقبة: the tagger is sure
		}
	default:
		if !bareArticleNoun(d.Lang, t.Text) {
			return false
		}
		// بريد is no ب + the given name ريد: the table's reading of the
		// whole word wins over a given name found under a proclitic.
		if e, ok := L.FirstNames.Has(t.Text); ok && len(e.Toks) == 1 && e.Toks[0] == t.Fold {
			return false
		}
		return !quotedWord(d, m.Tok[0])
	}
	if _, given := firstName(d.Lang, t); given {
		return false
	}
	return !quotedWord(d, m.Tok[0])
}

// quotedWord reports whether the word at i stands alone between quotation
// marks.
func quotedWord(d *text.Document, i int) bool {
	if i == 0 || i+1 >= len(d.Tokens) {
		return false
	}
	return isQuoteMark(d.Tokens[i-1].Text) && isQuoteMark(d.Tokens[i+1].Text)
}

func isQuoteMark(s string) bool {
	switch s {
	case "«", "»", "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// inLongerName reports whether m's word is also a word of a longer name of
// the same type in the document ("الخطيب" after "محمد الخطيب", "الاتفاق"
// after "نادي الاتفاق"): a second mention of a name, not vocabulary.
func inLongerName(d *text.Document, all []Mention, m Mention) bool {
	w := text.StripArticle(d.Tokens[m.Tok[0]].Fold)
	forms := text.StripFolded(d.Tokens[m.Tok[0]].Fold)
	for _, o := range all {
		if o.Type != m.Type || o.Tok[1]-o.Tok[0] < 2 {
			continue
		}
		for t := o.Tok[0]; t < o.Tok[1]; t++ {
			f := d.Tokens[t].Fold
			if text.StripArticle(f) == w || f == forms[len(forms)-1] {
				return true
			}
		}
	}
	return false
}

// bareArticleNoun is the rule "bare-article-noun": a word that carries no
// article under any reading of its proclitics, and whose stem (its longest
// form without proclitics that the table knows) the news writes with the
// article at least 85% of the time (article grade 5 or 6 of
// tagger.ArticleGrade: بريد, written البريد 85%+ of the time), is an
// ordinary noun in construct or indefinite ("أي بريد إلكتروني"), not a name.
func bareArticleNoun(lg text.Lang, w string) bool {
	forms := lang.Of(lg).Forms(w)
	for _, f := range forms {
		if text.StripArticle(f) != f {
			return false // لليونيسكو: ل + اليونيسكو
		}
	}
	grade, n := "", 0
	for _, f := range forms {
		if g := tagger.ArticleGrade(string(lg), f); g != "" && utf8.RuneCountInString(f) > n {
			grade, n = g, utf8.RuneCountInString(f)
		}
	}
	return grade != "" && grade[0] >= '5'
}
