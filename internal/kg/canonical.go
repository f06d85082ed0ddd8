package kg

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Validate checks the graph against the schema: every entity type and
// predicate is declared, facts point at entities of the graph with types the
// predicate allows, IRIs are absolute and the extracted strings valid UTF-8
// (InvalidUTF8). The store and the exporters call it before they write
// anything; an error names the offending item.
func (g *Graph) Validate() error {
	if g.Doc.ID == "" {
		return errors.New("kg: document without an id")
	}
	var errs []error
	types := map[string]schema.Type{}
	for _, e := range g.Entities {
		ti, ok := e.Type.Info()
		switch {
		case !isAbsIRI(e.IRI):
			errs = append(errs, fmt.Errorf("entity %q: IRI %q is not absolute", e.Name, e.IRI))
		case !ok || !ti.IsEntity():
			errs = append(errs, fmt.Errorf("entity %s: %q is not an entity type of the schema", e.IRI, e.Type))
		case strings.TrimSpace(e.Name) == "":
			errs = append(errs, fmt.Errorf("entity %s: empty name", e.IRI))
		}
		if t, dup := types[e.IRI]; dup && t != e.Type {
			errs = append(errs, fmt.Errorf("entity %s: declared as %s and %s", e.IRI, t, e.Type))
		}
		types[e.IRI] = e.Type
		for _, s := range e.SameAs {
			if !isAbsIRI(s) {
				errs = append(errs, fmt.Errorf("entity %s: sameAs %q is not an absolute IRI", e.IRI, s))
			}
		}
	}
	for i, f := range g.Facts {
		p, ok := schema.LookupPredicate(f.Predicate)
		if !ok {
			errs = append(errs, fmt.Errorf("fact %d (%s): unknown predicate %q", i, f.Rule, f.Predicate))
			continue
		}
		st, ok := types[f.Subject]
		if !ok {
			errs = append(errs, fmt.Errorf("fact %d (%s %s): subject %q is not an entity of the graph", i, f.Predicate, f.Rule, f.Subject))
			continue
		}
		if !slices.Contains(p.Domain, st) {
			errs = append(errs, fmt.Errorf("fact %d (%s %s): subject type %s is not in the domain %v", i, f.Predicate, f.Rule, st, p.Domain))
		}
		switch {
		case f.Object != "" && f.Value != nil:
			errs = append(errs, fmt.Errorf("fact %d (%s %s): both an object and a value", i, f.Predicate, f.Rule))
		case f.Object == "" && f.Value == nil:
			errs = append(errs, fmt.Errorf("fact %d (%s %s): neither an object nor a value", i, f.Predicate, f.Rule))
		case f.Object != "":
			ot, ok := types[f.Object]
			if !ok {
				errs = append(errs, fmt.Errorf("fact %d (%s %s): object %q is not an entity of the graph", i, f.Predicate, f.Rule, f.Object))
			} else if !slices.Contains(p.Range, string(ot)) {
				errs = append(errs, fmt.Errorf("fact %d (%s %s): object type %s is not in the range %v", i, f.Predicate, f.Rule, ot, p.Range))
			}
		default:
			if !p.Literal() {
				errs = append(errs, fmt.Errorf("fact %d (%s %s): the predicate takes an entity, not a value", i, f.Predicate, f.Rule))
			}
		}
	}
	for i, q := range g.Quotes {
		if _, ok := types[q.Speaker]; !ok {
			errs = append(errs, fmt.Errorf("quote %d (%s): speaker %q is not an entity of the graph", i, q.Rule, q.Speaker))
		}
		if q.Org != "" {
			if _, ok := types[q.Org]; !ok {
				errs = append(errs, fmt.Errorf("quote %d (%s): org %q is not an entity of the graph", i, q.Rule, q.Org))
			}
		}
		if q.Text == "" {
			errs = append(errs, fmt.Errorf("quote %d (%s): empty text", i, q.Rule))
		}
	}
	if where := g.InvalidUTF8(); where != "" {
		errs = append(errs, fmt.Errorf("%s is not valid UTF-8", where))
	}
	if len(errs) > 0 {
		return fmt.Errorf("kg: document %s: %w", g.Doc.ID, errors.Join(errs...))
	}
	return nil
}

func isAbsIRI(s string) bool {
	i := strings.Index(s, ":")
	return i > 0 && !strings.ContainsAny(s, " <>\"{}|\\^`\n\t")
}

// Canonical returns a copy of the graph in canonical form: entities sorted by
// IRI (the same IRI twice merged), aliases and sameAs sorted and unique,
// facts and quotes sorted by position, and facts (quotes) with the same IRI
// merged into the one with the highest confidence. Two graphs that say the
// same thing have equal canonical forms; FromQuads returns canonical graphs.
func (g *Graph) Canonical() *Graph {
	out := &Graph{Doc: g.Doc}
	byIRI := map[string]int{}
	for _, e := range g.Entities {
		if i, ok := byIRI[e.IRI]; ok {
			m := &out.Entities[i]
			if e.Name != m.Name {
				m.Aliases = append(m.Aliases, e.Name)
			}
			m.Aliases = append(m.Aliases, e.Aliases...)
			m.SameAs = append(m.SameAs, e.SameAs...)
			if m.Gender == "" {
				m.Gender = e.Gender
			}
			continue
		}
		byIRI[e.IRI] = len(out.Entities)
		e.Aliases = slices.Clone(e.Aliases)
		e.SameAs = slices.Clone(e.SameAs)
		out.Entities = append(out.Entities, e)
	}
	for i := range out.Entities {
		e := &out.Entities[i]
		e.Aliases = sortedUnique(slices.DeleteFunc(e.Aliases, func(a string) bool { return a == e.Name || a == "" }))
		e.SameAs = sortedUnique(e.SameAs)
	}
	slices.SortFunc(out.Entities, func(a, b Entity) int { return strings.Compare(a.IRI, b.IRI) })

	facts := map[string]Fact{}
	for _, f := range g.Facts {
		if f.Value != nil {
			v := *f.Value
			f.Value = &v
		}
		id := FactIRI(g.Doc.ID, f)
		if old, ok := facts[id]; !ok || better(f.Confidence, f.Rule, old.Confidence, old.Rule) {
			facts[id] = f
		}
	}
	for _, f := range facts {
		out.Facts = append(out.Facts, f)
	}
	slices.SortFunc(out.Facts, compareFacts)

	quotes := map[string]Quote{}
	for _, q := range g.Quotes {
		id := QuoteIRI(g.Doc.ID, q)
		if old, ok := quotes[id]; !ok || better(q.Confidence, q.Rule, old.Confidence, old.Rule) {
			quotes[id] = q
		}
	}
	for _, q := range quotes {
		out.Quotes = append(out.Quotes, q)
	}
	slices.SortFunc(out.Quotes, compareQuotes)
	return out
}

func better(c1 float64, r1 string, c2 float64, r2 string) bool {
	if c1 != c2 {
		return c1 > c2
	}
	return r1 < r2
}

func compareFacts(a, b Fact) int {
	return cmp.Or(
		cmp.Compare(a.Span.Start, b.Span.Start),
		cmp.Compare(a.Span.End, b.Span.End),
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Predicate, b.Predicate),
		strings.Compare(a.Object, b.Object),
		strings.Compare(valueKey(a.Value), valueKey(b.Value)),
	)
}

func valueKey(v *Value) string {
	if v == nil {
		return ""
	}
	return fmt.Sprintf("%s|%g|%s", v.Text, v.Amount, v.Currency)
}

func compareQuotes(a, b Quote) int {
	return cmp.Or(
		cmp.Compare(a.Span.Start, b.Span.Start),
		cmp.Compare(a.Span.End, b.Span.End),
		strings.Compare(a.Speaker, b.Speaker),
	)
}

func sortedUnique(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	slices.Sort(s)
	return slices.Compact(s)
}

// ScriptLang returns "ar" or "en" for the dominant script of s, or "".
func ScriptLang(s string) string {
	ar, la := 0, 0
	for _, r := range s {
		switch {
		case text.IsArabicLetter(r):
			ar++
		case unicode.Is(unicode.Latin, r) && unicode.IsLetter(r):
			la++
		}
	}
	switch {
	case ar > 0 && ar >= la:
		return "ar"
	case la > 0:
		return "en"
	}
	return ""
}
