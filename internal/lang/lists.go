package lang

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Gender is the grammatical or usual gender a row marks: "m", "f", "-"
// (unmarked, either), "p" (a plural form: "قالوا", no one person) or ""
// (the row says nothing).
type Gender string

// Mode is what usually follows a speech verb: a quotation ("direct"),
// reported speech ("indirect") or either ("both"); "that" is a verb whose
// reported speech always starts with "that" ("denied that …"), so a bare
// noun after it is its object, not what was said; "source" is a phrase
// whose noun after it is the source of reported speech ("according to
// Reuters"), not a speaker named after the verb.
type Mode string

// Trigger is a common noun that announces the type of the name next to it
// (triggers.txt: word<TAB>Type).
type Trigger struct{ Type schema.Type }

// Title is a job title or an honorific (titles.txt, honorifics.txt:
// phrase<TAB>gender[<TAB>word,word…]). The optional third column makes a
// word a title only when one of those words and an organisation follow it:
// "a partner at Vistula Ventures", not "writing partner Jim Taylor" (rule
// employer-only-title).
type Title struct {
	Gender     Gender
	OnlyBefore []string // folded words; empty: a title wherever it stands
}

// SpeechVerb is a verb of saying (speech_verbs.txt: verb<TAB>gender<TAB>mode).
type SpeechVerb struct {
	Gender Gender
	Mode   Mode
}

// Attribution is a phrase that names a source ("according to"), with the
// gender it marks when it points back to a speaker ("على حد قولها")
// (attribution.txt: phrase[<TAB>gender]).
type Attribution struct{ Gender Gender }

// Participle attaches reported speech to the subject of the main verb
// (speech_participles.txt: word<TAB>gender).
type Participle struct{ Gender Gender }

// Pronoun is a pronoun or demonstrative that stands for a speaker named
// before ("he said", "وقال هو") (pronouns.txt: word<TAB>gender).
type Pronoun struct{ Gender Gender }

// Month is a Gregorian month name (months.txt: name<TAB>1..12).
type Month struct{ Number int }

// Currency is a currency word or symbol (currencies.txt: word<TAB>ISO 4217).
type Currency struct{ ISO string }

// Scale is a number scale word (scales.txt: word<TAB>multiplier).
type Scale struct{ Multiplier float64 }

// Nationality is a nationality adjective and the Place it points to
// (nationalities.txt: adjective<TAB>place id).
type Nationality struct{ Place string }

// Cue is a relation cue phrase (relation_triggers.txt:
// phrase<TAB>predicate[<TAB>flag,flag…], flags noun, adjacent, apposition,
// object-not-subject and relative); Noun marks a nominal cue ("the acquisition of")
// rather than a verb.
type Cue struct {
	Predicate string
	Noun      bool
	// Adjacent: the subject stands right before the cue, with only
	// cue_bridges words between ("X, which is based in Y").
	Adjacent bool
	// Apposition: a noun phrase that relates only the name it stands in
	// apposition to ("Vela Labs, the maker of …"), read by the
	// apposition-cue rule and never as a free cue.
	Apposition bool
	// ObjectNotSubject: an object this cue found (in the active voice) is
	// not the subject of a later cue of the sentence, which takes the
	// sentence's subject instead: "X listed on the Saudi Exchange and
	// raised …", "X, which listed on Nasdaq, has adopted …" (X raised, X
	// adopted; an exchange is an Organization, so nearness alone would
	// pick it).
	ObjectNotSubject bool
	// Relative: the phrase is a relative pronoun and a verb carrying its
	// object as a pronoun ("التي تنتجها"), read only by the relative-cue
	// rule: the name before it is the object, the name after it the
	// subject.
	Relative bool
	// PronounObject: the phrase ends in a pronoun suffix ("تبنته", "طرحت
	// أسهمها"); with no object after it, the cue rules take the first one
	// named in the sentence before (rule "…-pronoun").
	PronounObject bool
}

// Blocker is a word that, between a relation cue and its object, says the
// cue does not mean the predicate ("raised its offer to", "a stake in"), or
// with Allow lifts that ("a controlling stake") (cue_blockers.txt:
// word<TAB>predicate[<TAB>allow]).
type Blocker struct {
	Predicate string
	Allow     bool
}

// Role is what a job title says beyond itself (title_roles.txt:
// word<TAB>founder|lead|former).
type Role struct{ Role string }

// FirstName is a given name with its usual gender (first_names.txt:
// name<TAB>gender).
type FirstName struct{ Gender Gender }

// OrgVerb is a verb whose subject and object are organisations, the
// subject written before Closing (org_subject_verbs.txt: verb<TAB>preposition).
type OrgVerb struct{ Closing string }

func orgVerbs(c []string) (OrgVerb, error) {
	p, err := need(c, 1, "preposition")
	return OrgVerb{text.Fold(p)}, err
}

// Word is the value of a list that is only phrases.
type Word struct{}

// column reads one typed column of a row; the error names what is wrong.
type column[T any] func(cols []string) (T, error)

func gender(i int, optional bool) func([]string) (Gender, error) {
	return func(c []string) (Gender, error) {
		if i >= len(c) {
			if optional {
				return "", nil
			}
			return "", fmt.Errorf("missing gender column")
		}
		switch c[i] {
		case "m", "f", "-", "p":
			return Gender(c[i]), nil
		}
		return "", fmt.Errorf("gender %q: use m, f, - or p", c[i])
	}
}

func need(c []string, i int, what string) (string, error) {
	if i >= len(c) || c[i] == "" {
		return "", fmt.Errorf("missing %s column", what)
	}
	return c[i], nil
}

// load reads list of profile tag into a phrase set with typed values. A
// missing list, an empty list or an ill-formed row is an error.
func load[T any](tag text.Lang, list string, parse column[T]) (*phrase.Set[T], error) {
	rows, err := schema.Table(string(tag), list)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("schema/lang/%s/%s.txt: the list is empty", tag, list)
	}
	phrases := make([]string, len(rows))
	values := make([]T, len(rows))
	for i, r := range rows {
		if r[0] == "" {
			return nil, fmt.Errorf("schema/lang/%s/%s.txt: row %d: empty phrase", tag, list, i+1)
		}
		v, err := parse(r)
		if err != nil {
			return nil, fmt.Errorf("schema/lang/%s/%s.txt: row %d %q: %v", tag, list, i+1, r[0], err)
		}
		phrases[i], values[i] = r[0], v
	}
	return phrase.New(phrases, values), nil
}

// loadOptional is load for a list the language may leave empty; the file
// must still exist.
func loadOptional[T any](tag text.Lang, list string, parse column[T]) (*phrase.Set[T], error) {
	rows, err := schema.Table(string(tag), list)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return phrase.New[T](nil, nil), nil
	}
	return load(tag, list, parse)
}

func words(c []string) (Word, error) { return Word{}, nil }

// RegionHead is a row of region_heads.txt: the lexicon kinds of place the
// word makes a region of ("*" for any).
type RegionHead struct{ Kinds []string }

// Takes reports whether the head makes a region of a place of that kind.
func (r RegionHead) Takes(kind string) bool {
	return slices.Contains(r.Kinds, "*") || slices.Contains(r.Kinds, kind)
}

func regionHeads(c []string) (RegionHead, error) {
	k, err := need(c, 1, "kinds")
	if err != nil {
		return RegionHead{}, err
	}
	return RegionHead{Kinds: strings.Split(k, ",")}, nil
}

func triggers(c []string) (Trigger, error) {
	t, err := need(c, 1, "type")
	if err != nil {
		return Trigger{}, err
	}
	if err := schema.CheckType(schema.Type(t)); err != nil {
		return Trigger{}, err
	}
	return Trigger{schema.Type(t)}, nil
}

func titles(c []string) (Title, error) {
	g, err := gender(1, false)(c)
	if err != nil || len(c) < 3 || c[2] == "" {
		return Title{Gender: g}, err
	}
	var before []string
	for _, w := range strings.Split(c[2], ",") {
		if w = strings.TrimSpace(w); w == "" {
			return Title{}, fmt.Errorf("empty word in %q", c[2])
		}
		before = append(before, text.Fold(w))
	}
	return Title{Gender: g, OnlyBefore: before}, nil
}

func speechVerbs(c []string) (SpeechVerb, error) {
	g, err := gender(1, false)(c)
	if err != nil {
		return SpeechVerb{}, err
	}
	m, err := need(c, 2, "mode")
	if err != nil {
		return SpeechVerb{}, err
	}
	switch m {
	case "direct", "indirect", "both", "that", "source":
	default:
		return SpeechVerb{}, fmt.Errorf("mode %q: use direct, indirect, both, that or source", m)
	}
	return SpeechVerb{g, Mode(m)}, nil
}

func attributions(c []string) (Attribution, error) {
	g, err := gender(1, true)(c)
	return Attribution{g}, err
}

func participles(c []string) (Participle, error) {
	g, err := gender(1, false)(c)
	return Participle{g}, err
}

func pronouns(c []string) (Pronoun, error) {
	g, err := gender(1, false)(c)
	return Pronoun{g}, err
}

func firstNames(c []string) (FirstName, error) {
	g, err := gender(1, false)(c)
	return FirstName{g}, err
}

func months(c []string) (Month, error) {
	s, err := need(c, 1, "month number")
	if err != nil {
		return Month{}, err
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 12 {
		return Month{}, fmt.Errorf("month %q: use 1..12", s)
	}
	return Month{n}, nil
}

func currencies(c []string) (Currency, error) {
	s, err := need(c, 1, "ISO code")
	if err != nil {
		return Currency{}, err
	}
	if len(s) != 3 || strings.ToUpper(s) != s {
		return Currency{}, fmt.Errorf("currency %q: use an ISO 4217 code", s)
	}
	return Currency{s}, nil
}

func scales(c []string) (Scale, error) {
	s, err := need(c, 1, "multiplier")
	if err != nil {
		return Scale{}, err
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f <= 0 {
		return Scale{}, fmt.Errorf("multiplier %q: use a positive number", s)
	}
	return Scale{f}, nil
}

func nationalities(c []string) (Nationality, error) {
	s, err := need(c, 1, "place id")
	return Nationality{s}, err
}

func cues(c []string) (Cue, error) {
	p, err := need(c, 1, "predicate")
	if err != nil {
		return Cue{}, err
	}
	if err := schema.CheckPredicate(p); err != nil {
		return Cue{}, err
	}
	var cue Cue
	cue.Predicate = p
	if len(c) > 2 {
		for _, flag := range strings.Split(c[2], ",") {
			switch flag {
			case "noun":
				cue.Noun = true
			case "adjacent":
				cue.Adjacent = true
			case "apposition":
				cue.Apposition = true
			case "object-not-subject":
				cue.ObjectNotSubject = true
			case "relative":
				cue.Relative = true
			case "pronoun-object":
				cue.PronounObject = true
			default:
				return Cue{}, fmt.Errorf("third column %q: only \"noun\", \"adjacent\", \"apposition\", \"object-not-subject\", \"relative\" or \"pronoun-object\", comma-separated", c[2])
			}
		}
	}
	return cue, nil
}

func blockers(c []string) (Blocker, error) {
	p, err := need(c, 1, "predicate")
	if err != nil {
		return Blocker{}, err
	}
	if err := schema.CheckPredicate(p); err != nil {
		return Blocker{}, err
	}
	b := Blocker{Predicate: p}
	if len(c) > 2 {
		if c[2] != "allow" {
			return Blocker{}, fmt.Errorf("third column %q: only \"allow\"", c[2])
		}
		b.Allow = true
	}
	return b, nil
}

func roles(c []string) (Role, error) {
	r, err := need(c, 1, "role")
	if err != nil {
		return Role{}, err
	}
	switch r {
	case "founder", "lead", "former", "deputy":
		return Role{r}, nil
	}
	return Role{}, fmt.Errorf("role %q: use founder, lead, former or deputy", r)
}

// wordSet reads lists as one set of folded, lower-cased words.
func wordSet(tag text.Lang, lists ...string) (map[string]bool, error) {
	m := map[string]bool{}
	for _, l := range lists {
		w, err := schema.Words(string(tag), l)
		if err != nil {
			return nil, err
		}
		if len(w) == 0 {
			return nil, fmt.Errorf("schema/lang/%s/%s.txt: the list is empty", tag, l)
		}
		for _, x := range w {
			m[strings.ToLower(text.Fold(x))] = true
		}
	}
	return m, nil
}

// optionalKinds reads a list of "word<TAB>kind" rows that a language may
// not have, keyed by the folded word.
func optionalKinds(tag text.Lang, list string) (map[string]string, error) {
	rows, err := schema.Table(string(tag), list)
	m := map[string]string{}
	if err != nil {
		return m, nil
	}
	for _, r := range rows {
		if len(r) != 2 || r[1] == "" {
			return nil, fmt.Errorf("schema/lang/%s/%s.txt: %q: want word<TAB>kind", tag, list, strings.Join(r, "\t"))
		}
		m[text.Fold(r[0])] = r[1]
	}
	return m, nil
}

// givenNameGroups reads given_name_variants.txt (formal<TAB>short,short…),
// which a language may not have: each name of a row, the formal one too,
// maps to the row's formal name; a short form two rows hold maps to both.
func givenNameGroups(tag text.Lang) (map[string][]string, error) {
	m := map[string][]string{}
	rows, err := schema.Table(string(tag), "given_name_variants")
	if err != nil {
		return m, nil
	}
	key := func(w string) string { return strings.ToLower(text.Fold(w)) }
	for _, r := range rows {
		if len(r) != 2 || r[0] == "" || r[1] == "" {
			return nil, fmt.Errorf("schema/lang/%s/given_name_variants.txt: %q: want formal<TAB>short,short…", tag, strings.Join(r, "\t"))
		}
		formal := key(r[0])
		for _, w := range append([]string{r[0]}, strings.Split(r[1], ",")...) {
			if k := key(strings.TrimSpace(w)); k != "" && !slices.Contains(m[k], formal) {
				m[k] = append(m[k], formal)
			}
		}
	}
	return m, nil
}
