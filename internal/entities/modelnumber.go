package entities

import (
	"strings"
	"unicode"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

const srcModelNumber = "model-number"

var _ = registerSource(Source{Name: srcModelNumber, Rank: 4, Doc: "a model number before a product noun or in apposition to one (its new 777 plane, its smallest airliner, the 717)"})

// modelNumberRecognizer is the rule "model-number": a number of three
// digits or more (with an optional letter-and-digit variant, "777-200LR")
// names a model where a product noun follows it and an owner or a
// determiner precedes it ("its new long-distance 777 plane", "its 777-200LR
// planes", "Boeing's 777 line"), or in apposition to a product noun ("its
// smallest airliner, the 717"). A quantity ("about 500 planes") has no
// determiner; a year is no model.
type modelNumberRecognizer struct{}

// ModelNumbers is the recognizer of products named by a model number.
func ModelNumbers() Recognizer { return modelNumberRecognizer{} }

func (modelNumberRecognizer) Name() string { return srcModelNumber }

func (r modelNumberRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Runs(r.Name()) || L.HeadFirst {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for i := s.FirstToken + 1; i < s.EndToken; i++ {
			if !modelNumber(d.Tokens[i]) {
				continue
			}
			ok := false
			if t, isNoun := L.Triggers.At(d.Tokens, i+1, s.EndToken, false); isNoun && t.Value.Type == schema.Product && lowerWord(d.Tokens[i+1]) {
				ok = modelDeterminer(d, L, i-1, s.FirstToken)
			}
			// "its smallest airliner, the 717"
			if p := i - 3; p >= s.FirstToken && lang.Has(L.DefiniteArticles, d.Tokens[i-1].Fold) && d.Tokens[i-2].Text == "," {
				if t, isNoun := L.Triggers.EndingAt(d.Tokens, s.FirstToken, i-2, false); isNoun && t.End == i-2 && t.Value.Type == schema.Product {
					ok = true
				}
			}
			if ok {
				sp := d.Tokens[i].Span
				out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Product, Tok: [2]int{i, i + 1}, Source: srcModelNumber, Conf: 0.7, Kind: s.Kind})
			}
		}
	}
	return out
}

// modelNumber: three digits or more, then optionally "-" and letters and
// digits; not a four-digit year.
func modelNumber(t text.Token) bool {
	n := 0
	for n < len(t.Text) && t.Text[n] >= '0' && t.Text[n] <= '9' {
		n++
	}
	if n < 3 || (n == len(t.Text) && n == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20"))) {
		return false
	}
	rest := t.Text[n:]
	if rest == "" {
		return true
	}
	if !strings.HasPrefix(rest, "-") || len(rest) < 2 {
		return false
	}
	for _, r := range rest[1:] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// modelDeterminer reports an owner or determiner before a model number at
// token k, over at most two lower-case modifiers: its, their, the, a
// possessive ("Boeing's"), or a capitalised maker ("Boeing 777").
func modelDeterminer(d *text.Document, L *lang.Profile, k, first int) bool {
	for j := k; j >= first && j >= k-2; j-- {
		t := d.Tokens[j]
		switch {
		case lang.Has(L.OwnerPronouns, t.Fold) || lang.Has(L.DefiniteArticles, t.Fold) || L.Possessive(t):
			return true
		case t.Class == text.Word && startsUpper(t.Text) && j == k:
			return true
		case lowerWord(t) && !lang.Has(L.QuantityWords, t.Fold):
			continue
		case t.Text == "-":
			continue
		default:
			return false
		}
	}
	return false
}
