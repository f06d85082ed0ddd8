package entities

import (
	"strings"
	"unicode"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

const srcCamel = "camel-name"

var _ = registerSource(Source{Name: srcCamel, Rank: 7, Doc: "a one-word name with a capital inside it that no other recognizer took (the TowerGroup, an iPod)"})

// camelRecognizer is the rule "camel-name": in a language that writes names
// with capitals, a word with a capital after a lower-case letter is a brand
// or a company name ("research by the TowerGroup", "its new RipGuard
// technology", "a player such as an iPod"); the 1996 tagging corpus has few.
// BBC corpus: 249 such words, 998 times, most already found by the tagger;
// this one ranks below it and names only what nothing else took. A company
// by default; a word that opens in lower case ("iPod", "iTunes") is a
// product. The typing rules then read the context as for any name. Surname
// prefixes (McDonald, MacKenzie, DiCaprio, LeBlanc, O'Neill) and the
// language's not_names (VoIP, PhD) are no such names.
type camelRecognizer struct{}

// CamelNames is the recognizer of one-word names with an inner capital.
func CamelNames() Recognizer { return camelRecognizer{} }

func (camelRecognizer) Name() string { return srcCamel }

func (r camelRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Runs(r.Name()) || !L.CasedNames {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			t := d.Tokens[i]
			if t.Class != text.Word || !camelWord(L, t.Text) {
				continue
			}
			if _, ok := L.NotNames.Has(t.Text); ok {
				continue
			}
			typ := schema.Organization
			if unicode.IsLower([]rune(t.Text)[0]) {
				typ = schema.Product
			}
			out = append(out, Mention{Span: t.Span, Text: d.Slice(t.Span), Type: typ, Tok: [2]int{i, i + 1}, Source: srcCamel, Conf: 0.6, Kind: s.Kind})
		}
	}
	return out
}

// camelWord reports a word of letters with a capital right after a
// lower-case letter, not after a surname prefix (surname_prefixes.txt:
// McDonald, DiCaprio).
func camelWord(L *lang.Profile, w string) bool {
	rs := []rune(w)
	if len(rs) < 4 {
		return false
	}
	inner := -1
	for k, r := range rs {
		if !unicode.IsLetter(r) {
			return false
		}
		if k > 0 && unicode.IsUpper(r) && unicode.IsLower(rs[k-1]) && inner < 0 {
			inner = k
		}
	}
	if inner < 0 {
		return false
	}
	for _, e := range L.SurnamePrefixes.Entries() {
		if p := e.Phrase; strings.HasPrefix(w, p) && len([]rune(p)) == inner {
			return false
		}
	}
	return true
}
