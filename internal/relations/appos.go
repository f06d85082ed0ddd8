package relations

import (
	"graphbuild/internal/lang"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// readTitle reads a job title starting at token i: a title phrase from the
// list, extended over plain words ("رئيسة أبحاث الذكاء الاصطناعي", "خبير
// الصين والتكنولوجيا") until a preposition, punctuation, another title, an
// organisation or product, or a word carrying a preposition ("لنماذج",
// "لشركة"). It returns the title's token range and its roles.
func (c *Context) readTitle(i, end int) (int, int, map[string]bool, string, bool) {
	start := i
	// "a former engineer at Intel": a role word before the title.
	former := false
	if r, ok := c.L.TitleRoles.At(c.Doc.Tokens, i, end, false); ok && r.Value.Role == "former" && r.End < end {
		i, former = r.End, true
	}
	m, ok := c.L.Titles.At(c.Doc.Tokens, i, end, true)
	if !ok {
		// "the Home Secretary", "the shadow chancellor": modifiers first.
		for j := i; j < end-1 && !ok; {
			if _, mod := c.L.TitleModifiers.Has(c.Doc.Tokens[j].Text); !mod {
				break
			}
			j++ // the first title after the modifiers: "group" "chief executive"
			m, ok = c.L.Titles.At(c.Doc.Tokens, j, end, true)
		}
	}
	if !ok || m.Clitic != "" && !lang.Has(c.L.RoleProclitics, m.Clitic) && !c.L.AndClitic(m.Clitic) {
		return 0, 0, nil, "", false
	}
	j := m.End
	closed := c.chainClosedBy(m.End - 1)
	for j < end && j-i < 7 {
		t := c.Doc.Tokens[j]
		if t.Class == text.Punct || lang.Has(c.L.TitlePrepositions, t.Fold) {
			break
		}
		if mi := c.mentionStarting(j); mi >= 0 && c.typeOf(mi) != schema.Place {
			break
		}
		if closed && !c.chainContinues(j, end) {
			break // rule definite-chain-end: "أمير منطقة القصيم البارحة", "مدير الجمعية وكل أعضائها"
		}
		if mi := c.mentionStarting(j); mi >= 0 && c.L.Article != "" {
			j, closed = c.R.Mentions[mi].Tok[1], true // a place's name ends the construct: "رئيس جمهورية الشيشان جدة"
			continue
		}
		closed = closed || c.chainClosedBy(j)
		if _, ok := c.L.Stopwords.Has(t.Text); ok && !c.L.StartsWithAnd(t.Fold) && !c.titleAdjective(j, end) {
			break
		}
		if k, ok := c.L.Titles.At(c.Doc.Tokens, j, end, true); ok && (c.L.AndClitic(k.Clitic) || k.Clitic == "" && k.End-k.Start >= 2) {
			break // a second title, conjoined ("محلل ومؤسس") or stacked ("ولي العهد نائب رئيس مجلس الوزراء")
		}
		if (j > m.End || m.End-m.Start >= 2 && !c.L.Definite(t.Fold)) && c.stackedTitleAt(j, end) {
			break // "أمير منطقة عسير رئيس مجلس …", "ولي العهد وزير الداخلية": a second title (stacked-title)
		}
		if _, _, ok := c.addressFormAt(j, end); ok {
			break // "وزير الدفاع ومعالي وزير الدولة": the next dignitary (address-form)
		}
		if c.gluedPreposition(t) || c.indefiniteWord(t) {
			break // "لشركة"; "عضو مجلس الوزراء رئيسًا": a word with tanween is a predicate, not the title
		}
		if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, j, end, true); ok {
			break // "a Lufthansa spokesman told the BBC", "وزير الخارجية الروسية أعلن"
		}
		if _, ok := c.L.Triggers.Has(t.Text); ok && j > m.End {
			break // "رئيس مجلس إدارة مجموعة X": the organisation's noun
		}
		j++
	}
	for j > m.Start+1 && lang.Has(c.L.TitlePrepositions, c.Doc.Tokens[j-1].Fold) {
		j-- // "deputy head of Swiss Re's …": the title is "deputy head"
	}
	roles := map[string]bool{}
	for k := i; k < j; k++ {
		if _, trig := c.L.Triggers.Has(c.Doc.Tokens[k].Text); trig && k > m.Start {
			continue // "رئيس مؤسسة X", "المتحدث باسم مؤسسة X": the foundation, not its founder
		}
		for _, f := range text.StripProclitics(c.Doc.Tokens[k].Text) {
			if e, ok := c.L.TitleRoles.Has(f); ok {
				roles[e.Value.Role] = true
			}
		}
		if r, ok := c.L.TitleRoles.At(c.Doc.Tokens, k, j, false); ok {
			roles[r.Value.Role] = true
		}
	}
	if former {
		roles["former"] = true
	}
	if c.portfolioAt(j, end) || roles["deputy"] {
		delete(roles, "lead") // "المدير التنفيذي للشؤون العامة": heads a portfolio; "نائب مدير": a deputy
	}
	if j > m.End {
		// "مديرة التحول الرقمي في أرامكو": she leads the digital
		// transformation, not Aramco. A head of something named in the
		// title leads that, not the organisation after it.
		delete(roles, "lead")
	}
	return start, j, roles, m.Clitic, true
}

// gluedPreposition reports an Arabic word that starts with ل or ب glued to
// an article or a trigger noun: "لشركة", "لنماذج", "بالصين".
func (c *Context) gluedPreposition(t text.Token) bool {
	forms := text.StripProclitics(t.Text)
	if len(forms) < 2 {
		return false
	}
	return lang.Has(c.L.PrepositionProclitics, strings.TrimSuffix(forms[0], forms[1]))
}

// indefiniteWord reports a word carrying a mark written only on indefinite
// nouns (Arabic tanween: "رئيسًا", "مستشارًا").
func (c *Context) indefiniteWord(t text.Token) bool {
	for _, mark := range c.L.IndefiniteMarks {
		if strings.Contains(t.Text, mark) {
			return true
		}
	}
	return false
}

// titleText returns the title's words as written, without the ك or و the
// phrase match found glued to its first word.
func (c *Context) titleText(i, j int, clitic string) (string, text.Span) {
	sp := text.Span{Start: c.Doc.Tokens[i].Start, End: c.Doc.Tokens[j-1].End}
	if clitic != "" {
		sp.Start += len(clitic)
	}
	return c.Doc.Slice(sp), sp
}

// Apposition reads "PERSON، TITLE [في|لدى] ORG": jobTitle, and worksAt,
// founded, leads or formerlyWorkedAt by what the title says.
func Apposition() Rule { return ruleFunc{"apposition", applyApposition} }

var _ = registerRule(RuleSpec{Name: "apposition", Stage: StageFacts, Order: 10, New: Apposition})

func applyApposition(c *Context, rule string) {
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Person || !c.readable(pm.Tok[0]) {
			continue
		}
		si := c.sentence(pm.Tok[0])
		end := c.Doc.Sentences[si].EndToken
		k := pm.Tok[1]
		if k >= end || !c.L.IsComma(c.tokText(k)) {
			continue
		}
		if m, ok := c.L.Titles.At(c.Doc.Tokens, k+1, end, true); ok && m.Clitic != "" {
			continue // "الملك سلمان، وولي العهد …": a second person, not an apposition
		}
		if h, ok := c.L.Honorifics.At(c.Doc.Tokens, k+1, end, true); ok && h.Clitic == "" {
			continue // "director Martin Scorsese, Mr Mann": a list of people
		}
		c.titlesFrom(c.ent(pi), k+1, end, rule, 0.85)
	}
}

// titlesFrom reads one title, or two joined by و ("محلل ومؤسس X"), starting
// at token k, and records what they say about person p.
func (c *Context) titlesFrom(p, k, end int, rule string, conf float64) {
	if k < end && lang.Has(c.L.TitleAdverbs, c.Doc.Tokens[k].Fold) {
		k++ // "Phil Redmond, now chairman of Mersey TV"
	}
	if k < end && lang.Has(c.L.Determiners, c.Doc.Tokens[k].Fold) {
		k++ // "Anna Kowalski, a partner at …"
	}
	// "Hélène Moreau, Lumora's chief executive": the employer first.
	if om := c.mentionStarting(k); om >= 0 && c.typeOf(om) == schema.Organization {
		if e := c.R.Mentions[om].Tok[1]; e+1 < end && c.L.Possessive(c.Doc.Tokens[e]) {
			if i, j, _, _, ok := c.readTitle(e+1, end); ok {
				title, _ := c.titleText(i, j, "")
				ev := c.sentSpan(k)
				c.AddFact(Fact{Subject: p, Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: title, Kind: "Text"}, Evidence: ev, Confidence: conf, Rule: rule})
				c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: c.ent(om), Evidence: ev, Confidence: conf, Rule: rule})
			}
			return
		}
	}
	for n := 0; n < 2 && k < end; n++ {
		i, j, roles, clitic, ok := c.readTitle(k, end)
		if !ok || c.isHonorific(i, j) || !c.titleFitsGender(p, i, end) {
			return // "فلان، الدكتور": a form of address; "عينها كلينتون، مديرة": hers
		}
		ev := c.sentSpan(i)
		title, _ := c.titleText(i, j, clitic)
		c.AddFact(Fact{Subject: p, Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: title, Kind: "Text"}, Evidence: ev, Confidence: conf, Rule: rule})
		// The organisation or product the title names: within the clause.
		target := -1
		for t := j; t < end && t < j+9; t++ {
			if c.Doc.Tokens[t].Class == text.Punct && c.tokText(t) != "-" && !c.L.PossessiveText(c.tokText(t)) {
				break // the clause ends: a comma, a colon, a quote
			}
			if mi := c.mentionStarting(t); mi >= 0 {
				if ty := c.typeOf(mi); ty == schema.Organization || ty == schema.Product {
					target = mi
					break
				}
			}
			// "نائب الرئيس للتكنولوجيا في البنك", "… of the company": the
			// organisation the article is about.
			if c.isCompanyAnaphor(t) {
				if om := c.anaphorOrganization(t); om >= 0 {
					target, conf = om, min(conf, 0.6)
				}
				break
			}
		}
		roles = c.withFormerAfter(roles, target, end)
		if target >= 0 {
			o := c.ent(target)
			ty := c.typeOf(target)
			switch {
			case roles["former"] && ty == schema.Organization:
				c.AddFact(Fact{Subject: p, Predicate: "formerlyWorkedAt", Object: o, Evidence: ev, Confidence: conf, Rule: rule})
			case roles["founder"] && ty == schema.Organization:
				c.AddFact(Fact{Subject: p, Predicate: "founded", Object: o, Evidence: ev, Confidence: conf, Rule: rule})
				c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: o, Evidence: ev, Confidence: 0.5, Rule: rule + "-founder"})
			case roles["lead"]:
				if c.leadsWhole(i, j, target) {
					c.AddFact(Fact{Subject: p, Predicate: "leads", Object: o, Evidence: ev, Confidence: conf, Rule: rule})
				}
				if ty == schema.Organization {
					c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: o, Evidence: ev, Confidence: conf, Rule: rule})
				}
			case ty == schema.Organization:
				c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: o, Evidence: ev, Confidence: conf, Rule: rule})
			}
		}
		// A second title joined by و, also after the first one's
		// portfolio: "المدير التنفيذي للشؤون العامة والاستدامة وأمين مجلس
		// إدارة مجموعة X".
		if j2 := c.afterPortfolio(j, end); j2 < end {
			if m, ok := c.L.Titles.At(c.Doc.Tokens, j2, end, true); ok && c.L.AndClitic(m.Clitic) {
				k = j2
				continue
			}
		}
		return
	}
}

// TitleBeforeName reads "TITLE [NATIONALITY] PERSON" ("الزعيم الصيني شي جين
// بينغ", "chief executive Jane Doe"): jobTitle.
func TitleBeforeName() Rule { return ruleFunc{"title-before-name", applyTitleBeforeName} }

var _ = registerRule(RuleSpec{Name: "title-before-name", Stage: StageFacts, Order: 90, New: TitleBeforeName})

func applyTitleBeforeName(c *Context, rule string) {
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Person || !c.readable(pm.Tok[0]) {
			continue
		}
		first := c.Doc.Sentences[c.sentence(pm.Tok[0])].FirstToken
		// From the farthest start in: "chief executive Arthur Mensch" is
		// one title, not "executive".
		for i := max(first, pm.Tok[0]-5); i < pm.Tok[0]; i++ {
			m, ok := c.L.Titles.At(c.Doc.Tokens, i, pm.Tok[0], true)
			if !ok {
				continue
			}
			rest := m.End
			if n, ok := c.L.Nationalities.At(c.Doc.Tokens, rest, pm.Tok[0], false); ok {
				rest = n.End
			} else if e := c.portfolioNationality(rest, pm.Tok[0]); e > rest {
				rest = e // "وزير البترول المصري شريف إسماعيل"
			}
			if rest != pm.Tok[0] || c.isHonorific(i, m.End) || c.conjoined(pi) || c.gluedPreposition(c.Doc.Tokens[pm.Tok[0]]) {
				continue // "… السلطان وعبد الله": a list; "لليونسكو لعمال": no name
			}
			if i > first {
				// "مستشفى الملك عبدالعزيز": a name of a place, not a king's
				// title; also with a preposition or و glued to the noun
				// ("بجامعة الملك سعود", rule named-after-clitic).
				if n, ok := c.L.NamedAfter.At(c.Doc.Tokens, i-1, i, true); ok && n.End == i && !c.L.CliticEndsInArticle(n.Clitic) {
					break
				}
			}
			if m.End-m.Start == 1 {
				if _, ok := c.L.NamedAfter.Has(c.Doc.Tokens[m.Start].Text); ok {
					break // rule named-after-title: "مؤسسة سالم بن محفوظ" is a foundation, not a founder
				}
			}
			i = c.titleModifiersBefore(i, first)                             // "Home Secretary", "shadow chancellor"
			former := c.formerBefore(i, first) || c.leftAfterName(pm.Tok[1]) // "former WorldCom chief Bernie Ebbers", "chief executive X stepped down"
			clitic := m.Clitic
			if i != m.Start {
				clitic = "" // the clitic is on the title's word, not on a modifier before it
			}
			if !former {
				c.AddFact(Fact{Subject: c.ent(pi), Predicate: "jobTitle", Object: -1, Value: &kg.Value{Text: c.titleSurface(i, pm.Tok[0], clitic), Kind: "Text"},
					Evidence: c.sentSpan(i), Confidence: 0.8, Rule: rule})
			}
			// "Morgan Stanley analyst Tom Becker": the employer before the
			// title; "its chief executive Arthur Mensch": the organisation
			// the sentence is about.
			// "GE's chief executive Jeff Immelt": a possessive between.
			pred := "worksAt"
			if c.titleRoles(m.Start, m.End)["founder"] {
				pred = "founded" // "its founder Mikhail Khodorkovsky"
			}
			if former {
				pred = "formerlyWorkedAt"
			}
			at := i
			if at-1 > first && c.L.Possessive(c.Doc.Tokens[at-1]) {
				at--
			}
			if om := c.prevMention(at, max(first, at-maxOrgWords), schema.Organization); om >= 0 && c.R.Mentions[om].Tok[1] == at {
				c.AddFact(Fact{Subject: c.ent(pi), Predicate: pred, Object: c.ent(om), Evidence: c.sentSpan(i), Confidence: 0.8, Rule: rule})
			} else if i > first && lang.Has(c.L.OwnerPronouns, c.Doc.Tokens[i-1].Fold) {
				if om := c.firstOrgOf(c.sentence(i), i); om >= 0 {
					c.AddFact(Fact{Subject: c.ent(pi), Predicate: pred, Object: c.ent(om), Evidence: c.sentSpan(i), Confidence: 0.6, Rule: rule + "-pronoun"})
				}
			}
			break
		}
	}
}

// Byline reads "تحليل جون لي، CNN" / "By Jane Doe, Reuters": the author
// works at the news organisation.
func Byline() Rule { return ruleFunc{"byline", applyByline} }

var _ = registerRule(RuleSpec{Name: "byline", Stage: StageFacts, Order: 60, New: Byline})

func applyByline(c *Context, rule string) {
	for si, s := range c.Doc.Sentences {
		if s.Kind != text.Byline {
			continue
		}
		var people, orgs []int
		for _, mi := range c.mentionsIn(si) {
			switch c.typeOf(mi) {
			case schema.Person:
				people = append(people, c.ent(mi))
			case schema.Organization:
				orgs = append(orgs, c.ent(mi))
			}
		}
		if len(orgs) == 1 {
			for _, p := range people {
				c.AddFact(Fact{Subject: p, Predicate: "worksAt", Object: orgs[0], Evidence: s.Span, Confidence: 0.8, Rule: rule})
			}
		}
	}
}

// PersonFromOrg reads "PERSON من ORG" ("قال لين من علي بابا", "Jenny Xiao
// from Leonis Capital"): worksAt.
func PersonFromOrg() Rule { return ruleFunc{"person-from-org", applyPersonFromOrg} }

var _ = registerRule(RuleSpec{Name: "person-from-org", Stage: StageFacts, Order: 70, New: PersonFromOrg})

func applyPersonFromOrg(c *Context, rule string) {
	for pi, pm := range c.R.Mentions {
		if pm.Type != schema.Person || !c.readable(pm.Tok[0]) {
			continue
		}
		k := pm.Tok[1]
		if k+1 >= len(c.Doc.Tokens) || c.sentence(k) != c.sentence(pm.Tok[0]) {
			continue
		}
		if !lang.Has(c.L.SourcePrepositions, c.Doc.Tokens[k].Fold) {
			continue
		}
		if oi := c.mentionStarting(k + 1); oi >= 0 && c.typeOf(oi) == schema.Organization {
			c.AddFact(Fact{Subject: c.ent(pi), Predicate: "worksAt", Object: c.ent(oi), Evidence: c.sentSpan(k), Confidence: 0.75, Rule: rule})
		}
	}
}

// joinCues are the phrases of relation_triggers that move a person to an
// organisation.
var joinPredicates = map[string]bool{"worksAt": true, "formerlyWorkedAt": true, "founded": true, "leads": true}

// Joined reads person-subject cues ("انضم مؤخرًا إلى Tencent كعالم …",
// "joined Tencent as chief scientist", "founded X"): the nearest person
// before the cue in the sentence, the organisation after it, and a title
// introduced by ك / "as".
func Joined() Rule { return ruleFunc{"person-cue", applyJoined} }

var _ = registerRule(RuleSpec{Name: "person-cue", Stage: StageFacts, Order: 80, New: Joined})

func applyJoined(c *Context, rule string) {
	former := c.factSet("formerlyWorkedAt") // read by the title rules before
	for si, s := range c.Doc.Sentences {
		if !s.Kind.Readable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			m, ok := c.L.Cues.At(c.Doc.Tokens, i, s.EndToken, true)
			if !ok || !joinPredicates[m.Value.Predicate] || len(m.Toks) == 1 && len(m.Toks[0]) <= 3 {
				continue
			}
			pm := c.prevMention(i, s.FirstToken, schema.Person)
			if pm < 0 {
				continue
			}
			// Allow one adverb between the verb and its object: "انضم مؤخرًا إلى".
			om := c.nextMention(m.End, s.EndToken, 4, schema.Organization, schema.Product)
			if om < 0 && m.End+1 < s.EndToken && lang.Has(c.L.Determiners, c.Doc.Tokens[m.End].Fold) && lang.Has(c.L.CompanyAnaphors, c.Doc.Tokens[m.End+1].Fold) {
				om = c.topicOrganization(m.Start) // "co-founded the company in 2023"
			}
			if om < 0 {
				continue
			}
			pred := m.Value.Predicate
			if pred == "worksAt" && former[[2]int{c.ent(pm), c.ent(om)}] {
				continue // "وهو مدير سابق في شركة X": a title rule read it as past
			}
			if pred == "worksAt" && c.formerRightBefore(m.Start, c.R.Mentions[pm].Tok[1]) {
				pred = "formerlyWorkedAt" // "ألان بوند، المهندس السابق في شركة رولز رويس"
			}
			c.AddFact(Fact{Subject: c.ent(pm), Predicate: pred, Object: c.ent(om), Evidence: s.Span, Confidence: 0.8, Rule: rule})
			k := c.R.Mentions[om].Tok[1]
			if k < s.EndToken && (lang.Has(c.L.RolePrepositions, c.Doc.Tokens[k].Fold) || lang.HasPrefixWord(c.L.RoleProclitics, c.Doc.Tokens[k].Fold)) {
				if k < s.EndToken && lang.Has(c.L.RolePrepositions, c.Doc.Tokens[k].Fold) {
					k++
				}
				c.titlesFrom(c.ent(pm), k, s.EndToken, rule, 0.8)
			}
			i = m.End - 1
		}
		_ = si
	}
}

// honorifics are not job titles: "Ms Chen" says nothing of her work.
func (c *Context) isHonorific(i, end int) bool {
	h := c.L.Honorifics
	m, ok := h.At(c.Doc.Tokens, i, end, true)
	return ok && m.End == end
}

// firstOrgOf returns the first organisation named in sentence si before
// token t that is not a news organisation (a wire dateline's "(Reuters)").
func (c *Context) firstOrgOf(si, t int) int {
	for _, mi := range c.mentionsIn(si) {
		if m := c.R.Mentions[mi]; m.Type == schema.Organization && m.Tok[1] <= t && !c.isMedia(c.ent(mi)) {
			return mi
		}
	}
	return -1
}
