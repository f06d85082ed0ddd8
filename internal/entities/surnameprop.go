package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

const srcSurname = "surname-propagation"

var _ = registerSource(Source{Name: srcSurname, Rank: 5, Person: true, Doc: "a lone surname of a person the document named in full (cased scripts)"})

// propagateSurnames is the rule "surname-propagation": in a script that
// writes names with a capital, a person named in full ("Roger Federer") is
// named by the surname alone later ("Federer dropped a tight first set"),
// and the tagger does not always see it. When a word of the full name
// before the last is a given name (first_names.txt), or no word of it is
// a common word ("Commons Speaker", "Real Sociedad", "Jackson Five" are
// no one's full name), a capitalised word equal to the
// last word of a full person name becomes a mention of that type when:
//   - no mention covers it, and no capitalised word stands right before
//     (but a common word opening the sentence: "Later Tannhof said") or
//     after it ("Andy Johnson", "Johnson Matthey" are other names);
//   - no mention of another type holds the word ("Time Warner" and a
//     person "Jack Warner" leave "Warner" alone);
//   - it is no common word opening a sentence ("Price rises …" after
//     "Mark Price").
func propagateSurnames(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if !L.CasedNames {
		return ms
	}
	covered := make([]bool, len(d.Tokens))
	other := map[string]bool{} // words inside mentions of another type
	for _, m := range ms {
		for t := m.Tok[0]; t < m.Tok[1]; t++ {
			covered[t] = true
			if m.Type != schema.Person && m.Entity >= 0 {
				other[d.Tokens[t].Text] = true
			}
		}
	}
	surname := map[string]Mention{}
	for _, m := range ms {
		if m.Type != schema.Person || m.Value != nil || m.Tok[1]-m.Tok[0] < 2 || !surnameTarget(d, m) || personNameGuard(d, m) != "" {
			continue
		}
		if !givenNameIn(L, d, m) && !nameWordsOnly(d, m) {
			continue // "Commons Speaker", "Real Sociedad", "Vote Tory": no person's name
		}
		last := d.Tokens[m.Tok[1]-1]
		if last.Class != text.Word || len(last.Text) < 3 || !startsUpper(last.Text) {
			continue
		}
		if _, dup := surname[last.Text]; !dup {
			surname[last.Text] = m
		}
	}
	if len(surname) == 0 {
		return ms
	}
	upperWord := func(k int) bool {
		return k >= 0 && k < len(d.Tokens) && d.Tokens[k].Class == text.Word && startsUpper(d.Tokens[k].Text)
	}
	// A common word opening the sentence is capitalised for its place
	// only: "Later Tannhof said", "But Tannhof".
	opener := func(k int, s text.Sentence) bool { return k == s.FirstToken && isCommonWord(d.Lang, d.Tokens[k].Text) }
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			t := d.Tokens[i]
			full, ok := surname[t.Text]
			if !ok || covered[i] || other[t.Text] {
				continue
			}
			if i > s.FirstToken && upperWord(i-1) && !opener(i-1, s) || i+1 < s.EndToken && upperWord(i+1) {
				continue
			}
			if i == s.FirstToken && isCommonWord(d.Lang, t.Text) {
				continue
			}
			sp := text.Span{Start: t.Start, End: t.End}
			out = append(out, Mention{Span: sp, Text: t.Text, Type: schema.Person, Tok: [2]int{i, i + 1}, Source: srcSurname,
				Conf: 0.7, Gender: full.Gender, Kind: s.Kind, Entity: 0})
			covered[i] = true
		}
	}
	return append(ms, out...)
}

// givenNameIn reports whether a word of mention m before its last is a
// given name (first_names.txt): "Roger Federer", "Sir Clive Woodward".
func givenNameIn(L *lang.Profile, d *text.Document, m Mention) bool {
	for k := m.Tok[0]; k < m.Tok[1]-1; k++ {
		if _, ok := L.FirstNames.Has(d.Tokens[k].Text); ok {
			return true
		}
	}
	return false
}

// nameWordsOnly reports whether no word of mention m is a common word.
func nameWordsOnly(d *text.Document, m Mention) bool {
	for k := m.Tok[0]; k < m.Tok[1]; k++ {
		if isCommonWord(d.Lang, d.Tokens[k].Text) {
			return false
		}
	}
	return true
}
