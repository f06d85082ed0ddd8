package query

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
)

// Edge is one direct fact triple between two entities, as some documents
// assert it.
type Edge struct {
	Subject   string   `json:"subject"` // IRIs
	Predicate string   `json:"predicate"`
	Object    string   `json:"object"`
	Docs      []string `json:"documents"` // IRIs of the asserting documents
}

// edges reads the direct triples from and to the nodes, in one read.
func (r *reader) edges(ctx context.Context, nodes []string) (map[string][]Edge, error) {
	lookups := make([]store.Lookup, 0, 2*len(nodes))
	for _, n := range nodes {
		lookups = append(lookups, store.Out(n, entityPredicates...), store.In(quad.IRI(n), entityPredicates...))
	}
	res, err := r.st.Read(ctx, lookups...)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]Edge, len(nodes))
	for i, n := range nodes {
		byKey := map[[3]string]*Edge{}
		var keys [][3]string
		for _, q := range append(res[2*i], res[2*i+1]...) {
			if _, ok := q.Object.(quad.IRI); !ok {
				continue
			}
			k := [3]string{rdf.Text(q.Subject), predicateName(rdf.Text(q.Predicate)), rdf.Text(q.Object)}
			e := byKey[k]
			if e == nil {
				e = &Edge{Subject: k[0], Predicate: k[1], Object: k[2]}
				byKey[k] = e
				keys = append(keys, k)
			}
			e.Docs = append(e.Docs, label(q))
		}
		for _, k := range keys {
			e := byKey[k]
			e.Docs = uniq(e.Docs)
			out[n] = append(out[n], *e)
		}
	}
	return out, nil
}

// Neighbor is an entity reached from the start within some hops.
type Neighbor struct {
	Depth     int      `json:"depth"`
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Via       string   `json:"via"`    // the entity it was reached from
	ViaID     string   `json:"via_id"` //
	Relations []string `json:"relations"`
	Docs      []string `json:"documents"` // short ids of the documents asserting the relations
}

// Neighbors returns the entities within depth hops of the entity name
// means, over facts in either direction, nearest first. Relations read
// "worksAt →" (the neighbor is the object) or "← worksAt" (it is the subject).
func Neighbors(ctx context.Context, st *store.Store, name string, depth int) ([]Neighbor, error) {
	if depth < 1 || depth > 5 {
		return nil, errorf(ErrUsage, "--depth %d: use 1 to 5", depth)
	}
	r := newReader(st)
	start, err := r.resolve(ctx, name)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{start.IRI: true}
	frontier := []string{start.IRI}
	var out []Neighbor
	var docIRIs []string
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		edges, err := r.edges(ctx, frontier)
		if err != nil {
			return nil, err
		}
		found := map[string]*Neighbor{}
		var next []string
		for _, from := range frontier {
			for _, e := range edges[from] {
				other, rel := e.Object, e.Predicate+" →"
				if e.Object == from {
					other, rel = e.Subject, "← "+e.Predicate
				}
				if seen[other] && found[other] == nil {
					continue
				}
				n := found[other]
				if n == nil {
					n = &Neighbor{Depth: d, ID: other, ViaID: from}
					found[other] = n
					seen[other] = true
					next = append(next, other)
				}
				if n.ViaID == from && !slices.Contains(n.Relations, rel) {
					n.Relations = append(n.Relations, rel)
				}
				n.Docs = append(n.Docs, e.Docs...)
				docIRIs = append(docIRIs, e.Docs...)
			}
		}
		slices.Sort(next)
		for _, id := range next {
			out = append(out, *found[id])
		}
		frontier = next
	}
	var ents []string
	for _, n := range out {
		ents = append(ents, n.ID, n.ViaID)
	}
	infos, docs, err := r.entitiesAndDocuments(ctx, ents, docIRIs)
	if err != nil {
		return nil, err
	}
	for i := range out {
		n := &out[i]
		if e := infos[n.ID]; e != nil {
			n.Name, n.Type = e.Name, e.Type
		}
		if n.ViaID == start.IRI {
			n.Via = start.Name
		} else if e := infos[n.ViaID]; e != nil {
			n.Via = e.Name
		}
		var ids []string
		for _, d := range uniq(n.Docs) {
			if di := docs[d]; di != nil {
				ids = append(ids, di.ID)
			}
		}
		slices.Sort(ids)
		n.Docs = ids
	}
	slices.SortStableFunc(out, func(a, b Neighbor) int {
		return cmp.Or(cmp.Compare(a.Depth, b.Depth), strings.Compare(a.Via, b.Via), strings.Compare(a.Type, b.Type), strings.Compare(a.Name, b.Name))
	})
	return out, nil
}

// WriteNeighbors writes neighbors in format.
func WriteNeighbors(w io.Writer, format string, ns []Neighbor) error {
	return writeList(w, format, []string{"DEPTH", "VIA", "RELATION", "NAME", "TYPE", "ARTICLES"}, ns, func(n Neighbor) []string {
		return []string{fmt.Sprint(n.Depth), n.Via, strings.Join(n.Relations, ", "), n.Name, n.Type, articles(n.Docs)}
	}, "no neighbors: no fact links this entity to another")
}

// Hop is one step of a path: a fact between two entities, read in the
// path's direction (Forward false when the path walks it from object to
// subject), with the sentence that says it.
type Hop struct {
	From       string  `json:"from"`
	FromID     string  `json:"from_id"`
	Predicate  string  `json:"predicate"`
	Forward    bool    `json:"forward"`
	To         string  `json:"to"`
	ToID       string  `json:"to_id"`
	Evidence   string  `json:"evidence"`
	Doc        string  `json:"doc"`
	Confidence float64 `json:"confidence"`
}

// Path returns a shortest chain of facts (in either direction) from the
// entity a names to the one b names, at most max hops long; ErrNoMatch
// when there is none. Each hop carries the evidence sentence of its most
// confident fact.
func Path(ctx context.Context, st *store.Store, a, b string, maxHops int) ([]Hop, error) {
	if maxHops < 1 || maxHops > 8 {
		return nil, errorf(ErrUsage, "--max %d: use 1 to 8", maxHops)
	}
	r := newReader(st)
	from, err := r.resolve(ctx, a)
	if err != nil {
		return nil, err
	}
	to, err := r.resolve(ctx, b)
	if err != nil {
		return nil, err
	}
	if from.IRI == to.IRI {
		return nil, errorf(ErrUsage, "%q and %q are the same entity (%s)", a, b, ShortID(from.IRI))
	}
	type step struct {
		prev string
		edge Edge
	}
	parent := map[string]step{from.IRI: {}}
	frontier := []string{from.IRI}
	found := false
	for d := 0; d < maxHops && !found && len(frontier) > 0; d++ {
		edges, err := r.edges(ctx, frontier)
		if err != nil {
			return nil, err
		}
		var next []string
		for _, n := range frontier {
			for _, e := range edges[n] {
				other := e.Object
				if other == n {
					other = e.Subject
				}
				if _, ok := parent[other]; ok {
					continue
				}
				parent[other] = step{prev: n, edge: e}
				next = append(next, other)
				if other == to.IRI {
					found = true
				}
			}
		}
		frontier = next
	}
	if !found {
		return nil, errorf(ErrNoMatch, "no path of at most %d facts links %s and %s", maxHops, from.Name, to.Name)
	}
	var hops []Hop
	for n := to.IRI; n != from.IRI; n = parent[n].prev {
		s := parent[n]
		hops = append(hops, Hop{FromID: s.prev, ToID: n, Predicate: s.edge.Predicate, Forward: s.edge.Subject == s.prev})
	}
	slices.Reverse(hops)
	var ents []string
	for i := range hops {
		h := &hops[i]
		ents = append(ents, h.FromID, h.ToID)
		subj, obj := h.FromID, h.ToID
		if !h.Forward {
			subj, obj = obj, subj
		}
		f, err := r.bestFact(ctx, subj, h.Predicate, obj)
		if err != nil {
			return nil, err
		}
		if f != nil {
			h.Evidence, h.Doc, h.Confidence = f.Evidence, f.Doc, f.Confidence
		}
	}
	infos, err := r.entities(ctx, ents)
	if err != nil {
		return nil, err
	}
	for i := range hops {
		hops[i].From, hops[i].To = infos[hops[i].FromID].Name, infos[hops[i].ToID].Name
	}
	return hops, nil
}

// bestFact returns the most confident fact node saying subj pred obj.
func (r *reader) bestFact(ctx context.Context, subj, pred, obj string) (*Fact, error) {
	facts, err := r.factsBetween(ctx, subj, obj)
	if err != nil {
		return nil, err
	}
	var best *Fact
	for i, f := range facts {
		if f.Predicate == pred && (best == nil || f.Confidence > best.Confidence) {
			best = &facts[i]
		}
	}
	return best, nil
}

// WritePath writes the hops in format.
func WritePath(w io.Writer, format string, hops []Hop) error {
	return writeList(w, format, []string{"FROM", "RELATION", "TO", "DOCUMENT", "EVIDENCE"}, hops, func(h Hop) []string {
		rel := h.Predicate + " →"
		if !h.Forward {
			rel = "← " + h.Predicate
		}
		return []string{h.From, rel, h.To, h.Doc, h.Evidence}
	}, "no path")
}

// Subgraph is an entity with its neighbours and the edges between them, for
// drawing.
type Subgraph struct {
	Nodes []EntityInfo `json:"nodes"`
	Edges []Edge       `json:"edges"`
}

// Expand returns the entity iri, its neighbours at one hop and the direct
// fact triples linking them to it.
func Expand(ctx context.Context, st *store.Store, iri string) (*Subgraph, error) {
	r := newReader(st)
	edges, err := r.edges(ctx, []string{iri})
	if err != nil {
		return nil, err
	}
	ids := []string{iri}
	for _, e := range edges[iri] {
		ids = append(ids, e.Subject, e.Object)
	}
	infos, err := r.entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	g := &Subgraph{Edges: edges[iri]}
	if g.Edges == nil {
		g.Edges = []Edge{}
	}
	for _, id := range uniq(ids) {
		if e := infos[id]; e != nil && e.Type != "" {
			g.Nodes = append(g.Nodes, *e)
		}
	}
	if len(g.Nodes) == 0 {
		return nil, errorf(ErrNoMatch, "no entity %s", iri)
	}
	return g, nil
}

// EdgeFacts returns the facts saying subj pred obj, most confident first,
// with their evidence and articles.
func EdgeFacts(ctx context.Context, st *store.Store, subj, pred, obj string) ([]Fact, error) {
	facts, err := newReader(st).factsBetween(ctx, subj, obj)
	if err != nil {
		return nil, err
	}
	facts = slices.DeleteFunc(facts, func(f Fact) bool { return f.Predicate != pred })
	slices.SortStableFunc(facts, func(a, b Fact) int { return cmp.Compare(b.Confidence, a.Confidence) })
	return facts, nil
}

// factsBetween reads the fact nodes whose subject is subj and whose object
// is obj, whatever their predicate.
func (r *reader) factsBetween(ctx context.Context, subj, obj string) ([]Fact, error) {
	res, err := r.st.Read(ctx, store.In(quad.IRI(subj), rdf.PropSubject), store.In(quad.IRI(obj), rdf.PropObject))
	if err != nil {
		return nil, err
	}
	objs := subjects(res[1])
	var ids []string
	for _, id := range subjects(res[0]) {
		if _, ok := slices.BinarySearch(objs, id); ok {
			ids = append(ids, id)
		}
	}
	return r.facts(ctx, ids)
}
