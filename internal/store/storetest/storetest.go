// Package storetest builds kg.Graphs for tests and benchmarks of the store
// and the query commands: a small hand-written bilingual sample and
// synthetic graphs shaped like real articles.
package storetest

import (
	"fmt"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Sample returns a small Arabic article's graph with id id: two people, two
// organizations, a product, facts with an object, a text value and money,
// a direct and an indirect quote.
func Sample(id string) *kg.Graph {
	lin := kg.EntityIRI(schema.Person, "justin-lin")
	li := kg.EntityIRI(schema.Person, "li-wei")
	ali := kg.EntityIRI(schema.Organization, "alibaba")
	zhipu := kg.EntityIRI(schema.Organization, "zhipu")
	qwen := kg.EntityIRI(schema.Product, "qwen")
	return &kg.Graph{
		Doc: kg.Document{ID: id, Source: "fixtures/" + id + ".txt", Lang: "ar", Title: "علي بابا تطلق نموذج Qwen الجديد",
			Published: "2026-02-11", SHA256: "0f1e2d3c"},
		Entities: []kg.Entity{
			{IRI: lin, Type: schema.Person, Name: "Justin Lin", Aliases: []string{"جاستن لين", "لين"}, Gender: "m"},
			{IRI: li, Type: schema.Person, Name: "لي وي"},
			{IRI: ali, Type: schema.Organization, Name: "Alibaba", Aliases: []string{"علي بابا"}, SameAs: []string{schema.NSWikidata + "Q1359568"}},
			{IRI: zhipu, Type: schema.Organization, Name: "Zhipu AI", Aliases: []string{"تشيبو"}},
			{IRI: qwen, Type: schema.Product, Name: "Qwen", Aliases: []string{"كوين"}},
		},
		Facts: []kg.Fact{
			{Subject: lin, Predicate: "worksAt", Object: ali, Evidence: "قال جاستن لين، القائد التقني في علي بابا، إن ...",
				Span: text.InputSpan{Start: 120, End: 190}, Confidence: 0.92, Rule: "title-org"},
			{Subject: lin, Predicate: "jobTitle", Value: &kg.Value{Text: "القائد التقني", Kind: "Text"},
				Evidence: "قال جاستن لين، القائد التقني في علي بابا، إن ...", Span: text.InputSpan{Start: 120, End: 190}, Confidence: 0.8, Rule: "title-org"},
			{Subject: ali, Predicate: "developed", Object: qwen, Evidence: "أطلقت علي بابا نموذج Qwen.",
				Span: text.InputSpan{Start: 0, End: 40}, Confidence: 0.9, Rule: "launch-verb"},
			{Subject: zhipu, Predicate: "raised", Value: &kg.Value{Text: "560 مليون دولار", Amount: 560000000, Currency: "USD", Kind: "Money"},
				Evidence: "جمعت تشيبو 560 مليون دولار.", Span: text.InputSpan{Start: 300, End: 345}, Confidence: 0.9, Rule: "money-raise"},
		},
		Quotes: []kg.Quote{
			{Speaker: lin, Text: "سنطلق نموذجاً جديداً", Direct: true, Span: text.InputSpan{Start: 150, End: 185},
				Evidence: "قال جاستن لين، القائد التقني في علي بابا، إن «سنطلق نموذجاً جديداً».", EvidenceSpan: text.InputSpan{Start: 120, End: 190},
				Title: "القائد التقني", Org: ali, Confidence: 0.85, Rule: "qala-colon"},
			{Speaker: li, Text: "السوق تتغير بسرعة", Direct: false, Span: text.InputSpan{Start: 400, End: 430},
				Evidence: "وأضاف لي وي أن السوق تتغير بسرعة.", EvidenceSpan: text.InputSpan{Start: 390, End: 440}, Confidence: 0.6, Rule: "adafa-anna"},
		},
	}
}

// Synthetic returns the i-th synthetic article: about 80 quads, a third of
// the literals Arabic, entities shared with other articles (people and
// organizations drawn from pools of 50 and 20) so that traversals cross
// documents.
func Synthetic(i int) *kg.Graph {
	id := fmt.Sprintf("syn-%05d", i)
	g := &kg.Graph{Doc: kg.Document{ID: id, Source: "synthetic/" + id + ".txt", Lang: "ar",
		Title: fmt.Sprintf("خبر رقم %d", i), Published: "2026-01-01", SHA256: fmt.Sprintf("%064x", i)}}
	org := func(k int) string { return kg.EntityIRI(schema.Organization, fmt.Sprintf("org-%d", k%20)) }
	per := func(k int) string { return kg.EntityIRI(schema.Person, fmt.Sprintf("person-%d", k%50)) }
	prod := kg.EntityIRI(schema.Product, fmt.Sprintf("product-%d", i))
	for k := 0; k < 3; k++ {
		g.Entities = append(g.Entities,
			kg.Entity{IRI: per(i + k*7), Type: schema.Person, Name: fmt.Sprintf("Person %d", (i+k*7)%50), Aliases: []string{fmt.Sprintf("شخص %d", (i+k*7)%50)}},
			kg.Entity{IRI: org(i + k*3), Type: schema.Organization, Name: fmt.Sprintf("Org %d", (i+k*3)%20), Aliases: []string{fmt.Sprintf("شركة %d", (i+k*3)%20)}})
	}
	g.Entities = append(g.Entities, kg.Entity{IRI: prod, Type: schema.Product, Name: fmt.Sprintf("Model %d", i)})
	for k := 0; k < 3; k++ {
		s := text.InputSpan{Start: 100 * k, End: 100*k + 80}
		g.Facts = append(g.Facts, kg.Fact{Subject: per(i + k*7), Predicate: "worksAt", Object: org(i + k*3),
			Evidence: fmt.Sprintf("يعمل شخص %d في شركة %d.", (i+k*7)%50, (i+k*3)%20), Span: s, Confidence: 0.9, Rule: "synthetic"})
	}
	g.Facts = append(g.Facts,
		kg.Fact{Subject: org(i), Predicate: "developed", Object: prod, Evidence: "Org released a model.", Span: text.InputSpan{Start: 400, End: 420}, Confidence: 0.8, Rule: "synthetic"},
		kg.Fact{Subject: org(i), Predicate: "raised", Value: &kg.Value{Text: "10 مليون دولار", Amount: 1e7, Currency: "USD", Kind: "Money"},
			Evidence: "جمعت الشركة 10 مليون دولار.", Span: text.InputSpan{Start: 500, End: 530}, Confidence: 0.7, Rule: "synthetic"})
	g.Quotes = append(g.Quotes, kg.Quote{Speaker: per(i), Text: fmt.Sprintf("قول رقم %d", i), Direct: true,
		Span: text.InputSpan{Start: 600, End: 620}, Evidence: "قال: قول", EvidenceSpan: text.InputSpan{Start: 590, End: 630},
		Title: "مدير", Org: org(i), Confidence: 0.7, Rule: "synthetic"})
	return g
}

// SampleEN returns a small English article's graph with id id, sharing
// Alibaba and Justin Lin with Sample.
func SampleEN(id string) *kg.Graph {
	lin := kg.EntityIRI(schema.Person, "justin-lin")
	ali := kg.EntityIRI(schema.Organization, "alibaba")
	sam := kg.EntityIRI(schema.Person, "sam-altman")
	oai := kg.EntityIRI(schema.Organization, "openai")
	return &kg.Graph{
		Doc: kg.Document{ID: id, Source: "fixtures/" + id + ".txt", Lang: "en", Title: "OpenAI & Alibaba race on <models>",
			Published: "2026-03-01", SHA256: "aa11"},
		Entities: []kg.Entity{
			{IRI: lin, Type: schema.Person, Name: "Justin Lin", Aliases: []string{"Lin"}},
			{IRI: ali, Type: schema.Organization, Name: "Alibaba", Aliases: []string{"Alibaba Group"}},
			{IRI: sam, Type: schema.Person, Name: "Sam Altman", Aliases: []string{"Altman"}},
			{IRI: oai, Type: schema.Organization, Name: "OpenAI", SameAs: []string{schema.NSWikidata + "Q21708200"}},
		},
		Facts: []kg.Fact{
			{Subject: sam, Predicate: "worksAt", Object: oai, Evidence: "Sam Altman, chief executive of OpenAI, said ...",
				Span: text.InputSpan{Start: 10, End: 60}, Confidence: 0.9, Rule: "title-org"},
			{Subject: lin, Predicate: "worksAt", Object: ali, Evidence: "Justin Lin of Alibaba added ...",
				Span: text.InputSpan{Start: 100, End: 140}, Confidence: 0.85, Rule: "of-org"},
		},
		Quotes: []kg.Quote{
			{Speaker: sam, Text: "We are not slowing down", Direct: true, Span: text.InputSpan{Start: 40, End: 63},
				Evidence: "Sam Altman, chief executive of OpenAI, said: \"We are not slowing down.\"", EvidenceSpan: text.InputSpan{Start: 10, End: 66},
				Title: "chief executive", Org: oai, Confidence: 0.9, Rule: "said-colon"},
		},
	}
}
