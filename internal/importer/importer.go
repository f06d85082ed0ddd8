// Package importer merges a graph made elsewhere into a store: graphbuild
// --import FILE. The file is N-Quads or JSON-LD in graphbuild's vocabulary
// (what graphquery export --format nquads|jsonld or graphbuild --print
// nquads writes), each quad labelled with its document.
//
// Entities link by IRI by construction (graphbuild's IRIs are stable:
// the same entity gets the same IRI in every build), and by sameAs: an
// imported entity whose IRI differs from a stored entity of the same type
// that shares one of its sameAs links (a Wikidata id), or that one of them
// names, takes the stored entity's IRI and keeps its own as a sameAs link.
// Importing writes each document as a build does (store.WriteGraphs):
// replacing that document's old version, all in one transaction, and
// importing the same file again changes nothing.
package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

// Stats tell what an import did.
type Stats struct {
	Documents    int // documents written
	Entities     int // distinct entities in the file
	ByIRI        int // of them, already in the store under the same IRI
	BySameAs     int // of them, linked to a stored entity by sameAs
	Quads        int // quads the documents have now, with the name index
	AddedQuads   int
	DeletedQuads int
	Notes        []string // what the store's evidence outweighed (isolate.go)
}

// ReadFile reads a graph file: N-Quads (.nq, .nquads, or anything not
// starting with { or [) or JSON-LD (.jsonld, .json, or starting with { or [).
func ReadFile(path string) ([]*kg.Graph, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: cannot read: %v", path, err)
	}
	ext := strings.ToLower(filepath.Ext(path))
	trimmed := bytes.TrimSpace(data)
	isJSON := ext == ".jsonld" || ext == ".json" || (ext != ".nq" && ext != ".nquads" && len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '['))
	var r quad.Reader
	format := "N-Quads"
	if isJSON {
		r, format = jsonld.NewReader(bytes.NewReader(data)), "JSON-LD"
	} else {
		r = nquads.NewReader(bytes.NewReader(data), false)
	}
	var qs []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: not valid %s: %v", path, format, err)
		}
		if q.Label == nil {
			return nil, fmt.Errorf("%s: the quad %s has no document label; --import takes graphs written by graphquery export --format nquads|jsonld", path, q.NQuad())
		}
		qs = append(qs, q)
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("%s: no quads in the file", path)
	}
	gs, err := rdf.FromQuads(qs)
	if err != nil {
		return nil, fmt.Errorf("%s: not a graphbuild graph: %v", path, err)
	}
	isolate(path, gs) // each document in a graph of its own (isolate.go)
	return gs, nil
}

// Import merges the graphs into st, linking their entities by IRI and by
// sameAs with the stored ones.
func Import(ctx context.Context, st *store.Store, graphs []*kg.Graph) (Stats, error) {
	s, err := plan(ctx, st, graphs)
	if err != nil {
		return s, err
	}
	ws, err := st.WriteGraphs(ctx, graphs)
	if err != nil {
		return s, err
	}
	s.Documents, s.Quads, s.AddedQuads, s.DeletedQuads = ws.Documents, ws.Quads, ws.Added, ws.Deleted
	return s, nil
}

// plan links the graphs' entities to the stored ones and lets the store's
// evidence outweigh theirs, reading the store and writing nothing.
func plan(ctx context.Context, st *store.Store, graphs []*kg.Graph) (Stats, error) {
	var s Stats
	type ent struct {
		typ    schema.Type
		sameAs []string
	}
	ents := map[string]*ent{}
	for _, g := range graphs {
		for _, e := range g.Entities {
			x := ents[e.IRI]
			if x == nil {
				x = &ent{typ: e.Type}
				ents[e.IRI] = x
			}
			x.sameAs = append(x.sameAs, e.SameAs...)
		}
	}
	s.Entities = len(ents)
	iris := make([]string, 0, len(ents))
	for iri := range ents {
		iris = append(iris, iri)
	}
	slices.Sort(iris)
	rename := map[string]string{}
	for _, iri := range iris {
		e := ents[iri]
		ti, _ := e.typ.Info()
		if ok, err := hasType(ctx, st, iri, ti.IRI); err != nil {
			return s, err
		} else if ok {
			s.ByIRI++
			continue
		}
		var cands []string
		for _, sa := range uniq(e.sameAs) {
			if ok, err := hasType(ctx, st, sa, ti.IRI); err != nil {
				return s, err
			} else if ok {
				cands = append(cands, sa) // the sameAs link names a stored entity
			}
			linked, err := sameAsOf(ctx, st, sa, ti.IRI)
			if err != nil {
				return s, err
			}
			cands = append(cands, linked...)
		}
		// Stored entities that name this one as their sameAs.
		linked, err := sameAsOf(ctx, st, iri, ti.IRI)
		if err != nil {
			return s, err
		}
		cands = append(cands, linked...)
		if cands = uniq(cands); len(cands) == 1 {
			rename[iri] = cands[0]
			s.BySameAs++
		}
	}
	for _, g := range graphs {
		relink(g, rename)
	}
	notes, err := outweigh(ctx, st, graphs)
	if err != nil {
		return s, err
	}
	s.Notes = notes
	s.Documents = len(graphs)
	return s, nil
}

// relink gives the renamed entities their stored IRIs, keeping the old IRI
// as a sameAs link.
func relink(g *kg.Graph, rename map[string]string) {
	to := func(iri string) string {
		if n, ok := rename[iri]; ok {
			return n
		}
		return iri
	}
	for i := range g.Entities {
		e := &g.Entities[i]
		if n, ok := rename[e.IRI]; ok {
			e.SameAs = append(e.SameAs, e.IRI)
			e.IRI = n
		}
		e.SameAs = slices.DeleteFunc(e.SameAs, func(s string) bool { return s == e.IRI })
	}
	for i := range g.Facts {
		g.Facts[i].Subject = to(g.Facts[i].Subject)
		if g.Facts[i].Object != "" {
			g.Facts[i].Object = to(g.Facts[i].Object)
		}
	}
	for i := range g.Quotes {
		g.Quotes[i].Speaker = to(g.Quotes[i].Speaker)
		if g.Quotes[i].Org != "" {
			g.Quotes[i].Org = to(g.Quotes[i].Org)
		}
	}
}

func hasType(ctx context.Context, st *store.Store, iri, typeIRI string) (bool, error) {
	qs, err := st.ReadOne(ctx, store.Out(iri, schema.RDFType))
	if err != nil {
		return false, err
	}
	for _, q := range qs {
		if quadIRI(q.Object) == typeIRI {
			return true, nil
		}
	}
	return false, nil
}

func quadIRI(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return ""
}

func uniq(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return slices.Compact(out)
}

// Run imports each file into the store opts names, printing one line per
// file to w. It is what graphbuild --import does.
func Run(ctx context.Context, opts store.Options, files []string, w io.Writer) error {
	var all [][]*kg.Graph
	for _, f := range files {
		gs, err := ReadFile(f)
		if err != nil {
			return err
		}
		all = append(all, gs)
	}
	st, err := store.Open(ctx, opts)
	if err != nil {
		return err
	}
	for i, gs := range all {
		s, err := Import(ctx, st, gs)
		if err != nil {
			st.Close()
			return fmt.Errorf("importing %s: %v; nothing of it was written", files[i], err)
		}
		fmt.Fprintf(w, "imported %s: %d documents, %d entities (%d already stored, %d linked by sameAs); %d quads (%d added, %d removed)\n",
			files[i], s.Documents, s.Entities, s.ByIRI, s.BySameAs, s.Quads, s.AddedQuads, s.DeletedQuads)
		for _, n := range s.Notes {
			fmt.Fprintf(w, "  %s\n", n)
		}
	}
	return st.Close()
}

// sameAsOf returns the stored entities of class typeIRI that name iri as
// their owl:sameAs.
func sameAsOf(ctx context.Context, st *store.Store, iri, typeIRI string) ([]string, error) {
	qs, err := st.ReadOne(ctx, store.In(quad.IRI(iri), rdf.OWLSameAs))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, q := range qs {
		local := quadIRI(q.Subject)
		ok, err := hasType(ctx, st, local, typeIRI)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, local)
		}
	}
	return out, nil
}
