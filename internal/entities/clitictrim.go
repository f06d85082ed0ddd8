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
// النصر") starts at the trigger noun. The mention keeps its tokens; its
// span and text start after the clitic.
func trimGluedClitics(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if !L.Clitics {
		return ms
	}
	for i, m := range ms {
		if m.Entity < 0 || m.clitic || m.LexID != "" || m.Source == srcLexicon || !isEntityType(m.Type) {
			continue
		}
		t := d.Tokens[m.Tok[0]]
		if t.Start != m.Span.Start {
			continue // already starts inside the word
		}
		if rest, ok := cliticRest(L, t, m.Type); ok {
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
