package relations

import (
	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// NameTitle reads a title right after a person's name, with no comma, as
// Arabic news writes it: "فلان الرئيس التنفيذي لشركة X", "فلان وهو مسؤول
// تنفيذي كبير في الشركة": jobTitle, and worksAt, leads, founded or
// formerlyWorkedAt by what the title says (as Apposition does after a
// comma).
func NameTitle() Rule { return ruleFunc{"name-title", applyNameTitle} }

var _ = registerRule(RuleSpec{Name: "name-title", Stage: StageFacts, Order: 40, New: NameTitle})

func applyNameTitle(c *Context, rule string) {
	links := c.L.AppositivePronouns
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Person || !c.readable(pm.Tok[0]) {
			continue
		}
		end := c.Doc.Sentences[c.sentence(pm.Tok[0])].EndToken
		k := pm.Tok[1]
		if k+1 < end && c.L.IsComma(c.tokText(k)) {
			if _, ok := links.Has(c.Doc.Tokens[k+1].Text); ok {
				k++ // "فلان، وهو مدير سابق في …"
			}
		}
		if k < end {
			if _, ok := links.Has(c.Doc.Tokens[k].Text); ok {
				k++
			}
		}
		if k >= end {
			continue
		}
		m, ok := c.L.Titles.At(c.Doc.Tokens, k, end, true)
		if !ok || m.Clitic != "" || c.isHonorific(k, m.End) {
			continue
		}
		if pn := c.mentionStarting(m.End); pn >= 0 && c.typeOf(pn) == schema.Person {
			continue // "X chief executive Steven Theede": the title is the next name's
		}
		if c.personAfterOrg(m.End, end) {
			continue // rule title-org-next-name: "نوفاك الأمين العام لأوبك عبد الله البدري"
		}
		c.titlesFrom(c.ent(pi), k, end, rule, 0.8)
	}
}

// TitleOrgName reads a person named after a title and its organisation:
// "الرئيس التنفيذي لمجموعة X م. فلان", "مدير عام بنك X، الدكتور فلان",
// "نائب رئيس «X» لشؤون …، فلان": jobTitle, and worksAt or leads the
// organisation between title and name.
func TitleOrgName() Rule { return ruleFunc{"title-org-name", applyTitleOrgName} }

var _ = registerRule(RuleSpec{Name: "title-org-name", Stage: StageFacts, Order: 50, New: TitleOrgName})

func applyTitleOrgName(c *Context, rule string) {
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Person || !c.readable(pm.Tok[0]) {
			continue
		}
		first := c.Doc.Sentences[c.sentence(pm.Tok[0])].FirstToken
		p0 := pm.Tok[0]
		// Behind the name: an honorific ("م." with its dot), a comma.
		e := p0
		// Rule nationality-before-name: "رئيس الاتحاد الأفريقي الكاميروني
		// عيسى حياتو", the nationality between the organisation and the name
		// (descriptor-before-name keeps it out of the name), unless the
		// organisation's name ends in a nationality itself: then the second
		// one is more likely its own ("البنك السعودي الفرنسي").
		nat := false
		if !c.orgEndsAt(e, first) {
			if n, ok := c.L.Nationalities.EndingAt(c.Doc.Tokens, max(first, e-2), e, false); ok && c.orgEndsAt(n.Start, first) && !c.nationalityEndsAt(n.Start, first) {
				e, nat = n.Start, true
			}
		}
		if e-1 >= first && c.tokText(e-1) == "." {
			e--
		}
		if i := c.honorificEndingAt(first, e); i >= 0 {
			e = i
		}
		comma := e-1 >= first && c.L.IsComma(c.tokText(e-1))
		if comma {
			e--
		}
		if c.conjoined(pi) {
			continue // "…، وآشتون كارتر": a second person, not the title's
		}
		// The organisation: the mention that ends there (a closing quote or
		// parenthesis may stand after it: "لشركة … (X)،").
		oe := e
		for oe-1 >= first && (c.tokText(oe-1) == ")" || c.tokText(oe-1) == "»" || c.tokText(oe-1) == "\"" || c.tokText(oe-1) == "”") {
			oe--
		}
		if e == p0 || nat {
			// No comma and no honorific: the name must follow the
			// organisation's name directly.
			if !c.orgEndsAt(oe, first) {
				continue
			}
		}
		// The title: the farthest one within ten words before, with only
		// the organisation and its portfolio between.
		for i := max(first, oe-10); i < oe; i++ {
			m, ok := c.L.Titles.At(c.Doc.Tokens, i, oe, true)
			if !ok || (m.Clitic != "" && !c.L.AndClitic(m.Clitic)) || c.isHonorific(i, m.End) {
				continue
			}
			if m.End-m.Start == 1 {
				if _, ok := c.L.NamedAfter.Has(c.Doc.Tokens[m.Start].Text); ok {
					continue // rule named-after-title: "مؤسسة الشيخ حمد الجاسر" is a foundation
				}
			}
			if i > first {
				// "مطار الملك عبدالعزيز الدولي صاحب السمو الأمير X": a title
				// right after a named_after noun is part of the place's name,
				// whose person rule named-after-person dropped.
				if n, ok := c.L.NamedAfter.At(c.Doc.Tokens, i-1, i, true); ok && n.End == i && !c.L.CliticEndsInArticle(n.Clitic) {
					continue
				}
			}
			if i > first && c.endsPerson(i, m.Clitic) {
				break // "فلان الرئيس التنفيذي لشركة X وعلان": the title is the first's
			}
			if !c.plainBetween(m.End, oe) || c.wordAfterTitle(m.End, oe) {
				continue
			}
			ti, tj, roles, clitic, ok := c.readTitle(i, oe)
			if !ok || !comma && !c.titleOrgReachesName(tj, oe, first) || c.addressedMemberBetween(tj, oe) {
				continue // address-form: "وزير الدفاع ومعالي وزير الدولة … فلان" is not his title
			}
			if clitic == "" {
				ti = c.titleModifiersBefore(ti, first) // "shadow attorney general Mr Grieve"
			}
			if c.formerBefore(ti, first) {
				roles["former"] = true // "former Tory Treasurer Lord Ashcroft"
			}
			title, _ := c.titleText(ti, tj, clitic)
			ev := c.sentSpan(i)
			p := c.ent(pi)
			if !roles["former"] || c.L.VerbFirst {
				c.AddFact(Fact{Subject: p, Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: title, Kind: "Text"}, Evidence: ev, Confidence: 0.8, Rule: rule})
			}
			// "عضو مجلس الإدارة المنتدب والرئيس التنفيذي لمجموعة X م. فلان":
			// a second title joined by و before the organisation.
			if m2, ok := c.L.Titles.At(c.Doc.Tokens, tj, oe, true); ok && c.L.AndClitic(m2.Clitic) && !c.isHonorific(tj, m2.End) {
				if _, tj2, roles2, clitic2, ok := c.readTitle(tj, oe); ok {
					title2, _ := c.titleText(tj, tj2, clitic2)
					c.AddFact(Fact{Subject: p, Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: title2, Kind: "Text"}, Evidence: ev, Confidence: 0.8, Rule: rule})
					for r := range roles2 {
						if r != "former" {
							roles[r] = true
						}
					}
					tj = tj2
				}
			}
			target := -1
			for t := tj; t < oe; t++ {
				if mi := c.mentionStarting(t); mi >= 0 && c.typeOf(mi) == schema.Organization {
					target = mi
					break
				}
			}
			if target >= 0 {
				o := c.ent(target)
				switch {
				case roles["former"]:
					c.AddFact(Fact{Subject: p, Predicate: "formerlyWorkedAt", Object: o, Evidence: ev, Confidence: 0.8, Rule: rule})
				case roles["founder"]:
					c.AddFact(Fact{Subject: p, Predicate: "founded", Object: o, Evidence: ev, Confidence: 0.8, Rule: rule})
				default:
					if roles["lead"] && c.leadsWhole(ti, tj, target) {
						c.AddFact(Fact{Subject: p, Predicate: "leads", Object: o, Evidence: ev, Confidence: 0.8, Rule: rule})
					}
					c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: o, Evidence: ev, Confidence: 0.8, Rule: rule})
				}
			}
			break
		}
	}
}

// personAfterOrg is the rule "title-org-next-name": after the title
// (ending before token t), its organisation — a mention, or definite words
// ("الإدارة العامة للمجاهدين") — followed directly by a person's name, or
// by an honorific and a name, makes the title that person's, as the title
// of a name does: "أبلغ الوزير X الأمين العام لأوبك عبد الله البدري",
// "التقى الأمير X مدير عام الإدارة العامة للمجاهدين الدكتور عبدالله
// السويد". Any other word (a verb, an indefinite noun) or punctuation ends
// the search.
func (c *Context) personAfterOrg(t, end int) bool {
	toks := c.Doc.Tokens
	for k := t; k < end && k-t <= 10; k++ {
		if k > t {
			if pn := c.mentionStarting(k); pn >= 0 && c.typeOf(pn) == schema.Person {
				// "… وأحمد الحرمي": the next member of a list; "الزعيم
				// الروحي لبن لادن": the title's complement.
				return !c.conjoined(pn) && !c.gluedPreposition(toks[k])
			}
			if h, ok := c.L.Honorifics.At(toks, k, end, true); ok {
				if h.Clitic != "" {
					return false // "… والدكتور فلان": the next member of a list
				}
				e := h.End
				if e < end && c.tokText(e) == "." {
					e++
				}
				pn := c.mentionStarting(e)
				return e < end && pn >= 0 && c.typeOf(pn) == schema.Person
			}
		}
		if toks[k].Class != text.Word {
			return false
		}
		if om := c.mentionStarting(k); om >= 0 && c.typeOf(om) == schema.Organization {
			k = c.R.Mentions[om].Tok[1] - 1
			continue
		}
		if !c.L.DefiniteBehindClitics(toks[k].Fold) {
			return false
		}
	}
	return false
}

// orgEndsAt reports an organisation mention that ends right before token
// e, starting no further back than six words (and not before first).
func (c *Context) orgEndsAt(e, first int) bool {
	om := c.prevMention(e, max(first, e-6), schema.Organization)
	return om >= 0 && c.R.Mentions[om].Tok[1] == e
}

// nationalityEndsAt reports a nationality adjective that ends right
// before token e.
func (c *Context) nationalityEndsAt(e, first int) bool {
	_, ok := c.L.Nationalities.EndingAt(c.Doc.Tokens, max(first, e-2), e, false)
	return ok
}

// conjoined reports whether mention mi's name carries a glued و ("وآشتون
// كارتر"): it starts a new member of a list, not an apposition.
func (c *Context) conjoined(mi int) bool {
	m := c.R.Mentions[mi]
	t := c.Doc.Tokens[m.Tok[0]]
	rest, ok := c.L.CutAnd(t.Text)
	if !ok {
		return false
	}
	if m.Span.Start > t.Start {
		return true
	}
	// The و left on the name: a known first name follows it, and the
	// whole word is not one ("وجيمس", not "وليد").
	_, bare := c.L.FirstNames.Has(rest)
	e, whole := c.L.FirstNames.Has(t.Text)
	return bare && !(whole && e.Toks[0] == t.Fold)
}

// honorificEndingAt returns the first token of an honorific that ends right
// before token e ("الدكتور", "السيدة"), or -1.
func (c *Context) honorificEndingAt(first, e int) int {
	h := c.L.Honorifics
	for i := e - 1; i >= first && e-i <= 2; i-- {
		if m, ok := h.At(c.Doc.Tokens, i, e, true); ok && m.End == e && m.Clitic == "" {
			return i
		}
	}
	return -1
}

// endsPerson reports whether a person's name ends right before token i (or
// before an appositive pronoun there), so that a title at i is that
// person's; a title joined by و ("والرئيس التنفيذي") belongs to whoever the
// first title did.
func (c *Context) endsPerson(i int, clitic string) bool {
	if c.L.AndClitic(clitic) {
		return true
	}
	first := c.Doc.Sentences[c.sentence(i)].FirstToken
	pm := c.prevMention(i, max(first, i-maxPersonWords), schema.Person)
	return pm >= 0 && c.R.Mentions[pm].Tok[1] == i
}

// maxPersonWords bounds how far back a person's name can start.
const maxPersonWords = 8

// maxOrgWords bounds how far back an employer's name before a title can
// start ("Oil and Natural Gas Corporation chairman Subir Raha").
const maxOrgWords = 6

// plainBetween reports whether tokens [a, b) can stand between a title and
// the name after its organisation: words, quotes, parentheses, no speech
// verb, no other person, no clause boundary.
func (c *Context) plainBetween(a, b int) bool {
	for t := a; t < b; t++ {
		tok := c.Doc.Tokens[t]
		if tok.Class == text.Punct {
			switch tok.Text {
			case "«", "»", "\"", "“", "”", "(", ")", "-":
				continue
			}
			return false
		}
		if _, ok := c.L.SpeechVerbs.Has(tok.Text); ok {
			return false
		}
		if lang.Has(c.L.Complementizers, c.L.TrimAnd(tok.Fold)) {
			return false
		}
		if lang.Has(c.L.TitleNameBreaks, c.L.TrimAnd(tok.Fold)) {
			return false // rule title-with-other: "لقاء وزير خارجية مصر مع الأمير فلان", "… وزير الدفاع بحضور الشيخ فلان"
		}
		if mi := c.mentionStarting(t); mi >= 0 && c.typeOf(mi) == schema.Person {
			return false
		}
	}
	return true
}

// anaphorOrganization is the organisation "الشركة" / "the company" at token
// t refers to: the nearest one named earlier in the same sentence ("…
// لشركة X وفلان رئيس مجلس إدارة الشركة"), else the article's topic.
func (c *Context) anaphorOrganization(t int) int {
	first := c.Doc.Sentences[c.sentence(t)].FirstToken
	if om := c.prevMention(t, first, schema.Organization); om >= 0 && !c.isMedia(c.ent(om)) {
		return om
	}
	return c.topicOrganization(t)
}

// portfolioAt reports a title's complement at token j that is a field, not
// an organisation: a preposition glued to a common noun ("للشؤون",
// "لشؤون"), not to a trigger noun ("لشركة") nor to a name.
func (c *Context) portfolioAt(j, end int) bool {
	if j >= end || c.mentionStarting(j) >= 0 {
		return false
	}
	t := c.Doc.Tokens[j]
	if !c.gluedPreposition(t) {
		return false
	}
	if _, ok := c.L.Triggers.Has(t.Text); ok {
		return false
	}
	return !c.isCompanyAnaphor(j)
}

// factSet returns the (subject, object) pairs of the facts of predicate p
// recorded so far.
func (c *Context) factSet(p string) map[[2]int]bool {
	out := map[[2]int]bool{}
	for _, f := range c.Out.Facts {
		if f.Predicate == p {
			out[[2]int{f.Subject, f.Object}] = true
		}
	}
	return out
}
