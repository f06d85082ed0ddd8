// Package phrase matches the multi-word phrases of schema's word lists
// (speech verbs, titles, trigger words, relation cues) against a document's
// tokens, on folded forms and with Arabic proclitics allowed on the first
// word. Entities and relations both read word lists through it.
package phrase

import (
	"strings"
	"sync"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Set is a list of phrases, each with the attribute columns of its row.
type Set struct {
	byFirst map[string][]Entry
}

// Entry is one phrase of a list.
type Entry struct {
	Phrase string   // as written in the list
	Toks   []string // folded tokens
	Attrs  []string // the row's other columns
}

// Attr returns column i of the entry's attributes, or "".
func (e Entry) Attr(i int) string {
	if i < len(e.Attrs) {
		return e.Attrs[i]
	}
	return ""
}

// New builds a set from rows whose first column is the phrase.
func New(rows [][]string) *Set {
	s := &Set{byFirst: map[string][]Entry{}}
	for _, r := range rows {
		if len(r) == 0 || r[0] == "" {
			continue
		}
		toks := text.Tokenize(r[0])
		if len(toks) == 0 {
			continue
		}
		f := make([]string, len(toks))
		for i, t := range toks {
			f[i] = t.Fold
		}
		s.byFirst[f[0]] = append(s.byFirst[f[0]], Entry{Phrase: r[0], Toks: f, Attrs: r[1:]})
	}
	return s
}

var cache sync.Map // "lang/list" → *Set

// List returns the set of schema list lang/<lang>/<list>.txt, loaded once.
// A list that does not exist gives an empty set; schema's tests check that
// the lists the code names exist.
func List(lang text.Lang, list string) *Set {
	key := string(lang) + "/" + list
	if s, ok := cache.Load(key); ok {
		return s.(*Set)
	}
	rows, _ := schema.Table(string(lang), list)
	s, _ := cache.LoadOrStore(key, New(rows))
	return s.(*Set)
}

// Match is a phrase found in the text.
type Match struct {
	Entry
	Start, End int    // token range [Start, End)
	Clitic     string // the folded proclitic on the first token, "" if none
}

// At returns the longest phrase starting at token i and ending before limit.
// With clitics, the first token may carry Arabic proclitics (و، ف، ب، ل، ك،
// ال) that the phrase lacks.
func (s *Set) At(toks []text.Token, i, limit int, clitics bool) (Match, bool) {
	if s == nil || i >= limit {
		return Match{}, false
	}
	forms := []string{toks[i].Fold}
	if clitics {
		forms = text.StripProclitics(toks[i].Text)
	}
	var best Match
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
				best, found = Match{Entry: e, Start: i, End: end, Clitic: cl}, true
			}
		}
	}
	return best, found
}

// Starting returns the phrases whose first word is w, with w's proclitics
// allowed.
func (s *Set) Starting(w string) []Entry {
	if s == nil {
		return nil
	}
	var out []Entry
	for _, f := range text.StripProclitics(w) {
		out = append(out, s.byFirst[f]...)
	}
	return out
}

// Has reports whether the single folded word w (or w without proclitics) is
// a one-word phrase of the set.
func (s *Set) Has(w string) (Entry, bool) {
	if s == nil {
		return Entry{}, false
	}
	for _, f := range text.StripProclitics(w) {
		for _, e := range s.byFirst[f] {
			if len(e.Toks) == 1 {
				return e, true
			}
		}
	}
	return Entry{}, false
}

// EndingAt returns the longest phrase that ends just before token end (its
// last token is end-1) and starts at or after from.
func (s *Set) EndingAt(toks []text.Token, from, end int, clitics bool) (Match, bool) {
	var best Match
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
