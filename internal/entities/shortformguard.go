package entities

import (
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Grouping guards: named rules that keep a lone word out of a longer name
// it shares a word with, when the word cannot be that name's short form.
// The rule that kept a mention apart is Mention.KeptBy (--explain).
const (
	// ruleGivenNameKnown: a lone word joins a person's full name at other
	// than its last word (its surname) only when it is a given name the
	// language lists ("Richard" of Richard Madeley), or when the
	// recognizers typed it Person themselves and no organisation named in
	// the document starts with it ("Elton" of Elton John). Otherwise it is a
	// thing the tagger read as a person's first word: "Grammy" is not the
	// "Grammy Awards", "Charlton" typed Organization not "Charlton Athletic"
	// typed Person, "Sun" beside Sun Microsystems not the "Sun Grid".
	ruleGivenNameKnown = "given-name-known"
	// ruleAmpersandNoPerson: a name holding "&" is two names or a title
	// ("Richard & Judy"), so lone words do not join it.
	ruleAmpersandNoPerson = "ampersand-no-person"
	// ruleAcronymNoSurname: a lone word of capitals is no person's surname
	// or given name ("QC" of Philippe Sands QC, "DVR" of "TiVo DVR"), and a
	// name of one word and a word of capitals ("TiVo DVR", "Zuvo PVR") is a
	// thing's, so lone words do not join it; after two words or more it is
	// a post-nominal ("Tom McCabe MSP" still takes "McCabe"). Roman
	// numerals ("Henry VIII") are names.
	ruleAcronymNoSurname = "acronym-no-surname"
	// ruleShortFormOneOwner: a lone word that joined a person (as surname
	// or given name) is not also the short form of an organisation whose
	// first word it is: "Paulsmeier" is Mark Paulsmeier, and the Paulsmeier
	// Group stays a company of its own instead of being merged with him.
	ruleShortFormOneOwner = "short-form-one-owner"
	// ruleGivenNameNotOrg: a lone given name typed Person is not the short
	// form of an organisation named after someone: "Steve" beside the
	// "Steve Redgrave Trust" is the man.
	ruleGivenNameNotOrg = "given-name-not-org"
)

// personNameGuard returns the rule that keeps the full name p from taking
// lone words as its surname or given name, or "" when none does.
func personNameGuard(d *text.Document, p Mention) string {
	if p.Tok[1]-p.Tok[0] == 2 && acronymWord(d.Tokens[p.Tok[1]-1].Text) {
		return ruleAcronymNoSurname
	}
	for k := p.Tok[0]; k < p.Tok[1]; k++ {
		if d.Tokens[k].Text == "&" {
			return ruleAmpersandNoPerson
		}
	}
	return ""
}

// loneAcronymGuard returns the rule that keeps lone mention m from joining
// any person named in full, or "" when none does.
func loneAcronymGuard(d *text.Document, m Mention) string {
	if acronymWord(d.Tokens[m.Tok[0]].Text) {
		return ruleAcronymNoSurname
	}
	return ""
}

// givenNameGuard returns the rule that keeps lone mention m, read in form
// f, from joining a full name at word position pos of n words, or "" when
// none does. orgFirst says whether an organisation of the document starts
// with the word.
func givenNameGuard(d *text.Document, m Mention, f string, pos, n int, orgFirst bool) string {
	if pos == n-1 {
		return ""
	}
	if _, given := firstName(d.Lang, text.Token{Text: f, Class: text.Word}); given {
		return ""
	}
	if m.Type == schema.Person && !orgFirst {
		return ""
	}
	return ruleGivenNameKnown
}

// acronymWord reports whether w is two or more capital letters and not a
// Roman numeral.
func acronymWord(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	roman := true
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		if !isRomanDigit(r) {
			roman = false
		}
	}
	return !roman
}

func isRomanDigit(r rune) bool {
	switch r {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		return true
	}
	return false
}

// orgShortFormGuard returns the rule that keeps lone mention m out of the
// organisation whose name starts with its word, or "" when none does.
// joinedPerson says whether m already joined a person named in full.
func orgShortFormGuard(d *text.Document, m Mention, joinedPerson bool) string {
	if joinedPerson {
		return ruleShortFormOneOwner
	}
	if m.Type == schema.Person {
		if _, given := firstName(d.Lang, d.Tokens[m.Tok[0]]); given {
			return ruleGivenNameNotOrg
		}
	}
	return ""
}

// keep records that rule kept mention i apart from a name it shares a word
// with.
func keep(ms []Mention, i int, rule string) {
	if ms[i].KeptBy == "" {
		ms[i].KeptBy = rule
	}
}
