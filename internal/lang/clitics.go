package lang

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// cliticRole is one role of clitics.txt: the Spec field its forms fill, and
// whether it takes one form (a string field) or a list.
type cliticRole struct {
	one    *string
	list   *[]string
	letter bool // every form is one letter (a cutset: TrimProcliticLetters)
}

// cliticRoles maps the roles of clitics.txt to the fields of s they fill.
func cliticRoles(s *Spec) map[string]cliticRole {
	return map[string]cliticRole{
		"article":                {one: &s.Article},
		"and_proclitic":          {one: &s.AndProclitic},
		"to_proclitic":           {one: &s.ToProclitic},
		"elided_article":         {one: &s.ElidedArticle},
		"feminine_ending":        {one: &s.FeminineEnding},
		"feminine_plural":        {one: &s.FemininePlural},
		"noun_suffix":            {list: &s.NounSuffixes},
		"possessive_suffix":      {list: &s.PossessiveSuffixes},
		"sound_plural":           {list: &s.SoundPlurals},
		"article_proclitic":      {list: &s.ArticleProclitics},
		"glued_preposition":      {list: &s.GluedPrepositions},
		"non_name_suffix":        {list: &s.NonNameSuffixes},
		"vocabulary_suffix":      {list: &s.VocabularySuffixes},
		"verb_prefix":            {list: &s.VerbPrefixes},
		"verb_conjunction":       {list: &s.VerbConjunctions},
		"future_prefix":          {list: &s.FuturePrefixes},
		"future_person_prefix":   {list: &s.FuturePersonPrefixes},
		"perfect_prefix":         {list: &s.PerfectPrefixes},
		"perfect_suffix":         {list: &s.PerfectSuffixes},
		"accusative_ending":      {list: &s.AccusativeEndings},
		"indefinite_mark":        {list: &s.IndefiniteMarks},
		"possessed_feminine":     {list: &s.PossessedFeminine},
		"phrase_proclitic":       {list: &s.PhraseProclitics},
		"conjunction_letter":     {list: &s.ConjunctionLetters, letter: true},
		"proclitic_letter":       {list: &s.ProcliticLetters, letter: true},
		"adverb_suffix":          {list: &s.AdverbSuffixes},
		"gerund_suffix":          {list: &s.GerundSuffixes},
		"plural_suffix":          {list: &s.PluralSuffixes},
		"non_plural_ending":      {list: &s.NonPluralEndings},
		"plural_rewrite":         {list: &s.PluralRewrites},
		"nisba_ending":           {one: &s.NisbaEnding},
		"article_only_proclitic": {list: &s.ArticleOnlyProclitics},
	}
}

// loadClitics fills the clitic fields of s from schema/lang/<tag>/clitics.txt.
func loadClitics(tag text.Lang, s *Spec) error {
	rows, err := schema.Table(string(tag), "clitics")
	if err != nil {
		return err
	}
	if err := parseClitics(rows, s); err != nil {
		return fmt.Errorf("schema/lang/%s/clitics.txt: %v", tag, err)
	}
	s.Clitics = hasProclitics(s)
	return nil
}

// hasProclitics reports whether the clitic fields give the language a
// proclitic: "and", "to" or a preposition glued to the next word, or one
// written before the article. It sets Spec.Clitics, so that flag is data.
func hasProclitics(s *Spec) bool {
	return s.AndProclitic != "" || s.ToProclitic != "" || len(s.GluedPrepositions) > 0 || len(s.ArticleProclitics) > 0
}

// parseClitics reads role<TAB>form rows into s. A form "-" declares the role
// empty and must be its only row; an unknown role, a missing role, or a
// second form of a one-form role is an error.
func parseClitics(rows [][]string, s *Spec) error {
	roles := cliticRoles(s)
	seen := map[string]int{}
	empty := map[string]bool{}
	for i, r := range rows {
		if len(r) != 2 || r[1] == "" {
			return fmt.Errorf("row %d %q: want role<TAB>form", i+1, r)
		}
		role, form := r[0], r[1]
		f, ok := roles[role]
		if !ok {
			return fmt.Errorf("row %d: unknown role %q", i+1, role)
		}
		if empty[role] || seen[role] > 0 && (form == "-" || f.one != nil) {
			return fmt.Errorf("row %d: role %q given twice", i+1, role)
		}
		seen[role]++
		if form == "-" {
			empty[role] = true
			continue
		}
		if role == "plural_rewrite" {
			if pl, sg, ok := strings.Cut(form, ":"); !ok || pl == "" || sg == "" || strings.Contains(sg, ":") {
				return fmt.Errorf("row %d: role %q takes plural:singular, not %q", i+1, role, form)
			}
		}
		if f.letter && utf8.RuneCountInString(form) != 1 {
			return fmt.Errorf("row %d: role %q takes one letter, not %q", i+1, role, form)
		}
		if f.one != nil {
			*f.one = form
		} else {
			*f.list = append(*f.list, form)
		}
	}
	var missing []string
	for role := range roles {
		if seen[role] == 0 {
			missing = append(missing, role)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("missing roles %s (write role<TAB>- for none)", strings.Join(missing, ", "))
	}
	return nil
}
