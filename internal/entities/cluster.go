package entities

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

func rank(m Mention) int {
	if m.LexID != "" && m.Source == srcTagger {
		return sourceOf(srcLexicon).Rank // a tagger span the lexicon identified
	}
	return sourceOf(m.Source).Rank
}

// resolve keeps a set of non-overlapping entity mentions, preferring the
// better-ranked recognizer and then the longer span, and the values apart.
func resolve(d *text.Document, all []Mention) []Mention {
	all = dropInnerLexicon(all)
	all = deferToTagger(d.Lang, all)
	var ents, vals []Mention
	for _, m := range all {
		if m.Tok[1] <= m.Tok[0] {
			continue
		}
		if isEntityType(m.Type) || m.Type == schema.Misc {
			ents = append(ents, m)
		} else {
			vals = append(vals, m)
		}
	}
	pick := func(ms []Mention) []Mention {
		sort.SliceStable(ms, func(i, j int) bool {
			a, b := ms[i], ms[j]
			if rank(a) != rank(b) {
				return rank(a) < rank(b)
			}
			if a.Tok[1]-a.Tok[0] != b.Tok[1]-b.Tok[0] {
				return a.Tok[1]-a.Tok[0] > b.Tok[1]-b.Tok[0]
			}
			return a.Tok[0] < b.Tok[0]
		})
		taken := map[int]bool{}
		var out []Mention
		for _, m := range ms {
			free := true
			for t := m.Tok[0]; t < m.Tok[1]; t++ {
				if taken[t] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for t := m.Tok[0]; t < m.Tok[1]; t++ {
				taken[t] = true
			}
			out = append(out, m)
		}
		return out
	}
	vals = pick(vals)
	// A value is read by exact rules; a name the tagger or a loose rule saw
	// inside it ("ريال" in "150 مليون ريال") is not a name.
	valueTok := map[int]bool{}
	for _, v := range vals {
		for t := v.Tok[0]; t < v.Tok[1]; t++ {
			valueTok[t] = true
		}
	}
	kept := ents[:0:0]
	for _, m := range ents {
		if m.Type == schema.Misc || m.Source == srcLexicon && m.Tok[1]-m.Tok[0] > 1 {
			kept = append(kept, m) // "Swiss" in "25,000 Swiss francs" stays MISC
			continue
		}
		// Trim value words off the edges ("August National Association"),
		// drop a name that is all value.
		trimmed := false
		for m.Tok[0] < m.Tok[1] && valueTok[m.Tok[0]] {
			m.Tok[0]++
			trimmed = true
		}
		for m.Tok[1] > m.Tok[0] && valueTok[m.Tok[1]-1] {
			m.Tok[1]--
			trimmed = true
		}
		clash := m.Tok[0] == m.Tok[1]
		for t := m.Tok[0]; t < m.Tok[1]; t++ {
			clash = clash || valueTok[t]
		}
		if !clash {
			if trimmed {
				m.Span = text.Span{Start: d.Tokens[m.Tok[0]].Start, End: d.Tokens[m.Tok[1]-1].End}
				m.Text = d.Slice(m.Span)
			}
			kept = append(kept, m)
		}
	}
	out := append(pick(kept), vals...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Tok[0] < out[j].Tok[0] })
	return out
}

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
		if p.Type != schema.Person || p.Tok[1]-p.Tok[0] < 2 || p.Kind == text.Credit {
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
	for i, m := range ms {
		if m.Entity < 0 || m.LexID != "" || m.Tok[1]-m.Tok[0] != 1 || m.Kind == text.Credit {
			continue
		}
		if m.Type != schema.Person && m.Source != srcTagger {
			continue
		}
		forms := text.StripProclitics(m.Text)
		best, bestScore, bestForm := -1, -1, 0
		for _, j := range candidates(byWord, forms, i) {
			p := ms[j]
			if j == i || p.Type != schema.Person || p.Tok[1]-p.Tok[0] < 2 || p.Kind == text.Credit {
				continue
			}
			if g := personGender(d, p); m.Gender != "" && g != "" && g != m.Gender {
				continue // "Ms Chen" is not David Chen
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
			if pos < 0 {
				continue
			}
			score := 1
			if pos == len(words)-1 {
				score += 2 // surnames are last in most names the news writes
			}
			if j < i {
				score += 4 // an earlier full name wins over a later one
				score += j * 0
			}
			if score > bestScore || (score == bestScore && j < i && j > best) {
				best, bestScore, bestForm = j, score, form
			}
		}
		if best >= 0 && bestForm > 0 {
			// "لساتو" is ل + ساتو: the name starts after the clitic.
			skip := cliticBytes(d.Tokens[m.Tok[0]].Text, forms[bestForm])
			ms[i].Span.Start = d.Tokens[m.Tok[0]].Start + skip
			ms[i].Text = d.Slice(ms[i].Span)
		}
		if best >= 0 {
			ms[i].Type = schema.Person
			ms[i].Gender = firstNonEmpty(ms[i].Gender, ms[best].Gender)
			union(best, i)
		}
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
	for i, m := range ms {
		if m.Entity < 0 || m.LexID != "" || m.Tok[1]-m.Tok[0] != 1 || m.Kind == text.Credit || m.personCue {
			continue
		}
		w := text.FoldName(m.Text)
		for _, j := range byFirst[w] {
			o := ms[j]
			if j == i || o.Type != schema.Organization || o.Tok[1]-o.Tok[0] < 2 || o.Entity < 0 {
				continue
			}
			if ws := strings.Fields(text.FoldName(o.Text)); len(ws) > 1 && ws[0] == w && !isOrgSuffix(d.Lang, d.Tokens[m.Tok[0]]) {
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
		e.IRI = kg.EntityIRI(e.Type, nameKey(e.Type, name))
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

func isLatin(s string) bool {
	for _, r := range s {
		if text.IsLatinLetter(r) {
			return true
		}
		if text.IsArabicLetter(r) {
			return false
		}
	}
	return false
}

// dropInnerLexicon removes lexicon matches that are only a piece of a longer
// name found by context: "China" inside "Hello China Tech", "بينغ" (Bing)
// inside "الزعيم الصيني شي جين بينغ". A lexicon match at the very start of
// a Latin name is kept ("Google Gemini" is two names).
func dropInnerLexicon(all []Mention) []Mention {
	out := all[:0:0]
	cover := newTokIndex(all, nil)
	for _, m := range all {
		drop := false
		if m.Source == srcLexicon && m.Tok[1] > m.Tok[0] {
			for _, ci := range cover[m.Tok[0]] { // those holding m hold its first token
				c := all[ci]
				if c.Tok[0] > m.Tok[0] || c.Tok[1] < m.Tok[1] || (c.Tok[0] == m.Tok[0] && c.Tok[1] == m.Tok[1]) {
					continue
				}
				switch c.Source {
				case srcLatin:
					drop = drop || c.Tok[0] < m.Tok[0]
				case srcOrgSuffix, srcInstitution, srcOrgPosition, srcActivity:
					drop = true // "Falcon Compute" is not the Falcon model; "بورصة البحرين" is not Bahrain
				case srcSpeechSubject, srcTitleName, srcPosition:
					drop = drop || (m.Tok[1]-m.Tok[0] == 1 && (m.Type == schema.Product || m.Type == schema.Organization))
				}
			}
		}
		if !drop {
			out = append(out, m)
		}
	}
	return out
}

// deferToTagger settles overlaps between the statistical tagger and the
// context rules. The tagger, trained on annotated news, draws better span
// edges; the rules know better what a name is. So:
//   - a person found by a speech verb or a title keeps the tagger's span
//     when the tagger saw a name starting at the same word, and types it;
//   - a lexicon match inside a longer tagger name gives way ("جامعة الدول
//     العربية", "بايرن ميونيخ"), unless the tagger only added a trigger
//     noun or a title in front;
//   - a one-word lexicon match that is also ordinary vocabulary (ليكون،
//     أزور) needs the tagger to see a name there.
func deferToTagger(l text.Lang, all []Mention) []Mention {
	var tagged []int
	for i, m := range all {
		if m.Source == srcTagger {
			tagged = append(tagged, i)
		}
	}
	taggerAt := newTokIndex(all, func(m Mention) bool { return m.Source == srcTagger })
	lexiconAt := newTokIndex(all, func(m Mention) bool { return m.Source == srcLexicon })
	overlapping := func(m Mention) int {
		if m.Tok[1] > m.Tok[0] {
			found := -1
			taggerAt.overlapping(m, func(ti int) bool { found = ti; return false })
			return found
		}
		for _, ti := range tagged {
			t := all[ti]
			if t.Tok[0] < m.Tok[1] && m.Tok[0] < t.Tok[1] {
				return ti
			}
		}
		return -1
	}
	drop := make([]bool, len(all))
	lexAt := func(m Mention) bool {
		if m.Tok[1] > m.Tok[0] {
			found := false
			lexiconAt.overlapping(m, func(int) bool { found = true; return false })
			return found
		}
		for _, o := range all {
			if o.Source == srcLexicon && o.Tok[0] < m.Tok[1] && m.Tok[0] < o.Tok[1] {
				return true
			}
		}
		return false
	}
	for i, m := range all {
		switch m.Source {
		case srcTagger:
			// One word of ordinary vocabulary ("AI", "Taken" at a
			// sentence start) is not a name unless the lexicon knows it.
			if m.Tok[1]-m.Tok[0] == 1 && lang.Of(l).CasedNames && isCommonWord(l, m.Text) && !lexAt(m) {
				drop[i] = true
			}
		case srcPosition:
			// Its edges rest on the title and the words around it; a
			// tagger name over the same words ("وجواو ريكاردو", a glued
			// و) gives way.
			for _, ti := range tagged {
				if t := all[ti]; t.Tok[0] < m.Tok[1] && m.Tok[0] < t.Tok[1] {
					drop[ti] = true
				}
			}
		case srcSpeechSubject, srcTitleName:
			if ti := overlapping(m); ti >= 0 {
				if all[ti].Tok[0] == m.Tok[0] {
					all[ti].Type = schema.Person
					all[ti].personCue = true
					all[ti].Gender = m.Gender
					all[ti].Conf = m.Conf
				}
				drop[i] = true
			}
		case srcLexicon:
			ti := overlapping(m)
			if ti < 0 {
				if m.Tok[1]-m.Tok[0] == 1 && m.commonWord {
					drop[i] = true
				}
				continue
			}
			t := all[ti]
			if m.Type == schema.Product || (t.Tok == m.Tok && t.Type == m.Type) {
				continue // products are the lexicon's (the corpus has none); same span: lexicon
			}
			if m.Tok[0] <= t.Tok[0] && t.Tok[1] <= m.Tok[1] && m.Tok[1]-m.Tok[0] > t.Tok[1]-t.Tok[0] && m.clitic {
				// "وعلي بابا": the tagger, blind to the glued و, saw only
				// "بابا"; the lexicon read the whole known name.
				drop[ti] = true
				continue
			}
			// The tagger's edges. A longer tagger name is another thing
			// ("Dynamo Moscow", "Bank of Canada", "I. Austin") unless it only
			// adds a trigger noun or a title in front ("شركة علي بابا"). On
			// the same words, the lexicon's identity when both agree on the
			// type; when they disagree, lexiconKeepsType decides.
			longer := t.Tok[0] <= m.Tok[0] && m.Tok[1] <= t.Tok[1] && t.Tok != m.Tok
			switch {
			case longer && t.prefixOnly(m):
				all[ti].Type = m.Type
			case longer:
				drop[i] = true
				continue
			case t.Type != m.Type && lexiconKeepsType(m, t):
				all[ti].Type = m.Type
			}
			if all[ti].Type == m.Type {
				all[ti].LexID, all[ti].Gender = m.LexID, m.Gender
			}
			drop[i] = true
		}
	}
	out := all[:0:0]
	for i, m := range all {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// lexiconKeepsType reports whether a lexicon match's type should override
// the tagger's t on the same words. Markets always (a Place in this schema,
// an organisation to the tagger's corpus). Otherwise the tagger, which reads
// the sentence, wins when it is sure ("Washington" the tennis player, "NEW
// YORK" the baseball team, "الجزيرة" the peninsula); when it is not, the
// lexicon wins for names that cannot be common words: several words, or
// Latin script, which the Arabic tagger hardly knows.
func lexiconKeepsType(m, t Mention) bool {
	if e := lexByKey(m.Type, m.LexID); e != nil && (e.Kind == "market" || e.Kind == "exchange" || e.Kind == "stock-exchange") {
		return true
	}
	several := m.Tok[1]-m.Tok[0] > 1 || isLatin(m.Text)
	if isLatin(m.Text) && !isLatin(t.Text) || !isLatin(m.Text) {
		// The Arabic tagger learnt from 125k words of 2007 news: on a
		// known name of several words (علي بابا, which it reads as a man
		// called Ali) the lexicon is the better judge however sure it is.
		return several
	}
	return several && t.margin < taggerSure
}

// nameKey is the IRI slug of an entity the lexicon does not know: the
// consonant skeleton of its name (text.Skeleton), which an Arabic and an
// English article share, without words that only describe what kind of
// organisation it is. Type is part of the IRI, so a person and a company
// with one skeleton stay apart, and people are compared by their whole
// name, never by a first name or a surname alone.
func nameKey(t schema.Type, name string) string {
	words := strings.Fields(name)
	if t == schema.Organization || t == schema.Product {
		kept := words[:0:0]
		for _, w := range words {
			if !isDescriptor(w) {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 {
			words = kept
		}
	}
	sk := text.Skeleton(strings.Join(words, " "))
	if !text.LongSkeleton(sk) {
		return exactKey(words)
	}
	return "x-" + strings.ReplaceAll(sk, " ", "-")
}

// exactKey is the key of a short name: its folded words, the Arabic article
// dropped (الأهلي and أهلي are one name), prefixed "n-" so it never meets a
// skeleton key.
func exactKey(words []string) string {
	var out []string
	for _, w := range strings.Fields(text.FoldName(strings.Join(words, " "))) {
		if rs := []rune(w); len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
			w = string(rs[2:])
		}
		out = append(out, w)
	}
	return "n-" + strings.Join(out, "-")
}

func isDescriptor(w string) bool {
	for _, P := range lang.All() {
		if _, ok := P.NameDescriptors.Has(w); ok {
			return true
		}
	}
	return false
}

// personGender is the gender a person mention marks: its own (from a verb,
// a title or an honorific) or that of its given name.
func personGender(d *text.Document, m Mention) string {
	if m.Gender != "" {
		return m.Gender
	}
	if g, ok := firstName(d.Lang, d.Tokens[m.Tok[0]]); ok && g != "-" {
		return g
	}
	return ""
}

// keyPrefix is the part of a cluster key before the folded name.
func keyPrefix(m Mention) string {
	if m.Type != schema.Person {
		return "thing|"
	}
	return string(m.Type) + "|"
}
