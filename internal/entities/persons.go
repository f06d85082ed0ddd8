package entities

import (
	"strings"
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

var (
	_ = registerSource(Source{Name: srcCredit, Rank: 0, Person: true, Doc: "the names of a byline or photo credit line, read whole"})
	_ = registerSource(Source{Name: srcSpeechSubject, Rank: 2, Person: true, Doc: "the speaker named after a speech verb (قال X, “…,” said X)"})
	_ = registerSource(Source{Name: srcTitleName, Rank: 3, Person: true, Doc: "a name after a job title (الرئيس التنفيذي X, chief executive X)"})
)

// personRecognizer finds people by how news introduces them: right after a
// speech verb ("قال جاستن لين،", "said Anna Kowalski"), right after a job
// title ("الزعيم الصيني شي جين بينغ", "chief executive Sam Altman"), and
// after an honorific ("Mr Jobs", "Ms Kowalski").
type personRecognizer struct{}

// Persons is the recognizer of people introduced by speech verbs and titles.
func Persons() Recognizer { return personRecognizer{} }

func (personRecognizer) Name() string { return "person-context" }

// nameAfter reads a person's name of up to four words starting at token i:
// name words only, ending at punctuation or a non-name word. English names
// must be capitalised.
func nameAfter(d *text.Document, L *lang.Profile, i, end int) int {
	j := i
	for j < end && j-i < 4 {
		t := d.Tokens[j]
		if !isNameWord(L, t) {
			break
		}
		if L.CasedNames && !startsUpper(t.Text) {
			break
		}
		if L.NamesInOwnScript && !L.InScript(t.Text) {
			break
		}
		if L.Clitics && j > i && !nameContinuation(L, t) {
			break
		}
		// Without case to mark them, name words are not ordinary vocabulary;
		// the first is not definite ("قال المبعوث"), later ones may be
		// (الدوسري، الشمري).
		if _, given := firstName(d.Lang, t); !L.CasedNames && L.IsCommon(t.Text) && !(j == i && given) {
			break // an ordinary word ends the name; a given name may look like one (سلمى)
		}
		j++
	}
	if j-i > 1 && L.Definite(d.Tokens[i].Fold) {
		return i // "قال المبعوث الخاص": a definite noun phrase, not a name
	}
	return j
}

func (personRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	var out []Mention
	add := func(i, j int, gender, src string, conf float64, kind text.Kind) {
		if src == srcTitleName && vocabularyName(d, i, j) {
			return
		}
		sp := text.Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End}
		out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Person, Tok: [2]int{i, j}, Source: src, Conf: conf, Gender: gender, Kind: kind})
	}
	for _, s := range d.Sentences {
		if !s.Kind.Readable() {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			// Speech verb, then the speaker's name.
			if m, ok := L.SpeechVerbs.At(d.Tokens, i, s.EndToken, true); ok && m.End < s.EndToken {
				if m.Value.Mode == "source" {
					continue
				}
				// English puts the speaker after the verb only in inversion
				// after a quote: "“…,” said Anna Kowalski". "said Tessaro
				// would" has its subject before.
				if !L.VerbFirst && (i == s.FirstToken || d.Tokens[i-1].Class != text.Punct) {
					continue
				}
				k := m.End
				if c, _, _ := defaultGazetteer().lookup(d.Tokens, k, s.EndToken); c != nil && c.entry.Type != schema.Person {
					continue // "ترى بكين": the subject is a known place or company
				}
				_, given := firstName(d.Lang, d.Tokens[k])
				if j := nameAfter(d, L, k, s.EndToken); j > k && (given || !isCommonWord(d.Lang, d.Tokens[k].Text)) && !(j-k == 1 && (pluralNoun(L, d.Tokens[k]) || !given && nounShaped(L, d.Tokens[k]))) {
					g := string(m.Value.Gender)
					if g == "-" || g == "p" {
						g = ""
					}
					add(k, j, g, "speech-verb-subject", 0.8, s.Kind)
					i = j - 1
					continue
				}
			}
			// A title, an optional nationality adjective, then a name of at
			// least two words: "الزعيم الصيني شي جين بينغ".
			if m, ok := L.Titles.At(d.Tokens, i, s.EndToken, true); ok {
				k := m.End
				if n, ok := L.Nationalities.At(d.Tokens, k, s.EndToken, false); ok {
					k = n.End
				}
				if j := nameAfter(d, L, k, s.EndToken); (j-k >= 2 || (j-k == 1 && L.CasedNames && !companyTitle(d, L, i, m.End, s.FirstToken))) && !L.Definite(d.Tokens[k].Fold) && !gluedPreposition(L, d.Tokens[k]) {
					g := string(m.Value.Gender)
					if g == "-" {
						g = ""
					}
					add(k, j, g, "title-before-name", 0.75, s.Kind)
					i = j - 1
				}
			}
		}
	}
	return out
}

// pageRecognizer reads the names in bylines and photo credits: "تحليل جون
// لي، CNN" is an author and a news organisation; "تينغشو وانغ/رويترز" is a
// photographer and an agency. Those people are not speakers, and nothing
// about the article's subject is learnt from them.
type pageRecognizer struct{ g *gazetteer }

// Credits is the recognizer of bylines and photo credits.
func Credits() Recognizer { return pageRecognizer{defaultGazetteer()} }

func (pageRecognizer) Name() string { return "byline-credit" }

func (r pageRecognizer) Recognize(d *text.Document) []Mention {
	var out []Mention
	L := lang.Of(d.Lang)
	for _, s := range d.Sentences {
		if s.Kind == text.Dateline {
			out = append(out, r.datelineAgency(d, s)...)
			continue
		}
		if s.Kind != text.Credit && s.Kind != text.Byline {
			continue
		}
		i := s.FirstToken
		if s.Kind == text.Byline {
			// Skip the opener ("تحليل", "By").
			for i < s.EndToken && !isNameWord(L, d.Tokens[i]) {
				i++
			}
			if i < s.EndToken {
				if _, ok := L.Stopwords.Has(d.Tokens[i].Text); ok {
					i++
				}
			}
			if i < s.EndToken && i == s.FirstToken {
				i++ // the opener itself is a plain word ("تحليل")
			}
		}
		// Segments separated by '/', ',' or '،': the first is a person unless
		// the lexicon knows it; the rest are organisations.
		seg := 0
		for i < s.EndToken {
			j := i
			for j < s.EndToken && d.Tokens[j].Class != text.Punct && !(seg == 0 && j > i && bylineAnd(L, d.Tokens[j])) {
				j++
			}
			if j > i {
				typ, conf, lexID := schema.Person, 0.85, ""
				if c, n, _ := r.g.lookup(d.Tokens, i, j); c != nil && n == j-i {
					typ, lexID = c.entry.Type, c.entry.ID
				} else if seg > 0 || (s.Kind == text.Credit && j-i == 1 && latinNameToken(d.Tokens[i])) {
					typ = schema.Organization
				}
				sp := text.Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End}
				out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: typ, Tok: [2]int{i, j}, Source: srcCredit, Conf: conf, LexID: lexID, Kind: s.Kind})
				seg++
			}
			if j < s.EndToken && bylineAnd(L, d.Tokens[j]) && seg == 1 {
				seg = 0 // "By Jane Doe and Omar Haddad": two authors
				i = j + 1
				continue
			}
			i = j + 1
		}
	}
	return out
}

// bylineAnd reports the word joining two authors of a byline ("By A and
// B", "A & B"; rule "byline-authors").
func bylineAnd(L *lang.Profile, t text.Token) bool {
	return lang.Has(L.Conjunctions, t.Fold) || t.Text == "&"
}

// nameContinuation reports whether a word can continue a person's name
// already begun: not a conjoined noun ("والمطورون") and not a preposition
// glued to a noun ("بسرعة", "للشركة"), which foreign names written in
// Arabic do not look like.
func nameContinuation(L *lang.Profile, t text.Token) bool {
	forms := L.Forms(t.Text)
	if len(forms) < 2 {
		return true
	}
	for _, rest := range forms[1:] {
		if L.Definite(rest) || L.FeminineEnding != "" && strings.HasSuffix(rest, L.FeminineEnding) {
			return false
		}
	}
	return true
}

// pluralNoun reports an Arabic sound plural ("مستثمرون", "محللين"): a
// group that speaks, not a person.
func pluralNoun(L *lang.Profile, t text.Token) bool {
	f := t.Fold
	return len([]rune(f)) >= 5 && L.SoundPlural(f)
}

// datelineAgency reads the agency a wire dateline names in parentheses:
// "القاهرة، الاثنين 2 مارس 2026 (ساحل برس)", "LONDON (Reuters) -".
func (r pageRecognizer) datelineAgency(d *text.Document, s text.Sentence) []Mention {
	var out []Mention
	for i := s.FirstToken; i < s.EndToken; i++ {
		if d.Tokens[i].Text != "(" {
			continue
		}
		j := i + 1
		for j < s.EndToken && d.Tokens[j].Class == text.Word && j-i <= 4 {
			j++
		}
		if j >= s.EndToken || d.Tokens[j].Text != ")" || j == i+1 {
			continue
		}
		typ, lexID := schema.Organization, ""
		if c, n, _ := r.g.lookup(d.Tokens, i+1, j); c != nil && n == j-i-1 {
			typ, lexID = c.entry.Type, c.entry.ID
		}
		if typ != schema.Organization {
			continue
		}
		sp := text.Span{Start: d.Tokens[i+1].Start, End: d.Tokens[j-1].End}
		out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: typ, Tok: [2]int{i + 1, j}, Source: srcCredit, Conf: 0.85, LexID: lexID, Kind: s.Kind})
	}
	return out
}

// gluedPreposition reports an Arabic word that starts with the preposition
// ل or ب: after a title, "المؤسسة المشاركة لسيرفو" names whose founder she
// is, not her.
func gluedPreposition(L *lang.Profile, t text.Token) bool {
	_, ok := L.GluedPreposition(t.Text)
	return ok
}

// nounShaped reports a word ending like a plural or a noun with a pronoun
// (عملاءها، ممثلوهم، مسؤولات): after a speech verb, a group or a thing
// speaks, not a person. One-letter endings (ة) are left out: names end so.
func nounShaped(L *lang.Profile, t text.Token) bool {
	for _, suf := range L.NonNameSuffixes {
		if utf8.RuneCountInString(suf) >= 2 && strings.HasSuffix(t.Fold, suf) && utf8.RuneCountInString(t.Fold) > utf8.RuneCountInString(suf)+2 {
			return true
		}
	}
	return false
}

// companyTitle is the rule "company-title": one capitalised word after a
// title is a company's name, not a person's, where the title ends in "of"
// ("head of Renault") or a lower-case noun that is no title modifier
// modifies it ("market leader Diageo", "steel producer Krivorizhstal",
// "market analyst Datamonitor"; BBC corpus: 7 of the 10 such phrases). A
// title modifier ("shadow chancellor Brown") or a determiner before the
// title leaves the person.
func companyTitle(d *text.Document, L *lang.Profile, i, end, first int) bool {
	if lang.Has(L.GenitivePrepositions, d.Tokens[end-1].Fold) {
		return true
	}
	if i-1 < first {
		return false
	}
	w := d.Tokens[i-1]
	if w.Class != text.Word || !allLower(w.Text) || !allLower(d.Tokens[i].Text) {
		return false // "met President Bush"
	}
	if _, ok := L.SpeechVerbs.Has(w.Text); ok {
		return false
	}
	if _, ok := L.TitleModifiers.Has(w.Text); ok {
		return false
	}
	if _, ok := L.Stopwords.Has(w.Text); ok {
		return false
	}
	if _, ok := L.Titles.Has(w.Text); ok {
		return false // "chairman and chief executive Richard Parsons"
	}
	if f := w.Fold; formerRole(L, f) || lang.Has(L.Conjunctions, f) || L.AdverbShaped(f) || lang.HasSuffixWord(L.LocationParticiples, f) {
		return false
	}
	return true
}

// formerRole reports whether the folded word f is a title role word
// meaning "former" (title_roles.txt: former, ex).
func formerRole(L *lang.Profile, f string) bool {
	r, ok := L.TitleRoles.Word(f)
	return ok && r.Value.Role == "former"
}
