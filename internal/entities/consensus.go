package entities

import (
	"graphbuild/internal/lang"
	"strings"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// settleTypes gives one name one type in one article. The tagger reads each
// mention alone, so a company it has never seen comes out an organisation in
// one sentence, a person in the next ("said Yukos", "Rosneft's"), a place in
// a third; each reading would become an entity of its own. Here every
// mention of a name votes — the tagger's reading once, what the sentence says
// (a trigger noun before it, an organisation suffix, "X's chief executive")
// by its strength twice — and all its mentions take the winning type.
//
// A person needs the text to say so: a given name first, an honorific or a
// title right before the name, or a lone word that is part of a person named
// in full. Without that, a name read as an organisation, a product or a place
// anywhere in the article is not a person, whatever a speech verb suggests
// ("said Yukos chief executive …", "Ernst and Young's").
func settleTypes(d *text.Document, ms []Mention) {
	L := lang.Of(d.Lang)
	key := func(m Mention) string { return text.FoldName(m.Text) }
	type tally struct {
		votes   map[schema.Type]float64
		person  bool // the text marks the name as a person's
		mention []int
		lexID   map[schema.Type]string // the lexicon entry that voted for a type
	}
	names := map[string]*tally{}
	surnames := map[string]bool{}
	for _, m := range ms {
		if m.Type == schema.Person && m.Tok[1]-m.Tok[0] > 1 && m.Value == nil {
			for _, w := range strings.Fields(text.FoldName(m.Text)) {
				surnames[w] = true
			}
		}
	}
	tallyOf := func(k string) *tally {
		t := names[k]
		if t == nil {
			t = &tally{votes: map[schema.Type]float64{}, lexID: map[schema.Type]string{}}
			names[k] = t
		}
		return t
	}
	for i, m := range ms {
		if m.Value != nil || m.Kind == text.Credit || m.Tok[1] <= m.Tok[0] {
			continue
		}
		if m.LexID != "" {
			// lexicon-vote: a known organisation, product or place votes
			// for its type and keeps it; the same word that the tagger
			// read as a person elsewhere in the article ("ذكرت فيسبوك أن")
			// takes the lexicon's type unless the text marks a person.
			if m.Type != schema.Person && m.Type != schema.Misc {
				t := tallyOf(key(m))
				t.votes[m.Type] += 2
				t.lexID[m.Type] = m.LexID
			}
			continue
		}
		k := key(m)
		t := tallyOf(k)
		t.mention = append(t.mention, i)
		if m.Type == schema.Misc {
			continue
		}
		w := 1.0 // the tagger's reading
		if m.Source != srcTagger {
			w = 2 // a rule read the words around it
		}
		t.votes[m.Type] += w
		if ev, ok := contextType(d, L, ms, i); ok {
			t.votes[ev.typ] += 2 * ev.strength
		}
		// A person source other than a speech verb (a title, a position,
		// a credit line) is the text marking a person; "said Yukos" is not.
		bySource := m.Source != srcSpeechSubject && sourceOf(m.Source).Person
		if bySource || personMarked(d, L, m) || (m.Tok[1]-m.Tok[0] == 1 && surnames[k]) {
			t.person = true
		}
	}
	for _, t := range names {
		if t.person || len(t.votes) == 0 {
			continue
		}
		best, bestV := schema.Type(""), 0.0
		for _, typ := range []schema.Type{schema.Organization, schema.Product, schema.Place, schema.Event} {
			if v := t.votes[typ]; v > bestV {
				best, bestV = typ, v
			}
		}
		if best == "" {
			continue // only ever read as a person: leave it
		}
		// The person and unread (MISC) mentions take the things' best
		// type; the things' own readings are settled by clustering (one
		// name, one entity, typed by its best recognizer).
		for _, i := range t.mention {
			if ms[i].Type == schema.Person || ms[i].Type == schema.Misc {
				ms[i].Type, ms[i].Entity, ms[i].personCue, ms[i].TypedBy = best, 0, false, "settle-types"
				if id := t.lexID[best]; id != "" {
					ms[i].LexID = id // the known name's entity
				}
			}
		}
	}
}

// personMarked reports whether the words of or right before mention m say it
// is a person: a given name first (in a name of two to four words), an
// honorific or a job title right before it ("Mr Theede", "chief executive
// Jeff Immelt"). Name particles inside the name are not counted among its
// words.
func personMarked(d *text.Document, L *lang.Profile, m Mention) bool {
	toks := d.Tokens
	n := m.Tok[1] - m.Tok[0]
	if m.Source == srcPosition || m.Source == srcCommaTitle {
		return true // a job title right after it: "فلان الرئيس التنفيذي لشركة X"
	}
	// Name particles (بن، أبو، عبد) join the words of a long name and are
	// not counted: "فهد سليمان عبد المحسن القباع" is four words and عبد.
	words := n
	for k := m.Tok[0] + 1; k < m.Tok[1]; k++ {
		if isParticle(L, toks[k]) {
			words--
		}
	}
	if g, ok := firstName(d.Lang, toks[m.Tok[0]]); ok && n > 1 && words <= 4 && g != "" && !isOrgSuffix(d.Lang, toks[m.Tok[1]-1]) && !ampersandName(toks[m.Tok[0]:m.Tok[1]]) {
		return true
	}
	if n > 1 && isOrgSuffix(d.Lang, toks[m.Tok[1]-1]) {
		return false // "fund manager Matrix Asset Advisors": the suffix says organisation
	}
	first := d.Sentences[toks[m.Tok[0]].Sent].FirstToken
	if k := m.Tok[0] - 1; k >= first {
		if _, ok := L.Honorifics.Has(toks[k].Text); ok {
			return true
		}
	}
	for j := max(first, m.Tok[0]-4); j < m.Tok[0]; j++ {
		if t, ok := L.Titles.At(toks, j, m.Tok[0], false); ok && t.End == m.Tok[0] {
			return true
		}
	}
	return false
}

// lowerTriggerBefore returns the type a lower-case trigger noun right before
// token i announces: "oil firm Yukos", "airline Qantas", "fund manager X".
// Only scripts with case qualify (a capitalised "Group" is part of a name);
// Arabic trigger nouns are read by TriggerNames.
func lowerTriggerBefore(d *text.Document, L *lang.Profile, i int) (schema.Type, bool) {
	toks := d.Tokens
	first := d.Sentences[toks[i].Sent].FirstToken
	for j := max(first, i-3); j < i; j++ {
		t, ok := L.Triggers.At(toks, j, i, false)
		if !ok || t.End != i {
			continue
		}
		for k := j; k < i; k++ {
			if r, _ := utf8.DecodeRuneInString(toks[k].Text); !unicode.IsLower(r) {
				return "", false
			}
		}
		return t.Value.Type, schema.CheckType(t.Value.Type) == nil
	}
	return "", false
}

// indefiniteBefore reports an indefinite article (indefinite_articles.txt:
// "a", "an") before token k with at most one lower-case word between: "a
// typical Bioware game" is a game by Bioware, not a product called Bioware
// ("the Falak model" names one).
func indefiniteBefore(d *text.Document, L *lang.Profile, k, first int) bool {
	for j := k - 1; j >= first && j >= k-2; j-- {
		if lang.Has(L.IndefiniteArticles, d.Tokens[j].Fold) {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(d.Tokens[j].Text); !unicode.IsLower(r) {
			return false
		}
	}
	return false
}

// headFinalTitleAt reports lower-case words from token i that end in a job
// title before punctuation: "audio and external resources producer".
func headFinalTitleAt(d *text.Document, L *lang.Profile, i, end int) bool {
	for j := i; j < end && j-i < 7; j++ {
		t := d.Tokens[j]
		if t.Class == text.Punct && t.Text != "-" {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); t.Class != text.Punct && !unicode.IsLower(r) {
			return false
		}
		if m, ok := L.Titles.EndingAt(d.Tokens, i, j+1, false); ok && m.End == j+1 {
			if _, h := L.Honorifics.At(d.Tokens, m.Start, j+1, false); !h {
				return true
			}
		}
	}
	return false
}
