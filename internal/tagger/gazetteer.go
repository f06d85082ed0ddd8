package tagger

import (
	"slices"
	"strings"
	"sync"

	"graphbuild/internal/phrase"
	"graphbuild/schema"
)

// A Gazetteer marks tokens that lists know about. Match returns, for each
// token, the feature strings of the list entries covering it, such as
// "lex:ORG-B" (first token of a known organization name), "lex:ORG-I",
// "trig:ORG-B" (a word that announces an organization: شركة, agency) or
// "title-B". The tagger turns them into features of the token and of its
// neighbours, so the model learns one weight per kind of list, not per list
// entry: entries added to a list after training are used as they are.
// Match must not keep or modify tokens and must be safe for concurrent use.
type Gazetteer interface {
	Match(tokens []string) [][]string
}

// Phrases is a Gazetteer of phrases (one or more words) with labels, a
// phrase.Set. A phrase matches when each of its words equals the folded
// token (text.Fold); in Arabic the first token may carry proclitics
// (وعلي بابا, بالصين). At each position the longest phrase of each label is
// reported. Phrases is safe for concurrent Match once built; Add is not.
type Phrases struct {
	Arabic bool // try clitic-stripped forms of the first token
	set    *phrase.Set[gazLabel]
}

// gazLabel is the label of a phrase and the features it gives the tokens
// it covers.
type gazLabel struct {
	label, labelB, labelI string // label+"-B", label+"-I"
}

// longestFirst orders the phrases of a first word longest first, then by
// label, so matching is deterministic.
func longestFirst(a, b *phrase.Entry[gazLabel]) int {
	if len(a.Toks) != len(b.Toks) {
		return len(b.Toks) - len(a.Toks)
	}
	return strings.Compare(a.Value.label, b.Value.label)
}

// NewPhrases returns an empty phrase list; arabic turns on clitic stripping.
func NewPhrases(arabic bool) *Phrases {
	return &Phrases{Arabic: arabic, set: phrase.Ordered(longestFirst)}
}

// Len returns the number of phrases.
func (p *Phrases) Len() int { return p.set.Len() }

// Add adds a phrase under a label. The phrase is split on spaces and folded;
// phrases of one letter are ignored. Adding a phrase twice is harmless.
func (p *Phrases) Add(name, label string) {
	words := strings.Fields(foldWord(name))
	if len(words) == 0 || (len(words) == 1 && len([]rune(words[0])) < 2) {
		return
	}
	for _, ph := range p.set.First(words[0]) {
		if ph.Value.label == label && slices.Equal(ph.Toks, words) {
			return
		}
	}
	p.set.Add(name, words, gazLabel{label: label, labelB: label + "-B", labelI: label + "-I"})
}

// Each calls f for every phrase, in a deterministic order.
func (p *Phrases) Each(f func(words []string, label string)) {
	for _, e := range p.set.Entries() {
		f(e.Toks, e.Value.label)
	}
}

// prepared holds the folded tokens of a sentence and their clitic-stripped
// forms (forms[i][0] is folded[i]), computed once for all gazetteers.
type prepared struct {
	folded []string
	forms  [][]string
}

// prepare folds the tokens and, with arabic, strips their clitics (else
// forms[i] is folded[i:i+1]).
func prepare(tokens []string, arabic bool) *prepared {
	p := &prepared{folded: make([]string, len(tokens)), forms: make([][]string, len(tokens))}
	arena := make([]string, 0, 3*len(tokens))
	for i, t := range tokens {
		p.folded[i] = foldWord(t)
		if !arabic {
			p.forms[i] = p.folded[i : i+1]
			continue
		}
		start := len(arena)
		arena = appendStripForms(arena, p.folded[i])
		p.forms[i] = arena[start:len(arena):len(arena)]
	}
	return p
}

// preparedFrom is prepare of words whose forms are known: forms[i] is
// text.Token.Forms of word i, whose first form is the folded word.
func preparedFrom(forms [][]string, arabic bool) *prepared {
	p := &prepared{folded: make([]string, len(forms)), forms: make([][]string, len(forms))}
	for i, f := range forms {
		p.folded[i] = f[0]
		if arabic {
			p.forms[i] = f[:len(f):len(f)]
		} else {
			p.forms[i] = p.folded[i : i+1]
		}
	}
	return p
}

// Match implements Gazetteer.
func (p *Phrases) Match(tokens []string) [][]string {
	out := make([][]string, len(tokens))
	p.matchPrepared(prepare(tokens, p.Arabic), out)
	return out
}

func (p *Phrases) matchPrepared(pr *prepared, out [][]string) {
	if p == nil || p.set.Len() == 0 {
		return
	}
	w := phrase.Folded{Folds: pr.folded, FormLists: pr.forms}
	for i := range pr.folded {
		var doneBuf [4]string
		done := doneBuf[:0] // labels matched at i
		phrase.Scan(p.set, w, i, len(pr.folded), p.Arabic, func(m phrase.Match[gazLabel]) bool {
			if contains(done, m.Value.label) {
				return true
			}
			done = append(done, m.Value.label)
			out[i] = addFeat(out[i], m.Value.labelB)
			for k := i + 1; k < m.End; k++ {
				out[k] = addFeat(out[k], m.Value.labelI)
			}
			return len(done) <= 3
		})
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func addFeat(l []string, s string) []string {
	if contains(l, s) {
		return l
	}
	return append(l, s)
}

// Multi is the union of several gazetteers.
type Multi []Gazetteer

// Match implements Gazetteer.
func (m Multi) Match(tokens []string) [][]string {
	return matchSentence(m, tokens, prepare(tokens, true))
}

// matchSentence runs g over a sentence, reusing its prepared form where g
// can.
func matchSentence(g Gazetteer, tokens []string, p *prepared) [][]string {
	switch g := g.(type) {
	case nil:
		return make([][]string, len(tokens))
	case *Phrases:
		out := make([][]string, len(tokens))
		g.matchPrepared(p, out)
		return out
	case Multi:
		out := make([][]string, len(tokens))
		arena := make([]string, 0, 2*len(tokens))
		for i := range out {
			out[i] = arena[2*i : 2*i : 2*i+2]
		}
		for _, x := range g {
			if x == nil {
				continue
			}
			if ph, ok := x.(*Phrases); ok {
				ph.matchPrepared(p, out)
				continue
			}
			for i, fs := range matchSentence(x, tokens, p) {
				if i >= len(out) {
					break
				}
				for _, f := range fs {
					out[i] = addFeat(out[i], f)
				}
			}
		}
		return out
	}
	out := g.Match(tokens)
	if len(out) != len(tokens) { // a foreign gazetteer that miscounts
		fixed := make([][]string, len(tokens))
		copy(fixed, out)
		out = fixed
	}
	return out
}

// conllOf maps a schema type to the tagger type it is written as ("" when
// none).
func conllOf(t schema.Type) string {
	if info, ok := t.Info(); ok {
		return info.CoNLL
	}
	return ""
}

// schemaLists are the word lists of schema/lang/<lang>/ the gazetteer reads,
// with the label their entries get. A list that does not exist (yet) is
// skipped. triggers is a table: word<TAB>Type.
var schemaLists = []struct{ list, label string }{
	{"titles", "title"},
	{"speech_verbs", "speech"},
	{"nationalities", "nat"},
	{"person_triggers", "trig:PER"},
	{"org_triggers", "trig:ORG"},
	{"place_triggers", "trig:LOC"},
	{"product_triggers", "trig:MISC"},
}

var schemaGaz sync.Map // lang → *Phrases

// SchemaGazetteer returns the gazetteer of the schema package for a language,
// read once: the names of every lexicon entry (labelled lex:PER, lex:ORG,
// lex:LOC, lex:MISC after the entry's type), the trigger words of
// triggers.txt (trig:TYPE) and the titles, speech verbs and nationalities
// lists. Lexicon names are used for both languages (Latin names occur in
// Arabic text and the other way round). The result is shared: do not Add to
// it; combine it with your own Phrases through Multi.
func SchemaGazetteer(lang string) *Phrases {
	if g, ok := schemaGaz.Load(lang); ok {
		return g.(*Phrases)
	}
	p := schemaPhrases(lang, nil)
	g, _ := schemaGaz.LoadOrStore(lang, p)
	return g.(*Phrases)
}

// schemaPhrases builds the schema gazetteer of lang; keep, when not nil,
// says which lexicon entries (by id) it holds (word lists are always whole).
func schemaPhrases(lang string, keep func(id string) bool) *Phrases {
	p := NewPhrases(hasClitics(lang))
	for _, e := range schema.Lexicon() {
		t := conllOf(e.Type)
		if t == "" || (keep != nil && !keep(e.ID)) {
			continue
		}
		p.Add(e.En, "lex:"+t)
		for _, n := range e.Names {
			p.Add(n, "lex:"+t)
		}
	}
	if rows, err := schema.Table(lang, "triggers"); err == nil {
		for _, r := range rows {
			if len(r) < 2 {
				continue
			}
			if t := conllOf(schema.Type(r[1])); t != "" {
				p.Add(r[0], "trig:"+t)
			}
		}
	}
	for _, l := range schemaLists {
		if words, err := schema.Words(lang, l.list); err == nil {
			for _, w := range words {
				p.Add(w, l.label)
			}
		}
	}
	return p
}

var givenGaz sync.Map // lang → *Phrases

// GivenNames returns the given names of schema/lang/<lang>/first_names
// labelled "given", read once; a model trained with FeatGivenNames reads
// them beside the schema gazetteer (only when it reads that one).
func GivenNames(lang string) *Phrases {
	if g, ok := givenGaz.Load(lang); ok {
		return g.(*Phrases)
	}
	p := NewPhrases(hasClitics(lang))
	if words, err := schema.Words(lang, "first_names"); err == nil {
		for _, w := range words {
			p.Add(w, "given")
		}
	}
	g, _ := givenGaz.LoadOrStore(lang, p)
	return g.(*Phrases)
}

var vocabGaz sync.Map // lang → *Phrases

// Vocabulary returns the stems of schema/lang/<lang>/vocabulary (ordinary
// words of the news corpus: written with and without the article, seen
// with possessive pronouns, imperfect verbs; built by cmd/commonwords from
// unlabelled text) labelled "voc:KIND", read once; empty for a language
// without the list. A model trained with FeatVocabulary reads them beside
// the schema gazetteer, so a word of the vocabulary, with or without its
// clitics (للبنك), is marked as ordinary.
func Vocabulary(lang string) *Phrases {
	if g, ok := vocabGaz.Load(lang); ok {
		return g.(*Phrases)
	}
	p := NewPhrases(hasClitics(lang))
	if rows, err := schema.Table(lang, "vocabulary"); err == nil {
		for _, r := range rows {
			if len(r) >= 2 {
				p.Add(r[0], "voc:"+r[1])
			}
		}
	}
	g, _ := vocabGaz.LoadOrStore(lang, p)
	return g.(*Phrases)
}

// extraGazetteers appends the optional list gazetteers a feature set reads.
func extraGazetteers(g Multi, lang string, fs FeatureSet) Multi {
	if fs&FeatGivenNames != 0 {
		g = append(g, GivenNames(lang))
	}
	if fs&FeatVocabulary != 0 {
		g = append(g, Vocabulary(lang))
	}
	if fs&FeatArticleGrade != 0 {
		g = append(g, ArticleGrades(lang))
	}
	return g
}
