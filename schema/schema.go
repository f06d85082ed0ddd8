// Package schema is the vocabulary every stage shares: entity and value types,
// predicates with their domain, range and schema.org IRIs, lexicons of
// well-known entities and the per-language word lists the recognizers read.
// It is all embedded data behind a small API; schema imports no other package
// of the project.
package schema

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
)

// Base is the namespace every IRI graphbuild mints lives under.
const Base = "https://graphbuild.dev/"

// Namespaces for the IRIs of the graph.
const (
	NSEntity    = Base + "id/"  // entities: NSEntity + lower(type) + "/" + slug
	NSDoc       = Base + "doc/" // documents: NSDoc + document id
	NSProp      = Base + "ns#"  // graphbuild's own properties and predicates
	NSSchemaOrg = "https://schema.org/"
	RDFType     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	NSWikidata  = "http://www.wikidata.org/entity/"
)

// Type is an entity or value type such as Person or Money.
type Type string

// The types the extractors produce. Type names are data (types.json); these
// constants exist so Go code cannot misspell them, and a test checks that
// each is declared there.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Product      Type = "Product"
	Place        Type = "Place"
	Event        Type = "Event"
	Misc         Type = "Misc"
	Money        Type = "Money"
	Percent      Type = "Percent"
	Date         Type = "Date"
)

// TypeInfo describes one type.
type TypeInfo struct {
	Name  Type   `json:"name"`
	IRI   string `json:"iri"`
	Kind  string `json:"kind"`  // "entity" or "value"
	CoNLL string `json:"conll"` // the CoNLL tag this type is written as, "" for none
	Doc   string `json:"doc"`
}

// IsEntity reports whether values of the type are graph nodes with an identity.
func (t TypeInfo) IsEntity() bool { return t.Kind == "entity" }

// Predicate is one relation the graph may hold.
type Predicate struct {
	Name       string   `json:"name"`
	IRI        string   `json:"iri"`         // schema.org equivalent, "" when there is none
	InverseIRI string   `json:"inverse_iri"` // schema.org property for the inverse direction
	Domain     []Type   `json:"domain"`
	Range      []string `json:"range"` // entity types, or "Text" / "Money" for literals
	Doc        string   `json:"doc"`
}

// GraphIRI is the IRI under which the predicate is stored: graphbuild's own
// namespace, so a schema.org mapping can change without rewriting stores.
func (p Predicate) GraphIRI() string { return NSProp + p.Name }

// Literal reports whether the predicate's object is a value, not an entity.
func (p Predicate) Literal() bool {
	for _, r := range p.Range {
		if r == "Text" || r == string(Money) || r == string(Percent) || r == string(Date) {
			return true
		}
	}
	return false
}

// Allows reports whether subject type s and object type o (or a literal range
// name) fit the predicate.
func (p Predicate) Allows(s Type, o string) bool {
	okS := false
	for _, d := range p.Domain {
		if d == s {
			okS = true
		}
	}
	if !okS {
		return false
	}
	for _, r := range p.Range {
		if r == o {
			return true
		}
	}
	return false
}

//go:embed types.json predicates.json
var core embed.FS

type registry struct {
	types      map[Type]TypeInfo
	typeOrder  []TypeInfo
	predicates map[string]Predicate
	predOrder  []Predicate
}

var loadRegistry = sync.OnceValues(func() (*registry, error) {
	r := &registry{types: map[Type]TypeInfo{}, predicates: map[string]Predicate{}}
	if err := decodeEmbedded(core, "types.json", &r.typeOrder); err != nil {
		return nil, err
	}
	for _, t := range r.typeOrder {
		if _, dup := r.types[t.Name]; dup {
			return nil, fmt.Errorf("schema: type %q declared twice", t.Name)
		}
		r.types[t.Name] = t
	}
	if err := decodeEmbedded(core, "predicates.json", &r.predOrder); err != nil {
		return nil, err
	}
	for _, p := range r.predOrder {
		if _, dup := r.predicates[p.Name]; dup {
			return nil, fmt.Errorf("schema: predicate %q declared twice", p.Name)
		}
		for _, d := range p.Domain {
			if _, ok := r.types[d]; !ok {
				return nil, fmt.Errorf("schema: predicate %q: unknown domain type %q", p.Name, d)
			}
		}
		for _, rg := range p.Range {
			if _, ok := r.types[Type(rg)]; !ok && rg != "Text" {
				return nil, fmt.Errorf("schema: predicate %q: unknown range %q", p.Name, rg)
			}
		}
		r.predicates[p.Name] = p
	}
	return r, nil
})

func decodeEmbedded(fs embed.FS, name string, v any) error {
	b, err := fs.ReadFile(name)
	if err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("schema: %s: %w", name, err)
	}
	return nil
}

func mustRegistry() *registry {
	r, err := loadRegistry()
	if err != nil {
		// The data is embedded at build time and checked by the package's
		// tests, so a failure here is a programming error, not user input.
		panic(err)
	}
	return r
}

// Types lists every declared type in declaration order.
func Types() []TypeInfo { return append([]TypeInfo(nil), mustRegistry().typeOrder...) }

// LookupType returns the declared type with that name.
func LookupType(name string) (TypeInfo, bool) {
	t, ok := mustRegistry().types[Type(name)]
	return t, ok
}

// Info returns the declaration of t; ok is false for an undeclared type.
func (t Type) Info() (TypeInfo, bool) { return LookupType(string(t)) }

// Predicates lists every declared predicate in declaration order.
func Predicates() []Predicate { return append([]Predicate(nil), mustRegistry().predOrder...) }

// LookupPredicate returns the predicate with that short name.
func LookupPredicate(name string) (Predicate, bool) {
	p, ok := mustRegistry().predicates[name]
	return p, ok
}

// PredicateNames returns the short names of all predicates, sorted.
func PredicateNames() []string {
	var out []string
	for n := range mustRegistry().predicates {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// CheckPredicate returns an error when name is not a declared predicate, so
// that extractors fail in tests rather than writing an unknown string.
func CheckPredicate(name string) error {
	if _, ok := LookupPredicate(name); !ok {
		return fmt.Errorf("schema: unknown predicate %q", name)
	}
	return nil
}

// CheckType returns an error when t is not a declared type.
func CheckType(t Type) error {
	if _, ok := LookupType(string(t)); !ok {
		return fmt.Errorf("schema: unknown type %q", t)
	}
	return nil
}
