package identity

import (
	"fmt"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// variantConfidence is the confidence of two names of one thing joined
// because they differ only by a plural or a leading "the".
const variantConfidence = 0.9

// ruleVariant names that join.
const ruleVariant = "plural-variant"

// kindBare keys a long name of anything but a person by its bareName.
const kindBare = "bn|"

// variantKeys: a long name (a skeleton key) of anything but a person is
// held under its type and bare name.
func variantKeys(e kg.Entity) []string {
	if e.Type == schema.Person || !strings.HasPrefix(lastSegment(e.IRI), "x-") {
		return nil
	}
	return []string{kindBare + string(e.Type) + "|" + bareName(e.Name)}
}

// variantJoin joins a long name (a skeleton key) of anything but a person
// to the name of its script and type whose words are its own but for a
// plural, a leading "the" or a joining word (bareName): "International
// Federation of Phonographic Industry" and "… Industries", "Building
// Society Association" and "Building Societies Association", "The Office
// for National Statistics" and "Office of National Statistics". The one
// more documents hold (of two as many, the first IRI) keeps its IRI.
// A one-word core differs by "the" only (plainName), never by a plural.
// People are left out: Davis and Davies are two names.
func variantJoin(e batchEntity, found map[string][]Candidate, _ map[string]bool) (join, bool) {
	a := e.ent
	if a.Type == schema.Person || !strings.HasPrefix(lastSegment(a.IRI), "x-") {
		return join{}, false
	}
	bare := bareName(a.Name)
	own := 0
	var best Candidate
	seen := map[string]bool{}
	for _, k := range append(crossScriptProbes(a), variantKeys(a)...) {
		for _, c := range found[k] {
			if c.IRI == a.IRI {
				own = max(own, c.Docs)
				continue
			}
			if seen[c.IRI] || c.Type != a.Type || latinName(c.Name) != latinName(a.Name) || !keyedByName(c.IRI) || bareName(c.Name) != bare {
				continue
			}
			if !strings.Contains(bare, " ") && plainName(c.Name) != plainName(a.Name) {
				continue // one word whose plural is the difference: a band and a film
			}
			seen[c.IRI] = true
			if best.IRI == "" || c.Docs > best.Docs || c.Docs == best.Docs && c.IRI < best.IRI {
				best = c
			}
		}
	}
	if best.IRI == "" || best.Docs < own || best.Docs == own && best.IRI > a.IRI {
		return join{}, false
	}
	return join{to: best.IRI, other: best.Name, conf: variantConfidence, rule: ruleVariant,
		evidence: fmt.Sprintf("%s ≈ %s: one name but for a plural or \"the\"", a.Name, best.Name)}, true
}

// plainName is a folded name without the joining words (functionWords),
// its plurals kept. A one-word core joins only another of the same number:
// "The Wanderers" and "Wanderers" are one, "Wanderers" (a band) and "The
// Wanderer" (a film) are two names; with two words or more a plural is the
// only difference of one name written two ways.
func plainName(n string) string {
	var out []string
	for _, w := range strings.Fields(Fold(n)) {
		if !functionWords[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// bareName is a folded name without the joining words an acronym may skip
// (functionWords: the, of, for, and) and with each word in the singular
// (Industries → industry, Societies → society, Games → game).
func bareName(n string) string {
	var out []string
	for _, w := range strings.Fields(Fold(n)) {
		switch sg := singular(w); {
		case functionWords[w]:
			continue
		case sg != "":
			w = sg
		case len(w) > 3:
			if stem, ok := pluralStem(w); ok {
				w = stem
			}
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// singular returns the folded word w with its plural ending written over
// by the first profile that reads one (lang Singular, clitics.txt
// plural_rewrite: "industries" → "industry"), "" when none does.
func singular(w string) string {
	for _, P := range lang.All() {
		if s, ok := P.Singular(w); ok {
			return s
		}
	}
	return ""
}

// pluralStem returns the folded word w without the regular plural suffix of
// the first profile that reads one (lang PluralStem, clitics.txt
// plural_suffix: "games" → "game", not "boss"). A name is keyed whatever
// its language, so every profile is asked.
func pluralStem(w string) (string, bool) {
	for _, P := range lang.All() {
		if stem, ok := P.PluralStem(w); ok {
			return stem, true
		}
	}
	return "", false
}
