package relations

import (
	"graphbuild/internal/lang"
	"maps"
	"strings"

	"graphbuild/internal/text"
)

// titleModifiersBefore extends a title starting at token i leftwards over
// the words of title_modifiers.txt that stand right before it ("Home
// Secretary", "shadow home secretary", "First Minister", "deputy general
// secretary"), not before the sentence's first token; it returns the new
// start.
func (c *Context) titleModifiersBefore(i, first int) int {
	for i-1 >= first {
		if _, ok := c.L.TitleModifiers.Has(c.Doc.Tokens[i-1].Text); !ok {
			break
		}
		i--
	}
	if i-1 >= first && lang.Has(c.L.FieldNouns, c.Doc.Tokens[i].Fold) && c.Doc.Tokens[i-1].Class != text.Punct && !c.L.Possessive(c.Doc.Tokens[i-1]) {
		i-- // "Constitutional Affairs Minister": the field is two words
	}
	return i
}

// formerBefore reports whether a title starting at token i is a past one:
// "former"/"ex" (title_roles.txt) right before it, or before the
// organisation or possessive that precedes it ("former WorldCom chief",
// "ex-Yukos boss", "the firm's former chairman").
func (c *Context) formerBefore(i, first int) bool {
	k := i
	if k-1 >= first && c.L.Possessive(c.Doc.Tokens[k-1]) {
		k--
	}
	if mi := c.prevMentionEndingAt(k, first); mi >= 0 {
		k = c.R.Mentions[mi].Tok[0]
		// Rule former-in-name: the tagger took "Former" into the
		// organisation's name ("Former Downing Street communications
		// chief X", "Former Labour leader X"): the past word still counts.
		if r, ok := c.L.TitleRoles.At(c.Doc.Tokens, k, c.R.Mentions[mi].Tok[1], false); ok && r.Value.Role == "former" && r.End < c.R.Mentions[mi].Tok[1] {
			return true
		}
	}
	if k-2 >= first && c.Doc.Tokens[k-1].Text == "-" {
		k-- // "ex - Yukos boss X" split at the hyphen
	}
	if k-1 >= first && c.formerGlued(c.Doc.Tokens[k-1].Fold) {
		return true // "ex-Yukos boss X", "then-US secretary of state X"
	}
	for j := max(first, k-3); j < k; j++ {
		r, ok := c.L.TitleRoles.At(c.Doc.Tokens, j, k, false)
		if !ok || r.Value.Role != "former" {
			continue
		}
		if r.End == k {
			return true
		}
		// "Former Conservative leader": one capitalised name word between.
		if r.End+1 == k {
			if t := c.Doc.Tokens[r.End]; t.Class == text.Word && t.Text != strings.ToLower(t.Text) {
				return true
			}
		}
		// Rule former-across-words: "former Downing Street media chief",
		// "former record label boss", "ex-No 10 media chief": up to three
		// words between, none a function word or a speech verb; only where
		// modifiers come before the head (not HeadFirst: in Arabic "حليفه
		// السابق المقرب للزعيم" the past word is another noun's).
		if !c.L.HeadFirst && c.plainWords(r.End, k) {
			return true
		}
	}
	if !c.L.HeadFirst && k-4 >= first {
		for j := k - 3; j < k; j++ {
			if c.formerGlued(c.Doc.Tokens[j].Fold) && c.plainWords(j+1, k) {
				return true // "ex-Downing Street media chief"
			}
		}
	}
	return false
}

// formerGlued reports a word that opens with a past-title word and a
// hyphen (title_roles.txt role former): "ex-Yukos", "then-US".
func (c *Context) formerGlued(f string) bool {
	head, _, ok := strings.Cut(f, "-")
	if !ok || head == "" {
		return false
	}
	r, ok := c.L.TitleRoles.Has(head)
	return ok && r.Value.Role == "former"
}

// plainWords reports whether tokens [from, to) are one to three words, none
// a stopword or a speech verb; a lower-case stopword of
// title_field_words.txt ("government", "world") is a plain word.
func (c *Context) plainWords(from, to int) bool {
	if to <= from || to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		t := c.Doc.Tokens[k]
		if t.Class != text.Word {
			return false
		}
		if _, stop := c.L.Stopwords.Has(t.Text); stop && !(t.Text == t.Fold && lang.Has(c.L.TitleFieldWords, t.Fold)) {
			return false // "former government minister" crosses a field noun
		}
		if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, k, to, true); ok {
			return false
		}
	}
	return true
}

// prevMentionEndingAt returns the mention that ends right before token t
// and starts at or after first, or -1.
func (c *Context) prevMentionEndingAt(t, first int) int {
	if mi := c.prevMention(t, max(first, t-6)); mi >= 0 && c.R.Mentions[mi].Tok[1] == t {
		return mi
	}
	return -1
}

// withFormerAfter returns roles with former set when the rule
// "former-after-org" (formerAfter) reads a past title after the
// organisation mention target (-1: none).
func (c *Context) withFormerAfter(roles map[string]bool, target, end int) map[string]bool {
	if target < 0 || roles["former"] || !c.formerAfter(c.R.Mentions[target].Tok[1], end) {
		return roles
	}
	roles = maps.Clone(roles)
	if roles == nil {
		roles = map[string]bool{}
	}
	roles["former"] = true
	return roles
}

// formerAfter is the rule "former-after-org": a word of title_roles.txt
// with the role former right after the title's organisation ("رئيس لجنة
// الانضباط سابقا", "رئيس نادي الهلال السابق") makes the title a past one:
// formerlyWorkedAt, not worksAt.
func (c *Context) formerAfter(e, end int) bool {
	if e >= end {
		return false
	}
	r, ok := c.L.TitleRoles.At(c.Doc.Tokens, e, e+1, false)
	return ok && r.End == e+1 && r.Value.Role == "former"
}

// leftAfterName is the rule left-after-name: a verb of leaving a post
// (leave_verbs.txt: "stepped down", "has resigned", "quit") right after the
// name that a title precedes makes the title a past one ("Chief executive
// X stepped down last week", "Tottenham manager X has resigned"): no
// jobTitle, formerlyWorkedAt. A leaving still to come ("is to step down",
// "should quit") is not listed.
func (c *Context) leftAfterName(e int) bool {
	if e >= len(c.Doc.Tokens) {
		return false
	}
	end := c.Doc.Sentences[c.sentence(e-1)].EndToken
	_, ok := c.L.LeaveVerbs.At(c.Doc.Tokens, e, end, false)
	return ok
}
