// Package entities finds the typed mentions of a document — people,
// organizations, products, places, and the values money, percentages and
// dates — and clusters them into the document's entities, each with a
// canonical IRI that is the same in every document.
//
// Recognition is a list of Recognizers, each a value with a name that can be
// listed, tested and swapped; their mentions are merged by priority and then
// clustered. Language knowledge comes from schema's data files.
package entities

import (
	"graphbuild/internal/kg"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Mention is one typed span of a document.
type Mention struct {
	Span    text.Span   // the name as written, without attached clitics
	Text    string      // the text of Span
	Type    schema.Type // Person, Organization, Product, Place, Money, Percent, Date
	Tok     [2]int      // token range [first, end) in Document.Tokens
	Source  string      // name of the recognizer that found it
	TypedBy string      // the typing rules that changed its type from the recognizer's ("" when they did not)
	KeptBy  string      // the grouping rule that kept it out of a longer name sharing its word (shortformguard.go)
	Conf    float64     // the recognizer's confidence in [0, 1]
	LexID   string      // lexicon id when the name is a known entity
	Gender  string      // "m" or "f" when the context marks it
	Value   *kg.Value   // for Money, Percent and Date: the normalized value
	Kind    text.Kind   // the kind of text it was found in (body, caption, credit...)
	Entity  int         // index into Result.Entities, -1 for values

	commonWord bool    // a one-word name that is also ordinary vocabulary
	personCue  bool    // a speech verb, title or honorific marks it as a person
	clitic     bool    // a proclitic was stripped from its first word
	margin     float64 // the tagger's margin for its tags (least over the tokens); 0 for other sources
	frontOnly  bool    // tagger span that adds only a trigger noun or title before the name
}

// prefixOnly reports whether mention t (from the tagger) covers inner only
// by adding words in front of it that are trigger nouns or titles ("شركة
// علي بابا" over "علي بابا").
func (t Mention) prefixOnly(inner Mention) bool {
	return t.Tok[1] == inner.Tok[1] && t.frontOnly && inner.Tok[0]-t.Tok[0] <= 2
}

// Sentence returns the index of the sentence holding m.
func (m Mention) Sentence(d *text.Document) int { return d.Tokens[m.Tok[0]].Sent }

// Recognizer finds mentions of one kind of evidence.
type Recognizer interface {
	Name() string
	Recognize(d *text.Document) []Mention
}

// Entity is one real-world thing of a document, with all its mentions.
type Entity struct {
	kg.Entity
	LexID    string
	Mentions []int // indexes into Result.Mentions, in text order
}

// Result is what the entities stage gives the relations stage.
type Result struct {
	Doc      *text.Document
	Mentions []Mention // entity and value mentions, in text order
	Entities []Entity
}

// EntityOf returns the entity of mention i, or nil for values.
func (r *Result) EntityOf(i int) *Entity {
	if i < 0 || i >= len(r.Mentions) || r.Mentions[i].Entity < 0 {
		return nil
	}
	return &r.Entities[r.Mentions[i].Entity]
}

// isEntityType reports whether t names a graph node (not a value).
func isEntityType(t schema.Type) bool {
	info, ok := t.Info()
	return ok && info.IsEntity()
}
