package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Grouping guards: named rules that keep a lone word out of a longer name
// it shares a word with, when the word cannot be that name's short form.
// The rule that kept a mention apart is Mention.KeptBy (--explain).
const (
	// ruleGivenNameKnown: a lone word joins a person's full name at other
	// than its last word (its surname) only when it is a given name the
	// language lists ("Richard" of Richard Madeley), or when the
	// recognizers typed it Person themselves and no organisation named in
	// the document starts with it ("Elton" of Elton John). Otherwise it is a
	// thing the tagger read as a person's first word: "Grammy" is not the
	// "Grammy Awards", "Charlton" typed Organization not "Charlton Athletic"
	// typed Person, "Sun" beside Sun Microsystems not the "Sun Grid".
	ruleGivenNameKnown = "given-name-known"
	// ruleAmpersandNoPerson: a name holding "&" is two names or a title
	// ("Richard & Judy"), so lone words do not join it.
	ruleAmpersandNoPerson = "ampersand-no-person"
	// ruleAcronymNoSurname: a lone word of capitals is no person's surname
	// or given name ("QC" of Philippe Sands QC, "DVR" of "TiVo DVR"), and a
	// name of one word and a word of capitals ("TiVo DVR", "Zuvo PVR") is a
	// thing's, so lone words do not join it; after two words or more it is
	// a post-nominal ("Tom McCabe MSP" still takes "McCabe"). Roman
	// numerals ("Henry VIII") are names.
	ruleAcronymNoSurname = "acronym-no-surname"
	// ruleShortFormOneOwner: a lone word that joined a person (as surname
	// or given name) is not also the short form of an organisation whose
	// first word it is: "Paulsmeier" is Mark Paulsmeier, and the Paulsmeier
	// Group stays a company of its own instead of being merged with him.
	ruleShortFormOneOwner = "short-form-one-owner"
	// ruleGivenNameNotOrg: a lone given name typed Person is not the short
	// form of an organisation named after someone: "Steve" beside the
	// "Steve Redgrave Trust" is the man.
	ruleGivenNameNotOrg = "given-name-not-org"
	// ruleLoneNameTwoOwners: a lone word that two people of the article
	// could own (Moazzam Begg and his father Azmat Begg; Lana Clarkson and
	// her mother Donna Clarkson, both "Ms") joins the one named before it
	// when only one is, and neither when both or none are. An honorific's
	// gender rules out the other sex first ("Mr Begg" is no woman's), and
	// names of one given name and one surname ("George W Bush", "George
	// Bush") are one owner.
	ruleLoneNameTwoOwners = "lone-name-two-owners"
	// ruleRegnalNameOwn: a given name after a regnal title
	// (regnal_titles.txt: "Prince Charles", "King Abdullah") names its
	// holder, not a person the article names in full without such a title
	// (Charles Kennedy); the lone word's other mentions count the titled
	// name as one more owner (ruleLoneNameTwoOwners).
	ruleRegnalNameOwn = "regnal-name-own"
	// ruleOfNameHead: a lone word followed by "of" (genitive_prepositions)
	// and a capitalised word heads a longer name the tagger cut short
	// ("News" of "News of the World"), so it is not the short form of an
	// organisation it starts (News Corp).
	ruleOfNameHead = "of-name-head"
	// ruleNationalityNotShortForm: a lone nationality adjective
	// (nationalities.txt: "US", "British") is no short form of an
	// organisation it starts: "US" of "the giant US budget deficit" is not
	// the US Congress, "British" not British Airways.
	ruleNationalityNotShortForm = "nationality-not-short-form"
	// ruleNationalTail: an organisation's name read without the
	// nationality adjective before it ("The Australian [Rugby Union] has
	// thrown its support") takes the adjective back when the article names
	// the organisation with it ("the Australian Rugby Union (ARU)"), so it
	// is that organisation and not a node "Rugby Union" that meets the
	// sport's.
	ruleNationalTail = "national-tail"
	// ruleOrgStartTwoOwners: a lone word that starts the names of two
	// organisations of the article (not yet grouped as one) is the short
	// form of neither: "Muslim" beside the Muslim Association of Britain
	// and the Muslim Council of Britain is the adjective ("Muslim voters").
	ruleOrgStartTwoOwners = "org-start-two-owners"
	// ruleOrgNounNotShortForm: a lone word that is an organisation suffix
	// (org_suffixes.txt: Council, Bank) or a noun naming a kind of
	// organisation (org_head_nouns.txt: Academy, Commission) is no short
	// form of a name it starts, where it is a modifier: "the Academy" is
	// not the "Academy Awards", "the Council" not "Council Tax".
	ruleOrgNounNotShortForm = "org-noun-not-short-form"
	// ruleInsideCapitalisedRun: a lone word right after a capitalised word
	// of its sentence that no mention holds (not the sentence's first word,
	// not a nationality, an honorific or a title) is a piece of a longer title the tagger did not
	// take whole ("Have I Got News for You"), so it is no short form of an
	// organisation it starts ("News" is not News International).
	ruleInsideCapitalisedRun = "inside-capitalised-run"
	// rulePlainHonorificNotRanked: a lone surname after a plain form of
	// address (plain_honorifics.txt: "Mr Blair") is not a person the
	// article gives a rank (rank_honorifics.txt: "Sir Ian Blair"): a knight
	// is "Sir Ian", never "Mr Blair".
	rulePlainHonorificNotRanked = "plain-honorific-not-ranked"
	// ruleMistypedOwner: a name of two capitalised words, neither an
	// organisation word, that ends in a lone surname after a plain form of
	// address ("Mr Begg") is a person the tagger typed Organization ("Moazzam Begg's
	// …"), and it counts as an owner of the surname (ruleLoneNameTwoOwners)
	// though the lone word never joins it: Moazzam and Azmat Begg are two
	// owners of "Mr Begg", not one.
	ruleMistypedOwner = "mistyped-owner-counts"
)

// mistypedPerson reports whether organisation mention p is a person's
// name the tagger typed Organization (ruleMistypedOwner): two capitalised
// words, neither an organisation word, the first a listed given name or
// no common word, the last no common word.
// orgNoun reports whether token t is an organisation suffix or an
// organisation head noun (ruleOrgNounNotShortForm).
func orgNoun(l text.Lang, t *text.Token) bool {
	if isOrgSuffix(l, *t) {
		return true
	}
	_, ok := lang.Of(l).OrgHeadNouns.HasToken(t)
	return ok && startsUpper(t.Text)
}

func mistypedPerson(d *text.Document, p Mention) bool {
	if p.Type != schema.Organization || p.Tok[1]-p.Tok[0] != 2 || p.LexID != "" || p.Kind == text.Credit || !lang.Of(d.Lang).CasedNames {
		return false
	}
	first, last := d.Tokens[p.Tok[0]], d.Tokens[p.Tok[1]-1]
	if first.Class != text.Word || last.Class != text.Word || !startsUpper(first.Text) || !startsUpper(last.Text) {
		return false
	}
	if isOrgSuffix(d.Lang, first) || isOrgSuffix(d.Lang, last) || acronymWord(first.Text) || acronymWord(last.Text) {
		return false
	}
	L := lang.Of(d.Lang)
	if L.IsCommon(last.Text) {
		return false
	}
	_, given := firstName(d.Lang, first)
	return given || !L.IsCommon(first.Text)
}

// plainHonorificBefore reports whether the token before mention m, in its
// sentence, is a plain form of address ("Mr").
func plainHonorificBefore(d *text.Document, m Mention) bool {
	k := m.Tok[0] - 1
	if k < 0 || d.Tokens[k].Sent != d.Tokens[m.Tok[0]].Sent {
		return false
	}
	_, ok := lang.Of(d.Lang).PlainHonorifics.HasToken(&d.Tokens[k])
	return ok
}

// rankedNames are the folded full names the document gives a rank
// ("Sir Ian Blair"), the honorific before the name or as its first word;
// the key leaves a first-word honorific out.
func rankedNames(d *text.Document, ms []Mention) map[string]bool {
	out := map[string]bool{}
	L := lang.Of(d.Lang)
	for _, m := range ms {
		if m.Type != schema.Person || m.Tok[1]-m.Tok[0] < 2 {
			continue
		}
		if _, ok := L.RankHonorifics.HasToken(&d.Tokens[m.Tok[0]]); ok {
			out[unranked(d, m)] = true
			continue
		}
		if k := m.Tok[0] - 1; k >= 0 && d.Tokens[k].Sent == d.Tokens[m.Tok[0]].Sent {
			if _, ok := L.RankHonorifics.HasToken(&d.Tokens[k]); ok {
				out[unranked(d, m)] = true
			}
		}
	}
	return out
}

// unranked is the folded name of m without a rank honorific as its first
// word.
func unranked(d *text.Document, m Mention) string {
	if _, ok := lang.Of(d.Lang).RankHonorifics.HasToken(&d.Tokens[m.Tok[0]]); ok && m.Tok[1]-m.Tok[0] > 1 {
		return text.FoldName(d.Slice(text.Span{Start: d.Tokens[m.Tok[0]+1].Start, End: d.Tokens[m.Tok[1]-1].End}))
	}
	return text.FoldName(m.Text)
}

// insideCapitalisedRun reports whether the word before lone mention m, in
// its sentence and not its first word, is capitalised, no nationality,
// honorific or title, and in no mention (covered) (ruleInsideCapitalisedRun).
func insideCapitalisedRun(d *text.Document, m Mention, covered []bool) bool {
	L := lang.Of(d.Lang)
	k := m.Tok[0] - 1
	if !L.CasedNames || k < 0 || covered[k] {
		return false
	}
	t := d.Tokens[k]
	if t.Sent != d.Tokens[m.Tok[0]].Sent || t.Class != text.Word || !startsUpper(t.Text) {
		return false
	}
	first := d.Sentences[t.Sent].FirstToken
	for first < k && d.Tokens[first].Class != text.Word {
		first++ // an opening quote
	}
	if k == first {
		return false
	}
	if _, nat := L.Nationalities.Has(t.Text); nat {
		return false
	}
	if _, h := L.Honorifics.HasToken(&t); h {
		return false // "Mr Begg"
	}
	if _, ti := L.Titles.HasToken(&t); ti {
		return false // "Chancellor Brown"
	}
	return true
}

// loneCandidate is a mention that lone word may join: its index, how well
// it fits (surname position, before the word), the clitic form that
// matched, its owner's name, how surely that is a person's own name
// (ownerTier) and whether the word is the name's last.
type loneCandidate struct {
	j, score, form int
	owner          []string // the full name's folded words
	tier           int      // ownerTier
	surname        bool     // the word is the name's last
	mistyped       bool     // a person's name typed Organization (ruleMistypedOwner)
}

// sameOwner reports whether two full names (folded words) may stand for one
// person, so that a lone word they share counts them as one owner: one
// holds the other ("Adam Smith" and the "Adam Smith Lecture", "Rock DJ Huw
// Stephens"), or they end alike and their first words agree as an initial
// or in three letters ("George W Bush" and "George Bush", "M Williams" and
// "Martyn Williams", "Dave Collins" and "David Collins"), or they end in
// the same two words after a third. "Tony Blair" and
// "Cherie Blair" are two.
func sameOwner(a, b []string) bool {
	a, b = hyphenWords(a), hyphenWords(b) // "Kilroy-Silk", "Kilroy Silk"
	if holds(a, b) || holds(b, a) {
		return true
	}
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	if len(a) > 2 && len(b) > 2 && a[len(a)-2] == b[len(b)-2] {
		return true // one double surname ("Euro-Sceptic Kilroy-Silk")
	}
	x, y := []rune(a[0]), []rune(b[0])
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) == 1 {
		return x[0] == y[0]
	}
	return len(x) >= 3 && string(x[:3]) == string(y[:3])
}

func hyphenWords(ws []string) []string {
	return strings.Fields(strings.ReplaceAll(strings.Join(ws, " "), "-", " "))
}

// holds reports whether the words of b occur in a, in order and together.
func holds(a, b []string) bool {
	for i := 0; i+len(b) <= len(a); i++ {
		if slices.Equal(a[i:i+len(b)], b) {
			return true
		}
	}
	return false
}

// ownerTier ranks a full name's first word as evidence that the name is a
// person's own: 0 a description the tagger glued to a surname ("Baroness
// Boothroyd", "Despite Barkley", "Winger Nitoglia"): no listed given name
// but a common word, an honorific or a title; 1 anything else. Only the
// names of the best tier among a lone word's candidates are its owners.
func ownerTier(d *text.Document, first text.Token) int {
	if _, given := firstName(d.Lang, first); given {
		return 1
	}
	L := lang.Of(d.Lang)
	if L.IsCommon(first.Text) {
		return 0
	}
	if _, ok := L.Honorifics.Has(first.Text); ok {
		return 0
	}
	if _, ok := L.Titles.Has(first.Text); ok {
		return 0
	}
	return 1
}

// chooseOwner picks, of the candidates of lone mention i (ascending), the
// one it joins, with its clitic form; or -1 and the rule that kept it
// apart when two owners fit and the text does not tell which: of two
// owners named before the word, neither; of one, that one; when none is
// named before it (a headline's "Willis sues"), the best-placed later one.
//
// A word no given-name list holds is a surname: of the names holding it,
// those that end with it own it ("Cosby" is Bill Cosby's, not the "Cosby
// Show"'s; "Scott" Ridley Scott's, not "Scott Free"'s).
//
// The rule needs names with reliable edges, so it runs where names are
// written with a capital (lang CasedNames): in Arabic the tagger glues
// words to names («زارت شيرمان», «يوسف يروي لي» beside Yusuf Chahine), so
// two names of one surname there are as often one person's misread spans
// (ar1k: 15 lone words worse, 4 better). Without it the best-placed
// candidate wins, as before.
func chooseOwner(cands []loneCandidate, i int, given, cased bool) (best, form int, kept string) {
	if !cased {
		return bestPlaced(cands, i, nil)
	}
	surname := false
	for _, c := range cands {
		surname = surname || (c.surname && !given)
	}
	if surname {
		var keep []loneCandidate
		for _, c := range cands {
			if c.surname {
				keep = append(keep, c)
			}
		}
		cands = keep
	}
	top := 0
	for _, c := range cands {
		top = max(top, c.tier)
	}
	// Owners: the candidates' names, those that may be one person counted
	// once (transitively: "Robert Kilroy-Silk Party" holds "Robert
	// Kilroy-Silk", which ends like "Euro-Sceptic Kilroy-Silk").
	ownerOf := make([]int, len(cands))
	for ci, c := range cands {
		ownerOf[ci] = -1
		if c.tier == top {
			ownerOf[ci] = ci
		}
	}
	root := func(x int) int {
		for ownerOf[x] != x {
			x = ownerOf[x]
		}
		return x
	}
	for a := range cands {
		for b := range a {
			if ownerOf[a] >= 0 && ownerOf[b] >= 0 && sameOwner(cands[a].owner, cands[b].owner) {
				if ra, rb := root(a), root(b); ra != rb {
					ownerOf[ra] = rb
				}
			}
		}
	}
	owners := map[int]bool{}
	before := map[int]bool{}
	for ci, c := range cands {
		if ownerOf[ci] < 0 {
			continue
		}
		ownerOf[ci] = root(ci)
		owners[ownerOf[ci]] = true
		if c.j < i {
			before[ownerOf[ci]] = true
		}
	}
	only := -1
	mistyped := false
	for ci, c := range cands {
		mistyped = mistyped || ownerOf[ci] >= 0 && c.mistyped
	}
	switch {
	case len(owners) == 0:
		return -1, 0, ""
	case len(owners) > 1 && len(before) > 1 && mistyped:
		return -1, 0, ruleMistypedOwner
	case len(owners) > 1 && len(before) > 1:
		return -1, 0, ruleLoneNameTwoOwners
	case len(owners) > 1 && len(before) == 1:
		for o := range before {
			only = o
		}
	}
	best, form, kept = bestPlaced(cands, i, func(ci int) bool { return ownerOf[ci] >= 0 && (only < 0 || ownerOf[ci] == only) })
	for _, c := range cands {
		if c.j == best && c.mistyped {
			return -1, 0, ruleMistypedOwner // an owner, never joined
		}
	}
	return best, form, kept
}

// bestPlaced is the candidate (of those ok takes, all when ok is nil) with
// the best score, of equals the nearest before mention i.
func bestPlaced(cands []loneCandidate, i int, ok func(int) bool) (best, form int, kept string) {
	best, bestScore := -1, -1
	for ci, c := range cands {
		if ok != nil && !ok(ci) {
			continue
		}
		if c.score > bestScore || (c.score == bestScore && c.j < i && c.j > best) {
			best, bestScore, form = c.j, c.score, c.form
		}
	}
	return best, form, ""
}

// regnal holds the lone given names after a regnal title (ruleRegnalNameOwn).
type regnal struct {
	titled      map[int]bool     // lone mentions after a regnal title
	titledNames map[string]bool  // full names a regnal title precedes somewhere
	byWord      map[string][]int // the titled lone mentions of each folded word, ascending
}

func regnalOwners(d *text.Document, ms []Mention) regnal {
	r := regnal{titled: map[int]bool{}, titledNames: map[string]bool{}, byWord: map[string][]int{}}
	L := lang.Of(d.Lang)
	for i, m := range ms {
		if m.Type != schema.Person || m.Entity < 0 || m.LexID != "" || m.Kind == text.Credit || m.Tok[0] == 0 {
			continue
		}
		t := &d.Tokens[m.Tok[0]-1]
		if t.Sent != d.Tokens[m.Tok[0]].Sent {
			continue
		}
		if _, ok := L.RegnalTitles.HasToken(t); !ok {
			continue
		}
		if m.Tok[1]-m.Tok[0] > 1 {
			r.titledNames[text.FoldName(m.Text)] = true
			continue
		}
		r.titled[i] = true
		w := text.FoldName(m.Text)
		r.byWord[w] = append(r.byWord[w], i)
	}
	return r
}

// nearestBefore is the last titled lone mention of word w before mention
// i, or -1.
func (r regnal) nearestBefore(w string, i int) int {
	best := -1
	for _, j := range r.byWord[w] {
		if j < i {
			best = j
		}
	}
	return best
}

// personNameGuard returns the rule that keeps the full name p from taking
// lone words as its surname or given name, or "" when none does.
func personNameGuard(d *text.Document, p Mention) string {
	if p.Tok[1]-p.Tok[0] == 2 && acronymWord(d.Tokens[p.Tok[1]-1].Text) {
		return ruleAcronymNoSurname
	}
	for k := p.Tok[0]; k < p.Tok[1]; k++ {
		if d.Tokens[k].Text == "&" {
			return ruleAmpersandNoPerson
		}
	}
	return ""
}

// loneAcronymGuard returns the rule that keeps lone mention m from joining
// any person named in full, or "" when none does.
func loneAcronymGuard(d *text.Document, m Mention) string {
	if acronymWord(d.Tokens[m.Tok[0]].Text) {
		return ruleAcronymNoSurname
	}
	return ""
}

// givenNameGuard returns the rule that keeps lone mention m, read in form
// f, from joining a full name at word position pos of n words, or "" when
// none does. orgFirst says whether an organisation of the document starts
// with the word.
func givenNameGuard(d *text.Document, m Mention, f string, pos, n int, orgFirst bool) string {
	if pos == n-1 {
		return ""
	}
	if _, given := firstName(d.Lang, text.Token{Text: f, Class: text.Word}); given {
		return ""
	}
	if m.Type == schema.Person && !orgFirst {
		return ""
	}
	return ruleGivenNameKnown
}

// acronymWord reports whether w is two or more capital letters and not a
// Roman numeral.
func acronymWord(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	roman := true
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		if !isRomanDigit(r) {
			roman = false
		}
	}
	return !roman
}

func isRomanDigit(r rune) bool {
	switch r {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		return true
	}
	return false
}

// orgShortFormGuard returns the rule that keeps lone mention m out of the
// organisation whose name starts with its word, or "" when none does.
// joinedPerson says whether m already joined a person named in full.
func orgShortFormGuard(d *text.Document, m Mention, joinedPerson bool) string {
	if joinedPerson {
		return ruleShortFormOneOwner
	}
	if ofNameHead(d, m) {
		return ruleOfNameHead
	}
	if _, nat := lang.Of(d.Lang).Nationalities.Has(d.Tokens[m.Tok[0]].Text); nat {
		return ruleNationalityNotShortForm
	}
	if m.Type == schema.Person {
		if _, given := firstName(d.Lang, d.Tokens[m.Tok[0]]); given {
			return ruleGivenNameNotOrg
		}
	}
	return ""
}

// keep records that rule kept mention i apart from a name it shares a word
// with.
func keep(ms []Mention, i int, rule string) {
	if ms[i].KeptBy == "" {
		ms[i].KeptBy = rule
	}
}

// firstAfter is the first titled lone mention of word w after mention i,
// or -1.
func (r regnal) firstAfter(w string, i int) int {
	for _, j := range r.byWord[w] {
		if j > i {
			return j
		}
	}
	return -1
}

// ofNameHead reports whether lone mention m is followed, in its sentence,
// by a genitive preposition and a capitalised word, the definite article
// between allowed: "News of the World", "Bank of England".
func ofNameHead(d *text.Document, m Mention) bool {
	L := lang.Of(d.Lang)
	if !L.CasedNames {
		return false
	}
	k := m.Tok[1]
	end := d.Sentences[d.Tokens[m.Tok[0]].Sent].EndToken
	if k >= end || !lang.Has(L.GenitivePrepositions, d.Tokens[k].Fold) {
		return false
	}
	k++
	if k < end && lang.Has(L.DefiniteArticles, d.Tokens[k].Fold) {
		k++
	}
	return k < end && d.Tokens[k].Class == text.Word && startsUpper(d.Tokens[k].Text)
}

// nationalTails applies ruleNationalTail: each organisation mention right
// after a nationality adjective of its sentence starts at the adjective
// when the document names an organisation with both.
func nationalTails(d *text.Document, ms []Mention) {
	L := lang.Of(d.Lang)
	names := map[string]bool{}
	for _, m := range ms {
		if m.Type == schema.Organization && m.Entity >= 0 {
			names[text.FoldName(m.Text)] = true
		}
	}
	for i, m := range ms {
		k := m.Tok[0] - 1
		if m.Type != schema.Organization || m.Entity < 0 || m.LexID != "" || k < 0 || d.Tokens[k].Sent != d.Tokens[m.Tok[0]].Sent {
			continue
		}
		if _, nat := L.Nationalities.Has(d.Tokens[k].Text); !nat {
			continue
		}
		sp := text.Span{Start: d.Tokens[k].Start, End: m.Span.End}
		if !names[text.FoldName(d.Slice(sp))] {
			continue
		}
		ms[i].Span, ms[i].Tok[0], ms[i].Text = sp, k, d.Slice(sp)
	}
}
