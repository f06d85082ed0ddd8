package identity

import (
	"fmt"
	"strings"

	"graphbuild/schema"
)

// variantConfidence is the confidence of two names of one thing joined
// because they differ only by a plural or a leading "the".
const variantConfidence = 0.9

// ruleVariant names that join.
const ruleVariant = "plural-variant"

// variantJoin joins a long name (a skeleton key) of anything but a person
// to the name of its script and type one letter away whose words are its
// own but for a plural or a leading "the" (bareName): "International
// Federation of Phonographic Industry" and "… Industries", "Building
// Society Association" and "Building Societies Association". The one more
// documents hold (of two as many, the first IRI) keeps its IRI. People are
// left out: Davis and Davies are two names.
func variantJoin(e batchEntity, found map[string][]Candidate, _ map[string]bool) (join, bool) {
	a := e.ent
	if a.Type == schema.Person || !strings.HasPrefix(lastSegment(a.IRI), "x-") {
		return join{}, false
	}
	bare := bareName(a.Name)
	own := 0
	var best Candidate
	seen := map[string]bool{}
	for _, k := range crossScriptProbes(a) {
		for _, c := range found[k] {
			if c.IRI == a.IRI {
				own = max(own, c.Docs)
				continue
			}
			if seen[c.IRI] || c.Type != a.Type || latinName(c.Name) != latinName(a.Name) || !keyedByName(c.IRI) || bareName(c.Name) != bare {
				continue
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

// bareName is a folded name without a leading "the" and with each word in
// the singular (Industries → industry, Societies → society, Games → game).
func bareName(n string) string {
	ws := strings.Fields(strings.TrimPrefix(Fold(n), "the "))
	for i, w := range ws {
		switch {
		case len(w) > 4 && strings.HasSuffix(w, "ies"):
			ws[i] = strings.TrimSuffix(w, "ies") + "y"
		case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			ws[i] = strings.TrimSuffix(w, "s")
		}
	}
	return strings.Join(ws, " ")
}
