package schema

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// minLexicon is the floor on the lexicon's size: it is meant to know
// hundreds of well-known entities, not a handful.
const minLexicon = 600

// foldName is a small copy of the project's matching fold, kept here because
// schema imports no other package of the project: Arabic diacritics and
// tatweel removed, alef/ya/ta-marbuta/hamza-seat variants unified, Latin
// lower-cased, punctuation and spaces collapsed to one space.
func foldName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
			(r >= 0x06D6 && r <= 0x06ED) || r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى' || r == 'ئ':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// allowedCollisions lists folded names that two entities of one type share on
// purpose, with the reason. A recognizer must use context to choose.
var allowedCollisions = map[string]string{
	// "عمان" is Oman; "عمّان" (Amman) differs only by the shadda, which
	// folding drops. News writes both with and without it.
	"Place/عمان": "Oman vs Amman: distinguished only by a shadda",
}

func TestLexiconLoads(t *testing.T) {
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lex) < minLexicon {
		t.Errorf("lexicon has %d entries, want at least %d", len(lex), minLexicon)
	}
	counts := map[Type]int{}
	for _, e := range lex {
		counts[e.Type]++
	}
	for _, ty := range Types() {
		if !ty.IsEntity() {
			continue
		}
		if counts[ty.Name] == 0 {
			t.Errorf("no lexicon entry of type %s", ty.Name)
		}
	}
	t.Logf("lexicon: %d entries %v", len(lex), counts)
}

var slugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestLexiconEntries(t *testing.T) {
	lex := Lexicon()
	ids := map[string]bool{}
	orgs := map[string]bool{}
	for _, e := range lex {
		key := string(e.Type) + "/" + e.ID
		if ids[key] {
			t.Errorf("%s: id declared twice", key)
		}
		ids[key] = true
		if e.Type == Organization {
			orgs[e.ID] = true
		}
	}
	wd := regexp.MustCompile(`^Q[1-9][0-9]*$`)
	for _, e := range lex {
		key := string(e.Type) + "/" + e.ID
		t.Run(key, func(t *testing.T) {
			if !slugRE.MatchString(e.ID) {
				t.Errorf("id %q is not a lower-case slug", e.ID)
			}
			if e.Kind == "" {
				t.Errorf("no kind")
			}
			if e.Wikidata != "" && !wd.MatchString(e.Wikidata) {
				t.Errorf("wikidata %q malformed", e.Wikidata)
			}
			seen := map[string]bool{}
			for _, n := range e.Names {
				if strings.TrimSpace(n) != n || n == "" {
					t.Errorf("name %q has surrounding space or is empty", n)
				}
				if seen[n] {
					t.Errorf("name %q listed twice", n)
				}
				seen[n] = true
			}
			switch e.Type {
			case Person:
				if e.Gender != "m" && e.Gender != "f" {
					t.Errorf("person gender %q, want m or f", e.Gender)
				}
			default:
				if e.Gender != "" {
					t.Errorf("gender on a %s", e.Type)
				}
			}
			if e.Maker != "" && e.Type != Product {
				t.Errorf("maker on a %s", e.Type)
			}
			if e.Type == Product {
				if e.Maker == "" {
					t.Errorf("product without maker")
				} else if !orgs[e.Maker] {
					t.Errorf("maker %q is not an Organization id", e.Maker)
				}
			}
		})
	}
}

// TestLexiconCollisions reports a folded name listed under two different
// entities of the same type, unless allowedCollisions says why.
func TestLexiconCollisions(t *testing.T) {
	owners := map[string]map[string]bool{}
	for _, e := range Lexicon() {
		// The recognizers match the display name en too, so it counts.
		for _, n := range append([]string{e.En}, e.Names...) {
			k := string(e.Type) + "/" + foldName(n)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][e.ID] = true
		}
	}
	var bad []string
	for k, ids := range owners {
		if len(ids) < 2 {
			continue
		}
		if _, ok := allowedCollisions[k]; ok {
			continue
		}
		var l []string
		for id := range ids {
			l = append(l, id)
		}
		sort.Strings(l)
		bad = append(bad, fmt.Sprintf("%s: %s", k, strings.Join(l, ", ")))
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Errorf("name shared by entities of one type: %s", b)
	}
	for k := range allowedCollisions {
		if len(owners[k]) < 2 {
			t.Errorf("allowedCollisions entry %q no longer collides; remove it", k)
		}
	}
}

// listSpec describes one word list: its name, its columns and a check for
// each row.
type listSpec struct {
	name    string
	minCols int
	maxCols int
	check   func(row []string) error
}

var genders = map[string]bool{"m": true, "f": true, "-": true}

func checkGender(col int) func([]string) error {
	return func(r []string) error {
		if len(r) > col && !genders[r[col]] {
			return fmt.Errorf("gender %q not m, f or -", r[col])
		}
		return nil
	}
}

var isoRE = regexp.MustCompile(`^[A-Z]{3}$`)

var wordLists = []listSpec{
	{"triggers", 2, 2, func(r []string) error {
		ti, ok := LookupType(r[1])
		if !ok || !ti.IsEntity() {
			return fmt.Errorf("type %q is not an entity type", r[1])
		}
		return nil
	}},
	{"titles", 2, 3, checkGender(1)}, // third column: the words an employer-only title needs after it
	{"speech_verbs", 3, 3, func(r []string) error {
		// A speech verb may also be plural (p: قالوا, no one person
		// speaks; internal/lang.SpeechVerb).
		if r[1] != "p" {
			if err := checkGender(1)(r); err != nil {
				return err
			}
		}
		switch r[2] {
		case "direct", "indirect", "both", "that", "source":
			return nil
		}
		return fmt.Errorf("mode %q not direct, indirect, both, that or source (internal/lang.SpeechVerb)", r[2])
	}},
	{"quote_introducers", 1, 1, nil},
	{"attribution", 1, 2, checkGender(1)},
	{"months", 2, 2, func(r []string) error {
		n, err := strconv.Atoi(r[1])
		if err != nil || n < 1 || n > 12 {
			return fmt.Errorf("month number %q", r[1])
		}
		return nil
	}},
	{"currencies", 2, 2, func(r []string) error {
		if !isoRE.MatchString(r[1]) {
			return fmt.Errorf("currency code %q is not ISO 4217 shaped", r[1])
		}
		return nil
	}},
	{"scales", 2, 2, func(r []string) error {
		f, err := strconv.ParseFloat(r[1], 64)
		if err != nil || f < 10 || f != math.Trunc(f) {
			return fmt.Errorf("multiplier %q", r[1])
		}
		return nil
	}},
	{"percent", 1, 1, nil},
	{"nationalities", 2, 2, nil}, // place ids checked in TestNationalities
	{"stopwords", 1, 1, nil},
	{"relation_triggers", 2, 3, func(r []string) error {
		if _, ok := LookupPredicate(r[1]); !ok {
			return fmt.Errorf("unknown predicate %q", r[1])
		}
		if len(r) == 3 {
			for _, flag := range strings.Split(r[2], ",") {
				if flag != "noun" && flag != "adjacent" && flag != "apposition" && flag != "object-not-subject" && flag != "relative" && flag != "pronoun-object" {
					return fmt.Errorf("third column %q: only \"noun\", \"adjacent\", \"apposition\", \"object-not-subject\", \"relative\" or \"pronoun-object\", comma-separated", r[2])
				}
			}
		}
		return CheckPredicate(r[1])
	}},
	{"title_roles", 2, 2, func(r []string) error {
		switch r[1] {
		case "founder", "lead", "former", "deputy":
			return nil
		}
		return fmt.Errorf("role %q: use founder, lead, former or deputy", r[1])
	}},
	{"speech_participles", 2, 2, nil},
	{"alias_cues", 1, 1, nil},
	{"valuation_words", 1, 1, nil},
	{"domain_words", 1, 1, nil},
	{"common_words", 1, 1, nil},
	{"boilerplate", 1, 1, nil},
	{"bylines", 1, 1, nil},
}

func TestWordLists(t *testing.T) {
	for _, lang := range []string{"ar", "en"} {
		for _, spec := range wordLists {
			t.Run(lang+"/"+spec.name, func(t *testing.T) {
				rows, err := Table(lang, spec.name)
				if err != nil {
					t.Fatal(err)
				}
				if len(rows) == 0 {
					t.Fatal("empty list")
				}
				words, err := Words(lang, spec.name)
				if err != nil || len(words) != len(rows) {
					t.Fatalf("Words: %d entries, err %v", len(words), err)
				}
				seen := map[string]int{}
				for i, r := range rows {
					if len(r) < spec.minCols || len(r) > spec.maxCols {
						t.Errorf("row %d %q: %d columns, want %d..%d", i+1, r, len(r), spec.minCols, spec.maxCols)
						continue
					}
					if r[0] == "" {
						t.Errorf("row %d: empty entry", i+1)
					}
					if prev, dup := seen[r[0]]; dup {
						t.Errorf("row %d %q repeats row %d", i+1, r[0], prev)
					}
					seen[r[0]] = i + 1
					if spec.check != nil {
						if err := spec.check(r); err != nil {
							t.Errorf("row %d %q: %v", i+1, r, err)
						}
					}
				}
			})
		}
	}
}

func TestMissingListIsError(t *testing.T) {
	if _, err := Words("ar", "no_such_list"); err == nil {
		t.Error("Words on a missing list: no error")
	}
	if _, err := Table("xx", "triggers"); err == nil {
		t.Error("Table on a missing language: no error")
	}
}

func TestNationalities(t *testing.T) {
	places := map[string]bool{}
	for _, e := range Lexicon() {
		if e.Type == Place {
			places[e.ID] = true
		}
	}
	for _, lang := range []string{"ar", "en"} {
		for _, r := range MustTable(lang, "nationalities") {
			if !places[r[1]] {
				t.Errorf("%s nationality %q -> %q: no such Place id", lang, r[0], r[1])
			}
		}
	}
}

// TestStopwordsAreNotNames checks that no stopword is, once folded, a whole
// lexicon name: the recognizer would then never find that entity.
func TestStopwordsAreNotNames(t *testing.T) {
	names := map[string]string{}
	for _, e := range Lexicon() {
		for _, n := range append([]string{e.En}, e.Names...) {
			names[foldName(n)] = string(e.Type) + "/" + e.ID
		}
	}
	for _, lang := range []string{"ar", "en"} {
		for _, w := range MustWords(lang, "stopwords") {
			if id, ok := names[foldName(w)]; ok {
				t.Errorf("%s stopword %q is a name of %s", lang, w, id)
			}
		}
	}
}

func TestFoldName(t *testing.T) {
	cases := []struct{ a, b string }{
		{"إنفيديا", "انفيديا"},
		{"MiniMax", "Minimax"},
		{"Z.ai", "z ai"},
		{"مُبادَلة", "مبادلة"},
		{"هيئة", "هيئه"},
		{"مصطفى", "مصطفي"},
	}
	for _, c := range cases {
		if foldName(c.a) != foldName(c.b) {
			t.Errorf("foldName(%q)=%q, foldName(%q)=%q", c.a, foldName(c.a), c.b, foldName(c.b))
		}
	}
}
