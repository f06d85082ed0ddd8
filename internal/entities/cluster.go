package entities

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// cluster groups mentions into entities:
//   - the same lexicon entry is one entity;
//   - people: a full name is one person; a lone word later (a surname) is the
//     nearest body person whose name holds that word (last word first);
//     names in credits only join the same full name, so a photographer and
//     a founder who share a word stay two;
//   - otherwise the same type and the same folded name ("MiniMax",
//     "Minimax") is one entity;
//   - "X، المعروفة أيضًا باسم Y" makes Y a name of X.
func cluster(d *text.Document, ms []Mention) []Entity {
	parent := make([]int, len(ms))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) { // b joins a's cluster
		ra, rb := find(a), find(b)
		if ra != rb {
			if ra < rb {
				parent[rb] = ra
			} else {
				parent[ra] = rb
			}
		}
	}
	key := func(m Mention) string {
		if m.LexID != "" {
			return string(m.Type) + "|lex|" + m.LexID
		}
		if m.Type != schema.Person {
			// One name in one article is one thing: "Aurel" typed a product
			// after "نموذج" and an organisation elsewhere by default is
			// settled by its best evidence (finishEntity), not split in two.
			return "thing|" + text.FoldName(m.Text)
		}
		return string(m.Type) + "|" + text.FoldName(m.Text)
	}
	nationalTails(d, ms)
	first := map[string]int{}
	for i, m := range ms {
		if m.Entity < 0 {
			continue
		}
		if m.Type == schema.Person && m.LexID == "" && m.Tok[1]-m.Tok[0] == 1 && m.Kind != text.Credit {
			// A lone surname is settled one mention at a time below: two
			// "Chen"s may be two people (Linda Chen, David Chen).
			continue
		}
		k := key(m)
		if j, ok := first[k]; ok {
			union(j, i)
			continue
		}
		// "لسيرفو لابز" after "سيرفو لابز": the tagger kept a glued
		// preposition; the name without it is already known.
		if lang.Of(d.Lang).Clitics && m.LexID == "" {
			if forms := text.StripProclitics(d.Tokens[m.Tok[0]].Text); len(forms) > 1 {
				rest := strings.TrimPrefix(text.FoldName(m.Text), text.FoldName(d.Tokens[m.Tok[0]].Text))
				if j, ok := first[keyPrefix(m)+text.FoldName(forms[1]+rest)]; ok {
					ms[i].Span.Start = d.Tokens[m.Tok[0]].Start + cliticBytes(d.Tokens[m.Tok[0]].Text, forms[1])
					ms[i].Text = d.Slice(ms[i].Span)
					union(j, i)
					continue
				}
			}
		}
		first[k] = i
	}
	// Lone words that belong to a person named in full. The people named in
	// full are indexed by their words, so each lone word looks only at the
	// names that hold it (linear in the document, not all pairs).
	// Mentions of one name with one gender score alike, so of each such
	// group only the nearest before and after a lone word are looked at.
	byWord := map[string][]*nameGroup{}
	groups := map[[2]string]*nameGroup{}
	for j, p := range ms {
		if (p.Type != schema.Person && !mistypedPerson(d, p)) || p.Tok[1]-p.Tok[0] < 2 || p.Kind == text.Credit {
			continue
		}
		folded := text.FoldName(p.Text)
		gk := [2]string{folded, personGender(d, p)}
		g := groups[gk]
		if g == nil {
			g = &nameGroup{}
			groups[gk] = g
			for _, w := range uniqWords(folded) {
				byWord[w] = append(byWord[w], g)
			}
		}
		g.idx = append(g.idx, j)
	}
	// "Sadeem" after "Sadeem Group": a lone word that starts an
	// organisation's name is that organisation. Organisations of several
	// words are indexed by their first word.
	byFirst := map[string][]int{}
	for j, o := range ms {
		if o.Type != schema.Organization || o.Tok[1]-o.Tok[0] < 2 || o.Entity < 0 {
			continue
		}
		if ws := strings.Fields(text.FoldName(o.Text)); len(ws) > 1 {
			byFirst[ws[0]] = append(byFirst[ws[0]], j)
		}
	}
	joinedPerson := map[int]bool{}
	regnal := regnalOwners(d, ms)
	ranked := rankedNames(d, ms)
	for i, m := range ms {
		if m.Entity < 0 || m.LexID != "" || m.Tok[1]-m.Tok[0] != 1 || m.Kind == text.Credit {
			continue
		}
		if m.Type != schema.Person && m.Source != srcTagger {
			continue
		}
		forms := text.StripProclitics(m.Text)
		kept := ""
		if r := loneAcronymGuard(d, m); r != "" {
			if len(candidates(byWord, forms, i)) > 0 {
				kept = r
			}
			forms = nil // no name holds it as a surname or given name
		}
		titled := regnal.titled[i]
		plain := plainHonorificBefore(d, m)
		var cands []loneCandidate
		for _, j := range candidates(byWord, forms, i) {
			p := ms[j]
			mistyped := p.Type != schema.Person && m.Type == schema.Person && plain && mistypedPerson(d, p) // rule mistyped-owner-counts
			if j == i || (p.Type != schema.Person && !mistyped) || p.Tok[1]-p.Tok[0] < 2 || p.Kind == text.Credit {
				continue
			}
			if g := personGender(d, p); m.Gender != "" && g != "" && g != m.Gender {
				continue // "Ms Chen" is not David Chen
			}
			if plain && ranked[unranked(d, p)] {
				kept = rulePlainHonorificNotRanked // "Mr Blair" is not Sir Ian Blair
				continue
			}
			words := strings.Fields(text.FoldName(p.Text))
			pos, form := -1, 0
			for fi, w := range forms {
				for k, x := range words {
					if x == text.FoldName(w) && pos < 0 {
						pos, form = k, fi
					}
				}
			}
			if pos < 0 || !surnameTarget(d, p) {
				continue
			}
			if r := personNameGuard(d, p); r != "" {
				kept = r
				continue
			}
			if r := givenNameGuard(d, m, forms[form], pos, len(words), len(byFirst[text.FoldName(forms[form])]) > 0); r != "" {
				kept = r
				continue
			}
			if titled && !regnal.titledNames[text.FoldName(p.Text)] {
				kept = ruleRegnalNameOwn // "Prince Charles" is not Charles Kennedy
				continue
			}
			score := 1
			if pos == len(words)-1 {
				score += 2 // surnames are last in most names the news writes
			}
			if j < i {
				score += 4 // an earlier full name wins over a later one
			}
			cands = append(cands, loneCandidate{j: j, score: score, form: form, owner: words,
				tier: ownerTier(d, d.Tokens[p.Tok[0]]), surname: pos == len(words)-1, mistyped: mistyped})
		}
		titledCand := slices.ContainsFunc(cands, func(c loneCandidate) bool { return regnal.titledNames[strings.Join(c.owner, " ")] })
		if !titled && len(forms) > 0 && !titledCand {
			// "Charles" after "Prince Charles": the regnal name owns the word
			// too.
			w := text.FoldName(forms[0])
			if r := regnal.nearestBefore(w, i); r >= 0 {
				cands = append(cands, loneCandidate{j: r, score: 5, owner: []string{"regnal|" + w}, tier: 1})
			} else if r := regnal.firstAfter(w, i); r >= 0 {
				cands = append(cands, loneCandidate{j: r, score: 1, owner: []string{"regnal|" + w}, tier: 1})
			}
		}
		given := false
		if len(forms) > 0 {
			_, given = firstName(d.Lang, text.Token{Text: forms[0], Class: text.Word})
		}
		best, bestForm, r := chooseOwner(cands, i, given, lang.Of(d.Lang).CasedNames)
		if r != "" {
			kept = r
		}
		if best < 0 && titled {
			// The regnal name's later mentions join its first.
			if r := regnal.nearestBefore(text.FoldName(m.Text), i); r >= 0 {
				union(r, i)
				joinedPerson[i] = true
				ms[i].Type = schema.Person
				continue
			}
		}
		if best >= 0 && bestForm > 0 {
			// "لساتو" is ل + ساتو: the name starts after the clitic.
			skip := cliticBytes(d.Tokens[m.Tok[0]].Text, forms[bestForm])
			ms[i].Span.Start = d.Tokens[m.Tok[0]].Start + skip
			ms[i].Text = d.Slice(ms[i].Span)
		}
		if best < 0 && kept != "" {
			keep(ms, i, kept)
		}
		if best >= 0 {
			joinedPerson[i] = true
			ms[i].Type = schema.Person
			ms[i].Gender = firstNonEmpty(ms[i].Gender, ms[best].Gender)
			union(best, i)
		}
	}
	// "Sadeem" after "Sadeem Group" (indexed above).
	covered := make([]bool, len(d.Tokens)) // the tokens a mention holds
	for _, m := range ms {
		for k := m.Tok[0]; k < m.Tok[1]; k++ {
			covered[k] = true
		}
	}
	for i, m := range ms {
		if m.Entity < 0 || m.LexID != "" || m.Tok[1]-m.Tok[0] != 1 || m.Kind == text.Credit || m.personCue {
			continue
		}
		w := text.FoldName(m.Text)
		owners := map[int]bool{} // rule org-start-two-owners
		for _, j := range byFirst[w] {
			o := ms[j]
			if j == i || o.Type != schema.Organization || o.Tok[1]-o.Tok[0] < 2 || o.Entity < 0 {
				continue
			}
			if ws := strings.Fields(text.FoldName(o.Text)); len(ws) > 1 && ws[0] == w {
				owners[find(j)] = true
			}
		}
		for _, j := range byFirst[w] {
			o := ms[j]
			if j == i || o.Type != schema.Organization || o.Tok[1]-o.Tok[0] < 2 || o.Entity < 0 {
				continue
			}
			if ws := strings.Fields(text.FoldName(o.Text)); len(ws) > 1 && ws[0] == w {
				if orgNoun(d.Lang, &d.Tokens[m.Tok[0]]) {
					keep(ms, i, ruleOrgNounNotShortForm) // "the Academy" is not the Academy Awards
					break
				}
				if insideCapitalisedRun(d, m, covered) {
					keep(ms, i, ruleInsideCapitalisedRun) // "Have I Got News for You"
					break
				}
				if len(owners) > 1 && !joinedPerson[i] {
					keep(ms, i, ruleOrgStartTwoOwners)
					break
				}
				if r := orgShortFormGuard(d, m, joinedPerson[i]); r != "" {
					keep(ms, i, r)
					break
				}
				ms[i].Type = schema.Organization
				union(j, i)
				break
			}
		}
	}
	// Aliases introduced by a cue phrase.
	byStart := map[int][]int{}
	for j := range ms {
		byStart[ms[j].Tok[0]] = append(byStart[ms[j].Tok[0]], j)
	}
	quotedShortForms(d, ms, byStart, union)
	cues := lang.Of(d.Lang).AliasCues
	for i := range ms {
		if ms[i].Entity < 0 {
			continue
		}
		s := d.Tokens[ms[i].Tok[0]].Sent
		end := d.Sentences[s].EndToken
		k := ms[i].Tok[1]
		for k < end && d.Tokens[k].Class == text.Punct {
			k++
		}
		c, ok := cues.At(d.Tokens, k, end, true)
		if !ok {
			continue
		}
		for _, j := range byStart[c.End] {
			if j > i && ms[j].Entity >= 0 {
				ms[j].Type = ms[i].Type
				union(i, j)
				break
			}
		}
	}
	// Build entities in order of first mention.
	byRoot := map[int]int{}
	var out []Entity
	for i := range ms {
		if ms[i].Entity < 0 {
			continue
		}
		r := find(i)
		ei, ok := byRoot[r]
		if !ok {
			ei = len(out)
			byRoot[r] = ei
			out = append(out, Entity{})
		}
		out[ei].Mentions = append(out[ei].Mentions, i)
		ms[i].Entity = ei
	}
	for ei := range out {
		finishEntity(d, &out[ei], ms)
	}
	return out
}

// surnameTarget reports whether a lone word may be the person named in full
// by mention p: the name reads as a name, no word in small letters but a
// particle ("Geordan Murphy on Hodgson", "Westlife singer Brian McFadden"
// are misread spans that hold two names or a name and a description, not
// one person's name).
func surnameTarget(d *text.Document, p Mention) bool {
	for k := p.Tok[0]; k < p.Tok[1]; k++ {
		t := d.Tokens[k]
		if r, _ := utf8.DecodeRuneInString(t.Text); t.Class != text.Word || !unicode.IsLower(r) || nameParticle(d.Lang, t) {
			continue
		}
		// "al-Shammari": a particle glued by a hyphen.
		if head, _, ok := strings.Cut(t.Text, "-"); ok && nameParticle(d.Lang, text.Token{Text: head, Class: text.Word}) {
			continue
		}
		return false
	}
	return true
}

func uniqWords(s string) []string {
	ws := strings.Fields(s)
	out := ws[:0]
	for i, w := range ws {
		if !slices.Contains(ws[:i], w) {
			out = append(out, w)
		}
	}
	return out
}

// nameGroup is the mentions of one full name with one gender, ascending.
type nameGroup struct{ idx []int }

// candidates are, of each group holding one of the forms, the mentions
// nearest to mention i before and after it, ascending.
func candidates(byWord map[string][]*nameGroup, forms []string, i int) []int {
	var out []int
	for _, f := range forms {
		for _, g := range byWord[text.FoldName(f)] {
			k, _ := slices.BinarySearch(g.idx, i) // g.idx[k] is the first >= i
			if k > 0 {
				out = append(out, g.idx[k-1])
			}
			if k < len(g.idx) && g.idx[k] == i {
				k++
			}
			if k < len(g.idx) {
				out = append(out, g.idx[k])
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// lexIndex finds lexicon entries by type and id; built once, read by every
// extraction goroutine.
var lexIndex = sync.OnceValue(func() map[string]*schema.LexEntry {
	m := map[string]*schema.LexEntry{}
	lex := schema.Lexicon()
	for i := range lex {
		m[string(lex[i].Type)+"/"+lex[i].ID] = &lex[i]
	}
	return m
})

func lexByKey(t schema.Type, id string) *schema.LexEntry { return lexIndex()[string(t)+"/"+id] }

// finishEntity decides an entity's type, name, aliases, IRI and gender from
// its mentions.
func finishEntity(d *text.Document, e *Entity, ms []Mention) {
	// Type: the best-ranked mention's, lexicon first.
	best := e.Mentions[0]
	for _, i := range e.Mentions {
		better := rank(ms[i]) < rank(ms[best]) || (rank(ms[i]) == rank(ms[best]) && ms[i].Conf > ms[best].Conf)
		if ms[best].LexID != "" && ms[i].LexID == "" {
			better = false
		}
		if better || (ms[i].LexID != "" && ms[best].LexID == "") {
			best = i
		}
		if ms[i].LexID != "" && e.LexID == "" {
			e.LexID = ms[i].LexID
		}
	}
	e.Type = ms[best].Type
	surfaces := []string{}
	seen := map[string]bool{}
	for _, i := range e.Mentions {
		s := strings.TrimSpace(ms[i].Text)
		if !seen[s] && s != "" {
			seen[s] = true
			surfaces = append(surfaces, s)
		}
		if e.Gender == "" {
			e.Gender = ms[i].Gender
		}
	}
	var lex *schema.LexEntry
	if e.LexID != "" {
		lex = lexByKey(e.Type, e.LexID)
	}
	if lex != nil {
		e.Name = lex.En
		e.IRI = kg.EntityIRI(e.Type, lex.ID)
		if lex.Wikidata != "" {
			e.SameAs = []string{schema.NSWikidata + lex.Wikidata}
		}
		if e.Gender == "" {
			e.Gender = lex.Gender
		}
	} else {
		// The longest surface form names it; a Latin-script form wins, as
		// the export's display name prefers Latin where one is known.
		name := surfaces[0]
		for _, s := range surfaces {
			if isLatin(s) != isLatin(name) {
				if isLatin(s) {
					name = s
				}
				continue
			}
			if len([]rune(s)) > len([]rune(name)) {
				name = s
			}
		}
		e.Name = name
		e.IRI = kg.EntityIRI(e.Type, identity.NameKey(e.Type, name))
	}
	for _, s := range surfaces {
		if s != e.Name {
			e.Aliases = append(e.Aliases, s)
		}
	}
	if e.Type == schema.Person && e.Gender == "" {
		// The usual gender of the given name, when the text marks none.
		m := ms[e.Mentions[0]]
		for _, i := range e.Mentions {
			if ms[i].Tok[1]-ms[i].Tok[0] > 1 {
				m = ms[i]
				break
			}
		}
		if g, ok := firstName(d.Lang, d.Tokens[m.Tok[0]]); ok && g != "-" {
			e.Gender = g
		}
	}
}
