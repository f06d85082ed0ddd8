package query

import "testing"

func TestWhy(t *testing.T) {
	c := &Card{
		EntityInfo: EntityInfo{IRI: "https://graphbuild.dev/id/organization/n-raqeem", Type: "Organization", Name: "Raqeem AI"},
		Names:      []NameForm{{Text: "Raqeem AI"}, {Text: "رقيم", Lang: "ar"}, {Text: "Raqeem"}},
		FactsOut: []Fact{
			{Predicate: "alias", Value: "Raqeem AI", Evidence: "رقيم ≈ Raqeem AI", Confidence: 0.9, Rule: "transliteration-both-ways", Doc: "ar-1"},
			{Predicate: "worksAt", Evidence: "رقيم ≈ something else", Rule: "x"},
		},
	}
	want := []Reason{
		{Name: "Raqeem AI", Rule: "same-folded-name", Confidence: 1, Evidence: "the entity's name"},
		{Name: "رقيم", Rule: "transliteration-both-ways", Confidence: 0.9, Evidence: "رقيم ≈ Raqeem AI", Doc: "ar-1"},
		{Name: "Raqeem", Rule: "same-folded-name", Confidence: 1},
	}
	got := Why(c)
	if len(got) != len(want) {
		t.Fatalf("Why = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("reason %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	for iri, rule := range map[string]string{
		"https://graphbuild.dev/id/person/x-tf-tk-mrn":   "same-consonant-skeleton",
		"https://graphbuild.dev/id/organization/alibaba": "lexicon-id",
	} {
		if got := keyRule(iri).rule; got != rule {
			t.Errorf("keyRule(%s) = %s, want %s", iri, got, rule)
		}
	}
}
