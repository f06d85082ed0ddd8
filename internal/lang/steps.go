package lang

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
)

// Forms returns the folded word and, in a language with proclitics, every
// shorter form reached by removing them (text.StripProclitics, the one
// list in schema/lang/ar/proclitics.txt). The first form is always the
// folded word itself.
func (p *Profile) Forms(word string) []string {
	if p.Clitics {
		return text.StripProclitics(word)
	}
	return []string{text.Fold(word)}
}

// IsComma reports whether the token text s is a comma of the language
// (commas.txt).
func (p *Profile) IsComma(s string) bool { return Has(p.Commas, s) }

// IsCommon reports whether a word is ordinary vocabulary of the language:
// listed as common itself, or (with proclitics) without its proclitics, its
// article, or a plural or feminine ending (NounSuffixes).
func (p *Profile) IsCommon(w string) bool {
	m := p.Common
	if !p.Clitics {
		return m[strings.ToLower(text.Fold(w))]
	}
	for _, f := range p.Forms(w) {
		if m[f] || m[text.StripArticle(f)] {
			return true
		}
		for _, suf := range p.NounSuffixes {
			if strings.HasSuffix(f, suf) && len([]rune(f)) > len([]rune(suf))+2 {
				stem := strings.TrimSuffix(f, suf)
				if m[stem] || m[stem+"ه"] {
					return true
				}
			}
		}
	}
	return false
}

// VocabularyKind tells whether a word is, by the news corpus
// (vocabulary.txt), an ordinary word and not a name, and by which test:
// "alternating", "possessed" or "verb" for its stem without proclitics and
// article, "possessed" also when the stem is listed once a possessive
// pronoun ("كبلدنا") or the و of a plural in construct ("ممثلو") is taken
// off (VocabularySuffixes); "" for a word not listed.
func (p *Profile) VocabularyKind(w string) string {
	v := p.Vocabulary
	if len(v) == 0 {
		return ""
	}
	for _, f := range p.Forms(w) {
		s := text.StripArticle(f)
		if k := v[s]; k != "" {
			return k
		}
		for _, suf := range p.VocabularySuffixes {
			if strings.HasSuffix(s, suf) && utf8.RuneCountInString(s)-utf8.RuneCountInString(suf) >= 3 && v[strings.TrimSuffix(s, suf)] != "" {
				return "possessed"
			}
		}
		if p.futureVerb(f) {
			return "verb"
		}
		for _, end := range p.AccusativeEndings {
			// "بنكا": بنك in the accusative, an ordinary noun; the stem
			// keeps three letters and is no verb (a name like ناديا is
			// the caller's to keep: given names stand).
			if stem, ok := strings.CutSuffix(s, end); ok && utf8.RuneCountInString(stem) >= 3 && v[stem] != "" && v[stem] != "verb" {
				return "alternating"
			}
		}
	}
	return ""
}

// futureVerb is the rule "future-verb": a word made of a future prefix and
// an imperfect verb of the vocabulary ("سنختار": س + نختار, listed as
// يختار; "سيقوم": س + يقوم). The verb without its person prefix keeps at
// least three letters, so that a short name (سامر: س + ا + مر) stays one.
func (p *Profile) futureVerb(f string) bool {
	for _, fut := range p.FuturePrefixes {
		rest, ok := strings.CutPrefix(f, fut)
		if !ok {
			continue
		}
		for _, person := range append(p.VerbPrefixes[:len(p.VerbPrefixes):len(p.VerbPrefixes)], p.FuturePersonPrefixes...) {
			stem, ok := strings.CutPrefix(rest, person)
			if !ok || utf8.RuneCountInString(stem) < 3 {
				continue
			}
			for _, vp := range p.VerbPrefixes {
				if p.Vocabulary[vp+stem] == "verb" {
					return true
				}
			}
		}
	}
	return false
}

// PossessedNoun reports a feminine vocabulary noun written with a pronoun
// ("منظمته": منظمة + ه), which is no name.
func (p *Profile) PossessedNoun(w string) bool {
	if len(p.Vocabulary) == 0 {
		return false
	}
	for _, f := range p.Forms(w) {
		s := text.StripArticle(f)
		for _, suf := range p.PossessedFeminine {
			if strings.HasSuffix(s, suf) && utf8.RuneCountInString(s)-utf8.RuneCountInString(suf) >= 2 && p.Vocabulary[strings.TrimSuffix(s, suf)+p.FeminineEnding] != "" {
				return true
			}
		}
	}
	return false
}

// Definite reports whether a folded word carries the definite article.
func (p *Profile) Definite(f string) bool {
	return p.Article != "" && strings.HasPrefix(f, p.Article)
}

// Runs reports whether the language runs the recognizer of that name
// beyond the shared ones.
func (p *Profile) Runs(recognizer string) bool {
	for _, r := range p.Recognizers {
		if r == recognizer {
			return true
		}
	}
	return false
}

// GluedPreposition reports whether a word starts with a preposition
// written joined to it ("لنجاح", "بسرعة"); rest is the word without it.
func (p *Profile) GluedPreposition(w string) (rest string, ok bool) {
	forms := p.Forms(w)
	if len(forms) < 2 {
		return "", false
	}
	pre := strings.TrimSuffix(forms[0], forms[1])
	for _, g := range p.GluedPrepositions {
		if pre == g {
			return forms[1], true
		}
	}
	return "", false
}

// InScript reports whether a word starts with a letter of the language's
// script.
func (p *Profile) InScript(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return p.Script(r)
}

// MayStartName reports whether a word may start a name by its case: always
// in a script without case, only when capitalised in one with it.
func (p *Profile) MayStartName(w string) bool {
	if !p.CasedNames {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// FirstName returns the usual gender of a given name ("m", "f" or "-") and
// whether the word is one.
func (p *Profile) FirstName(w string) (Gender, bool) {
	e, ok := p.FirstNames.Has(w)
	if !ok {
		return "", false
	}
	return e.Value.Gender, true
}

// GivenNameForms returns the formal given names w is a form of
// (given_name_variants.txt: "vince" → vincent, "steve" → stephen, steven;
// "vincent" → vincent), nil when the table holds no row for it.
func (p *Profile) GivenNameForms(w string) []string {
	return p.GivenNameGroups[strings.ToLower(text.Fold(w))]
}

// Possessive reports whether token t is the possessive ending written as a
// token of its own ("Lumora" "'s"; possessive_markers.txt, empty in a
// language that marks possession otherwise).
func (p *Profile) Possessive(t text.Token) bool { return slices.Contains(p.Possessives, t.Fold) }

// PossessiveText is Possessive for a token's text as written.
func (p *Profile) PossessiveText(s string) bool { return slices.Contains(p.Possessives, s) }

// HasPrefixWord reports whether the folded word f starts with an entry of
// s and goes on after it (role_proclitics.txt: "كرئيس").
func HasPrefixWord(s *phrase.Set[Word], f string) bool {
	for _, e := range s.Entries() {
		if len(e.Toks) == 1 && strings.HasPrefix(f, e.Toks[0]) {
			return true
		}
	}
	return false
}

// AndClitic reports whether the proclitic c (a match's Clitic, or what
// StripProclitics took off) is the conjunction "and" ("و").
func (p *Profile) AndClitic(c string) bool { return p.AndProclitic != "" && c == p.AndProclitic }

// StartsWithAnd reports whether word w starts with the and-proclitic.
func (p *Profile) StartsWithAnd(w string) bool {
	return p.AndProclitic != "" && strings.HasPrefix(w, p.AndProclitic)
}

// TrimAnd returns w without one leading and-proclitic.
func (p *Profile) TrimAnd(w string) string {
	if p.AndProclitic == "" {
		return w
	}
	return strings.TrimPrefix(w, p.AndProclitic)
}

// CutAnd is TrimAnd that also reports whether there was one.
func (p *Profile) CutAnd(w string) (string, bool) {
	if p.AndProclitic == "" {
		return w, false
	}
	return strings.CutPrefix(w, p.AndProclitic)
}

// ToClitic reports whether the proclitic c is the preposition "to/for"
// ("ل").
func (p *Profile) ToClitic(c string) bool { return p.ToProclitic != "" && c == p.ToProclitic }

// StartsWithElided reports whether word w starts with the preposition
// and the article whose alef it drops ("للشركة").
func (p *Profile) StartsWithElided(w string) bool {
	return p.ElidedArticle != "" && strings.HasPrefix(w, p.ElidedArticle)
}

// RestoreArticle returns word with its proclitics cut and the article
// restored, when the clitic a match cut ends in the ل of ل + ال written
// "لل": "للرئيس" → "الرئيس", "وللملك" → "الملك".
func (p *Profile) RestoreArticle(word, clitic string) (string, bool) {
	lam, article := p.ToProclitic, p.Article
	if lam == "" || article == "" || p.ElidedArticle != lam+lam {
		return "", false
	}
	cut := len(clitic)
	if strings.HasSuffix(clitic, lam+lam) {
		cut -= len(lam) // the match took the whole "لل" as the clitic
	} else if !strings.HasSuffix(clitic, lam) {
		return "", false
	}
	if cut > len(word) || !strings.HasPrefix(word[cut-len(lam):], lam+lam) {
		return "", false
	}
	return article + word[cut+len(lam):], true
}

// ElidedArticleClitic reports whether the folded word f writes the article
// elided after the preposition proclitic, given the folded form rest that
// remains once its proclitics are cut ("للصين" is ل + الصين, "وللولايات"
// و + ل + الولايات), and how many letters at the front of f are clitic: the
// letters before the article's lam. Only the and-proclitic may come before.
func (p *Profile) ElidedArticleClitic(f, rest string) (int, bool) {
	lam, article := p.ToProclitic, p.Article
	if lam == "" || article == "" || p.ElidedArticle != lam+lam || !strings.HasPrefix(rest, article) {
		return 0, false
	}
	i := strings.Index(f, p.ElidedArticle)
	if i < 0 || i > len(p.AndProclitic) || rest != article+f[i+len(p.ElidedArticle):] {
		return 0, false
	}
	return utf8.RuneCountInString(f[:i]) + utf8.RuneCountInString(lam), true
}

// RestoreElidedSurface returns surface, the text of a name (folded first
// word name) matched behind the proclitics of a word folded f, with the
// article's letters the elision dropped put back: "لصين" in "للصين" →
// "الصين". It reports false, and surface unchanged, where nothing was elided.
func (p *Profile) RestoreElidedSurface(f, name, surface string) (string, bool) {
	lam, article := p.ToProclitic, p.Article
	if lam == "" || article == "" || p.ElidedArticle != lam+lam || !strings.HasSuffix(article, lam) {
		return surface, false
	}
	if !strings.Contains(f, p.ElidedArticle) || !strings.HasPrefix(name, article) || strings.HasPrefix(surface, article) {
		return surface, false
	}
	return strings.TrimSuffix(article, lam) + surface, true
}

// StartsWithTo reports whether word w starts with the preposition
// proclitic "to/for" ("لرويترز").
func (p *Profile) StartsWithTo(w string) bool {
	return p.ToProclitic != "" && strings.HasPrefix(w, p.ToProclitic)
}

// ArticleInClitic reports whether the proclitics a match cut hold the
// article, whole ("وال", "بال") or elided after ل ("لل").
func (p *Profile) ArticleInClitic(c string) bool {
	return p.Article != "" && strings.Contains(c, p.Article) || p.ElidedArticle != "" && strings.HasSuffix(c, p.ElidedArticle)
}

// SoundPlural reports whether the folded word f ends like a plural of
// persons ("مستثمرون", "محللين").
func (p *Profile) SoundPlural(f string) bool {
	for _, s := range p.SoundPlurals {
		if strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

// FemininePluralWord reports whether the folded word f ends like a
// feminine plural ("شركات").
func (p *Profile) FemininePluralWord(f string) bool {
	return p.FemininePlural != "" && strings.HasSuffix(f, p.FemininePlural)
}

// PhraseProclitic reports whether the proclitics c, cut off a word by
// StripProclitics, make it a prepositional phrase (PhraseProclitics:
// "ل", "بال", "وب" …).
func (p *Profile) PhraseProclitic(c string) bool { return slices.Contains(p.PhraseProclitics, c) }

// DefiniteBehindClitics reports whether the folded word f carries the
// article, also behind proclitics ("الشركة", "بالشركة", "وبالشركة") and
// where the elided article follows glued conjunctions ("للمجموعة",
// "وللشركة").
func (p *Profile) DefiniteBehindClitics(f string) bool {
	return p.StartsWithElided(trimLetters(f, p.ConjunctionLetters)) ||
		p.Article != "" && strings.Contains(f, p.Article) && p.Definite(trimLetters(f, p.ProcliticLetters))
}

// trimLetters returns f without the run of leading letters that are
// entries of letters (one letter each), as strings.TrimLeft with them as
// the cutset.
func trimLetters(f string, letters []string) string {
	for {
		cut := false
		for _, l := range letters {
			if strings.HasPrefix(f, l) {
				f, cut = f[len(l):], true
				break
			}
		}
		if !cut {
			return f
		}
	}
}

// AdverbShaped reports whether the folded word f ends like an adverb made
// from an adjective (AdverbSuffixes: "barely").
func (p *Profile) AdverbShaped(f string) bool { return endsIn(f, p.AdverbSuffixes) != "" }

// GerundShaped reports whether the folded word f ends like a gerund or
// present participle (GerundSuffixes: "speaking").
func (p *Profile) GerundShaped(f string) bool { return endsIn(f, p.GerundSuffixes) != "" }

// PluralStem returns the folded word f without its regular plural suffix
// ("analysts" → "analyst") and whether it has one; a word ending in one of
// NonPluralEndings ("boss") has none.
func (p *Profile) PluralStem(f string) (string, bool) {
	suf := endsIn(f, p.PluralSuffixes)
	if suf == "" || endsIn(f, p.NonPluralEndings) != "" {
		return "", false
	}
	return strings.TrimSuffix(f, suf), true
}

// Singular returns the folded word f with a plural ending of
// PluralRewrites written over in the singular ("industries" → "industry")
// and whether it has one; the word must be longer than the ending by two
// letters at least ("pies" is not rewritten).
func (p *Profile) Singular(f string) (string, bool) {
	for _, r := range p.PluralRewrites {
		pl, sg, _ := strings.Cut(r, ":")
		if len(f) > len(pl)+1 && strings.HasSuffix(f, pl) {
			return strings.TrimSuffix(f, pl) + sg, true
		}
	}
	return "", false
}

// endsIn returns the first of sufs that f ends in, "" if none.
func endsIn(f string, sufs []string) string {
	for _, s := range sufs {
		if strings.HasSuffix(f, s) {
			return s
		}
	}
	return ""
}

// CliticEndsInArticle reports whether the proclitics c, cut off a word,
// end in the article, whole ("ال", "بال") or elided after ل ("لل").
func (p *Profile) CliticEndsInArticle(c string) bool {
	return p.Article != "" && strings.HasSuffix(c, p.Article) || p.ElidedArticle != "" && strings.HasSuffix(c, p.ElidedArticle)
}

// CliticHasArticle reports whether the proclitics c, cut off a word, hold
// the whole article ("وال", "بال"); ArticleInClitic also counts the
// elided one.
func (p *Profile) CliticHasArticle(c string) bool {
	return p.Article != "" && strings.Contains(c, p.Article)
}

// NisbaShaped reports whether the folded word f ends like a relative
// adjective (NisbaEnding: "الوطني").
func (p *Profile) NisbaShaped(f string) bool {
	return p.NisbaEnding != "" && strings.HasSuffix(f, p.NisbaEnding)
}

// IsOrdinary reports whether a one-word name w is also an ordinary word of
// the language: a common word (IsCommon), a stopword, or a word its news
// corpus writes in lower case at least as often as capitalised
// (lowercase_words.txt: "news", "world", "us").
func (p *Profile) IsOrdinary(w string) bool {
	if p.IsCommon(w) {
		return true
	}
	f := strings.ToLower(text.Fold(w))
	if _, ok := p.Stopwords.Has(f); ok {
		return true
	}
	_, ok := p.LowercaseWords.Has(f)
	return ok
}
