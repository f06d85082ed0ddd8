package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// trimGluedClitics is the rule "clitic-trim": a name whose first word
// carries a glued proclitic (و، ف، ب، ل، ك) that a recognizer kept
// ("وسلطان البيشي", "ومنظمة الصليب الأحمر", "والخطيب البغدادي") starts
// after it when the rest of the word shows it is a word of its own: a
// given name or a trigger noun once the clitic is off (and not the whole
// word: وسام, فيصل), or the article with three letters or more after it
// (a word cannot start with و + ال). Part of it, the rule
// "org-preposition-trim": an organisation whose first word is a trigger
// noun behind a glued preposition (ل, ب, ول, وب: "لنادي تشيلسي", "بنادي
// النصر") starts at the trigger noun. Part of it too, the rule
// "preposition-given-name": a person of two words or more whose first word
// is a glued preposition (ل, ب, ول, وب) before a listed given name starts
// at the given name ("لنجيب محفوظ", "بطلال العبسي"; see
// prepositionGivenName). And the rule "list-and": a person right after
// another person's name whose first word carries the conjunction و starts
// after it ("ممفيس ديباي وأشلي يونغ"; see listAnd). The mention keeps its
// tokens; its span and text start after the clitic.
func trimGluedClitics(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if !L.Clitics {
		return ms
	}
	personEnds := map[int]bool{} // the last token of each person read
	for _, m := range ms {
		if m.Type == schema.Person && m.Value == nil {
			personEnds[m.Tok[1]-1] = true
		}
	}
	for i, m := range ms {
		if m.Entity < 0 || m.clitic || m.LexID != "" || m.Source == srcLexicon || !isEntityType(m.Type) {
			continue
		}
		t := d.Tokens[m.Tok[0]]
		if t.Start != m.Span.Start {
			continue // already starts inside the word
		}
		if skip, name, ok := elidedArticleName(L, t, m.Type); ok {
			ms[i].Span.Start = t.Start + skip
			ms[i].Text = name + d.Slice(ms[i].Span)
			ms[i].clitic = true
			continue
		}
		rest, ok := cliticRest(L, t, m.Type)
		if !ok && m.Type == schema.Person && m.Tok[1]-m.Tok[0] > 1 {
			rest, ok = prepositionGivenName(d, L, t)
		}
		if !ok && m.Type == schema.Person && m.Tok[0] > 0 && personEnds[m.Tok[0]-1] {
			rest, ok = listAnd(L, t)
		}
		if ok {
			skip := cliticBytes(t.Text, rest)
			if skip <= 0 || skip >= len(t.Text) {
				continue
			}
			ms[i].Span.Start = t.Start + skip
			ms[i].Text = d.Slice(ms[i].Span)
			ms[i].clitic = true
		}
	}
	return ms
}

// cliticRest returns the folded rest of a word once its glued proclitics
// are off, when the rest is shown to be a word of its own.
func cliticRest(L *lang.Profile, t text.Token, typ schema.Type) (string, bool) {
	forms := text.StripProclitics(t.Text)
	if len(forms) < 2 {
		return "", false
	}
	prefix := func(f string) string { return strings.TrimSuffix(forms[0], f) }
	for _, f := range forms[1:] {
		// "والخطيب", "بالرياض": و, ب, ك (with و) before the article. Not
		// ف (فالكاو is Falcao) and not لل, whose elided alef a span cannot
		// give back.
		if L.Definite(f) && utf8.RuneCountInString(f)-utf8.RuneCountInString(L.Article) >= 3 && slices.Contains(L.ArticleProclitics, prefix(f)) {
			return f, true
		}
	}
	// "وسلطان", "ومنظمة": a given name or a trigger noun after و alone, not
	// the whole word (وسام, وكالة).
	for _, f := range forms[1:] {
		if typ == schema.Organization && gluedPrepositionClitic(L, prefix(f)) && trigger(L, f) && !trigger(L, forms[0]) {
			return f, true // rule org-preposition-trim: "لنادي تشيلسي", "بنادي النصر"
		}
		if !L.AndClitic(prefix(f)) {
			continue
		}
		if e, ok := L.FirstNames.Has(f); typ == schema.Person && ok && e.Toks[0] == f {
			if w, whole := L.FirstNames.Has(forms[0]); !whole || w.Toks[0] != forms[0] {
				return f, true
			}
		}
		if typ == schema.Organization && (trigger(L, f) && !trigger(L, forms[0])) {
			return f, true
		}
	}
	return "", false
}

// trigger reports whether a folded word is exactly a trigger or an
// institution noun.
func trigger(L *lang.Profile, f string) bool {
	if e, ok := L.Triggers.Has(f); ok && e.Toks[0] == f {
		return true
	}
	e, ok := L.InstitutionTriggers.Has(f)
	return ok && e.Toks[0] == f
}

// gluedPrepositionClitic reports a proclitic that is a one-letter glued
// preposition, alone or after the conjunction (ل, ب, ول, وب): not the
// elided article (لل), whose alef a span cannot give back.
func gluedPrepositionClitic(L *lang.Profile, p string) bool {
	for _, g := range L.GluedPrepositions {
		if p == g || p == L.AndProclitic+g {
			return true
		}
	}
	return false
}

// prepositionGivenName is the rule "preposition-given-name": the first
// word of a person's name is a glued preposition (ل, ب, ول, وب) and a
// listed given name as written ("لنجيب محفوظ", "لسالم محمد السيد",
// "بسمير جعجع"), and the whole word is no given name itself (بلال، لبنى)
// nor a common word (لدينا "we have"). A given name that is also a word of
// the vocabulary (سالم، فيصل، توفيق، حمد) counts only after ل ("لفيصل
// العيسى"): after ب it is most often the noun ("بتوفيق الله", "بحمد
// الله", "برضا نفسي"), which stays as it was. After ب the document must
// also write the given name bare: a transliterated name may begin with the
// letter ("برايان مايرز" is no "ب + رايان").
func prepositionGivenName(d *text.Document, L *lang.Profile, t text.Token) (string, bool) {
	forms := text.StripProclitics(t.Text)
	if len(forms) < 2 {
		return "", false
	}
	if w, whole := L.FirstNames.Has(forms[0]); whole && w.Toks[0] == forms[0] {
		return "", false
	}
	whole, _ := L.CutAnd(forms[0])
	if L.Vocabulary[forms[0]] != "" || L.Common[forms[0]] || L.Common[whole] {
		return "", false // لدينا، ولدينا
	}
	for _, f := range forms[1:] {
		p := strings.TrimSuffix(forms[0], f)
		if !gluedPrepositionClitic(L, p) {
			continue
		}
		e, ok := L.FirstNames.Has(f)
		if !ok || e.Toks[0] != f || len(e.Toks) != 1 {
			continue
		}
		to := L.ToClitic(strings.TrimPrefix(p, L.AndProclitic))
		if !to && (L.VocabularyKind(f) != "" || L.IsCommon(f) || !writesBare(d, f)) {
			return "", false
		}
		return f, true
	}
	return "", false
}

// writesBare reports whether the document has the folded word f as a word
// of its own.
func writesBare(d *text.Document, f string) bool {
	for _, t := range d.Tokens {
		if t.Fold == f {
			return true
		}
	}
	return false
}

// listAnd is the rule "list-and": a person read right after another
// person's name, whose first word is the conjunction و glued to a word
// ("ممفيس ديباي وأشلي يونغ", "عبده الحامولي وسلامة حجازي"), is the next name
// of a list: it starts after the و. The whole word must be no listed given
// name (وليد، وائل، وضاح) nor a word of the vocabulary or the common words
// (a name does not go on with "ومعالي"), and three letters or more must
// stay.
func listAnd(L *lang.Profile, t text.Token) (string, bool) {
	rest, ok := L.CutAnd(t.Fold)
	if !ok || utf8.RuneCountInString(rest) < 3 {
		return "", false
	}
	if e, whole := L.FirstNames.Has(t.Text); whole && e.Toks[0] == t.Fold {
		return "", false
	}
	if L.Vocabulary[t.Fold] != "" || L.Common[t.Fold] || L.Common[rest] || L.Vocabulary[rest] != "" {
		return "", false
	}
	return rest, true
}

// elidedArticleName is the rule "org-elided-article": an organisation or a
// place whose first word is the preposition ل glued to the article, whose
// alef Arabic then drops ("للزمالك", "للفيفا", "وللحلف الأطلسي", "للحجاز"),
// starts at the article's lam, and its text gets the alef back: "الزمالك",
// "الفيفا". It returns the bytes of the word that are clitic and the
// letters to put before the span's text. Three letters at least must follow
// the article.
func elidedArticleName(L *lang.Profile, t text.Token, typ schema.Type) (int, string, bool) {
	if typ != schema.Organization && typ != schema.Place || t.Class != text.Word {
		return 0, "", false
	}
	w := t.Fold
	if r, ok := L.CutAnd(w); ok {
		w = r
	}
	if !L.StartsWithElided(w) || utf8.RuneCountInString(w[len(L.ElidedArticle):]) < 3 {
		return 0, "", false
	}
	rest := L.Article + w[len(L.ElidedArticle):]
	skip := cliticBytes(t.Text, rest)
	if skip <= 0 || skip >= len(t.Text) {
		return 0, "", false
	}
	surface, ok := L.RestoreElidedSurface(t.Fold, rest, t.Text[skip:])
	if !ok {
		return 0, "", false
	}
	return skip, strings.TrimSuffix(surface, t.Text[skip:]), true
}
