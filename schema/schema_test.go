package schema

import (
	"strings"
	"testing"
)

func TestRegistryLoads(t *testing.T) {
	if _, err := loadRegistry(); err != nil {
		t.Fatal(err)
	}
	if len(Types()) == 0 || len(Predicates()) == 0 {
		t.Fatalf("types %d, predicates %d: want both non-empty", len(Types()), len(Predicates()))
	}
}

func TestTypeConstantsDeclared(t *testing.T) {
	for _, c := range []struct {
		ty     Type
		entity bool
	}{
		{Person, true}, {Organization, true}, {Product, true}, {Place, true}, {Event, true},
		{Money, false}, {Percent, false}, {Date, false},
	} {
		info, ok := c.ty.Info()
		if !ok {
			t.Errorf("type constant %q not declared in types.json", c.ty)
			continue
		}
		if info.IsEntity() != c.entity {
			t.Errorf("%s: IsEntity=%v, want %v", c.ty, info.IsEntity(), c.entity)
		}
		if !strings.HasPrefix(info.IRI, NSSchemaOrg) {
			t.Errorf("%s: IRI %q is not a schema.org IRI", c.ty, info.IRI)
		}
		if err := CheckType(c.ty); err != nil {
			t.Error(err)
		}
	}
	if err := CheckType("Spaceship"); err == nil {
		t.Error("CheckType accepted an undeclared type")
	}
}

func TestPredicates(t *testing.T) {
	names := PredicateNames()
	for i := 1; i < len(names); i++ {
		if names[i-1] >= names[i] {
			t.Errorf("PredicateNames not sorted/unique at %q, %q", names[i-1], names[i])
		}
	}
	for _, p := range Predicates() {
		if err := CheckPredicate(p.Name); err != nil {
			t.Error(err)
		}
		if p.GraphIRI() != NSProp+p.Name {
			t.Errorf("%s: GraphIRI %q", p.Name, p.GraphIRI())
		}
		if p.IRI != "" && !strings.HasPrefix(p.IRI, NSSchemaOrg) {
			t.Errorf("%s: iri %q is not schema.org", p.Name, p.IRI)
		}
		if len(p.Domain) == 0 || len(p.Range) == 0 {
			t.Errorf("%s: empty domain or range", p.Name)
		}
	}
	for _, bad := range []string{"", "worksat", "WorksAt", "employs", "acquired "} {
		if err := CheckPredicate(bad); err == nil {
			t.Errorf("CheckPredicate(%q) accepted an unknown name", bad)
		}
	}
}

func TestPredicateTyping(t *testing.T) {
	cases := []struct {
		pred    string
		s       Type
		o       string
		allows  bool
		literal bool
	}{
		{"worksAt", Person, "Organization", true, false},
		{"worksAt", Organization, "Organization", false, false},
		{"raised", Organization, "Money", true, true},
		{"listedOn", Organization, "Place", true, false},
		{"developed", Organization, "Product", true, false},
		{"developed", Organization, "Place", false, false},
		{"jobTitle", Person, "Text", true, true},
		{"surpassed", Product, "Product", true, false},
	}
	for _, c := range cases {
		p, ok := LookupPredicate(c.pred)
		if !ok {
			t.Errorf("predicate %q not declared", c.pred)
			continue
		}
		if got := p.Allows(c.s, c.o); got != c.allows {
			t.Errorf("%s.Allows(%s, %s) = %v, want %v", c.pred, c.s, c.o, got, c.allows)
		}
		if got := p.Literal(); got != c.literal {
			t.Errorf("%s.Literal() = %v, want %v", c.pred, got, c.literal)
		}
	}
}
