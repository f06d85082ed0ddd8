// Package phrase matches multi-word phrases (the speech verbs, titles,
// trigger words and relation cues of a language profile) against a
// document's tokens, on folded forms and with proclitics allowed on the
// first word. Entities and relations read word lists through it, by way of
// internal/lang.
package phrase

import (
	"strings"

	"graphbuild/internal/text"
)

// Set is a list of phrases, each with the typed value of its row (a speech
// verb's gender and mode, a trigger's type, …).
type Set[T any] struct {
	byFirst map[string][]Entry[T]
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
	s := &Set[T]{byFirst: map[string][]Entry[T]{}}
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
		s.byFirst[f[0]] = append(s.byFirst[f[0]], Entry[T]{Phrase: p, Toks: f, Value: v})
	}
	return s
}

// Match is a phrase found in the text.
type Match[T any] struct {
	Entry[T]
	Start, End int    // token range [Start, End)
	Clitic     string // the folded proclitic on the first token, "" if none
}

// At returns the longest phrase starting at token i and ending before limit.
// With clitics, the first token may carry Arabic proclitics (و، ف، ب، ل، ك،
// ال) that the phrase lacks.
func (s *Set[T]) At(toks []text.Token, i, limit int, clitics bool) (Match[T], bool) {
	if s == nil || i >= limit {
		return Match[T]{}, false
	}
	one := [1]string{toks[i].Fold}
	forms := one[:]
	if clitics {
		forms = toks[i].Forms()
	}
	var best Match[T]
	found := false
	for fi, f := range forms {
		for _, e := range s.byFirst[f] {
			n := len(e.Toks)
			if i+n > limit || (found && n <= best.End-best.Start) {
				continue
			}
			ok, glued := true, false
			for k := 1; k < n; k++ {
				if toks[i+k].Fold == e.Toks[k] {
					continue
				}
				// A phrase ending in a one-letter preposition (لـ, بـ) meets
				// it glued to the next word: "التابعة لعلي بابا". The word
				// is not consumed, so a name starting there is still found.
				if k == n-1 && gluedPrefix(e.Toks[k]) && strings.HasPrefix(toks[i+k].Fold, e.Toks[k]) && len(toks[i+k].Fold) > len(e.Toks[k]) {
					glued = true
					continue
				}
				ok = false
				break
			}
			if ok {
				cl := ""
				if fi > 0 {
					if cl = strings.TrimSuffix(forms[0], f); cl == forms[0] { // لل + word matched as ال + word
						cl = "ل"
					}
				}
				end := i + n
				if glued {
					end--
				}
				best, found = Match[T]{Entry: e, Start: i, End: end, Clitic: cl}, true
			}
		}
	}
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
		out = append(out, s.byFirst[f]...)
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
		out = append(out, s.byFirst[f]...)
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
	return s.hasForms(text.StripProclitics(w))
}

func (s *Set[T]) hasForms(forms []string) (Entry[T], bool) {
	for _, f := range forms {
		for _, e := range s.byFirst[f] {
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

// Entries returns every phrase of the set, in no particular order.
func (s *Set[T]) Entries() []Entry[T] {
	if s == nil {
		return nil
	}
	var out []Entry[T]
	for _, es := range s.byFirst {
		out = append(out, es...)
	}
	return out
}
