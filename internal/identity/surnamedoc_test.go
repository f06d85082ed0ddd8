package identity

import (
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

// TestSurnamePerArticle: one lone surname in several articles is one IRI
// for the entities stage, but each article's is decided on that article's
// context: "Ronaldo" of the article that names Manchester United joins
// Cristiano Ronaldo, who works there; "Ronaldo" of the article on Real
// Madrid stays apart, and the evidence names what its own article shares.
func TestSurnamePerArticle(t *testing.T) {
	P, O := schema.Person, schema.Organization
	org := func(name string) kg.Entity {
		return kg.Entity{IRI: kg.EntityIRI(O, "n-"+name), Type: O, Name: name}
	}
	lone := kg.EntityIRI(P, "n-ronaldo")
	full := doc("full", kg.Entity{IRI: kg.EntityIRI(P, "x-krstn-rnlt"), Type: P, Name: "Cristiano Ronaldo"}, org("united"))
	full.Facts = []kg.Fact{{Subject: full.Entities[0].IRI, Predicate: "worksAt", Object: org("united").IRI}}
	united := doc("united", kg.Entity{IRI: lone, Type: P, Name: "Ronaldo"}, org("united"))
	real := doc("real", kg.Entity{IRI: lone, Type: P, Name: "Ronaldo"}, org("real"))
	link(ents(full, real, united))
	if got := united.Entities[0].IRI; got != full.Entities[0].IRI {
		t.Errorf("Ronaldo of the United article is %s, want Cristiano Ronaldo", got)
	}
	if got := real.Entities[0].IRI; got != lone {
		t.Errorf("Ronaldo of the Real Madrid article is %s, want it left apart", got)
	}
	for _, f := range real.Facts {
		if f.Predicate == "alias" {
			t.Errorf("alias fact in the Real Madrid article: %+v", f)
		}
	}
}

// TestSurnameSameDocument: a lone surname joins the one person of its own
// article named in full with that surname, with no context needed (rule
// surname-same-document, the Arabic article's الشريف and عمر الشريف); two
// such people leave it alone, and do not let another article decide.
func TestSurnameSameDocument(t *testing.T) {
	P := schema.Person
	person := func(slug, name string) kg.Entity { return kg.Entity{IRI: kg.EntityIRI(P, slug), Type: P, Name: name} }
	one := doc("one", person("n-شريف", "الشريف"), person("x-mr-srf", "عمر الشريف"))
	link(ents(one))
	if one.Entities[0].IRI != kg.EntityIRI(P, "x-mr-srf") || len(one.Entities) != 1 {
		t.Fatalf("الشريف not joined to عمر الشريف of its article: %+v", one.Entities)
	}
	var why *kg.Fact
	for i, f := range one.Facts {
		if f.Predicate == "alias" {
			why = &one.Facts[i]
		}
	}
	if why == nil || why.Rule != ruleSurnameDocument || why.Confidence != sameDocumentConfidence || why.Value.Text != "الشريف" {
		t.Errorf("alias fact: %+v", why)
	}
	two := doc("two", person("n-شريف", "الشريف"), person("x-mr-srf", "عمر الشريف"), person("x-sn-srf", "حسن الشريف"))
	link(ents(two))
	if two.Entities[0].IRI != kg.EntityIRI(P, "n-شريف") {
		t.Errorf("الشريف joined one of two people of its article: %s", two.Entities[0].IRI)
	}
}
