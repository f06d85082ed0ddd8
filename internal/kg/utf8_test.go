package kg_test

import (
	"strings"
	"testing"

	"graphbuild/internal/kg"
)

func TestInvalidUTF8(t *testing.T) {
	const bad = "تنظي\xd9"
	for _, tc := range []struct {
		name  string
		g     kg.Graph
		where string
	}{
		{"valid", kg.Graph{Entities: []kg.Entity{{Name: "تنظيم", Aliases: []string{"Tanzim"}}},
			Facts: []kg.Fact{{Evidence: "…", Value: &kg.Value{Text: "٥٠ مليون"}}}, Quotes: []kg.Quote{{Text: "«تنظيم»"}}}, ""},
		{"quote text", kg.Graph{Quotes: []kg.Quote{{Text: "ok"}, {Text: bad, Rule: "reopened-quote"}}}, "the text of quote 1 (reopened-quote)"},
		{"quote title", kg.Graph{Quotes: []kg.Quote{{Text: "ok", Title: bad, Rule: "r"}}}, "the speaker title of quote 0 (r)"},
		{"entity alias", kg.Graph{Entities: []kg.Entity{{Name: "a", Type: "Person", Aliases: []string{bad}}}}, "an alias of entity 0 (Person)"},
		{"fact value", kg.Graph{Facts: []kg.Fact{{Evidence: "e", Value: &kg.Value{Text: bad}, Rule: "money"}}}, "the value of fact 0 (money)"},
	} {
		if got := tc.g.InvalidUTF8(); got != tc.where {
			t.Errorf("%s: InvalidUTF8() = %q, want %q", tc.name, got, tc.where)
		}
		if tc.where == "" {
			continue
		}
		tc.g.Doc.ID = "d"
		if err := tc.g.Validate(); err == nil || !strings.Contains(err.Error(), tc.where+" is not valid UTF-8") {
			t.Errorf("%s: Validate() = %v, want it to name %q", tc.name, err, tc.where)
		}
	}
}
