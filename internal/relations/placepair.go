package relations

import (
	"graphbuild/internal/lang"
	"strings"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// PlaceComma reads "Ruesselsheim, Germany", "West Edmonton, Alberta": a
// place, a comma and the larger place it lies in: locatedIn. Lists of
// places ("Paris, Amsterdam, Brussels and Lisbon") are not read: the pair
// must stand alone, and the first place must not be a country or a
// continent, which lie in nothing named.
func PlaceComma() Rule { return ruleFunc{"place-comma", applyPlaceComma} }

var _ = registerRule(RuleSpec{Name: "place-comma", Stage: StageFacts, Order: 230, New: PlaceComma})

var topPlaceKinds = map[string]bool{"country": true, "continent": true, "region": true, "sea": true, "market": true}

// lexKind is the lexicon kind (country, city, region …) of the entity of
// mention mi, "" when the lexicon does not know it.
func (c *Context) lexKind(mi int) string {
	e := c.R.Entities[c.ent(mi)]
	if e.LexID == "" {
		return ""
	}
	return lexKinds()[string(e.Type)+"/"+e.LexID]
}

func applyPlaceComma(c *Context, rule string) {
	toks := c.Doc.Tokens
	for ai, am := range c.R.Mentions {
		if am.Type != schema.Place || am.Entity < 0 || !c.readable(am.Tok[0]) || topPlaceKinds[c.lexKind(ai)] {
			continue
		}
		s := c.Doc.Sentences[c.sentence(am.Tok[0])]
		k := am.Tok[1]
		if k+1 >= s.EndToken || toks[k].Text != "," {
			continue
		}
		bi := c.mentionStarting(k + 1)
		if bi < 0 || c.typeOf(bi) != schema.Place || c.ent(bi) == c.ent(ai) || c.lexKind(bi) == "city" {
			continue
		}
		// Not a list: nothing joins another name before or after the pair.
		if p := am.Tok[0] - 1; p >= s.FirstToken && (toks[p].Text == "," || lang.Has(c.L.ListJoiners, toks[p].Fold)) {
			continue
		}
		if n := c.R.Mentions[bi].Tok[1]; n < s.EndToken && (lang.Has(c.L.ListJoiners, toks[n].Fold) || c.L.Possessive(toks[n]) || toks[n].Text == "," && n+1 < s.EndToken && startsUpperTok(toks[n+1]) && c.mentionStarting(n+1) >= 0 && c.typeOf(c.mentionStarting(n+1)) == schema.Place) {
			continue
		}
		c.AddFact(Fact{Subject: c.ent(ai), Predicate: "locatedIn", Object: c.ent(bi), Evidence: s.Span, Confidence: 0.75, Rule: rule})
	}
}

func startsUpperTok(t text.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// ParenAlias reads "Association of Payment and Clearing Services (Apacs)",
// "Deutsche Boerse's (DB) shares": one word in parentheses right after an
// organisation's name is another name of it: alias.
func ParenAlias() Rule { return ruleFunc{"paren-alias", applyParenAlias} }

var _ = registerRule(RuleSpec{Name: "paren-alias", Stage: StageFacts, Order: 260, New: ParenAlias})

func applyParenAlias(c *Context, rule string) {
	toks := c.Doc.Tokens
	for oi, om := range c.R.Mentions {
		if om.Type != schema.Organization || om.Entity < 0 || !c.readable(om.Tok[0]) {
			continue
		}
		s := c.Doc.Sentences[c.sentence(om.Tok[0])]
		k := om.Tok[1]
		if k < s.EndToken && c.L.Possessive(toks[k]) {
			k++
		}
		if k+2 >= s.EndToken || toks[k].Text != "(" || toks[k+2].Text != ")" {
			continue
		}
		w := toks[k+1]
		if w.Class != text.Word || !startsUpperTok(w) || utf8.RuneCountInString(w.Text) > 8 || w.Fold == text.Fold(om.Text) {
			continue
		}
		if c.cutBeforeAcronym(om.Tok, w.Text) {
			continue
		}
		c.AddFact(Fact{Subject: c.ent(oi), Predicate: "alias", Object: -1, Value: &kg.Value{Text: w.Text, Kind: "Text"}, Evidence: s.Span, Confidence: 0.85, Rule: rule})
	}
}

// cutBeforeAcronym is the rule paren-alias-cut-name: an acronym in
// capitals whose last letters are the initials of the name's capitalised
// words, and which has more letters before them, shows that the name lost
// its first words ("the National Institute of Economic and Social Research
// (NIESR)" read as "Economic and Social Research", "Ministry of Economy,
// Trade and Industry (METI)" as "Trade and Industry"): no alias of the cut
// name. In the BBC corpus all 16 such aliases were of cut names.
func (c *Context) cutBeforeAcronym(tok [2]int, acr string) bool {
	for _, r := range acr {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	var ini strings.Builder
	for k := tok[0]; k < tok[1]; k++ {
		if t := c.Doc.Tokens[k]; t.Class == text.Word && startsUpperTok(t) {
			r, _ := utf8.DecodeRuneInString(t.Text)
			ini.WriteRune(r)
		}
	}
	in := ini.String()
	return in != "" && len(acr) > len(in) && strings.HasSuffix(acr, in)
}
