package identity

import (
	"fmt"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// voteConfidence is the confidence of a name moved to the type most
// articles give it.
const voteConfidence = 0.8

// votingTypes are the types one name is mistaken between: a company
// called like a person (Yukos read as a man), a product read as its maker.
// Places are left out: Jordan the country and Jordan the player are two.
var votingTypes = []schema.Type{schema.Person, schema.Organization, schema.Product}

func typeVoteProbes(e kg.Entity) []string {
	if !votes(e) {
		return nil
	}
	return []string{kindName + Fold(e.Name)}
}

// typeVoteJoin moves an entity to the entity of another type with the same
// name when the articles say so: it is held by at least two documents and
// by at least twice as many as the entity's own type. An organisation
// mis-typed a person in one article joins the organisation the others
// name, so one thing is one node of one type.
func typeVoteJoin(e batchEntity, found map[string][]Candidate, _ map[string]bool) (join, bool) {
	a := e.ent
	if !votes(a) {
		return join{}, false
	}
	own := 0
	var best Candidate
	for _, c := range found[kindName+Fold(a.Name)] {
		switch {
		case c.IRI == a.IRI:
			own += c.Docs
		case c.Type != a.Type && containsType(votingTypes, c.Type) && sameKey(c.IRI, a.IRI) && c.Docs > best.Docs:
			best = c
		}
	}
	own = max(own, 1)
	if best.IRI == "" || best.Docs < 2 || best.Docs < 2*own {
		return join{}, false
	}
	return join{to: best.IRI, other: best.Name, typ: best.Type, conf: voteConfidence, rule: ruleTypeVote,
		evidence: fmt.Sprintf("%s ≈ %s: %d documents say %s, %d say %s", a.Name, best.Name, best.Docs, best.Type, own, a.Type)}, true
}

// votes reports whether an entity's name may move it to another type: one
// keyed by its name, of a voting type, and not a given name alone (Scott,
// Grace: a first name on its own names many people and things).
func votes(e kg.Entity) bool {
	if !keyedByName(e.IRI) || !containsType(votingTypes, e.Type) {
		return false
	}
	ws := strings.Fields(e.Name)
	if len(ws) != 1 {
		return true
	}
	tag := text.English
	if !latinName(e.Name) {
		tag = text.Arabic
	}
	_, first := lang.Of(tag).FirstName(ws[0])
	return !first
}

// sameKey reports whether two entity IRIs were minted from one name (their
// slugs are equal), whatever their types: "Brown" as a surname alias of
// Gordon Brown is not the name Brown typed another way.
func sameKey(a, b string) bool { return lastSegment(a) == lastSegment(b) }

// ruleTypeVote names the join of one name typed two ways across articles.
const ruleTypeVote = "type-vote"
