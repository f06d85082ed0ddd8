// Package rdf maps the graph of a document (kg.Graph) to RDF quads and back:
// the vocabulary graphbuild writes, the quads of a graph, and the graphs of
// quads read from a store or an N-Quads file.
package rdf

import "graphbuild/schema"

// The IRIs graphbuild writes besides the schema's predicates. Classes and
// properties of its own live under schema.NSProp ("gb:" below). None of the
// property names may equal a schema predicate name (a test checks this), so
// that the direct triple of a fact never mixes with the bookkeeping.
const (
	ClassDocument = schema.NSProp + "Document"
	ClassFact     = schema.NSProp + "Fact"
	ClassQuote    = schema.NSProp + "Quote"

	OWLSameAs = "http://www.w3.org/2002/07/owl#sameAs"

	// Document node.
	PropDocID     = schema.NSProp + "docId"
	PropSource    = schema.NSProp + "source"
	PropLang      = schema.NSProp + "lang"
	PropTitle     = schema.NSProp + "title"
	PropPublished = schema.NSProp + "published"
	PropSHA256    = schema.NSProp + "sha256"
	PropMentions  = schema.NSProp + "mentions" // document → entity
	PropHasFact   = schema.NSProp + "hasFact"  // document → fact
	PropHasQuote  = schema.NSProp + "hasQuote" // document → quote

	// Entity.
	PropName        = schema.NSProp + "name"        // canonical display name
	PropSurfaceForm = schema.NSProp + "surfaceForm" // every other name, as written
	PropGender      = schema.NSProp + "gender"
	PropSaid        = schema.NSProp + "said" // speaker → quote

	// Fact (the provenance node) and quote nodes.
	PropSubject       = schema.NSProp + "subject"
	PropPredicate     = schema.NSProp + "predicate"
	PropObject        = schema.NSProp + "object"
	PropValueText     = schema.NSProp + "valueText"
	PropAmount        = schema.NSProp + "amount"
	PropCurrency      = schema.NSProp + "currency"
	PropValueKind     = schema.NSProp + "valueKind"
	PropValueISO      = schema.NSProp + "valueISO"
	PropEvidence      = schema.NSProp + "evidence"
	PropStart         = schema.NSProp + "start"
	PropEnd           = schema.NSProp + "end"
	PropConfidence    = schema.NSProp + "confidence"
	PropRule          = schema.NSProp + "rule"
	PropSpeaker       = schema.NSProp + "speaker"
	PropText          = schema.NSProp + "text"
	PropDirect        = schema.NSProp + "direct"
	PropEvidenceStart = schema.NSProp + "evidenceStart"
	PropEvidenceEnd   = schema.NSProp + "evidenceEnd"
	PropSpeakerTitle  = schema.NSProp + "speakerTitle"
	PropOrg           = schema.NSProp + "org"
)

// OwnProperties lists graphbuild's bookkeeping properties (for tests and
// documentation).
func OwnProperties() []string {
	return []string{PropDocID, PropSource, PropLang, PropTitle, PropPublished, PropSHA256,
		PropMentions, PropHasFact, PropHasQuote, PropName, PropSurfaceForm, PropGender, PropSaid,
		PropSubject, PropPredicate, PropObject, PropValueText, PropAmount, PropCurrency,
		PropValueKind, PropValueISO, PropEvidence, PropStart, PropEnd, PropConfidence, PropRule,
		PropSpeaker, PropText, PropDirect, PropEvidenceStart, PropEvidenceEnd, PropSpeakerTitle, PropOrg}
}

// XSD is the namespace of the XML Schema datatypes.
const XSD = "http://www.w3.org/2001/XMLSchema#"
