package entities

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// isCommonWord reports whether a word is ordinary vocabulary of the
// language (lang.Profile.IsCommon).
func isCommonWord(l text.Lang, w string) bool { return lang.Of(l).IsCommon(w) }

// looksLikeName reports whether a word of the language's script can be
// (part of) a name the lexicon does not know: not common vocabulary, not
// definite, and not shaped like a plural or feminine noun.
func looksLikeName(L *lang.Profile, t text.Token) bool {
	if t.Class != text.Word || !L.InScript(t.Text) {
		return false
	}
	f := t.Fold
	if L.Definite(f) || L.IsCommon(t.Text) {
		return false
	}
	for _, suf := range L.NonNameSuffixes {
		if strings.HasSuffix(f, suf) {
			return false // plural, feminine, or carrying a pronoun
		}
	}
	// A preposition glued to the word ("لنجاح", "بسرعة") makes it a phrase.
	if rest, ok := L.GluedPreposition(t.Text); ok && (L.IsCommon(rest) || L.Definite(rest)) {
		return false
	}
	return true
}

// wholeGivenName reports whether the word as written, proclitic letters and
// all, is a listed given name (لويس, not ل + ويس); firstName also accepts
// the word with its proclitics stripped (لمحمد).
func wholeGivenName(L *lang.Profile, t text.Token) bool {
	e, ok := L.FirstNames.Has(t.Text)
	return ok && len(e.Toks) == 1 && e.Toks[0] == t.Fold
}

// firstName returns the usual gender of a given name ("m", "f" or "-") and
// whether the word is one (schema/lang/*/first_names).
func firstName(l text.Lang, t text.Token) (string, bool) {
	g, ok := lang.Of(l).FirstName(t.Text)
	return string(g), ok
}
