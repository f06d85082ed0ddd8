package relations

import (
	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// HeadFinalApposition reads appositions whose title ends in its head noun,
// as English writes them: "Shauna Perry, Bioware's audio and external
// resources producer", "Michael Mijatov, international division secretary
// of the Flight Attendants Association", "David Learmount, operations and
// safety editor at industry magazine Flight International", "Ian Fogg,
// Jupiter analyst". jobTitle, and worksAt (or founded, leads,
// formerlyWorkedAt by the title's roles) for the organisation named before
// the title or after its preposition.
func HeadFinalApposition() Rule { return ruleFunc{"apposition-head-final", applyHeadFinal} }

var _ = registerRule(RuleSpec{Name: "apposition-head-final", Stage: StageFacts, Order: 20, New: HeadFinalApposition})

func applyHeadFinal(c *Context, rule string) {
	if c.L.HeadFirst {
		return // head-first languages are read by Apposition
	}
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Person || !c.readable(pm.Tok[0]) {
			continue
		}
		end := c.Doc.Sentences[c.sentence(pm.Tok[0])].EndToken
		k := pm.Tok[1]
		if k+1 >= end || c.tokText(k) != "," {
			continue
		}
		c.headFinalFrom(c.ent(pi), k+1, end, rule, 0.85)
	}
}

// headFinalFrom reads "[a|the] [ORG['s]] words… TITLE [at|of|for ORG]" at
// token k and records what it says about person p.
func (c *Context) headFinalFrom(p, k, end int, rule string, conf float64) {
	if k < end && lang.Has(c.L.TitleAdverbs, c.Doc.Tokens[k].Fold) {
		k++ // "Phil Redmond, now chairman of Mersey TV"
	}
	if k < end && lang.Has(c.L.Determiners, c.Doc.Tokens[k].Fold) {
		k++
	}
	if k < end && lang.Has(c.L.TitleJoiners, c.Doc.Tokens[k].Fold) {
		return // "Eric Cantona, and club manager Sir Alex Ferguson": a list, no apposition
	}
	employer := -1
	if om := c.mentionStarting(k); om >= 0 && c.typeOf(om) == schema.Organization {
		employer = om
		k = c.R.Mentions[om].Tok[1]
		if k < end && c.L.Possessive(c.Doc.Tokens[k]) {
			k++
		}
	}
	i, j, ok := c.headFinalTitle(k, end)
	if !ok || c.titleOfNextName(j, end) {
		return
	}
	if employer < 0 {
		// "head of infrastructure at X": a title that starts the phrase
		// and reads at least as far is the Apposition rule's.
		if _, j0, _, _, ok := c.readTitle(i, end); ok && j0 >= j {
			return
		}
	}
	title, _ := c.titleText(i, j, "")
	ev := c.sentSpan(i)
	c.AddFact(Fact{Subject: p, Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: title, Kind: "Text"}, Evidence: ev, Confidence: conf, Rule: rule})
	roles := c.titleRoles(i, j)
	var targets []int
	if employer >= 0 {
		targets = append(targets, employer)
	} else if j < end && lang.Has(c.L.EmployerPrepositions, c.Doc.Tokens[j].Fold) {
		// "at industry magazine Flight International", "of Macrovision's
		// Entertainment Technologies Group": lower-case words may describe
		// the organisation first.
		t := j + 1
		for t < end && t-j <= 4 && c.mentionStarting(t) < 0 && c.Doc.Tokens[t].Class == text.Word && isLowerWord(c.Doc.Tokens[t].Text) && !lang.Has(c.L.TitlePrepositions, c.Doc.Tokens[t].Fold) {
			t++
		}
		if om := c.mentionStarting(t); om >= 0 && c.typeOf(om) == schema.Organization {
			targets = append(targets, om)
			// "of Macrovision's Entertainment Technologies Group": the unit too.
			if e := c.R.Mentions[om].Tok[1]; e+1 < end && c.L.Possessive(c.Doc.Tokens[e]) {
				if um := c.mentionStarting(e + 1); um >= 0 && c.typeOf(um) == schema.Organization {
					targets = append(targets, um)
				}
			}
		}
	}
	for _, om := range targets {
		o := c.ent(om)
		switch {
		case roles["former"]:
			c.AddFact(Fact{Subject: p, Predicate: "formerlyWorkedAt", Object: o, Evidence: ev, Confidence: conf, Rule: rule})
		case roles["founder"]:
			c.AddFact(Fact{Subject: p, Predicate: "founded", Object: o, Evidence: ev, Confidence: conf, Rule: rule})
			c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: o, Evidence: ev, Confidence: 0.5, Rule: rule + "-founder"})
		default:
			if roles["lead"] && c.leadsWhole(i, j, om) {
				c.AddFact(Fact{Subject: p, Predicate: "leads", Object: o, Evidence: ev, Confidence: conf, Rule: rule})
			}
			c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: o, Evidence: ev, Confidence: conf, Rule: rule})
		}
	}
}

// headFinalTitle reads lower-case words from token i ("audio and external
// resources producer", "executive vice president and general manager") and
// returns the longest run that ends in a title of the list. It stops at
// punctuation, a capitalised word, a name or a preposition.
func (c *Context) headFinalTitle(i, end int) (int, int, bool) {
	last := -1
	for j := i; j < end && j-i < 8; j++ {
		t := c.Doc.Tokens[j]
		if t.Class == text.Punct && t.Text != "-" {
			break
		}
		if t.Class != text.Punct && !isLowerWord(t.Text) {
			if _, ok := c.L.Titles.At(c.Doc.Tokens, j, end, false); !ok {
				break // "CEO" is a title; "Flight" starts a name
			}
		}
		if c.mentionStarting(j) >= 0 {
			break
		}
		if lang.Has(c.L.TitlePrepositions, t.Fold) && !lang.Has(c.L.TitleJoiners, t.Fold) {
			break
		}
		if lang.Has(c.L.TitleBreakers, t.Fold) {
			return 0, 0, false // "now chairman", "whose minister father", "presently a … director"
		}
		if m, ok := c.L.Titles.EndingAt(c.Doc.Tokens, i, j+1, false); ok && !c.isHonorific(m.Start, m.End) {
			last = j + 1
		}
	}
	if last < 0 || lang.Has(c.L.TitleJoiners, c.Doc.Tokens[last-1].Fold) {
		return 0, 0, false
	}
	return i, last, true
}

// titleRoles returns the roles (founder, lead, former) the words of a
// title carry.
func (c *Context) titleRoles(i, j int) map[string]bool {
	roles := map[string]bool{}
	for k := i; k < j; k++ {
		if r, ok := c.L.TitleRoles.At(c.Doc.Tokens, k, j, false); ok {
			roles[r.Value.Role] = true
		}
	}
	return roles
}

// TitleCommaName reads "the pioneering economist, Adam Smith" and "Its
// lawyer, Hugh Ray": a title, a comma and the person it names: jobTitle.
func TitleCommaName() Rule { return ruleFunc{"title-comma-name", applyTitleCommaName} }

var _ = registerRule(RuleSpec{Name: "title-comma-name", Stage: StageFacts, Order: 30, New: TitleCommaName})

func applyTitleCommaName(c *Context, rule string) {
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Person || !c.readable(pm.Tok[0]) {
			continue
		}
		first := c.Doc.Sentences[c.sentence(pm.Tok[0])].FirstToken
		k := pm.Tok[0] - 1
		if k-1 < first || c.tokText(k) != "," {
			continue
		}
		m, ok := c.L.Titles.EndingAt(c.Doc.Tokens, max(first, k-4), k, false)
		if !ok || c.isHonorific(m.Start, m.End) {
			continue
		}
		// Only lower-case modifiers back to an article or an owner: "the
		// pioneering economist", "Its lawyer".
		j := m.Start
		for j > first && m.Start-j < 3 && isLowerWord(c.Doc.Tokens[j-1].Text) && !lang.Has(c.L.Determiners, c.Doc.Tokens[j-1].Fold) && !lang.Has(c.L.OwnerPronouns, c.Doc.Tokens[j-1].Fold) {
			j--
		}
		if j-1 < first || !lang.Has(c.L.Determiners, c.Doc.Tokens[j-1].Fold) && !lang.Has(c.L.OwnerPronouns, c.Doc.Tokens[j-1].Fold) && !c.L.Possessive(c.Doc.Tokens[j-1]) {
			continue
		}
		if c.formerBefore(m.Start, first) {
			continue // "Plaid Cymru's former President, Dafydd Wigley": no current title
		}
		title, _ := c.titleText(m.Start, m.End, "")
		c.AddFact(Fact{Subject: c.ent(pi), Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: title, Kind: "Text"}, Evidence: c.sentSpan(k), Confidence: 0.75, Rule: rule})
	}
}

// titleOfNextName reports a person's name (or an honorific) right after a
// title that ends at token j: "Sir Phil Watts, and production chief Walter
// van der Vijver": the title is the next name's, not the apposition's.
func (c *Context) titleOfNextName(j, end int) bool {
	if j >= end {
		return false
	}
	if pm := c.mentionStarting(j); pm >= 0 && c.typeOf(pm) == schema.Person {
		return true
	}
	m, ok := c.L.Honorifics.At(c.Doc.Tokens, j, end, true)
	return ok && m.Clitic == ""
}
