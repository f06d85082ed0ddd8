package identity

import (
	"fmt"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Rule given-name-variant: a person named in full whose given name is a
// well-known short form of another's (given_name_variants.txt: Vince and
// Vincent, Bill and William), the rest of the name the same word for word,
// is that person when their articles' contexts are compatible as a lone
// surname's must be (an organisation one works at named by the other, a
// title word, two organisations both articles name, or two people they name
// when no one else holds the surname). Without
// it "Vince Cable" and "Vincent Cable" are two people of the surname Cable,
// and a lone "Cable" joins neither.

const (
	kindGiven = "gv|" // formal given name + the rest of a person's folded name

	ruleGivenVariant = "given-name-variant"

	// givenVariantConfidence is the confidence of two full names one but
	// for a short form of the given name, with compatible contexts.
	givenVariantConfidence = 0.85
)

// givenKeys: a person named in full in Latin script whose first word the
// table holds is held under each formal name it is a form of, with the
// rest of its name ("gv|vincent cable" for Vince Cable and Vincent Cable).
func givenKeys(e kg.Entity) []string {
	if e.Type != schema.Person || !keyedByName(e.IRI) || !latinName(e.Name) {
		return nil
	}
	ws := strings.Fields(Fold(e.Name))
	if len(ws) < 2 {
		return nil
	}
	forms := lang.Of(text.English).GivenNameForms(ws[0])
	if len(forms) == 0 || surname(e) == "" {
		return nil
	}
	rest := strings.Join(ws[1:], " ")
	var ks []string
	for _, f := range forms {
		ks = append(ks, kindGiven+f+" "+rest)
	}
	return ks
}

// givenVariants returns the people held under e's given-name keys with
// another IRI and another name, and how many documents hold e itself.
func givenVariants(e kg.Entity, found map[string][]Candidate) (map[string]Candidate, int) {
	out := map[string]Candidate{}
	own := 0
	f := Fold(e.Name)
	for _, k := range givenKeys(e) {
		for _, c := range found[k] {
			switch {
			case c.IRI == e.IRI:
				own = max(own, c.Docs)
			case c.Type == schema.Person && keyedByName(c.IRI) && Fold(c.Name) != f:
				if old, ok := out[c.IRI]; !ok || c.Docs > old.Docs {
					out[c.IRI] = c
				}
			}
		}
	}
	return out, own
}

// givenContextProbes are the surname context keys (kindContext) of each
// entity that has a given-name variant, looked up after the first probes:
// few people have one, and a person's context items are many.
func givenContextProbes(ents []batchEntity, found map[string][]Candidate) []string {
	var ks []string
	for _, e := range ents {
		if vs, _ := givenVariants(e.ent, found); len(vs) == 0 {
			continue
		}
		sur := surname(e.ent)
		ks = append(ks, kindSurname+sur)
		for _, c := range e.context {
			ks = append(ks, kindContext+sur+"|"+c)
		}
	}
	return ks
}

// givenVariantJoin joins a person to the variant of its name (givenKeys)
// whose context its article shares; of the two, the one more documents
// hold (of as many, the first IRI) keeps its IRI, and the other decides
// by its own article's context.
func givenVariantJoin(e batchEntity, found map[string][]Candidate, _ map[string]bool) (join, bool) {
	vs, own := givenVariants(e.ent, found)
	if len(vs) == 0 {
		return join{}, false
	}
	sur := surname(e.ent)
	strong, named, circle := map[string]bool{}, map[string]int{}, map[string]int{}
	shared := map[string][]string{}
	for _, item := range e.context {
		for _, c := range found[kindContext+sur+"|"+item] {
			if _, ok := vs[c.IRI]; !ok || contains(shared[c.IRI], item) {
				continue
			}
			shared[c.IRI] = append(shared[c.IRI], item)
			tallyContextItem(c.IRI, item, strong, named, circle)
		}
	}
	// The people around them count only when no one else holds the
	// surname: Steve Jones, a Dragons hooker, and Stephen Jones, the Wales
	// fly-half, are named beside the same Welsh players.
	// An initial of its given name ("R Sidoli" beside Rob and Robert
	// Sidoli) is no one else.
	initial := []rune(Fold(e.ent.Name))[0]
	others := len(found[kindSurname+sur]) == 0 // a crowded key: many people
	for _, c := range found[kindSurname+sur] {
		if _, variant := vs[c.IRI]; variant || c.IRI == e.ent.IRI {
			continue
		}
		if ws := strings.Fields(Fold(c.Name)); len(ws) == 2 && string(initial) == ws[0] {
			continue
		}
		others = true
	}
	var best Candidate
	for iri, c := range vs {
		if !strong[iri] && named[iri] < 2 && (others || circle[iri] < minCircle) {
			continue
		}
		if best.IRI == "" || c.Docs > best.Docs || c.Docs == best.Docs && c.IRI < best.IRI {
			best = c
		}
	}
	if best.IRI == "" || best.Docs < own || best.Docs == own && best.IRI > e.ent.IRI {
		return join{}, false
	}
	return join{to: best.IRI, other: best.Name, conf: givenVariantConfidence, rule: ruleGivenVariant,
		evidence: fmt.Sprintf("%s ≈ %s: one given name written two ways, the same surname, a context in common (%s)", e.ent.Name, best.Name, sharedContextText(shared[best.IRI]))}, true
}
