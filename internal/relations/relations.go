// Package relations turns a document's entities into facts and quotes, each
// with its evidence sentence, byte span, confidence and the name of the rule
// that made it. Rules are values that can be listed, tested and swapped;
// each declares itself in its own file (registerRule: name, stage, order),
// so a new rule edits no central list. The words they look for come from
// schema's per-language lists, so one rule serves Arabic and English.
package relations

import (
	"fmt"
	"sort"

	"graphbuild/internal/entities"
	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Fact is a statement about entities of the document.
type Fact struct {
	Subject    int // index into entities.Result.Entities
	Predicate  string
	Object     int // entity index, or -1 when Value is set
	Value      *kg.Value
	Evidence   text.Span // the sentence it rests on
	Confidence float64
	Rule       string
}

// Quote is something a person said.
type Quote struct {
	Speaker    int       // entity index
	Span       text.Span // the words
	Direct     bool
	Evidence   text.Span // the sentence(s) holding them
	Confidence float64
	Rule       string
}

// Output is what the rules found.
type Output struct {
	Facts  []Fact
	Quotes []Quote
	// Genders holds the gender speech marks for entities whose entities
	// result has none ("قالت X": X is a woman), by entity index. The
	// relations stage never writes into the entities result; the pipeline
	// joins the two.
	Genders map[int]string
}

// Rule finds one family of facts or quotes.
type Rule interface {
	Name() string
	Apply(c *Context)
}

// Extractor runs rules in order; later rules see earlier rules' output (the
// quote rules read titles and employers found by the fact rules).
type Extractor struct {
	Rules []Rule
}

// Default returns the rules graphbuild runs: every declared rule
// (registerRule, in the rule's own file), by stage and order.
func Default() *Extractor {
	var rules []Rule
	for _, s := range Rules() {
		rules = append(rules, s.New())
	}
	return &Extractor{Rules: rules}
}

// Context is what a rule reads and writes.
type Context struct {
	R   *entities.Result
	Doc *text.Document
	L   *lang.Profile
	Out Output

	idx      *mentionIndex // index.go
	topicIdx *topicIndex   // index.go
}

// Extract runs every rule over one document.
func (e *Extractor) Extract(r *entities.Result) Output {
	c := &Context{R: r, Doc: r.Doc, L: lang.Of(r.Doc.Lang)}
	for _, rule := range e.Rules {
		rule.Apply(c)
	}
	c.Out.Facts = dedupeFacts(c.Out.Facts)
	sort.SliceStable(c.Out.Quotes, func(i, j int) bool { return c.Out.Quotes[i].Span.Start < c.Out.Quotes[j].Span.Start })
	return c.Out
}

// AddFact records a fact after checking it against the schema: the
// predicate must exist and the subject and object types must fit it. A fact
// the schema does not allow is dropped, never written as a stray string.
func (c *Context) AddFact(f Fact) {
	p, ok := schema.LookupPredicate(f.Predicate)
	if !ok {
		panic(fmt.Sprintf("relations: rule %s used unknown predicate %q", f.Rule, f.Predicate))
	}
	if f.Subject < 0 || f.Subject >= len(c.R.Entities) {
		return
	}
	st := c.R.Entities[f.Subject].Type
	var rng string
	switch {
	case f.Value != nil:
		rng = f.Value.Kind
	case f.Object >= 0 && f.Object < len(c.R.Entities):
		if f.Object == f.Subject {
			return
		}
		rng = string(c.R.Entities[f.Object].Type)
	default:
		return
	}
	if !p.Allows(st, rng) {
		return
	}
	c.Out.Facts = append(c.Out.Facts, f)
}

// dedupeFacts keeps one fact per (subject, predicate, object or value),
// the most confident, first in text order on ties.
func dedupeFacts(fs []Fact) []Fact {
	key := func(f Fact) string {
		if f.Value != nil {
			return fmt.Sprintf("%d|%s|v|%s|%g|%s", f.Subject, f.Predicate, text.FoldName(f.Value.Text), f.Value.Amount, f.Value.Currency)
		}
		return fmt.Sprintf("%d|%s|%d", f.Subject, f.Predicate, f.Object)
	}
	best := map[string]int{}
	var out []Fact
	for _, f := range fs {
		k := key(f)
		if i, ok := best[k]; ok {
			if f.Confidence > out[i].Confidence {
				out[i] = f
			}
			continue
		}
		best[k] = len(out)
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Start < out[j].Evidence.Start })
	return out
}

// --- helpers over the entities result ---

// sentence returns the index of the sentence holding token t.
func (c *Context) sentence(t int) int { return c.Doc.Tokens[t].Sent }

// mentionsIn returns the indexes of the mentions inside sentence si.
func (c *Context) mentionsIn(si int) []int {
	s := c.Doc.Sentences[si]
	var out []int
	for _, i := range c.index().sent[si] {
		if m := c.R.Mentions[i]; m.Tok[0] >= s.FirstToken && m.Tok[1] <= s.EndToken {
			out = append(out, i)
		}
	}
	return out
}

// mentionStarting returns the mention starting at token t, or -1.
func (c *Context) mentionStarting(t int) int {
	if i, ok := c.index().start[t]; ok {
		return i
	}
	return -1
}

// typeOf returns the type of mention i's entity, or its value type.
func (c *Context) typeOf(i int) schema.Type {
	return c.R.Mentions[i].Type
}

// nextMention returns the first mention starting at or after token t and
// before end whose type is one of types, skipping no more than maxGap
// tokens that are not mentions; -1 if none.
func (c *Context) nextMention(t, end, maxGap int, types ...schema.Type) int {
	gap := 0
	for k := t; k < end; {
		if mi := c.mentionStarting(k); mi >= 0 {
			if hasType(c.R.Mentions[mi].Type, types) {
				return mi
			}
			k = c.R.Mentions[mi].Tok[1]
			gap++
			continue
		}
		gap++
		if gap > maxGap {
			return -1
		}
		k++
	}
	return -1
}

// prevMention returns the last mention ending at or before token t and at or
// after start whose type is one of types; -1 if none.
func (c *Context) prevMention(t, start int, types ...schema.Type) int {
	if c.index().sorted {
		return c.prevMentionSorted(t, start, func(i int) bool {
			m := c.R.Mentions[i]
			return m.Tok[1] <= t && hasType(m.Type, types)
		})
	}
	best := -1
	for i, m := range c.R.Mentions {
		if m.Tok[1] <= t && m.Tok[0] >= start && hasType(m.Type, types) {
			if best < 0 || m.Tok[0] > c.R.Mentions[best].Tok[0] {
				best = i
			}
		}
	}
	return best
}

func hasType(t schema.Type, types []schema.Type) bool {
	if len(types) == 0 {
		return true
	}
	for _, x := range types {
		if x == t {
			return true
		}
	}
	return false
}

// ent returns the entity index of mention i, -1 for values.
func (c *Context) ent(i int) int {
	if i < 0 {
		return -1
	}
	return c.R.Mentions[i].Entity
}

// sentSpan returns the span of the sentence holding token t.
func (c *Context) sentSpan(t int) text.Span { return c.Doc.Sentences[c.sentence(t)].Span }

// readable reports whether the sentence holding token t is article text.
func (c *Context) readable(t int) bool { return c.Doc.Sentences[c.sentence(t)].Kind.Readable() }

// isPunct reports whether token t is punctuation.
func (c *Context) isPunct(t int) bool { return c.Doc.Tokens[t].Class == text.Punct }

// tokText returns the text of token t.
func (c *Context) tokText(t int) string { return c.Doc.Tokens[t].Text }
