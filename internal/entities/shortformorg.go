package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// shortformOrgRecognizer finds a company named by a trigger noun
// (shortform_org_triggers: شركة، مجموعة) and a definite phrase when the
// writer gives its short form in brackets or quotes right after it:
// "شركة الأوراق المالية و الإستثمار (سيكو)", "للشركة السعودية للصناعات
// الأساسية «سابك»". The short form is the evidence that the phrase is the
// company's name and where it ends; without it "شركة النفط البريطانية" is a
// description. The phrase runs over definite words (also after و, glued or
// alone), ل + a definite or verbal noun before a definite word ("لإنتاج
// الأسمدة", "للصناعات") and places the lexicon knows, at most six words,
// and must reach the bracket. A phrase whose last word is a nationality or
// a describing adjective (org_description_words: العملاقة، الدولية)
// anywhere is a description of the company the short form names, not its
// name; a short form holding a trigger noun ("(شركة تأمين)") is none. Both the
// name and the short form are returned; quotedShortForms makes them one.
type shortformOrgRecognizer struct{}

const srcShortformOrg = "shortform-org-name"

var _ = registerSource(Source{Name: srcShortformOrg, Rank: 4, FormTyped: true, Doc: "a company named by a trigger noun and a definite phrase before its bracketed short form (شركة X Y (SHORT))"})

// ShortformOrgs is the recognizer of companies named before their bracketed
// short form.
func ShortformOrgs() Recognizer { return shortformOrgRecognizer{} }

func (shortformOrgRecognizer) Name() string { return srcShortformOrg }

// maxShortformNameWords bounds the definite phrase before the short form.
const maxShortformNameWords = 6

func (shortformOrgRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken-3; i++ {
			m, ok := L.ShortformOrgTriggers.At(d.Tokens, i, i+1, true)
			if !ok {
				continue
			}
			j, words := i+1, 0
			for j < s.EndToken && words < maxShortformNameWords {
				t := d.Tokens[j]
				if t.Class != text.Word {
					break
				}
				if k, ok := shortformNameWord(d, L, j, s.EndToken, j == i+1); ok {
					j = k
					words++
					continue
				}
				break
			}
			if words < 2 || j >= s.EndToken {
				continue
			}
			a, b, ok := bracketedShortForm(d, L, j, s.EndToken)
			if !ok || describedOnly(L, d.Tokens[i+1:j]) {
				continue
			}
			if c, n, _ := defaultGazetteer().lookup(d.Tokens, i, j); c != nil && n >= j-i-1 {
				continue // the lexicon knows the name
			}
			skip := 0
			if m.Clitic != "" {
				forms := text.StripProclitics(d.Tokens[i].Text)
				skip = cliticBytes(d.Tokens[i].Text, forms[len(forms)-1])
			}
			sp := text.Span{Start: d.Tokens[i].Start + skip, End: d.Tokens[j-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{i, j}, Source: srcShortformOrg,
				Conf: 0.75, Kind: s.Kind, clitic: skip > 0})
			ssp := text.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
			out = append(out, Mention{Span: ssp, Text: d.Slice(ssp), Type: schema.Organization, Tok: [2]int{a, b}, Source: srcShortformOrg,
				Conf: 0.75, Kind: s.Kind})
			i = b
		}
	}
	return out
}

// shortformNameWord reports whether the name goes on at token j, and the
// token after the word it takes: a definite word (الأوراق، والإستثمار), a
// lone و before a definite word, ل + a noun before a definite word
// ("لإنتاج الأسمدة"), ل + the article ("للصناعات"), or, after the first
// word, a place the lexicon knows ("بترول أبوظبي"); "شركة مصر لإنتاج
// الأسمدة" is the activity-name recognizer's.
func shortformNameWord(d *text.Document, L *lang.Profile, j, end int, first bool) (int, bool) {
	t := d.Tokens[j]
	if coordinator(L, t) {
		if j+1 < end && definiteWord(L, d.Tokens[j+1]) {
			return j + 2, true
		}
		return 0, false
	}
	if _, ok := L.Stopwords.Has(t.Text); ok && !definiteWord(L, t) {
		return 0, false
	}
	if _, ok := L.Titles.Has(t.Text); ok {
		return 0, false
	}
	if f := L.TrimAnd(t.Fold); L.Definite(f) || L.StartsWithElided(f) {
		return j + 1, true
	}
	if gluedPreposition(L, t) && j+1 < end && definiteWord(L, d.Tokens[j+1]) {
		return j + 1, true
	}
	if c, n, _ := defaultGazetteer().lookup(d.Tokens, j, end); c != nil && c.entry.Type == schema.Place && !first {
		return j + n, true
	}
	return 0, false
}

// coordinator reports the and-proclitic written alone ("و").
func coordinator(L *lang.Profile, t text.Token) bool {
	return t.Class == text.Word && L.AndClitic(t.Fold)
}

// bracketedShortForm reads "(SHORT)", «SHORT» or "SHORT" at token k: one or
// two words between an opening and a closing mark.
func bracketedShortForm(d *text.Document, L *lang.Profile, k, end int) (int, int, bool) {
	if !isOpening(d.Tokens[k].Text) && d.Tokens[k].Text != "(" {
		return 0, 0, false
	}
	a := k + 1
	b := a
	for b < end && b-a < 3 && d.Tokens[b].Class == text.Word {
		b++
	}
	if b == a || b-a > 2 || b >= end {
		return 0, 0, false
	}
	if c := d.Tokens[b].Text; !isClosing(c) && c != ")" {
		return 0, 0, false
	}
	for k := a; k < b; k++ {
		if _, ok := L.Triggers.Has(d.Tokens[k].Text); ok {
			return 0, 0, false // "(شركة تأمين)": what it is, not its short name
		}
	}
	return a, b, true
}

// describedOnly reports a phrase that describes the company the short form
// names rather than names it: it holds a nationality ("الأميركية لصناعة
// الطائرات «بوينغ»") or a describing word (org_description_words:
// العملاقة، المنتجة).
func describedOnly(L *lang.Profile, ws []text.Token) bool {
	for _, t := range ws {
		if _, ok := L.Nationalities.Has(t.Text); ok {
			return true
		}
		if _, ok := L.OrgDescriptionWords.Has(t.Text); ok {
			return true
		}
	}
	return false
}
