package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// construction tells, from a language's properties, whether it has the
// construction a one-word list serves, so the list must not be empty. A
// list missing here is required by its loader (wordList.required) or
// depends on nothing the Spec says.
var construction = map[string]struct {
	has func(Spec) bool
	why string
}{
	"determiners":           {func(s Spec) bool { return s.Article == "" && !s.Clitics }, "articles written as words"},
	"definite_articles":     {func(s Spec) bool { return s.Article == "" && !s.Clitics }, "the definite article written as a word"},
	"indefinite_articles":   {func(s Spec) bool { return s.Article == "" && !s.Clitics }, "articles written as words"},
	"list_joiners":          {func(s Spec) bool { return !s.Clitics }, "'and' written as a word, not a prefix"},
	"owner_pronouns":        {func(s Spec) bool { return !s.Clitics }, "possessive pronouns written as words"},
	"title_joiners":         {func(s Spec) bool { return !s.HeadFirst }, "head-final titles (chairman and chief executive)"},
	"employer_prepositions": {func(s Spec) bool { return !s.HeadFirst }, "head-final titles before their employer"},
	"owner_name_joiners":    {func(s Spec) bool { return !s.HeadFirst }, "an owner before what it owns"},
	"person_subjects":       {func(s Spec) bool { return !s.VerbFirst }, "a subject pronoun before the speech verb"},
	"cue_subject_skips":     {func(s Spec) bool { return !s.VerbFirst }, "auxiliaries between a subject and its verb"},
	"surname_prefixes":      {func(s Spec) bool { return s.CasedNames }, "capitals inside surnames"},
	"stop_latin":            {func(s Spec) bool { return !s.Script('A') }, "Latin tokens inside text of another script"},
}

// asWritten are the lists matched against a token's text, not its Fold.
var asWritten = map[string]bool{"surname_prefixes": true, "verb_months": true}

// TestWordListsWellFormed reads every one-word list of every profile as it
// is written: one word per row (one token) and no other column, in lower
// case unless the list is matched as written, no two rows folding to the
// same word (a duplicate, or a spelling variant the fold already joins), a comment saying why when the list is
// empty, and a non-empty list where the language has the construction.
func TestWordListsWellFormed(t *testing.T) {
	lists := (&WordLists{}).lists()
	for _, tag := range Tags() {
		spec := Of(tag).Spec
		for _, l := range lists {
			name := "schema/lang/" + string(tag) + "/" + l.file + ".txt"
			rows, err := schema.Table(string(tag), l.file)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			seen := map[string]int{}
			for i, r := range rows {
				w := r[0]
				toks := text.Tokenize(w)
				key := foldedKey(toks)
				switch {
				case len(r) != 1:
					t.Errorf("%s row %d %q: %d columns; a word list has one", name, i+1, w, len(r))
				case len(toks) != 1 && !l.phrases:
					t.Errorf("%s row %d %q: %d tokens; a rule compares one token with it", name, i+1, w, len(toks))
				case seen[key] > 0:
					t.Errorf("%s row %d %q: folds to %q, like row %d", name, i+1, w, key, seen[key])
				case asWritten[l.file] && text.Fold(w) == w:
					t.Errorf("%s row %d %q: the list is matched as written, with its capital", name, i+1, w)
				case !asWritten[l.file] && strings.ToLower(w) != w:
					t.Errorf("%s row %d %q: write it in lower case (tokens are compared by their Fold)", name, i+1, w)
				}
				if seen[key] == 0 {
					seen[key] = i + 1
				}
			}
			if len(rows) == 0 {
				if l.required {
					t.Errorf("%s: empty; every language needs it", name)
				}
				if !hasComment(t, tag, l.file) {
					t.Errorf("%s: empty without a comment saying why", name)
				}
			}
			if c, ok := construction[l.file]; ok && c.has(spec) && len(rows) == 0 {
				t.Errorf("%s: empty, but %s has %s", name, spec.Name, c.why)
			}
		}
	}
}

// hasComment reports whether the list's file has a comment line.
func hasComment(t *testing.T, tag text.Lang, list string) bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "schema", "lang", string(tag), list+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if c, ok := strings.CutPrefix(strings.TrimSpace(l), "#"); ok && strings.TrimSpace(c) != "" {
			return true
		}
	}
	return false
}

// The construction table names only lists that exist.
func TestConstructionTableNamesLists(t *testing.T) {
	files := map[string]bool{}
	for _, l := range (&WordLists{}).lists() {
		files[l.file] = true
	}
	for f := range construction {
		if !files[f] {
			t.Errorf("construction names %q, which is no one-word list", f)
		}
	}
}

// foldedKey is a row as the phrase set keeps it: its folded tokens.
func foldedKey(toks []text.Token) string {
	f := make([]string, len(toks))
	for i, t := range toks {
		f[i] = t.Fold
	}
	return strings.Join(f, " ")
}
