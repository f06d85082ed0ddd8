package query

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"graphbuild/internal/kg"
	"graphbuild/internal/rdf"
	"graphbuild/internal/store"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Resolve finds the one entity a name given on the command line means.
//
// NAME may be written in either language and in any spelling the normalizer
// folds together (case, hamza and alef forms, ta marbuta, alef maqsura,
// diacritics, tatweel, punctuation), with the article ال on any word and
// the proclitics و ف ب ك ل on the first (وعلي بابا, لعلي بابا); it may be
// any name or alias the entity has, or the start of one (at least
// store.PrefixLen letters of a word: "Lumo", "Shamm"). It may also be the
// entity's IRI, the IRI's tail ("person/justin-lin") or a Wikidata id
// ("Q1359568") its sameAs links name.
//
// A whole-name match wins over a prefix match. No match is ErrNoMatch; a
// name several entities share is ErrUsage, whose message lists them with
// their types, ids and articles so the user can pick one.
func Resolve(ctx context.Context, st *store.Store, name string) (*EntityInfo, error) {
	return newReader(st).resolve(ctx, name)
}

var qidRE = regexp.MustCompile(`^Q[0-9]+$`)

func (r *reader) resolve(ctx context.Context, name string) (*EntityInfo, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, errorf(ErrUsage, "empty entity name")
	}
	cands, err := r.candidates(ctx, name)
	if err != nil {
		return nil, err
	}
	switch {
	case len(cands) == 0:
		return nil, errorf(ErrNoMatch, "no entity is called %q; list them with graphquery entities", name)
	case len(cands) == 1:
		return r.entity(ctx, cands[0])
	}
	if c, ok := r.translitChoice(cands); ok && r.similar != nil {
		return r.entity(ctx, c)
	}
	return nil, r.ambiguous(ctx, name, cands)
}

// candidates returns the IRIs of the entities name may mean, sorted; or,
// when name only matches written in the other script, most similar first
// (transliterated), with r.similar holding their similarity.
func (r *reader) candidates(ctx context.Context, name string) ([]string, error) {
	r.similar = nil
	if iri, ok := iriForm(name); ok {
		types, err := r.st.ReadOne(ctx, store.Out(iri, schema.RDFType))
		if err != nil {
			return nil, err
		}
		for _, t := range types {
			if _, ok := typeNames[rdf.Text(t.Object)]; ok {
				return []string{iri}, nil
			}
		}
		return nil, nil
	}
	if qidRE.MatchString(name) {
		if r.st.HasEntityIndex() {
			return r.st.SameAsOf(ctx, schema.NSWikidata+name)
		}
		qs, err := r.st.ReadOne(ctx, store.In(quad.IRI(schema.NSWikidata+name), rdf.OWLSameAs))
		if err != nil {
			return nil, err
		}
		return subjects(qs), nil
	}
	variants := keyVariants(name)
	if len(variants) == 0 {
		return nil, errorf(ErrUsage, "%q has no letters or digits to look up", name)
	}
	indexed, err := r.st.HasNameIndex(ctx)
	if err != nil {
		return nil, err
	}
	if !indexed {
		return r.scanCandidates(ctx, variants)
	}
	if r.st.HasQueryIndex() {
		return r.indexedCandidates(ctx, name, variants)
	}
	// Whole names: the first variant (the least stripped) that names any entity.
	lookups := make([]store.Lookup, len(variants))
	for i, v := range variants {
		lookups[i] = store.In(quad.String(v), store.IndexKey)
	}
	res, err := r.st.Read(ctx, lookups...)
	if err != nil {
		return nil, err
	}
	for _, qs := range res {
		if len(qs) > 0 {
			return subjects(qs), nil
		}
	}
	// Prefixes: entities with a word starting with the first word's first
	// letters, whose key (or a tail of it from a word) starts with the variant.
	for _, v := range variants {
		bucket, ok := store.PrefixBucket(strings.Fields(v)[0])
		if !ok {
			continue
		}
		qs, err := r.st.ReadOne(ctx, store.In(quad.String(bucket), store.IndexPrefix))
		if err != nil {
			return nil, err
		}
		ents := subjects(qs)
		if len(ents) == 0 {
			continue
		}
		keys, err := r.readNodes(ctx, ents, store.IndexKey)
		if err != nil {
			return nil, err
		}
		var out []string
		for _, e := range ents {
			for _, k := range keys[e].uniqueObjects(store.IndexKey) {
				if prefixMatch(k, v) {
					out = append(out, e)
					break
				}
			}
		}
		if len(out) > 0 {
			return out, nil
		}
	}
	return r.transliterated(ctx, name)
}

// indexedCandidates is candidates through the query index: a few keys a
// matching entity, whatever the number of its documents.
func (r *reader) indexedCandidates(ctx context.Context, name string, variants []string) ([]string, error) {
	for _, prefix := range []bool{false, true} {
		for _, v := range variants {
			if _, ok := store.PrefixBucket(strings.Fields(v)[0]); prefix && !ok {
				continue
			}
			out, err := r.st.NameEntities(ctx, v, prefix)
			if err != nil || len(out) > 0 {
				return out, err
			}
		}
	}
	return r.transliterated(ctx, name)
}

// scanCandidates resolves names on a store without a name index (built
// before it existed, or imported through Cayley's own tools): it reads every
// entity.
func (r *reader) scanCandidates(ctx context.Context, variants []string) ([]string, error) {
	graphs, err := r.st.Graphs(ctx)
	if err != nil {
		return nil, err
	}
	keys := map[string][]string{}
	for _, g := range graphs {
		for _, e := range g.Entities {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				keys[e.IRI] = append(keys[e.IRI], store.NameKey(n))
			}
		}
	}
	for _, exact := range []bool{true, false} {
		for _, v := range variants {
			var out []string
			for iri, ks := range keys {
				for _, k := range ks {
					if (exact && k == v) || (!exact && prefixMatch(k, v)) {
						out = append(out, iri)
						break
					}
				}
			}
			if len(out) > 0 {
				slices.Sort(out)
				return out, nil
			}
		}
	}
	return nil, nil
}

// prefixMatch reports whether key, or a tail of it that starts a word,
// starts with v (v at least store.PrefixLen letters).
func prefixMatch(key, v string) bool {
	if _, ok := store.PrefixBucket(strings.Fields(v)[0]); !ok {
		return false
	}
	for {
		if strings.HasPrefix(key, v) {
			return true
		}
		i := strings.IndexByte(key, ' ')
		if i < 0 {
			return false
		}
		key = key[i+1:]
	}
}

// keyVariants returns the name keys a query may mean, least stripped
// first: the name key itself, then with each proclitic reading of the
// first word taken off.
func keyVariants(name string) []string {
	words := strings.Fields(text.FoldName(name))
	if len(words) == 0 {
		return nil
	}
	rest := make([]string, len(words)-1)
	for i, w := range words[1:] {
		rest[i] = text.StripArticle(w)
	}
	var out []string
	for _, first := range text.StripProclitics(words[0]) {
		v := strings.Join(append([]string{text.StripArticle(first)}, rest...), " ")
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// iriForm recognizes an entity IRI or its tail (person/justin-lin).
func iriForm(name string) (string, bool) {
	if strings.HasPrefix(name, schema.NSEntity) {
		return name, true
	}
	if strings.Contains(name, "://") {
		return name, true
	}
	t, slug, ok := strings.Cut(name, "/")
	if !ok || slug == "" || strings.Contains(slug, "/") {
		return "", false
	}
	for _, ti := range schema.Types() {
		if ti.IsEntity() && strings.EqualFold(string(ti.Name), t) {
			return schema.NSEntity + strings.ToLower(t) + "/" + slug, true
		}
	}
	return "", false
}

// ShortID is an entity IRI's tail, which Resolve accepts back.
func ShortID(iri string) string { return strings.TrimPrefix(iri, schema.NSEntity) }

func (r *reader) ambiguous(ctx context.Context, name string, cands []string) error {
	infos, err := r.entities(ctx, cands)
	if err != nil {
		return err
	}
	docIDs, err := r.docIDs(ctx, cands)
	if err != nil {
		return err
	}
	rows := [][]string{}
	for _, c := range cands {
		ids := docIDs[c]
		e := infos[c]
		row := []string{ShortID(c), e.Type, e.Name, articles(ids)}
		if sim, ok := r.similar[c]; ok {
			row = append(row, fmt.Sprintf("similarity %.2f", sim))
		}
		rows = append(rows, row)
	}
	var t strings.Builder
	WriteTable(&t, rows)
	var b strings.Builder
	if r.similar != nil {
		fmt.Fprintf(&b, "%q could mean %d entities written in the other script, most alike first; name one by its id:", name, len(cands))
	} else {
		fmt.Fprintf(&b, "%q could mean %d entities; name one by its id:", name, len(cands))
	}
	for _, line := range strings.Split(strings.TrimRight(t.String(), "\n"), "\n") {
		b.WriteString("\n  " + line)
	}
	return errorf(ErrUsage, "%s", b.String())
}

// docIDs returns the ids of the documents that mention each entity,
// sorted: from the query index when the store has it, else from the
// mentions quads and each document's id.
func (r *reader) docIDs(ctx context.Context, ents []string) (map[string][]string, error) {
	out := make(map[string][]string, len(ents))
	if r.st.HasQueryIndex() {
		sums, err := r.st.EntitySummaries(ctx, ents, true)
		if err != nil {
			return nil, err
		}
		for _, e := range ents {
			var ids []string
			for _, d := range sums[e].Docs {
				id := d.ID
				if id == "" {
					id = kg.DocIDFromIRI(d.IRI)
				}
				ids = append(ids, id)
			}
			slices.Sort(ids)
			out[e] = ids
		}
		return out, nil
	}
	lookups := make([]store.Lookup, len(ents))
	for i, e := range ents {
		lookups[i] = store.In(quad.IRI(e), rdf.PropMentions)
	}
	res, err := r.st.Read(ctx, lookups...)
	if err != nil {
		return nil, err
	}
	for i, e := range ents {
		docs, err := r.documents(ctx, subjects(res[i]))
		if err != nil {
			return nil, err
		}
		var ids []string
		for _, d := range docs {
			ids = append(ids, d.ID)
		}
		slices.Sort(ids)
		out[e] = ids
	}
	return out, nil
}

func articles(ids []string) string {
	const show = 3
	n := len(ids)
	word := "articles"
	if n == 1 {
		word = "article"
	}
	if n > show {
		return fmt.Sprintf("%d %s: %s, …", n, word, strings.Join(ids[:show], ", "))
	}
	return fmt.Sprintf("%d %s: %s", n, word, strings.Join(ids, ", "))
}

// Match is an entity a searched name may mean.
type Match struct {
	EntityInfo
	Docs int `json:"documents"`
}

// Search returns every entity name may mean (Resolve's candidates), most
// mentioned first; none is ErrNoMatch.
func Search(ctx context.Context, st *store.Store, name string, limit int) ([]Match, error) {
	r := newReader(st)
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, errorf(ErrUsage, "empty entity name")
	}
	cands, err := r.candidates(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(cands) == 0 {
		return nil, errorf(ErrNoMatch, "no entity is called %q", name)
	}
	infos, err := r.entities(ctx, cands)
	if err != nil {
		return nil, err
	}
	docIDs, err := r.docIDs(ctx, cands)
	if err != nil {
		return nil, err
	}
	out := make([]Match, len(cands))
	for i, c := range cands {
		out[i] = Match{EntityInfo: *infos[c], Docs: len(docIDs[c])}
	}
	if r.similar == nil { // transliterated candidates stay most similar first
		slices.SortStableFunc(out, func(a, b Match) int { return b.Docs - a.Docs })
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
