package identity

import (
	"context"
	"fmt"
	"maps"
	"sort"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

// join is one decision: the entity from takes the IRI to.
type join struct {
	to, other string // target IRI and a name it goes by
	typ       schema.Type
	conf      float64
	rule      string
	evidence  string
}

// Link joins the entities of graphs (a build's batch) that are one thing
// with each other and with the entities of stored (nil: none), by the rules
// of this package, and returns how many entities took another IRI. Each
// join renames the entity everywhere in the graphs and leaves an alias
// fact with its rule and confidence (graphquery entity X --why shows it).
func Link(ctx context.Context, graphs []*kg.Graph, stored Index) (int, error) {
	ents := batchEntities(graphs)
	bi, keys := newBatchIndex(graphs, nil)
	iris := entityIRIs(graphs)
	idx := union{bi, stored}
	probes, found, err := lookupCandidates(ctx, ents, idx)
	if err != nil {
		return 0, err
	}
	storedNames := map[string][]Candidate{}
	if stored != nil {
		var ids []string
		for _, k := range probes {
			if strings.HasPrefix(k, kindIRI) {
				ids = append(ids, k)
			}
		}
		if storedNames, err = stored.Lookup(ctx, ids); err != nil {
			return 0, err
		}
	}
	split, err := splitSkeletonCollisions(ctx, graphs, storedNames, stored)
	if err != nil {
		return 0, err
	}
	if split > 0 {
		// Re-keyed names are looked up again under their own keys.
		ents = batchEntities(graphs)
		bi, _ = newBatchIndex(graphs, keepUnrenamed(graphs, iris, keys)) // the Keys of graphs not renamed are kept
		idx = union{bi, stored}
		if _, found, err = lookupCandidates(ctx, ents, idx); err != nil {
			return 0, err
		}
	}
	inBatch := map[string]bool{}
	for _, e := range ents {
		inBatch[e.ent.IRI] = true
	}
	// An acronym and its expansion named in one article are one thing
	// before any rule looks across articles.
	joins := sameArticleAcronyms(graphs)
	// Rules in order of strength: an entity one rule joined is not looked
	// at by the next.
	for _, rule := range []func(batchEntity, map[string][]Candidate, map[string]bool) (join, bool){
		acronymJoin, crossScriptJoin, variantJoin, typeVoteJoin, givenVariantJoin,
	} {
		for _, e := range ents {
			if _, done := joins[e.ent.IRI]; done {
				continue
			}
			if j, ok := rule(e, found, inBatch); ok && j.to != e.ent.IRI {
				joins[e.ent.IRI] = j
			}
		}
	}
	resolveChains(joins)
	// A lone surname is decided article by article (surname.go): one
	// "Ronaldo" is Cristiano Ronaldo, another the Brazilian.
	n := applyDocJoins(graphs, surnameDocJoins(graphs, found, joins), joins)
	apply(graphs, joins)
	return len(joins) + n, nil
}

// batchEntity is an entity of the batch with what the rules need of its
// article: its context items (surname.go).
type batchEntity struct {
	ent     kg.Entity
	context []string
	orgs    []string // the organisations its articles name (typevote.go)
}

func batchEntities(graphs []*kg.Graph) []batchEntity {
	var out []batchEntity
	at := map[string]int{}
	for _, g := range graphs {
		ctx := surnameContexts(g)
		orgs := namedOrgs(g)
		for _, e := range g.Entities {
			if i, ok := at[e.IRI]; ok {
				out[i].context = append(out[i].context, ctx[e.IRI]...)
				out[i].orgs = append(out[i].orgs, orgs...)
				continue
			}
			at[e.IRI] = len(out)
			out = append(out, batchEntity{e, append([]string(nil), ctx[e.IRI]...), append([]string(nil), orgs...)})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ent.IRI < out[j].ent.IRI })
	return out
}

// lookupCandidates looks up the candidates of every entity's probeKeys in
// idx, a key with more than MaxCandidates dropped, and returns the probes
// too. The organisation-context keys of the type vote are looked up after,
// only for names another voting type holds: most names have one type, and
// their context keys (one per organisation their articles name) were half
// of all keys.
func lookupCandidates(ctx context.Context, ents []batchEntity, idx Index) ([]string, map[string][]Candidate, error) {
	var probes []string
	for _, e := range ents {
		probes = append(probes, probeKeys(e)...)
	}
	sort.Strings(probes)
	probes = compact(probes)
	found, err := idx.Lookup(ctx, probes)
	if err != nil {
		return nil, nil, err
	}
	dropCrowded(found)
	extra := voteContextProbes(ents, found)
	if more := givenContextProbes(ents, found); len(more) > 0 {
		extra = append(extra, more...)
		sort.Strings(extra)
		extra = compact(extra)
	}
	if len(extra) > 0 {
		more, err := idx.Lookup(ctx, extra)
		if err != nil {
			return nil, nil, err
		}
		dropCrowded(more)
		maps.Copy(found, more)
	}
	return probes, found, nil
}

// probeKeys are the keys the rules look an entity's candidates up by.
func probeKeys(e batchEntity) []string {
	var ks []string
	ks = append(ks, crossScriptProbes(e.ent)...)
	ks = append(ks, acronymProbes(e.ent)...)
	ks = append(ks, surnameProbes(e)...)
	ks = append(ks, typeVoteProbes(e)...)
	ks = append(ks, splitProbes(e.ent)...)
	ks = append(ks, variantKeys(e.ent)...)
	ks = append(ks, givenKeys(e.ent)...)
	return ks
}

// resolveChains makes every join point at the end of its chain (an Arabic
// acronym joined to the Latin one, which joined its expansion).
func resolveChains(joins map[string]join) {
	for from, j := range joins {
		seen := map[string]bool{from: true}
		for {
			next, ok := joins[j.to]
			if !ok || seen[j.to] {
				break
			}
			seen[j.to] = true
			j.to, j.typ = next.to, next.typ
		}
		if j.to == from {
			delete(joins, from)
			continue
		}
		joins[from] = j
	}
}

// apply gives the joined entities their new IRI (and type) everywhere in
// the graphs, merges an entity that now appears twice in one graph, drops
// the facts its new type cannot have, and records each join as an alias
// fact with its rule and confidence.
func apply(graphs []*kg.Graph, joins map[string]join) {
	if len(joins) == 0 {
		return
	}
	for _, g := range graphs {
		var added []kg.Fact
		for i := range g.Entities {
			e := &g.Entities[i]
			j, ok := joins[e.IRI]
			if !ok {
				continue
			}
			e.IRI = j.to
			if j.typ != "" {
				e.Type = j.typ
			}
			if Fold(e.Name) == Fold(j.other) {
				// The same name joined (a type vote: "Yukos" typed Person in
				// one article): the entity's new type records it, and an
				// alias fact would read "Yukos alias Yukos".
				continue
			}
			ev := j.evidence
			if ev == "" {
				ev = fmt.Sprintf("%s ≈ %s", e.Name, j.other)
			}
			added = append(added, kg.Fact{
				// The name that joined is the new alias of the target,
				// which goes by j.other ("Alan Greenspan alias Greenspan").
				Subject: j.to, Predicate: "alias", Value: &kg.Value{Text: e.Name, Kind: "Text"},
				Evidence: ev, Confidence: j.conf, Rule: j.rule,
			})
		}
		rename := func(iri string) string {
			if j, ok := joins[iri]; ok {
				return j.to
			}
			return iri
		}
		for i := range g.Facts {
			g.Facts[i].Subject = rename(g.Facts[i].Subject)
			if g.Facts[i].Object != "" {
				g.Facts[i].Object = rename(g.Facts[i].Object)
			}
		}
		for i := range g.Quotes {
			g.Quotes[i].Speaker = rename(g.Quotes[i].Speaker)
			if g.Quotes[i].Org != "" {
				g.Quotes[i].Org = rename(g.Quotes[i].Org)
			}
		}
		g.Facts = append(g.Facts, added...)
		mergeDuplicates(g)
	}
}

// mergeDuplicates folds entities of one graph that share an IRI into the
// first, and drops facts whose subject's or object's type (changed by a
// join) the predicate does not take.
func mergeDuplicates(g *kg.Graph) {
	at := map[string]int{}
	kept := g.Entities[:0]
	for _, e := range g.Entities {
		i, dup := at[e.IRI]
		if !dup {
			at[e.IRI] = len(kept)
			kept = append(kept, e)
			continue
		}
		k := &kept[i]
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n != k.Name && !contains(k.Aliases, n) {
				k.Aliases = append(k.Aliases, n)
			}
		}
	}
	g.Entities = kept
	types := map[string]schema.Type{}
	for _, e := range g.Entities {
		types[e.IRI] = e.Type
	}
	facts := g.Facts[:0]
	for _, f := range g.Facts {
		if p, ok := schema.LookupPredicate(f.Predicate); ok && (outside(p.Domain, types[f.Subject]) || f.Object != "" && outsideRange(p.Range, types[f.Object])) {
			continue
		}
		facts = append(facts, f)
	}
	g.Facts = facts
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func containsType(s []schema.Type, v schema.Type) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// outside reports whether a known type is not among the types a predicate
// takes (none listed: any).
func outside(types []schema.Type, t schema.Type) bool {
	return t != "" && len(types) > 0 && !containsType(types, t)
}

func outsideRange(rng []string, t schema.Type) bool {
	if t == "" || len(rng) == 0 {
		return false
	}
	for _, r := range rng {
		if r == string(t) {
			return false
		}
	}
	return true
}
