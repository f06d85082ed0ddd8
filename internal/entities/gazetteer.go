package entities

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

var (
	_ = registerSource(Source{Name: srcLexicon, Rank: 1, Doc: "a name of the lexicon (schema/lexicon)"})
)

// gazetteer matches lexicon names over folded token sequences: a phrase
// set of the names, each with its entry.
type gazetteer struct {
	names *phrase.Set[*gazName]
	stop  map[string]bool
	// articleOnly maps every profile's ArticleOnlyProclitics to the
	// profile's article: a name other than a place's is not read through
	// them without it (كابل is not ك + ابل).
	articleOnly map[string]string
}

type gazName struct {
	toks  []string // folded tokens
	entry *schema.LexEntry
	cased bool // the name is written capitalised in Latin script: require a capital in the text
	caps  bool // the name is one word in capitals ("US", "ICE"): rule acronym-case
}

var defaultGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{names: phrase.Ordered[*gazName](nil), stop: map[string]bool{}, articleOnly: map[string]string{}}
	trig := map[string]bool{}
	for _, P := range lang.All() {
		for _, c := range P.ArticleOnlyProclitics {
			g.articleOnly[c] = P.Article
		}
		for _, e := range P.Triggers.Entries() {
			trig[text.Fold(e.Phrase)] = true
		}
	}
	lex := schema.Lexicon()
	allNames := map[string]bool{}
	for _, e := range lex {
		for _, n := range append([]string{e.En}, e.Names...) {
			allNames[text.FoldName(n)] = true
		}
	}
	for i := range lex {
		e := &lex[i]
		seen := map[string]bool{}
		for _, n := range append([]string{e.En}, e.Names...) {
			toks := text.Tokenize(n)
			if len(toks) == 0 {
				continue
			}
			f := make([]string, len(toks))
			for j, t := range toks {
				f[j] = t.Fold
			}
			key := strings.Join(f, " ")
			if seen[key] || (len(f) > 1 && trig[f[0]] && allNames[strings.Join(f[1:], " ")]) {
				// "شركة جوجل", "سلسلة Blackwell": the trigger noun is
				// context, not name; the rest is matched on its own.
				continue
			}
			seen[key] = true
			r, _ := utf8.DecodeRuneInString(n)
			g.names.Add(n, f, &gazName{toks: f, entry: e, cased: unicode.IsUpper(r), caps: len(f) == 1 && capitalsWord(n)})
			if d := dottedLetters(f); d != nil {
				g.names.Add(n, d, &gazName{toks: d, entry: e})
			}
		}
	}
	for _, P := range lang.All() {
		for _, e := range P.Stopwords.Entries() {
			g.stop[text.Fold(e.Phrase)] = true
		}
	}
	return g
})

// lookup returns the longest lexicon name starting at token i (the first
// token may carry proclitics), its length in tokens, and how many bytes of
// the first token are clitic.
func (g *gazetteer) lookup(toks []text.Token, i, limit int) (*gazName, int, int) {
	var best *gazName
	bestLen, bestSkip := 0, 0
	first := toks[i]
	phrase.Scan(g.names, phrase.Tokens(toks), i, limit, text.IsArabicLetter(firstRune(first.Text)), func(m phrase.Match[*gazName]) bool {
		c, n := m.Value, m.End-m.Start
		if n < bestLen || (n == bestLen && best != nil) {
			return true
		}
		if c.cased && !unicode.IsUpper(firstRune(strings.TrimLeftFunc(first.Text, text.IsArabicLetter))) {
			return true // "apple" the fruit, "meta" the prefix
		}
		if n == 1 && g.stop[c.toks[0]] {
			return true
		}
		if n == 1 && c.caps && !capitalsWord(first.Text) && ordinaryWord(first.Text) {
			return true // rule acronym-case: "Us" magazine is no US, "Ice" no ICE
		}
		if art, ok := g.articleOnly[m.Clitic]; ok && c.entry.Type != schema.Place && !strings.HasPrefix(c.toks[0], art) {
			// Rule article-only-proclitic: "كابل" is Kabul, not ك + ابل,
			// and "كلاما" a word, not ك + لاما. Places are compared
			// through it without the article ("كمصر"), names of other
			// kinds hardly ever.
			return true
		}
		skip := 0
		if m.Clitic != "" { // matched without its proclitics
			skip = cliticBytes(first.Text, c.toks[0])
		}
		best, bestLen, bestSkip = c, n, skip
		return true
	})
	return best, bestLen, bestSkip
}

// elidingProfiles are the profiles whose article is elided after a
// proclitic (ل + ال written "لل"). The gazetteer is shared by every
// language and a lexicon match does not know the document's, so a match is
// read through each of them.
var elidingProfiles = sync.OnceValue(func() []*lang.Profile {
	var out []*lang.Profile
	for _, P := range lang.All() {
		if P.ElidedArticle != "" {
			out = append(out, P)
		}
	}
	return out
})

// restoreElided returns surface, a lexicon name matched behind the
// proclitics of a word folded f whose first folded name word is name, with
// the article's letters the elision dropped put back ("لصين" → "الصين").
func restoreElided(f, name, surface string) string {
	for _, P := range elidingProfiles() {
		if s, ok := P.RestoreElidedSurface(f, name, surface); ok {
			return s
		}
	}
	return surface
}

// cliticBytes returns how many bytes at the front of word are proclitics,
// given the folded form that remains once they are removed.
func cliticBytes(word, rest string) int {
	f := text.Fold(word)
	for _, P := range elidingProfiles() {
		if letters, ok := P.ElidedArticleClitic(f, rest); ok {
			// "للصين" is ل + الصين, "وللولايات" و + ل + الولايات, with the
			// article's alef elided: the letters before the article's lam
			// are clitic.
			n := 0
			for k := 0; k < letters; k++ {
				_, sz := utf8.DecodeRuneInString(word[n:])
				n += sz
			}
			return n
		}
	}
	restLetters := utf8.RuneCountInString(rest)
	// Count letters from the end of the word until rest is covered; marks
	// (diacritics) do not count as letters.
	letters := 0
	i := len(word)
	for i > 0 && letters < restLetters {
		r, n := utf8.DecodeLastRuneInString(word[:i])
		i -= n
		if !unicode.Is(unicode.Mn, r) && r != 0x0640 {
			letters++
		}
	}
	return i
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lexiconRecognizer finds the names of the lexicon.
type lexiconRecognizer struct{ g *gazetteer }

// Lexicon is the recognizer of the well-known entities listed in schema.
func Lexicon() Recognizer { return lexiconRecognizer{defaultGazetteer()} }

func (lexiconRecognizer) Name() string { return srcLexicon }

func (r lexiconRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	var out []Mention
	for si, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		_ = si
		i := s.FirstToken
		for i < s.EndToken {
			if d.Tokens[i].Class == text.Punct {
				i++
				continue
			}
			c, n, skip := r.g.lookup(d.Tokens, i, s.EndToken)
			if c == nil || (n == 1 && c.entry.Type == schema.Product && len(d.Tokens[i].Fold) <= 3 && strings.ContainsAny(d.Tokens[i].Fold, "0123456789") && !triggerNear(d, i, s)) {
				// A two- or three-letter model name (M1, R1, o3) is only a
				// product where a product noun stands by: "its M4 chip".
				i++
				continue
			}
			if _, art := L.DefiniteArticles.Has(d.Tokens[i].Text); art && n > 1 && laterNameOverlaps(r.g, d.Tokens, i, n, s.EndToken) {
				i++ // rule lexicon-later-overlap: "the West" gives way to "West Bank"
				continue
			}
			sp := text.Span{Start: d.Tokens[i].Start + skip, End: d.Tokens[i+n-1].End}
			surface := d.Slice(sp)
			if skip > 0 {
				surface = restoreElided(text.Fold(d.Tokens[i].Text), c.toks[0], surface)
			}
			out = append(out, Mention{
				Span: sp, Text: surface, Type: c.entry.Type, Tok: [2]int{i, i + n},
				Source: srcLexicon, Conf: 0.95, LexID: c.entry.ID, Gender: c.entry.Gender, Kind: s.Kind,
				clitic:     skip > 0,
				commonWord: n == 1 && !L.CasedNames && L.InScript(d.Tokens[i].Text) && L.IsCommon(d.Tokens[i].Text),
			})
			i += n
		}
	}
	return out
}

// laterNameOverlaps is rule lexicon-later-overlap: a name of n tokens
// found at token i that opens with a definite article ("the West") gives
// way when another name, at least as long, starts inside it and ends after
// it. The scan takes the leftmost name first, so in "the West Bank" the
// entry "the West" would hide "West Bank"; the article is no part of the
// longer name's reach. (Not for names without an article: in "محمد بن
// سلمان بن عبد العزيز" the first name is the person, the second his
// father's.)
func laterNameOverlaps(g *gazetteer, toks []text.Token, i, n, limit int) bool {
	for j := i + 1; j < i+n; j++ {
		if c, m, _ := g.lookup(toks, j, limit); c != nil && m >= n && j+m > i+n {
			return true
		}
	}
	return false
}

// triggerNear reports a trigger noun within two tokens of token i in
// sentence s, or a possessive just before it.
func triggerNear(d *text.Document, i int, s text.Sentence) bool {
	L := lang.Of(d.Lang)
	for k := max(s.FirstToken, i-2); k < min(s.EndToken, i+3); k++ {
		if k == i {
			continue
		}
		if _, ok := L.Triggers.Has(d.Tokens[k].Text); ok {
			return true
		}
	}
	return i > s.FirstToken && L.Possessive(d.Tokens[i-1])
}

// dottedLetters returns the form with dots of a name spelled in Arabic
// letter names ("بي بي" → "بي.بي", "إتش إس بي سي" → "إتش.إس.بي.سي", as
// news writes acronyms: بي.بي.سي, إن.بي.سي, جيه.إل.إل), or nil for a name
// that is not two or more such letter names.
func dottedLetters(f []string) []string {
	if len(f) < 2 {
		return nil
	}
	var out []string
	for i, w := range f {
		if n := utf8.RuneCountInString(w); n > 4 || n < 2 || !text.IsArabicLetter(firstRune(w)) {
			return nil
		}
		if i > 0 {
			out = append(out, ".")
		}
		out = append(out, w)
	}
	return out
}

// capitalsWord reports whether w has two letters or more and all of them are
// capitals ("US", "U.S.", "ICE").
func capitalsWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// ordinaryWord reports whether w is an ordinary word of the language of
// its script (lang.Profile.IsOrdinary). Rule acronym-case: a lexicon
// acronym ("US", "ICE") matches a word not written in capitals only when
// that word is no ordinary word: "Us", "Ice" are words; "Opec", "Nato",
// "Fifa", as British news writes acronyms, are not.
func ordinaryWord(w string) bool {
	for _, P := range lang.All() {
		if P.CasedNames && P.InScript(w) && P.IsOrdinary(w) {
			return true
		}
	}
	return false
}
