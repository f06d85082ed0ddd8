package entities

import (
	"strings"
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// trimNameEdges is the rule "name-edge": a person's name that a
// recognizer read too far ends where the evidence says a name cannot go
// on, and starts where it says one cannot start. The words at its end that
// are taken off:
//   - a function word that never ends a name (name_end_words.txt: "عز بلا
//     حماس", "عبد الكريم عن");
//   - an imperfect verb as written (a verb prefix, after و at most,
//     and the corpus vocabulary calls the stem a verb, also with an object
//     pronoun: "جمال عبد الناصر يأمر", "غوم تقرأ", "ملكي يرأسها"), unless
//     the word is a given name (يحيى، يزيد);
//   - a word joined by و whose rest is a common word ("X ومعالي الوزير"),
//     unless the word is a given name (وليد);
//   - a word with a glued preposition whose rest, as written, is a common
//     word ("هيلاري كلينتون بحضور", "محمود بتحقيق"), unless the whole word
//     is itself a listed stem or a given name (برهان، بخيت);
//   - a word written with tanween (nunation), which marks an indefinite
//     adverb or noun and never a name ("المالكي سابقًا", "آل سعود نائبًا").
//
// At its start a verb or preposition-glued word is taken off the same way
// ("وينفي دوجلاس", "بإعفاء شويش"), and a word of name_start_words.txt
// ("لي", "يا", "لولا") when a given name follows it or a speech verb
// precedes it ("تقول لي فردوس محمد"). A mention left with no word is
// dropped. Lexicon names are not touched.
//
// The rule "lone-not-a-name" drops a one-word person that is a word of
// lone_not_names.txt — a month of the Hijri calendar ("موسم رمضان"), a
// preposition with a pronoun ("قال لي") — unless a longer name of the
// document holds the word ("رمضان صبحي", "لي كه تشيانغ").
func trimNameEdges(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.NameEndWords.Len() == 0 && L.NameStartWords.Len() == 0 && L.LoneNotNames.Len() == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if !spanRuleTarget(m) {
			out = append(out, m)
			continue
		}
		a, b := m.Tok[0], m.Tok[1]
		for k := a + 1; k < b; k++ {
			if lang.Has(L.NameEndWords, d.Tokens[k].Fold) {
				b = k // "عز بلا حماس": the name ends before بلا
				break
			}
		}
		for b > a && notNameEnd(L, d.Tokens[b-1]) {
			b--
		}
		if b-a >= 3 && verbAfterSurname(L, d.Tokens[b-2], d.Tokens[b-1]) {
			b-- // "فؤاد الزواري أورد", "عبد الناصر ترأس"
		}
		for a < b && notNameStart(d, L, a, b) {
			a++
		}
		if a == b {
			continue
		}
		if a != m.Tok[0] || b != m.Tok[1] {
			if a != m.Tok[0] {
				m.Span.Start, m.clitic = d.Tokens[a].Start, false
			}
			m.Span.End = d.Tokens[b-1].End
			m.Tok = [2]int{a, b}
			m.Text = d.Slice(m.Span)
		}
		out = append(out, m)
	}
	return dropLoneNotNames(d, L, out)
}

// spanRuleTarget reports a mention whose edges the span rules (name-edge,
// particle-end) may move: a person read by a recognizer, not a value nor a
// lexicon name.
func spanRuleTarget(m Mention) bool {
	return m.Type == schema.Person && m.Value == nil && m.LexID == "" && m.Source != srcLexicon
}

// dropLoneNotNames drops the one-word persons of lone_not_names.txt that
// no longer name of the document holds (rule "lone-not-a-name"); it runs
// after the edges are trimmed, so "لي" of "لي فردوس محمد" does not save
// the "لي" of "قال لي".
func dropLoneNotNames(d *text.Document, L *lang.Profile, ms []Mention) []Mention {
	if L.LoneNotNames.Len() == 0 {
		return ms
	}
	lone := make([]bool, len(ms))
	for i, m := range ms {
		lone[i] = m.Type == schema.Person && m.LexID == "" && m.Tok[1]-m.Tok[0] == 1 &&
			lang.Has(L.LoneNotNames, d.Tokens[m.Tok[0]].Fold) && !wordOfLongerName(d, ms, m)
	}
	out := ms[:0]
	for i, m := range ms {
		if !lone[i] {
			out = append(out, m)
		}
	}
	return out
}

// notNameEnd reports whether a word cannot end a person's name.
func notNameEnd(L *lang.Profile, t text.Token) bool {
	if lang.Has(L.NameEndWords, t.Fold) || pastVerbEdge(L, t) {
		return true
	}
	if t.Class == text.Word && andCommonWord(L, t) {
		if _, given := L.FirstName(t.Text); !given {
			return true // "أحمد الزهراني ومعرف": the next member of a list
		}
	}
	return notNameWord(L, t)
}

// notNameStart reports whether the word at i cannot start the person's
// name that ends at end.
func notNameStart(d *text.Document, L *lang.Profile, i, end int) bool {
	t := d.Tokens[i]
	if lang.Has(L.NameStartWords, t.Fold) && i+1 < end {
		if _, given := firstName(d.Lang, d.Tokens[i+1]); given {
			return true
		}
		if i > 0 && d.Tokens[i-1].Sent == t.Sent {
			if _, verb := L.SpeechVerbs.HasToken(&d.Tokens[i-1]); verb {
				return true
			}
		}
	}
	if i+2 < end && descriptorBeforeGiven(d, L, i) {
		return true
	}
	if i+2 < end && sentenceStart(d, i) && perfectVerb(L, t) {
		return true
	}
	if pastVerbEdge(L, t) {
		return true
	}
	return notNameWord(L, t)
}

// pastVerbEdge is the rule "past-verb-edge": a word written as a past verb
// with a person ending (clitics.txt perfect_suffix: ت، وا) — an imperfect
// stem of the vocabulary, with or without the perfect prefix, plus the
// ending, after one glued conjunction at most — is the verb next to a name,
// not its first or last word ("فهد بن معمر احتفلت", "جون كي جعلت",
// "ووصفت بدرة قعلول", "العنزي وقدموا"). A listed given name (رفعت، مدحت،
// حكمت) stays.
func pastVerbEdge(L *lang.Profile, t text.Token) bool {
	if t.Class != text.Word || len(L.PerfectSuffixes) == 0 {
		return false
	}
	if _, given := L.FirstName(t.Text); given {
		return false
	}
	w, given := afterVerbConjunction(L, t.Fold, 4)
	if given {
		return false
	}
	for _, suf := range L.PerfectSuffixes {
		stem, ok := strings.CutSuffix(w, suf)
		if ok && utf8.RuneCountInString(stem) >= 3 && perfectStemIsVerb(L, stem) {
			return true
		}
	}
	return false
}

// descriptorBeforeGiven is the rule "descriptor-before-name": a definite
// word of the vocabulary or a nationality, itself no given name, right
// before a listed given name describes the person and is no part of the
// name ("الشاعر صالح الحمد", "القاص خالد اليوسف", "الكاميروني عيسى
// حياتو"), when two words of the name are left ("القاضي حمود" stays: a
// title and a surname). A definite given name (الوليد, المهدي) and a stem
// of two letters (آل, الله) stay.
func descriptorBeforeGiven(d *text.Document, L *lang.Profile, i int) bool {
	t := d.Tokens[i]
	if t.Class != text.Word {
		return false
	}
	if _, given := L.FirstName(t.Text); given {
		return false
	}
	if _, given := firstName(d.Lang, d.Tokens[i+1]); !given {
		return false
	}
	_, nat := L.Nationalities.Has(t.Text)
	if !nat && !L.IsCommon(t.Text) {
		return false
	}
	for _, f := range L.Forms(t.Text) {
		if stem := text.StripArticle(f); L.Definite(f) && stem != f && utf8.RuneCountInString(stem) >= 3 {
			return true
		}
	}
	return false
}

// sentenceStart reports a token that opens its sentence, with nothing but
// punctuation before it.
func sentenceStart(d *text.Document, i int) bool {
	for k := i - 1; k >= 0 && d.Tokens[k].Sent == d.Tokens[i].Sent; k-- {
		if d.Tokens[k].Class != text.Punct {
			return false
		}
	}
	return true
}

// perfectVerb is the rule "perfect-verb-start": the first word of a
// sentence, which in Arabic news is most often its verb, is no part of the
// name after it when it is written as a past verb — an imperfect stem of
// the vocabulary without its prefix ("وشكك ديتار هيكينج": يشكك; "دشن":
// يدشن; "رافق"), or with a perfect prefix for it ("اعتمد ناصيف البياوي":
// يعتمد), after one glued conjunction at most — and is not a given name
// (أحمد, أكرم: يحمد, يكرم). Two words of the name must be left.
func perfectVerb(L *lang.Profile, t text.Token) bool {
	if t.Class != text.Word || len(L.PerfectPrefixes) == 0 {
		return false
	}
	if _, given := L.FirstName(t.Text); given {
		return false
	}
	w, given := afterVerbConjunction(L, t.Fold, 3)
	if given {
		return false
	}
	return perfectStemIsVerb(L, w)
}

// afterVerbConjunction cuts one glued conjunction (clitics.txt
// verb_conjunction) off the folded word w when at least min letters stay;
// given reports that what stays is a listed given name ("وأحمد").
func afterVerbConjunction(L *lang.Profile, w string, min int) (rest string, given bool) {
	for _, c := range L.VerbConjunctions {
		if r, ok := strings.CutPrefix(w, c); ok && utf8.RuneCountInString(r) >= min {
			_, given = L.FirstName(r)
			return r, given
		}
	}
	return w, false
}

// perfectStemIsVerb reports a past-verb stem: s, or s without a perfect
// prefix (three letters or more left), is a vocabulary verb behind one of
// the imperfect prefixes (دشن: يدشن; اعتمد: يعتمد).
func perfectStemIsVerb(L *lang.Profile, s string) bool {
	stems := []string{s}
	for _, p := range L.PerfectPrefixes {
		if rest, ok := strings.CutPrefix(s, p); ok && utf8.RuneCountInString(rest) >= 3 {
			stems = append(stems, rest)
		}
	}
	for _, x := range stems {
		for _, p := range L.VerbPrefixes {
			if L.Vocabulary[p+x] == "verb" {
				return true
			}
		}
	}
	return false
}

// notNameWord reports a word that is no part of a name at either edge: an
// imperfect verb, a noun with a possessive pronoun (possessedNoun), a
// preposition-glued vocabulary word, or a word with tanween.
func notNameWord(L *lang.Profile, t text.Token) bool {
	if t.Class != text.Word {
		return false
	}
	if _, given := L.FirstName(t.Text); given {
		return false
	}
	for _, mark := range L.IndefiniteMarks {
		if strings.Contains(t.Text, mark) {
			return true
		}
	}
	if imperfectVerb(L, t.Fold) || possessedNoun(L, t.Fold) {
		return true
	}
	if rest, ok := L.GluedPreposition(t.Text); ok {
		rest = text.StripArticle(rest)
		own := text.StripArticle(t.Fold)
		// The rest itself, not its forms, must be a common word of four
		// letters or more (بيري، بليس: يري، ليس): بليزر،
		// برايس، بوصعب are names whose rest is a listed stem only by
		// transliteration or once another clitic is off.
		return utf8.RuneCountInString(rest) >= 4 && L.Common[rest] && L.Vocabulary[own] == "" // برهان، بخيت are words of their own
	}
	return false
}

// imperfectVerb reports a folded word written as an imperfect verb: a verb
// prefix first (after one conjunction), and a verb by the corpus vocabulary,
// also with an object pronoun ("يترأسها": يترأس + ها).
func imperfectVerb(L *lang.Profile, f string) bool {
	w := f
	for _, c := range L.VerbConjunctions {
		if rest, ok := strings.CutPrefix(w, c); ok && utf8.RuneCountInString(rest) >= 3 {
			w = rest
			break
		}
	}
	for _, p := range L.VerbPrefixes {
		if strings.HasPrefix(w, p) {
			return vocabularyVerb(L, w)
		}
	}
	return false
}

// vocabularyVerb reports a folded word that the corpus vocabulary calls a
// verb, as it is or without a pronoun ending of three letters or more.
func vocabularyVerb(L *lang.Profile, w string) bool {
	if L.VocabularyKind(w) == "verb" {
		return true
	}
	for _, suf := range L.PossessiveSuffixes {
		if rest, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(rest) >= 3 && L.VocabularyKind(rest) == "verb" {
			return true
		}
	}
	return false
}

// andCommonWord reports a word joined by و whose rest, with or without the
// article, is a common word ("ومعالي", "والمبتعثات"): a name goes on with no
// such word. A name written with و ("وليد", "والتون") is a given name or
// no common word.
func andCommonWord(L *lang.Profile, t text.Token) bool {
	rest, ok := L.CutAnd(t.Fold)
	if !ok || utf8.RuneCountInString(rest) < 4 { // "ويلي": يلي is a word too short to tell
		return false
	}
	return L.Common[rest] || L.Definite(rest) && L.Common[text.StripArticle(rest)]
}

// wordOfLongerName reports whether the one word of m is, as written, a word
// of a longer person's name of the document ("لي" of "لي كه تشيانغ"; not
// the article-stripped "اللي" that inLongerName would match).
func wordOfLongerName(d *text.Document, ms []Mention, m Mention) bool {
	w := d.Tokens[m.Tok[0]].Fold
	for _, o := range ms {
		if o.Type != m.Type || o.Tok[1]-o.Tok[0] < 2 {
			continue
		}
		for t := o.Tok[0]; t < o.Tok[1]; t++ {
			if d.Tokens[t].Fold == w {
				return true
			}
		}
	}
	return false
}

// possessedNoun is the rule "possessed-edge": a word that is a noun of the
// corpus vocabulary with a possessive pronoun of two letters (clitics.txt
// possessive_suffix: ها، هم), after a glued conjunction or preposition at
// most, is no word of a name ("وفاء حديثها", "روسيف وسلفها", "كندة علّوش
// بصرامتها", "مسيرتها خادم"). The one-letter ending ه is not read: the
// feminine ة folds to it (فاطمه، حمزه). Three letters of stem at least.
func possessedNoun(L *lang.Profile, f string) bool {
	for _, suf := range L.PossessiveSuffixes {
		if utf8.RuneCountInString(suf) < 2 {
			continue
		}
		stem, ok := strings.CutSuffix(f, suf)
		if !ok {
			continue
		}
		for _, s := range text.StripFolded(stem) {
			s = text.StripArticle(s)
			if utf8.RuneCountInString(s) < 3 {
				continue
			}
			if L.Vocabulary[s] != "" {
				return true
			}
			if t, ok := strings.CutSuffix(s, "ت"); ok && L.Vocabulary[t+"ه"] != "" {
				return true // صرامتها: صرامة
			}
		}
	}
	return false
}

// verbAfterSurname is the rule "verb-after-surname": a name closed by a
// definite word ("الزواري", "الملحم", "عبد الناصر", "نور الدين") ends there
// when the word after it, itself with no article, is written as a past verb
// (perfectVerb: أورد، ترأس، عاود، شكك، ولد; no given name): after أن or
// لكن the news puts the subject's name before its verb ("أن عبد العزيز ولد
// في الكويت"). Two words of the name must stay.
func verbAfterSurname(L *lang.Profile, p, t text.Token) bool {
	return p.Class == text.Word && L.Definite(p.Fold) && !L.Definite(t.Fold) && perfectVerb(L, t)
}
