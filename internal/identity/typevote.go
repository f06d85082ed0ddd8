package identity

import (
	"fmt"
	"sort"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// voteConfidence is the confidence of a name moved to the type most
// articles give it; voteContextConfidence when their articles also name
// an organisation in common.
const (
	voteConfidence        = 0.8
	voteContextConfidence = 0.85
)

// votingTypes are the types one name is mistaken between: a company
// called like a person (Yukos read as a man), a product read as its maker.
// Places are left out: Jordan the country and Jordan the player are two.
var votingTypes = []schema.Type{schema.Person, schema.Organization, schema.Product}

func typeVoteProbes(e batchEntity) []string {
	if !votes(e.ent) {
		return nil
	}
	return []string{kindName + Fold(e.ent.Name)}
}

// voteContextProbes are the voteContextKeys of the entities whose name
// another voting type holds (typeVoteJoin reads them for no other), sorted
// and without repeats. found holds the typeVoteProbes' candidates.
func voteContextProbes(ents []batchEntity, found map[string][]Candidate) []string {
	var ks []string
	for _, e := range ents {
		if votes(e.ent) && otherVotingType(e.ent, found[kindName+Fold(e.ent.Name)]) {
			ks = append(ks, voteContextKeys(e.ent, e.orgs)...)
		}
	}
	sort.Strings(ks)
	return compact(ks)
}

// otherVotingType says whether a candidate of the name is a to which
// typeVoteJoin could move a.
func otherVotingType(a kg.Entity, cs []Candidate) bool {
	for _, c := range cs {
		if c.IRI != a.IRI && c.Type != a.Type && containsType(votingTypes, c.Type) && sameKey(c.IRI, a.IRI) {
			return true
		}
	}
	return false
}

// voteContextKeys are the keys of a name of a voting type with each
// organisation its articles name (not itself): "Yukos" the person and
// "Yukos" the company meet under "Yukos|Rosneft", "Drama" the album and
// "Drama" the heading of a list of awards under nothing.
func voteContextKeys(e kg.Entity, orgs []string) []string {
	if !votes(e) {
		return nil
	}
	var ks []string
	name := "" // folded once, not once per organisation
	for _, o := range orgs {
		if o != e.IRI && !sameKey(o, e.IRI) {
			if name == "" {
				name = Fold(e.Name)
			}
			ks = append(ks, kindVoteContext+name+"|"+o)
		}
	}
	return ks
}

// heldVoteContextKeys are the voteContextKeys an index holds an entity
// under: none for a person named in full, who is seldom the name typed
// wrongly and whose keys would be most of them (a person named in full
// mis-typed an organisation still finds the organisation's keys; the
// reverse is left to the plain vote). On 600 BBC articles: 12,086 keys
// instead of 22,579.
func heldVoteContextKeys(e kg.Entity, orgs []string) []string {
	if e.Type == schema.Person && len(strings.Fields(e.Name)) > 1 {
		return nil
	}
	return voteContextKeys(e, orgs)
}

// namedOrgs returns the IRIs of the organisations a graph names.
func namedOrgs(g *kg.Graph) []string {
	var out []string
	for _, e := range g.Entities {
		if e.Type == schema.Organization {
			out = append(out, e.IRI)
		}
	}
	return out
}

// typeVoteJoin moves an entity to the entity of another type with the same
// name when the articles say so. An organisation mis-typed a person in one
// article joins the organisation the others name, so one thing is one node
// of one type:
//   - when their articles name an organisation in common (voteContextKeys),
//     the type more documents give wins, a tie going to the type listed
//     first in voteOrder (rule type-vote-context);
//   - else, a name of two words or more only, when the other type is held
//     by at least two documents and twice as many as its own (rule
//     type-vote). A one-word name with no shared context is never moved:
//     "New", "Drama", "Treasury" typed two ways are mostly two things (a
//     heading, an album; the UK and the US Treasury).
func typeVoteJoin(e batchEntity, found map[string][]Candidate, _ map[string]bool) (join, bool) {
	a := e.ent
	if !votes(a) {
		return join{}, false
	}
	shared := map[string]bool{}
	for _, k := range voteContextKeys(a, e.orgs) {
		for _, c := range found[k] {
			shared[c.IRI] = true
		}
	}
	oneWord := len(strings.Fields(a.Name)) == 1
	own := 0
	var best, bestShared Candidate
	for _, c := range found[kindName+Fold(a.Name)] {
		switch {
		case c.IRI == a.IRI:
			own += c.Docs
		case otherVotingType(a, []Candidate{c}):
			if c.Docs > best.Docs {
				best = c
			}
			if shared[c.IRI] && (c.Docs > bestShared.Docs || c.Docs == bestShared.Docs && voteRank(c.Type) < voteRank(bestShared.Type)) {
				bestShared = c
			}
		}
	}
	own = max(own, 1)
	if j, ok := thingVote(a, found[kindName+Fold(a.Name)], own); ok {
		return j, true
	}
	if c := bestShared; c.IRI != "" && (c.Docs > own || c.Docs == own && voteRank(c.Type) < voteRank(a.Type)) {
		return join{to: c.IRI, other: c.Name, typ: c.Type, conf: voteContextConfidence, rule: ruleTypeVoteContext,
			evidence: fmt.Sprintf("%s ≈ %s: %d documents say %s, %d say %s, and their articles name an organisation in common", a.Name, c.Name, c.Docs, c.Type, own, a.Type)}, true
	}
	if oneWord || best.IRI == "" || best.Docs < 2 || best.Docs < 2*own {
		return join{}, false
	}
	return join{to: best.IRI, other: best.Name, typ: best.Type, conf: voteConfidence, rule: ruleTypeVote,
		evidence: fmt.Sprintf("%s ≈ %s: %d documents say %s, %d say %s", a.Name, best.Name, best.Docs, best.Type, own, a.Type)}, true
}

// voteOrder settles a tie of votes: a product is taken for its maker and
// a company for a person more often than the reverse.
var voteOrder = []schema.Type{schema.Product, schema.Organization, schema.Person}

func voteRank(t schema.Type) int {
	for i, x := range voteOrder {
		if x == t {
			return i
		}
	}
	return len(voteOrder)
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

// ruleTypeVote names the join of one name typed two ways across articles,
// ruleTypeVoteContext the one whose articles share an organisation.
const (
	ruleTypeVote        = "type-vote"
	ruleTypeVoteContext = "type-vote-context"
)

// voteThingConfidence is the confidence of rule type-vote-thing.
const voteThingConfidence = 0.75

// ruleTypeVoteThing names the join of a name of two words or more typed
// an organisation in some articles and a product in others.
const ruleTypeVoteThing = "type-vote-thing"

// thingVote joins a name of two words or more typed Organization in some
// articles and Product in others ("Star Trek", "Half-Life 2"): such a name
// is one thing, a product taken for its maker or the reverse, and the type
// more articles give it wins, a tie going to the product (voteOrder). A
// person is not voted this way (Person and Organization ties stay apart).
func thingVote(a kg.Entity, cs []Candidate, own int) (join, bool) {
	if a.Type == schema.Person || len(strings.Fields(a.Name)) < 2 {
		return join{}, false
	}
	var best Candidate
	for _, c := range cs {
		if c.IRI == a.IRI || c.Type == a.Type || c.Type == schema.Person || !containsType(votingTypes, c.Type) || !sameKey(c.IRI, a.IRI) {
			continue
		}
		if c.Docs > best.Docs {
			best = c
		}
	}
	if best.IRI == "" || best.Docs < own || best.Docs == own && voteRank(best.Type) > voteRank(a.Type) {
		return join{}, false
	}
	return join{to: best.IRI, other: best.Name, typ: best.Type, conf: voteThingConfidence, rule: ruleTypeVoteThing,
		evidence: fmt.Sprintf("%s ≈ %s: %d documents say %s, %d say %s", a.Name, best.Name, best.Docs, best.Type, own, a.Type)}, true
}
