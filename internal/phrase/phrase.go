// Package phrase is the one multi-word phrase matcher: the word lists of a
// language profile (speech verbs, titles, triggers, relation cues), the
// lexicon's names and the tagger's gazetteer are phrase sets matched on
// folded words, with proclitics allowed on the first word.
package phrase

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"graphbuild/internal/text"
)

// Set is a list of phrases, each with the typed value of its row (a speech
// verb's gender and mode, a trigger's type, a lexicon entry, a gazetteer
// label, …). A Set is safe for concurrent matching once built; Add is not.
type Set[T any] struct {
	byFirst map[string][]Entry[T]
	filter  firstFilter              // the first words, to skip the map for most words (filter.go)
	order   func(a, b *Entry[T]) int // order of the phrases of a first word; nil: as added
	n       int
}

// Entry is one phrase of a list.
type Entry[T any] struct {
	Phrase string   // as written in the list
	Toks   []string // folded tokens
	Value  T        // what the row says about the phrase
}

// New builds a set of phrases, values[i] going with phrases[i]. Empty
// phrases, and phrases that tokenize to nothing, are skipped.
func New[T any](phrases []string, values []T) *Set[T] {
	s := Ordered[T](nil)
	for i, p := range phrases {
		if p == "" {
			continue
		}
		toks := text.Tokenize(p)
		if len(toks) == 0 {
			continue
		}
		f := make([]string, len(toks))
		for i, t := range toks {
			f[i] = t.Fold
		}
		var v T
		if i < len(values) {
			v = values[i]
		}
		s.Add(p, f, v)
	}
	return s
}

// Ordered returns an empty set whose phrases of one first word are kept in
// the order cmp gives (phrases cmp finds equal stay as added); with a nil
// cmp they stay as added. Matching reports phrases of one first word in
// that order.
func Ordered[T any](cmp func(a, b *Entry[T]) int) *Set[T] {
	s := &Set[T]{byFirst: map[string][]Entry[T]{}, order: cmp}
	s.filter.build(maps.Keys(s.byFirst), 0)
	return s
}

// Add adds a phrase given as its folded words (at least one) with its value.
func (s *Set[T]) Add(phrase string, words []string, v T) {
	e := Entry[T]{Phrase: phrase, Toks: words, Value: v}
	l := s.byFirst[words[0]]
	at := len(l)
	if s.order != nil {
		at = sort.Search(len(l), func(k int) bool { return s.order(&l[k], &e) > 0 })
	}
	s.byFirst[words[0]] = slices.Insert(l, at, e)
	s.n++
	if len(l) == 0 {
		if 16*len(s.byFirst) > 64*len(s.filter.bits) {
			s.filter.build(maps.Keys(s.byFirst), len(s.byFirst))
		} else {
			s.filter.add(words[0])
		}
	}
}

// first returns the phrases whose first folded word is f.
func (s *Set[T]) first(f string) []Entry[T] {
	if !s.filter.mayHave(f) {
		return nil
	}
	return s.byFirst[f]
}

// Len returns the number of phrases.
func (s *Set[T]) Len() int {
	if s == nil {
		return 0
	}
	return s.n
}

// First returns the phrases whose first folded word is w (no proclitics
// stripped), in the set's order. The slice is shared: do not modify it.
func (s *Set[T]) First(w string) []Entry[T] {
	if s == nil {
		return nil
	}
	return s.first(w)
}

// Word returns the one-word phrase that is exactly the folded word f (no
// proclitics stripped).
func (s *Set[T]) Word(f string) (Entry[T], bool) {
	for _, e := range s.First(f) {
		if len(e.Toks) == 1 {
			return e, true
		}
	}
	return Entry[T]{}, false
}

// Words is a sentence as the matcher reads it: the folded word at each
// index, and the forms a word may take as the first word of a phrase (the
// folded word itself first, then without its proclitics).
type Words interface {
	Fold(i int) string
	Forms(i int) []string
}

// Tokens are a document's tokens as Words.
type Tokens []text.Token

// Fold implements Words.
func (t Tokens) Fold(i int) string { return t[i].Fold }

// Forms implements Words.
func (t Tokens) Forms(i int) []string { return t[i].Forms() }

// Folded is a sentence of words already folded as Words; FormLists[i],
// when FormLists is not nil, holds word i's forms (FormLists[i][0] ==
// Folds[i]).
type Folded struct {
	Folds     []string
	FormLists [][]string
}

// Fold implements Words.
func (f Folded) Fold(i int) string { return f.Folds[i] }

// Forms implements Words.
func (f Folded) Forms(i int) []string {
	if f.FormLists == nil {
		return f.Folds[i : i+1]
	}
	return f.FormLists[i]
}

// Scan calls yield with every phrase of s that matches the words w from
// index i on and ends by limit: the phrase's first word is the folded word
// at i or, with clitics, one of its forms without proclitics, and each
// other word is the folded word at its place. Matches come form by form
// (the word as it is first) and, within a form, in the set's order; yield
// returns false to stop.
func Scan[T any, W Words](s *Set[T], w W, i, limit int, clitics bool, yield func(Match[T]) bool) {
	scan(s, w, i, limit, clitics, false, yield)
}

// scan is Scan; with glued, a phrase whose last word is a one-letter
// preposition (لـ, بـ) also matches that letter glued to the next word,
// which the match then does not cover.
func scan[T any, W Words](s *Set[T], w W, i, limit int, clitics, glued bool, yield func(Match[T]) bool) {
	if s == nil || i >= limit {
		return
	}
	fold := w.Fold(i)
	one := [1]string{fold}
	forms := one[:]
	if clitics {
		forms = w.Forms(i)
	}
	for fi, f := range forms {
		for _, e := range s.first(f) {
			n := len(e.Toks)
			if i+n > limit {
				continue
			}
			ok, g := true, false
			for k := 1; k < n; k++ {
				wk := w.Fold(i + k)
				if wk == e.Toks[k] {
					continue
				}
				// A phrase ending in a one-letter preposition (لـ, بـ) meets
				// it glued to the next word: "التابعة لعلي بابا". The word
				// is not consumed, so a name starting there is still found.
				if glued && k == n-1 && gluedPrefix(e.Toks[k]) && strings.HasPrefix(wk, e.Toks[k]) && len(wk) > len(e.Toks[k]) {
					g = true
					continue
				}
				ok = false
				break
			}
			if !ok {
				continue
			}
			cl := ""
			if fi > 0 {
				if cl = strings.TrimSuffix(fold, f); cl == fold { // لل + word matched as ال + word
					cl = "ل"
				}
			}
			end := i + n
			if g {
				end--
			}
			if !yield(Match[T]{Entry: e, Start: i, End: end, Clitic: cl}) {
				return
			}
		}
	}
}

// Match is a phrase found in the text.
type Match[T any] struct {
	Entry[T]
	Start, End int    // token range [Start, End)
	Clitic     string // the folded proclitic on the first token, "" if none
}

// At returns the longest phrase starting at token i and ending before limit
// (the first found of the longest). With clitics, the first token may carry
// Arabic proclitics (و، ف، ب، ل، ك، ال) that the phrase lacks; a phrase
// ending in a one-letter preposition also matches it glued to the next word.
func (s *Set[T]) At(toks []text.Token, i, limit int, clitics bool) (Match[T], bool) {
	var best Match[T]
	found := false
	scan(s, Tokens(toks), i, limit, clitics, true, func(m Match[T]) bool {
		if !found || len(m.Toks) > best.End-best.Start {
			best, found = m, true
		}
		return true
	})
	return best, found
}

// Starting returns the phrases whose first word is w, with w's proclitics
// allowed.
func (s *Set[T]) Starting(w string) []Entry[T] {
	if s == nil {
		return nil
	}
	var out []Entry[T]
	for _, f := range text.StripProclitics(w) {
		out = append(out, s.first(f)...)
	}
	return out
}

// StartingToken is Starting of a token's word, from the forms the token
// carries (text.Token.Forms) instead of folding and stripping it again.
func (s *Set[T]) StartingToken(t *text.Token) []Entry[T] {
	if s == nil {
		return nil
	}
	var out []Entry[T]
	for _, f := range t.Forms() {
		out = append(out, s.first(f)...)
	}
	return out
}

// HasToken is Has of a token's word, from the forms the token carries.
func (s *Set[T]) HasToken(t *text.Token) (Entry[T], bool) {
	if s == nil {
		return Entry[T]{}, false
	}
	return s.hasForms(t.Forms())
}

// Has reports whether the single folded word w (or w without proclitics) is
// a one-word phrase of the set.
func (s *Set[T]) Has(w string) (Entry[T], bool) {
	if s == nil {
		return Entry[T]{}, false
	}
	var buf [8]string // the forms, on the stack: Has runs per token in many rules
	return s.hasForms(text.AppendStripFolded(buf[:0], text.Fold(w)))
}

func (s *Set[T]) hasForms(forms []string) (Entry[T], bool) {
	for _, f := range forms {
		for _, e := range s.first(f) {
			if len(e.Toks) == 1 {
				return e, true
			}
		}
	}
	return Entry[T]{}, false
}

// EndingAt returns the longest phrase that ends just before token end (its
// last token is end-1) and starts at or after from.
func (s *Set[T]) EndingAt(toks []text.Token, from, end int, clitics bool) (Match[T], bool) {
	var best Match[T]
	found := false
	for i := end - 1; i >= from && end-i <= 6; i-- {
		if m, ok := s.At(toks, i, end, clitics); ok && m.End == end {
			best, found = m, true
		}
	}
	return best, found
}

// gluedPrefix reports whether a folded phrase word is a one-letter
// preposition that Arabic writes joined to the next word.
func gluedPrefix(w string) bool { return w == "ل" || w == "ب" || w == "ك" }

// Entries returns every phrase of the set, by first word and in the set's
// order within one.
func (s *Set[T]) Entries() []Entry[T] {
	if s == nil {
		return nil
	}
	keys := make([]string, 0, len(s.byFirst))
	for k := range s.byFirst {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Entry[T], 0, s.n)
	for _, k := range keys {
		out = append(out, s.byFirst[k]...)
	}
	return out
}
