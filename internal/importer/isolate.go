package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/export"
	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/schema"
)

// An import cannot delete or overwrite what the store holds (issue 15,
// finding 3: a 3-quad file deleted a built article; a 6-quad file renamed a
// person in every article and retyped him).
//
//   - Each imported document goes to a graph of its own, labelled
//     import:<file stem>:<id>: it can replace only what an earlier import of
//     a file of that name wrote, never a built document.
//   - An imported entity the store already holds keeps the store's type and
//     display name: the import's name becomes one more surface form (a
//     candidate that the store's evidence outweighs), and a different type
//     is set aside, each said on one line.

// ImportPrefix starts the id of every imported document.
const ImportPrefix = "import:"

// importID is the id an imported document is stored under.
func importID(file, id string) string {
	if strings.HasPrefix(id, ImportPrefix) {
		return id // an export of imported documents, imported again
	}
	stem := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	return ImportPrefix + stem + ":" + id
}

// isolate relabels the graphs read from file into their own documents.
func isolate(file string, graphs []*kg.Graph) {
	for _, g := range graphs {
		g.Doc.ID = importID(file, g.Doc.ID)
	}
}

// stored is what the store says of one entity: its types and display name.
type stored struct {
	types []schema.Type
	name  string
}

var typeByIRI = func() map[string]schema.Type {
	m := map[string]schema.Type{}
	for _, t := range schema.Types() {
		m[t.IRI] = t.Name
	}
	return m
}()

func storedEntity(ctx context.Context, st *store.Store, iri string) (*stored, error) {
	res, err := st.Read(ctx, store.Out(iri, schema.RDFType), store.Out(iri, rdf.PropName))
	if err != nil {
		return nil, err
	}
	if len(res[0]) == 0 {
		return nil, nil
	}
	s := &stored{}
	for _, q := range res[0] {
		if t, ok := typeByIRI[quadIRI(q.Object)]; ok && !slices.Contains(s.types, t) {
			s.types = append(s.types, t)
		}
	}
	names := map[string]int{}
	for _, q := range res[1] {
		switch v := q.Object.(type) {
		case quad.String:
			names[string(v)]++
		case quad.LangString:
			names[string(v.Value)]++
		case quad.TypedString:
			names[string(v.Value)]++
		}
	}
	s.name = export.ChooseName(names)
	if len(s.types) == 0 {
		return nil, nil
	}
	return s, nil
}

// outweigh gives imported entities the store holds the store's type and
// name, and returns one line for each change it made.
func outweigh(ctx context.Context, st *store.Store, graphs []*kg.Graph) ([]string, error) {
	cache := map[string]*stored{}
	var notes []string
	said := map[string]bool{}
	note := func(s string) {
		if !said[s] {
			said[s] = true
			notes = append(notes, s)
		}
	}
	for _, g := range graphs {
		for i := range g.Entities {
			e := &g.Entities[i]
			s, ok := cache[e.IRI]
			if !ok {
				var err error
				if s, err = storedEntity(ctx, st, e.IRI); err != nil {
					return nil, err
				}
				cache[e.IRI] = s
			}
			if s == nil {
				continue
			}
			if !slices.Contains(s.types, e.Type) {
				note(fmt.Sprintf("%s: type %s set aside; the store's articles say %s", e.IRI, e.Type, s.types[0]))
				e.Type = s.types[0]
			}
			if s.name != "" && e.Name != s.name {
				note(fmt.Sprintf("%s: name %q kept as another name; the store's articles call it %q", e.IRI, e.Name, s.name))
				e.Aliases = append(e.Aliases, e.Name)
				e.Name = s.name
			}
		}
	}
	return notes, nil
}

// Preview says what importing the files into the store opts names would
// change, and writes nothing: graphbuild --import FILE --dry-run.
func Preview(ctx context.Context, opts store.Options, files []string, w io.Writer) error {
	var all [][]*kg.Graph
	for _, f := range files {
		gs, err := ReadFile(f)
		if err != nil {
			return err
		}
		all = append(all, gs)
	}
	opts.ReadOnly = true
	st, err := store.Open(ctx, opts)
	if errors.Is(err, store.ErrNotExist) {
		mem, merr := store.Open(ctx, store.Options{Backend: "memstore"}) // an empty store
		if merr != nil {
			return err
		}
		st, err = mem, nil
	}
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.Documents(ctx)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for _, d := range docs {
		have[d.IRI()] = true
	}
	for i, gs := range all {
		s, err := plan(ctx, st, gs)
		if err != nil {
			return fmt.Errorf("importing %s: %v", files[i], err)
		}
		added, removed, replaced := 0, 0, 0
		for _, g := range gs {
			qs, err := rdf.Quads(g)
			if err != nil {
				return fmt.Errorf("importing %s: %v", files[i], err)
			}
			next := map[string]bool{}
			for _, q := range qs {
				next[q.NQuad()] = true
			}
			old := map[string]bool{}
			if have[g.Doc.IRI()] {
				replaced++
				oq, err := st.Quads(ctx, g.Doc.IRI())
				if err != nil {
					return err
				}
				for _, q := range oq {
					old[q.NQuad()] = true
				}
			}
			for q := range next {
				if !old[q] {
					added++
				}
			}
			for q := range old {
				if !next[q] {
					removed++
				}
			}
		}
		fmt.Fprintf(w, "would import %s: %d documents (%d new, %d replacing an earlier import of them), %d entities (%d already stored, %d linked by sameAs); about %d quads added, %d removed\n",
			files[i], len(gs), len(gs)-replaced, replaced, s.Entities, s.ByIRI, s.BySameAs, added, removed)
		for _, g := range gs {
			fmt.Fprintf(w, "  document %s\n", g.Doc.IRI())
		}
		for _, n := range s.Notes {
			fmt.Fprintf(w, "  %s\n", n)
		}
	}
	fmt.Fprintln(w, "dry run: nothing was written")
	return nil
}
