// Package kg is the extracted graph of one document — its entities, facts,
// quotes and document metadata — with its IRIs, validation and canonical
// form. It is what the extraction stages produce; internal/rdf maps it to
// the quads the store keeps, internal/export writes the JSON export.
package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Document is the metadata of one input article.
type Document struct {
	ID        string `json:"-"`      // short id: file stem, or the jsonl "id"
	Source    string `json:"source"` // path or URL it was built from
	Lang      string `json:"lang"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	SHA256    string `json:"sha256"`
}

// IRI is the document's IRI; it is also the label (named graph) of its quads.
func (d Document) IRI() string { return DocIRI(d.ID) }

// DocIRI returns the IRI of the document with short id id. The id is kept
// exactly: letters and digits of any script and - . _ ~ stay, every other
// byte is percent-encoded, so two ids that differ in case or punctuation
// ("Doc-1", "doc 1", "DOC/1") are two documents, never one.
func DocIRI(id string) string { return schema.NSDoc + escapeDocID(id) }

// DocIDFromIRI returns the id of the document with IRI iri (the inverse of
// DocIRI); an IRI outside the document namespace is returned as is.
func DocIDFromIRI(iri string) string {
	rest, ok := strings.CutPrefix(iri, schema.NSDoc)
	if !ok {
		return iri
	}
	if id, err := url.PathUnescape(rest); err == nil {
		return id
	}
	return rest
}

// HasIRI reports whether iri names the document: its IRI, or the one
// older versions gave it (legacyDocIRI).
func (d Document) HasIRI(iri string) bool { return d.IRI() == iri || legacyDocIRI(d.ID) == iri }

// legacyDocIRI is the IRI older versions gave a document: the id folded to
// lower case with punctuation runs as '-'. Stores built by them still read.
func legacyDocIRI(id string) string { return schema.NSDoc + escapeSegment(id) }

func escapeDocID(id string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	onlyDots := strings.Trim(id, ".") == ""
	for i := 0; i < len(id); {
		r, n := utf8.DecodeRuneInString(id[i:])
		keep := r == '-' || r == '_' || r == '~' || (r == '.' && !onlyDots) ||
			(r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') ||
			(r > 0x7f && r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)))
		if keep {
			b.WriteString(id[i : i+n])
		} else {
			for _, c := range []byte(id[i : i+n]) {
				b.WriteByte('%')
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&15])
			}
		}
		i += n
	}
	return b.String()
}

// Entity is one real-world thing the document names.
type Entity struct {
	IRI     string      `json:"id"`
	Type    schema.Type `json:"type"`
	Name    string      `json:"name"`
	Aliases []string    `json:"aliases,omitempty"`
	SameAs  []string    `json:"sameAs,omitempty"`
	Gender  string      `json:"-"` // "m", "f" or "" when the text does not mark it
}

// Value is a literal object: free text, or an amount of money, a percentage
// or a date with its normalized form.
type Value struct {
	Text     string  `json:"text"`
	Amount   float64 `json:"amount,omitempty"`   // Money: units; Percent: the number
	Currency string  `json:"currency,omitempty"` // Money: ISO 4217
	Kind     string  `json:"-"`                  // "Text", "Money", "Percent" or "Date"
	ISO      string  `json:"-"`                  // Date: YYYY, YYYY-MM or YYYY-MM-DD when known
}

// Fact is one statement with its provenance.
type Fact struct {
	Subject    string         `json:"subject"`
	Predicate  string         `json:"predicate"`
	Object     string         `json:"object,omitempty"`
	Value      *Value         `json:"value,omitempty"`
	Evidence   string         `json:"evidence"`
	Span       text.InputSpan `json:"span"`
	Confidence float64        `json:"confidence"`
	Rule       string         `json:"rule"`
}

// Quote is something a person said, with how the article introduced them.
type Quote struct {
	Speaker      string         `json:"speaker"`
	Text         string         `json:"text"`
	Direct       bool           `json:"direct"`
	Span         text.InputSpan `json:"span"`            // the quoted words
	Evidence     string         `json:"evidence"`        // the sentence(s) holding them
	EvidenceSpan text.InputSpan `json:"evidence_span"`   //
	Title        string         `json:"title,omitempty"` // the speaker's title as this article states it
	Org          string         `json:"org,omitempty"`   // IRI of the speaker's organization in this article
	Confidence   float64        `json:"confidence"`
	Rule         string         `json:"rule"`
}

// Graph is everything extracted from one document.
type Graph struct {
	Doc      Document
	Entities []Entity
	Facts    []Fact
	Quotes   []Quote
}

// EntityIRI returns the stable IRI of an entity: type and slug, the same in
// every document and run.
func EntityIRI(t schema.Type, slug string) string {
	return schema.NSEntity + strings.ToLower(string(t)) + "/" + escapeSegment(slug)
}

// FactIRI names a fact node by what it says and where: the same statement at
// the same place in the same document always gets the same IRI.
func FactIRI(docID string, f Fact) string {
	obj := f.Object
	if f.Value != nil {
		obj = fmt.Sprintf("%s|%g|%s", f.Value.Text, f.Value.Amount, f.Value.Currency)
	}
	return DocIRI(docID) + "/fact/" + shortHash(f.Subject, f.Predicate, obj, fmt.Sprint(f.Span.Start, f.Span.End))
}

// QuoteIRI names a quote node by its speaker and place.
func QuoteIRI(docID string, q Quote) string {
	return DocIRI(docID) + "/quote/" + shortHash(q.Speaker, fmt.Sprint(q.Span.Start, q.Span.End))
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// escapeSegment keeps an id usable as one IRI path segment: letters of any
// script and digits stay (IRIs allow Unicode), everything else becomes '-'.
func escapeSegment(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		ok := r == '_' || r == '.' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || (r > 0x7f && isWordRune(r))
		if ok {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-.")
}

func isWordRune(r rune) bool {
	return text.IsArabicLetter(r) || (r >= 0x660 && r <= 0x669) || r > 0x7f && r != 0xa0 && !isPunct(r)
}

func isPunct(r rune) bool {
	switch r {
	case '،', '؛', '؟', '“', '”', '«', '»', '‘', '’', '–', '—', '…':
		return true
	}
	return false
}
