package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

var (
	_ = registerSource(Source{Name: srcTrigger, Rank: 4, Doc: "a name after a trigger noun (شركة X, منصة X)"})
	_ = registerSource(Source{Name: srcPropagated, Rank: 5, Doc: "a later occurrence of a name found earlier in the document"})
)

// triggerRecognizer finds Arabic names the lexicon does not know right after
// a trigger noun: "شركة رقيم", "مجموعة سديم القابضة", "لشركة مرسى كلاود",
// "مقاطعة تشجيانغ", and nicknames in quotes after a product noun
// ("روبوتات ‘مينيونز’"). Candidate words must look like names: not common
// vocabulary, not definite, not plural or feminine in shape.
type triggerRecognizer struct{}

// TriggerNames is the recognizer of Arabic names introduced by a trigger noun.
func TriggerNames() Recognizer { return triggerRecognizer{} }

func (triggerRecognizer) Name() string { return srcTrigger }

func (r triggerRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Runs(r.Name()) {
		return nil
	}
	out := placeOrgs(d)
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken-1; i++ {
			// "نموذجها اللغوي الجديد «سراج»": a trigger with a possessive
			// suffix and adjectives still introduces a quoted name.
			if e, ok := triggerWithSuffix(L, d.Tokens[i]); ok {
				k := i + 1
				for k < s.EndToken && k-i <= 3 && L.Definite(d.Tokens[k].Fold) && !relativePronoun(L, d.Tokens[k].Fold) {
					k++ // adjectives; a relative clause ("التي “تتسابق”") is not a name
				}
				if m, ok := quotedName(d, k, s.EndToken, e.Value.Type, s.Kind); ok && k > i+1 {
					out = append(out, m)
					continue
				}
			}
			e, ok := L.Triggers.HasToken(&d.Tokens[i])
			if !ok || definiteWord(L, d.Tokens[i]) {
				continue // "الشركة بأكملها": a definite noun introduces no name
			}
			typ := e.Value.Type
			if schema.CheckType(typ) != nil {
				continue
			}
			k := i + 1
			// A nickname in quotes: ‘مينيونز’, «X».
			if q := d.Tokens[k].Text; q == "‘" || q == "«" || q == "“" || q == "'" || q == "\"" {
				j := k + 1
				for j < s.EndToken && j-k <= 3 && d.Tokens[j].Class == text.Word {
					j++
				}
				if j < s.EndToken && j > k+1 && isClosing(d.Tokens[j].Text) {
					sp := text.Span{Start: d.Tokens[k+1].Start, End: d.Tokens[j-1].End}
					out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: typ, Tok: [2]int{k + 1, j}, Source: srcTrigger, Conf: 0.7, Kind: s.Kind})
				}
				continue
			}
			j := k
			for j < s.EndToken && j-k < 3 && looksLikeName(L, d.Tokens[j]) && isNameWord(L, d.Tokens[j]) && (j == k || !coordinated(L, d.Tokens[j])) {
				j++ // "شركات موبكو وميدور": a glued و starts the next name
			}
			if j == k {
				continue
			}
			// A lone short word is too often an abbreviation or a particle.
			if j-k == 1 && utf8.RuneCountInString(d.Tokens[k].Fold) < 3 {
				continue
			}
			if j-k == 1 && imperfectBeforePreposition(d, L, k, s.EndToken) {
				continue // "شركات تنتمي إلى": a verb
			}
			sp := text.Span{Start: d.Tokens[k].Start, End: d.Tokens[j-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: typ, Tok: [2]int{k, j}, Source: srcTrigger, Conf: 0.65, Kind: s.Kind})
			i = j - 1
		}
	}
	return out
}

// isClosing reports a closing quotation mark; the straight double quote
// closes too, after a name opened by one (مستشفى "بهية").
func isClosing(s string) bool { return s == "’" || s == "»" || s == "”" || s == "'" || s == "\"" }

// typeFromTrigger returns the type a trigger noun right before token i
// announces ("شركة X", "لشركة X", "the company X" is not read here).
func typeFromTrigger(d *text.Document, L *lang.Profile, i, first int) (schema.Type, bool) {
	if i-1 >= first && isOpening(d.Tokens[i-1].Text) {
		i-- // شركة "ميكانو": the name in quotes
	}
	if i-1 < first {
		return "", false
	}
	e, ok := L.Triggers.Has(d.Tokens[i-1].Text)
	if !ok {
		return "", false
	}
	t := e.Value.Type
	return t, schema.CheckType(t) == nil
}

// propagate finds the other occurrences of the names recognized in a
// document ("سديم" after "مجموعة سديم", "Datavia" everywhere once one
// sentence typed it), with proclitics allowed on the first word, and adds
// them as mentions of the same type. Single words are only propagated when
// the recognizer that found them read a strong cue (a trigger noun, a Latin
// name, a credit), and people only by their full name.
func propagate(d *text.Document, ms []Mention) []Mention {
	covered := make([]bool, len(d.Tokens))
	for _, m := range ms {
		for t := m.Tok[0]; t < m.Tok[1]; t++ {
			covered[t] = true
		}
	}
	type name struct {
		toks []string
		m    Mention
	}
	var names []name
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Value != nil || m.LexID != "" || m.Kind == text.Credit || m.Type == schema.Misc {
			continue
		}
		n := m.Tok[1] - m.Tok[0]
		switch {
		case m.Type == schema.Person && n < 2:
			continue
		case n == 1 && m.Source != srcTrigger && m.Source != srcLatin:
			continue
		}
		var toks []string
		for t := m.Tok[0]; t < m.Tok[1]; t++ {
			toks = append(toks, d.Tokens[t].Fold)
		}
		// The first word without the clitics the mention's span left out.
		toks[0] = text.Fold(m.Text[:min(len(m.Text), len(firstWordOf(m.Text)))])
		key := string(m.Type) + "|" + strings.Join(toks, " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		names = append(names, name{toks, m})
	}
	// Names indexed by their first word (folded; in English also as
	// written), so each token looks only at the names it may start.
	byFirst := map[string][]int{}
	byText := map[string][]int{}
	for ni, nm := range names {
		byFirst[nm.toks[0]] = append(byFirst[nm.toks[0]], ni)
		if lang.Of(d.Lang).CasedNames {
			w := firstWordOf(nm.m.Text)
			byText[w] = append(byText[w], ni)
		}
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			if covered[i] {
				continue
			}
			var cands []int
			for _, f := range d.Tokens[i].Forms() {
				cands = append(cands, byFirst[f]...)
			}
			cands = append(cands, byText[d.Tokens[i].Text]...)
			slices.Sort(cands)
			cands = slices.Compact(cands)
			for _, ni := range cands {
				nm := names[ni]
				n := len(nm.toks)
				if i+n > s.EndToken {
					continue
				}
				skip, ok := -1, false
				for fi, f := range d.Tokens[i].Forms() {
					if f == nm.toks[0] || (lang.Of(d.Lang).CasedNames && d.Tokens[i].Text == firstWordOf(nm.m.Text)) {
						ok = true
						if fi > 0 {
							skip = cliticBytes(d.Tokens[i].Text, f)
						} else {
							skip = 0
						}
						break
					}
				}
				if !ok {
					continue
				}
				for k := 1; k < n && ok; k++ {
					ok = !covered[i+k] && d.Tokens[i+k].Fold == nm.toks[k]
				}
				if !ok {
					continue
				}
				if lang.Of(d.Lang).CasedNames && !startsUpper(d.Tokens[i].Text) {
					continue
				}
				sp := text.Span{Start: d.Tokens[i].Start + skip, End: d.Tokens[i+n-1].End}
				m := Mention{Span: sp, Text: d.Slice(sp), Type: nm.m.Type, Tok: [2]int{i, i + n}, Source: srcPropagated,
					Conf: 0.7, Gender: nm.m.Gender, Kind: s.Kind, Entity: 0}
				out = append(out, m)
				for t := i; t < i+n; t++ {
					covered[t] = true
				}
				i += n - 1
				break
			}
		}
	}
	return append(ms, out...)
}

func firstWordOf(s string) string {
	if i := strings.IndexAny(s, " \u00a0"); i >= 0 {
		return s[:i]
	}
	return s
}

// confirmTriggerNames keeps a trigger-name mention only when something else
// supports it: the statistical tagger saw a name there, or the name's first
// word comes back elsewhere in the document, as company names in news do.
// Generic nouns after a trigger ("شركة وكيل", "روبوتات ذراع") rarely pass.
func confirmTriggerNames(d *text.Document, all []Mention) []Mention {
	L := lang.Of(d.Lang)
	// count holds, for the first word of each trigger-name mention, the
	// tokens of the document with that word among their forms; only those
	// words are read, so only they are counted (a document without
	// trigger names counts nothing).
	count := map[string]int{}
	for _, m := range all {
		if m.Source == srcTrigger {
			count[d.Tokens[m.Tok[0]].Fold] = 0
		}
	}
	if len(count) == 0 {
		return append(all[:0:0], all...)
	}
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		toks := d.SentenceTokens(d.Tokens[s.FirstToken].Sent)
		for i := range toks {
			forms := toks[i].Forms()
			for k, f := range forms {
				n, want := count[f]
				if !want {
					continue
				}
				// "الذكاء" is not a second "ذكاء": names take no article.
				// A form counts once per token (the test depends on f only,
				// so an earlier equal form was counted).
				if p := strings.TrimSuffix(forms[0], f); !slices.Contains(forms[:k], f) && !L.CliticHasArticle(p) && !L.Definite(f) {
					count[f] = n + 1
				}
			}
		}
	}
	tagged := newSpanIndex(all, srcTagger)
	out := all[:0:0]
	for _, m := range all {
		if m.Source != srcTrigger {
			out = append(out, m)
			continue
		}
		ok := count[d.Tokens[m.Tok[0]].Fold] >= 2
		if e := m.Tok[1]; e < len(d.Tokens) && d.Tokens[e].Sent == d.Tokens[m.Tok[0]].Sent {
			// "شركة رقيم، ومقرها …": a name closed by an apposition comma;
			// «سراج»: a name the writer put in quotes.
			if t := d.Tokens[e].Text; L.IsComma(t) || isClosing(t) {
				ok = true
			}
		}
		if tagged.overlaps(m.Tok[0], m.Tok[1]) || placeNounName(d, m) {
			ok = true
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

// placeNounName reports a one-word Place read after a place noun
// (place_nouns.txt: محافظة، مدينة، منطقة …, a glued ب or و allowed) whose
// word is neither ordinary vocabulary nor a common word, nor starts with a
// glued و or لل: "في منطقة عسير", "بمحافظة أملج"; "منطقة نائية",
// "منطقة وتراث", "منطقة للإسلام" stay out.
func placeNounName(d *text.Document, m Mention) bool {
	L := lang.Of(d.Lang)
	if m.Type != schema.Place || m.Tok[1]-m.Tok[0] != 1 || m.Tok[0] == 0 || L.PlaceNouns == nil {
		return false
	}
	w := d.Tokens[m.Tok[0]]
	if L.VocabularyKind(w.Text) != "" || isCommonWord(d.Lang, w.Text) || L.StartsWithElided(w.Fold) || L.StartsWithAnd(w.Fold) {
		return false
	}
	return placeNounAt(L, d.Tokens[m.Tok[0]-1])
}

// placeNounAt reports whether token t is a place noun (place_nouns.txt),
// a glued preposition or و allowed: "محافظة", "بمدينة".
func placeNounAt(L *lang.Profile, t text.Token) bool {
	for _, f := range text.StripProclitics(t.Text) {
		if _, ok := L.PlaceNouns.Has(f); ok {
			return true
		}
	}
	return false
}

// triggerWithSuffix looks a word up as a trigger noun carrying a possessive
// pronoun: نموذجها, منصتها, شركته.
func triggerWithSuffix(L *lang.Profile, t text.Token) (phrase.Entry[lang.Trigger], bool) {
	for _, suf := range L.PossessiveSuffixes {
		if f := t.Fold; strings.HasSuffix(f, suf) && len([]rune(f)) > len([]rune(suf))+2 {
			if e, ok := L.Triggers.Has(strings.TrimSuffix(f, suf)); ok {
				return e, true
			}
		}
	}
	return L.Triggers.HasToken(&t)
}

// quotedName reads a short name in quotes starting at token k: «سراج»,
// ‘مينيونز’.
func quotedName(d *text.Document, k, end int, typ schema.Type, kind text.Kind) (Mention, bool) {
	if k >= end || schema.CheckType(typ) != nil {
		return Mention{}, false
	}
	if q := d.Tokens[k].Text; q != "‘" && q != "«" && q != "“" && q != "'" && q != "\"" {
		return Mention{}, false
	}
	j := k + 1
	for j < end && j-k <= 3 && d.Tokens[j].Class == text.Word {
		j++
	}
	if j >= end || j == k+1 || !isClosing(d.Tokens[j].Text) {
		return Mention{}, false
	}
	sp := text.Span{Start: d.Tokens[k+1].Start, End: d.Tokens[j-1].End}
	return Mention{Span: sp, Text: d.Slice(sp), Type: typ, Tok: [2]int{k + 1, j}, Source: srcTrigger, Conf: 0.7, Kind: kind}, true
}

// relativePronoun reports a definite-looking word that opens a relative
// clause (relative_pronouns.txt: "التي").
func relativePronoun(L *lang.Profile, f string) bool { return lang.Has(L.RelativePronouns, f) }

func isOpening(s string) bool { return s == "\"" || s == "“" || s == "«" || s == "‘" || s == "'" }

// definiteWord reports a word with the article, also behind proclitics and
// where لل elides its alef ("الشركة", "بالشركة", "للمجموعة"): the
// profile's step DefiniteBehindClitics.
func definiteWord(L *lang.Profile, t text.Token) bool { return L.DefiniteBehindClitics(t.Fold) }

// coordinated reports a word carrying the conjunction و glued to it.
func coordinated(L *lang.Profile, t text.Token) bool {
	forms := text.StripProclitics(t.Text)
	return len(forms) > 1 && L.AndClitic(strings.TrimSuffix(forms[0], forms[1]))
}

// imperfectBeforePreposition reports a word with an imperfect verb prefix
// (lang VerbPrefixes) followed by a stopword or a glued preposition: "تنتمي
// إلى", "تعمل في", "تقوم بدور".
func imperfectBeforePreposition(d *text.Document, L *lang.Profile, k, end int) bool {
	if k+1 >= end {
		return false
	}
	pre := false
	for _, p := range L.VerbPrefixes {
		pre = pre || strings.HasPrefix(d.Tokens[k].Fold, p)
	}
	if !pre {
		return false
	}
	n := d.Tokens[k+1]
	if _, ok := L.Stopwords.Has(n.Text); ok {
		return true
	}
	_, glued := L.GluedPreposition(n.Text)
	return glued
}

// lexiconPlaceAfterPlaceNoun reports a one-word lexicon Place right after a
// place noun (place_nouns.txt, a glued ب, ل or و allowed): "محافظة الطائف",
// "بمدينة الرياض". Such a place needs no tagger name to stand although its
// word is also vocabulary (rule place-noun-lexicon); elsewhere a one-word
// lexicon name that is a common word is kept only where the tagger reads a
// name over it.
func lexiconPlaceAfterPlaceNoun(d *text.Document, m Mention) bool {
	L := lang.Of(d.Lang)
	if m.Type != schema.Place || m.Source != srcLexicon || m.Tok[1]-m.Tok[0] != 1 || m.Tok[0] == 0 || L.PlaceNouns == nil {
		return false
	}
	return placeNounAt(L, d.Tokens[m.Tok[0]-1])
}
