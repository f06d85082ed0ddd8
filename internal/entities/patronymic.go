package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// patronymicStart is the rule "patronymic-start" of name-by-position: a
// person's name never starts on a particle of patronymic_particles.txt
// (بن، بنت), which joins a name to the father's. When the walk back from a
// title stops at such a particle — the word before it is common vocabulary
// too ("عيد بن مسلط الحارثي", "مساعد بن محمد العيبان") or the second word
// of a given name written apart ("عبد الله بن حمد الحقيل") — that word is
// the person's own given name and starts the name; so does each given name
// and particle before it ("فهد بن عبد الله بن محمد آل سعود"). When the
// word before the particle cannot be a name (a definite word, a stopword, a
// verb, a title, a speech verb, a word of another script), no name is read:
// the father's name is not the person's. a is the first word of the name
// the walk found (a particle or not); first bounds the walk. It returns the
// name's start, the bytes of a glued و to leave out, and false when no name
// should be read.
func patronymicStart(d *text.Document, L *lang.Profile, a, first int) (int, int, bool) {
	if !patronymicAt(L, d, a) {
		return a, 0, true
	}
	for steps := 0; steps < 4 && patronymicAt(L, d, a); steps++ {
		w := a - 1
		if w < first || d.Tokens[w].Sent != d.Tokens[a].Sent {
			return 0, 0, false
		}
		if w-1 >= first && nameParticle(d.Lang, d.Tokens[w-1]) {
			if _, ok := L.FirstName(d.Tokens[w-1].Text + d.Tokens[w].Text); ok {
				a = w - 1 // "عبد" "الله": one given name written apart
			} else {
				return 0, 0, false
			}
		} else {
			n, ok := patronymicGiven(d, L, w)
			if !ok {
				return 0, 0, false
			}
			if n > 0 {
				return w, n, true // "ومساعد بن محمد": the و is left out
			}
			a = w
		}
		// "فهد بن عبد الله بن محمد": the given name is itself a son's.
		if a-1 >= first && patronymicAt(L, d, a-1) {
			a--
		}
	}
	if patronymicAt(L, d, a) {
		return 0, 0, false
	}
	return a, 0, true
}

// patronymicAt reports a particle of patronymic_particles.txt at token i,
// as written.
func patronymicAt(L *lang.Profile, d *text.Document, i int) bool {
	if L.PatronymicParticles == nil || i < 0 || i >= len(d.Tokens) || d.Tokens[i].Class != text.Word {
		return false
	}
	return lang.HasWritten(L.PatronymicParticles, d.Tokens[i].Text)
}

// patronymicGiven reports whether the word at w, right before a patronymic
// particle, can be a person's given name by its place: a word of the
// language's script, no stopword, no definite word unless a listed given
// name, no imperfect verb (nor a past one opening the sentence) or title, no speech verb, no word that never starts or ends
// a name. It returns the bytes of a glued و to leave out.
func patronymicGiven(d *text.Document, L *lang.Profile, w int) (int, bool) {
	t := d.Tokens[w]
	if t.Class != text.Word || !L.InScript(t.Text) {
		return 0, false
	}
	if _, given := L.FirstName(t.Text); given {
		return 0, true
	}
	skip := 0
	if n, ok := conjoined(d.Lang, t, false); ok {
		skip = n
		t.Text = t.Text[n:]
		t.Fold = text.Fold(t.Text)
		if _, given := L.FirstName(t.Text); given {
			return skip, true
		}
	}
	if _, stop := L.Stopwords.Has(t.Text); stop {
		return 0, false
	}
	if _, speech := L.SpeechVerbs.HasToken(&t); speech {
		return 0, false
	}
	if L.Definite(t.Fold) || notNameWord(L, t) || isNameStartWord(L, t) || sentenceStart(d, w) && perfectVerb(L, t) {
		return 0, false
	}
	if _, title := L.Titles.At([]text.Token{t}, 0, 1, true); title {
		return 0, false
	}
	if _, h := L.Honorifics.At([]text.Token{t}, 0, 1, true); h {
		return 0, false
	}
	return skip, true
}

// isNameStartWord reports a word of name_start_words.txt ("لي", "يا").
func isNameStartWord(L *lang.Profile, t text.Token) bool {
	return lang.Has(L.NameStartWords, t.Fold)
}

// givenApart reports a name particle at a that makes a listed given name
// with the word after it, before e ("عبد" "الله": عبدالله), so that the
// particle starts the name (rule patronymic-start).
func givenApart(d *text.Document, L *lang.Profile, a, e int) bool {
	if a+1 >= e || d.Tokens[a+1].Class != text.Word {
		return false
	}
	_, ok := L.FirstName(d.Tokens[a].Text + d.Tokens[a+1].Text)
	return ok
}

// patronymicSurname is the rule "patronymic-surname": right after a
// father's name ("… بن عبدالرحمن"), a definite word that is also an
// ordinary word is read by its position as the family name ("المهندس محمد
// بن عبدالرحمن المخرج", "علي بن أحمد السلطان"), unless it is a title, a
// trigger noun, a nationality, a stopword or a speech verb, or another
// definite word that is no title or honorific follows it (a noun and its
// adjective: "دان … د. جمعان رشيد بن رقوش الجريمة الإرهابية" is the verb's
// object; "… المخرج الأمير خالد" is a surname before the next person).
func patronymicSurname(d *text.Document, L *lang.Profile, b, end int) bool {
	t := d.Tokens[b]
	if t.Class != text.Word || !L.Definite(t.Fold) || positionNameWord(d, L, t) || nameParticle(d.Lang, t) {
		return false
	}
	if _, ok := L.Titles.At(d.Tokens, b, end, true); ok {
		return false
	}
	if _, ok := L.Honorifics.At(d.Tokens, b, end, true); ok {
		return false
	}
	if isTrigger(L, t) {
		return false
	}
	if _, ok := L.Nationalities.Has(t.Text); ok {
		return false
	}
	if _, ok := L.Stopwords.Has(t.Text); ok {
		return false
	}
	if _, ok := L.SpeechVerbs.At(d.Tokens, b, end, true); ok {
		return false
	}
	if b+1 < end && d.Tokens[b+1].Class == text.Word && L.Definite(d.Tokens[b+1].Fold) && !titleOrHonorificAt(L, d, b+1, end) {
		return false // "دان … بن رقوش الجريمة الإرهابية": a noun and its adjective, the verb's object
	}
	return L.InScript(t.Text)
}

// titleOrHonorificAt reports a title or an honorific starting at token i.
func titleOrHonorificAt(L *lang.Profile, d *text.Document, i, end int) bool {
	if _, ok := L.Titles.At(d.Tokens, i, end, true); ok {
		return true
	}
	_, ok := L.Honorifics.At(d.Tokens, i, end, true)
	return ok
}
