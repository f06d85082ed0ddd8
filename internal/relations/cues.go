package relations

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// cuePredicates are the predicates the generic cue rule reads; person
// predicates have rules of their own (apposition, person-cue) and alias is
// read by the alias rule.
var cuePredicates = map[string]bool{
	"developed": true, "raised": true, "acquired": true, "listedOn": true, "uses": true,
	"surpassed": true, "locatedIn": true, "approvedToBuy": true,
}

// Windows, in tokens, within which a cue's arguments are looked for.
const (
	subjectWindow = 12
	objectWindow  = 12
)

// Cues reads a relation cue phrase ("ستستحوذ على", "تأسست في", "overtook")
// with its subject before it (or, as Arabic verbs come first, right after
// it) and its object after it. Coordinated subjects ("Z.ai وMiniMax") share
// the fact; with "على التوالي" / "respectively" amounts are paired in order;
// an object pronoun ("تبنته") points to the first product of the sentence
// before.
func Cues() Rule { return ruleFunc{"cue", applyCues} }

var _ = registerRule(RuleSpec{Name: "cue", Stage: StageFacts, Order: 170, New: Cues})

func applyCues(c *Context, rule string) {
	for si, s := range c.Doc.Sentences {
		if !s.Kind.Readable() && s.Kind != text.Caption {
			continue
		}
		conf := 0.8
		if s.Kind == text.Caption {
			conf = 0.5
		}
		lastSubj := map[string][]int{}
		// Objects of cues marked object-not-subject (the exchanges a
		// company listed on): such a mention is not the subject of the
		// next cue when the sentence had one (lang.Cue.ObjectNotSubject).
		cueObject := map[int]bool{}
		for i := s.FirstToken; i < s.EndToken; i++ {
			m, ok := c.L.Cues.At(c.Doc.Tokens, i, s.EndToken, true)
			split := -1
			if !ok {
				// A verb and its preposition around the subject: "وتأسست
				// Lumora في باريس", "طرحت شركة X، …، أسهمها في".
				m, split, ok = c.splitCue(i, s.EndToken)
			}
			if !ok || !cuePredicates[m.Value.Predicate] || lang.HasPhrase(c.L.WeakCues, strings.ToLower(m.Phrase)) || m.Value.Apposition || m.Value.Relative {
				continue
			}
			pred, _ := schema.LookupPredicate(m.Value.Predicate)
			passive := strings.HasSuffix(m.Phrase, " by")
			if m.End < s.EndToken && lang.Has(c.L.AgentPrepositions, c.Doc.Tokens[m.End].Fold) && !c.L.VerbFirst {
				passive = true // "was acquired by Cisco"
				m.End++
			}
			subjTypes := pred.Domain
			if pred.Name == "locatedIn" && !m.Value.Adjacent {
				// A place or a person is placed only by a cue that names
				// it right before: "Kirkcaldy, Fife", "X, who is based in".
				subjTypes = []schema.Type{schema.Organization}
			}
			objTypes := rangeTypes(pred)
			if passive {
				subjTypes, objTypes = objTypes, subjTypes
			}
			// Subject: nearest before the cue, else first after it. A noun
			// cue ("صفقة شراء X", "acquisition of X") names its object
			// right after it and its subject, if at all, before it.
			noun := m.Value.Noun
			subj := -1
			anaphor := false
			if split >= 0 {
				subj = split
			} else if m.Start > s.FirstToken && lang.Has(c.L.CompanyAnaphors, c.Doc.Tokens[m.Start-1].Fold) && hasType(schema.Organization, subjTypes) {
				// "الشركة جمعت", "the company raised": the organisation the
				// article is about so far.
				subj, anaphor = c.topicOrganization(m.Start), true
			} else if k := c.prevMention(m.Start, max(s.FirstToken, m.Start-subjectWindow), subjTypes...); k >= 0 && !(c.L.VerbFirst && pred.Name != "locatedIn" && c.governed(k)) {
				subj = k
				if prev, ok := lastSubj[""]; ok && cueObject[k] && hasType(c.typeOf(prev[0]), subjTypes) {
					subj = prev[0]
				}
			} else if !c.L.VerbFirst {
				// English puts the subject first, however long the
				// relative clause after it: "Marsa Cloud, a … provider that
				// listed on …, has adopted …".
				if k := c.firstMentionOf(si, subjTypes...); k >= 0 && c.R.Mentions[k].Tok[1] <= m.Start {
					subj = k
				}
			}
			if m.Value.Adjacent && split < 0 {
				if subj = c.adjacentSubject(m.Start, s.FirstToken, subjTypes); subj < 0 {
					continue
				}
			}
			after := m.End
			if subj < 0 && !noun && (c.L.VerbFirst || passive) {
				// subject-first-active: a subject-first language puts the
				// subject of an active verb before it; the name after
				// "buy Sony's PlayStation" or "buying X are Y and Z" is
				// no buyer.
				if k := c.nextMention(m.End, min(s.EndToken, m.End+subjectWindow), subjectWindow, subjTypes...); k >= 0 {
					subj = k
					after = c.R.Mentions[k].Tok[1]
				}
			}
			sole := false
			if subj < 0 && c.L.VerbFirst && len(lastSubj) == 0 {
				subj = c.soleSubject(si, m.Start, subjTypes)
				sole = subj >= 0
			}
			var subjects []int
			if subj >= 0 {
				subjects = c.coordinated(subj)
				lastSubj[pred.Name] = subjects
				lastSubj[""] = subjects
			} else if prev, ok := lastSubj[pred.Name]; ok {
				subjects = prev // "تأسست في الصين ثم انتقلت إلى سنغافورة"
			} else if prev, ok := lastSubj[""]; ok && hasType(c.typeOf(prev[0]), subjTypes) {
				subjects = prev // "طرحت X أسهمها …، وجمعت 150 مليون ريال"
			} else {
				continue
			}
			rule, conf := rule, conf // this cue's, changed below for an anaphor
			if anaphor {
				conf, rule = 0.6, rule+"-anaphor"
			}
			if sole {
				conf, rule = 0.6, rule+"-sole-subject"
			}
			if pred.Literal() {
				c.cueValues(pred.Name, subjects, after, s, conf, rule)
				i = m.End - 1
				continue
			}
			window := objectWindow
			if noun {
				window = 3
			}
			// The object follows the cue (and the subject, when the verb
			// came first): "عرضت في مقرها في دبي Medra" reads the same as
			// "في مقرها في دبي، عرضت Medra".
			obj := c.nextMention(m.End, min(s.EndToken, after+window), window+(after-m.End), objTypes...)
			for obj >= 0 && inList(c.ent(obj), c.ents(subjects)) {
				obj = c.nextMention(c.R.Mentions[obj].Tok[1], s.EndToken, objectWindow, objTypes...)
			}
			r := rule
			if obj < 0 && m.Value.PronounObject {
				obj = c.firstMentionOf(si-1, objTypes...)
				r = rule + "-pronoun"
			}
			if obj < 0 {
				// "Qwen التابعة لعلي بابا", "Qwen, developed by Alibaba": the
				// object stands just before the cue.
				if k := c.prevMention(m.Start, max(s.FirstToken, m.Start-3), objTypes...); k >= 0 && !inList(c.ent(k), c.ents(subjects)) {
					obj = k
				}
			}
			if obj < 0 || c.blocked(pred.Name, m.End, c.R.Mentions[obj].Tok[0]) || c.dealDoubt(pred.Name, m.Start, m.End, obj, subjects) {
				continue
			}
			objects := []int{obj}
			if r == rule {
				objects = c.coordinated(obj) // "نموذجي Aurel وGemini"
			}
			if !passive && m.Value.ObjectNotSubject {
				for _, om := range objects {
					cueObject[om] = true
				}
			}
			for _, sm := range subjects {
				for _, om := range objects {
					f := Fact{Subject: c.ent(sm), Predicate: pred.Name, Object: c.ent(om), Evidence: s.Span, Confidence: conf, Rule: r}
					if passive {
						f.Subject, f.Object = c.ent(om), c.ent(sm)
					}
					if r != rule {
						f.Confidence = 0.6
					}
					c.AddFact(f)
				}
			}
			i = m.End - 1
		}
	}
}

func rangeTypes(p schema.Predicate) []schema.Type {
	var out []schema.Type
	for _, r := range p.Range {
		out = append(out, schema.Type(r))
	}
	return out
}

// cueValues attaches the money after a cue to the subjects: one amount to
// each in order when the sentence says "respectively" and the counts agree,
// the first amount to every subject otherwise.
func (c *Context) cueValues(pred string, subjects []int, after int, s text.Sentence, conf float64, rule string) {
	var vals []int
	for k := after; k < s.EndToken && k < after+objectWindow*2; k++ {
		if mi := c.mentionStarting(k); mi >= 0 && c.R.Mentions[mi].Value != nil && c.R.Mentions[mi].Type == schema.Money {
			if !c.valuation(k) && !c.blocked(pred, after, k) {
				vals = append(vals, mi)
			}
			k = c.R.Mentions[mi].Tok[1] - 1
		}
	}
	if len(vals) == 0 {
		return
	}
	respectively := c.sentenceHas(s, c.L.Respectively)
	if respectively && len(vals) != len(subjects) {
		return // the pairing is not ours to guess
	}
	for n, sm := range subjects {
		v := vals[0]
		if respectively && len(vals) == len(subjects) {
			v = vals[n]
		} else if len(subjects) > 1 && len(vals) == len(subjects) {
			v = vals[n]
			conf = 0.6
		}
		val := *c.R.Mentions[v].Value
		c.AddFact(Fact{Subject: c.ent(sm), Predicate: pred, Object: -1, Value: &val, Evidence: s.Span, Confidence: conf, Rule: rule})
	}
}

func (c *Context) sentenceHas(s text.Sentence, phrases *phrase.Set[lang.Word]) bool {
	f := text.FoldName(c.Doc.Slice(s.Span))
	for _, p := range phrases.Entries() {
		if strings.Contains(" "+f+" ", " "+text.FoldName(p.Phrase)+" ") {
			return true
		}
	}
	return false
}

// coordinated returns mention m and the mentions of the same type joined to
// it by mention_joiners (و / "and" / commas): "Z.ai وMiniMax", "ByteDance
// وTencent".
func (c *Context) coordinated(m int) []int {
	out := []int{m}
	typ := c.typeOf(m)
	joiner := func(from, to int) bool {
		if to-from > 2 || to < from {
			return false
		}
		for k := from; k < to; k++ {
			if !lang.Has(c.L.MentionJoiners, c.Doc.Tokens[k].Fold) {
				return false
			}
		}
		return true
	}
	// Backwards.
	cur := m
	for {
		p := c.prevMention(c.R.Mentions[cur].Tok[0], max(0, c.R.Mentions[cur].Tok[0]-3), typ)
		if p < 0 || c.sentence(c.R.Mentions[p].Tok[0]) != c.sentence(c.R.Mentions[m].Tok[0]) || !joiner(c.R.Mentions[p].Tok[1], c.R.Mentions[cur].Tok[0]) {
			break
		}
		out = append([]int{p}, out...)
		cur = p
	}
	// Forwards.
	cur = m
	for {
		k := c.R.Mentions[cur].Tok[1]
		n := c.nextMention(k, min(len(c.Doc.Tokens), k+3), 2, typ)
		if n < 0 || c.sentence(c.R.Mentions[n].Tok[0]) != c.sentence(c.R.Mentions[m].Tok[0]) || !joiner(k, c.R.Mentions[n].Tok[0]) {
			break
		}
		out = append(out, n)
		cur = n
	}
	return out
}

func (c *Context) ents(ms []int) []int {
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = c.ent(m)
	}
	return out
}

func inList(x int, l []int) bool {
	for _, y := range l {
		if x == y {
			return true
		}
	}
	return false
}

// firstMentionOf returns the first mention of one of types in sentence si.
func (c *Context) firstMentionOf(si int, types ...schema.Type) int {
	if si < 0 {
		return -1
	}
	for _, mi := range c.mentionsIn(si) {
		if hasType(c.typeOf(mi), types) {
			return mi
		}
	}
	return -1
}

// valuation reports whether the amount at token k is a valuation or a price
// ("قيمتها إلى نحو ١٢ مليار", "valued at $13bn", "for $2.1bn"): a word of
// the valuation list within the three tokens before it.
func (c *Context) valuation(k int) bool {
	first := c.Doc.Sentences[c.sentence(k)].FirstToken
	for j := k - 1; j >= first && j >= k-3; j-- {
		if _, ok := c.L.ValuationWords.Has(c.Doc.Tokens[j].Text); ok {
			return true
		}
		if c.Doc.Tokens[j].Class == text.Punct {
			break
		}
	}
	return false
}

// splitCue matches a multi-word cue whose first word is a verb and whose
// rest follows the verb's subject: "وتأسست Lumora في باريس" for "تأسست في",
// "استحوذت سديم على X" for "استحوذت على". It returns the cue (its range is
// the tail after the subject), the subject mention and whether it matched.
func (c *Context) splitCue(i, end int) (phrase.Match[lang.Cue], int, bool) {
	toks := c.Doc.Tokens
	for _, e := range c.L.Cues.StartingToken(&toks[i]) {
		if len(e.Toks) < 2 {
			continue
		}
		k := i + 1
		if k < end {
			if _, ok := c.L.Triggers.Has(toks[k].Text); ok {
				k++ // "طرحت شركة X"
			}
		}
		subj := c.mentionStarting(k)
		if subj < 0 || c.R.Mentions[subj].Value != nil {
			continue
		}
		j := c.R.Mentions[subj].Tok[1]
		n := len(e.Toks) - 1
		if j+n > end {
			continue
		}
		ok := true
		for x := 0; x < n; x++ {
			if toks[j+x].Fold != e.Toks[x+1] {
				ok = false
				break
			}
		}
		if ok {
			return phrase.Match[lang.Cue]{Entry: e, Start: j, End: j + n}, subj, true
		}
	}
	return phrase.Match[lang.Cue]{}, -1, false
}
