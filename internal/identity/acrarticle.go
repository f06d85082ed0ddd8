package identity

import (
	"fmt"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

// sameArticleConfidence is the confidence of an acronym joined to the one
// name of its own article whose initials it is, without the article
// stating it in parentheses ("the SNP" in an article that also names the
// Scottish National Party).
const sameArticleConfidence = 0.85

// ruleSameArticle names that join.
const ruleSameArticle = "acronym-same-article"

// sameArticleAcronyms finds, in each graph, the acronyms (a Latin name in
// capitals the lexicon does not know, of two letters or more) whose
// article names exactly one other entity of the same kind (not a person,
// two words or more, Latin script) whose initials the acronym is, and
// joins each such acronym to that entity. An acronym that two articles
// would send to two different names joins neither: it abbreviates
// different things in different articles (TPS).
func sameArticleAcronyms(graphs []*kg.Graph) map[string]join {
	out := map[string]join{}
	bad := map[string]bool{}
	for _, g := range graphs {
		for _, a := range g.Entities {
			if !sameArticleAcronym(a) || bad[a.IRI] {
				continue
			}
			var exp *kg.Entity
			n := 0
			for i := range g.Entities {
				e := &g.Entities[i]
				if e.IRI == a.IRI || e.Type == schema.Person || !latinName(e.Name) || len(strings.Fields(e.Name)) < 2 {
					continue
				}
				if isAcronymOf(a.Name, e.Name) && (exp == nil || exp.IRI != e.IRI) {
					exp = e
					n++
				}
			}
			if n != 1 {
				continue
			}
			if j, ok := out[a.IRI]; ok && j.to != exp.IRI {
				delete(out, a.IRI)
				bad[a.IRI] = true
				continue
			}
			out[a.IRI] = join{to: exp.IRI, other: exp.Name, typ: exp.Type, conf: sameArticleConfidence, rule: ruleSameArticle,
				evidence: fmt.Sprintf("%s ≈ %s: both named in %s", a.Name, exp.Name, g.Doc.ID)}
		}
	}
	return out
}

// sameArticleAcronym: a Latin name in capitals, two letters or more,
// keyed by its name (not a lexicon id), not a person.
func sameArticleAcronym(e kg.Entity) bool {
	return e.Type != schema.Person && strings.HasPrefix(lastSegment(e.IRI), "n-") && latinName(e.Name) &&
		isAcronym(e.Name) && len([]rune(e.Name)) >= 2 && !strings.Contains(e.Name, " ")
}
