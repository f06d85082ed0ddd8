package text

import (
	"encoding/json"
	"fmt"
)

// Span is a half-open range [Start, End) of byte offsets into a document's
// Text, the cleaned text the extraction stages read (tokens, sentences,
// mentions, facts and quotes before they enter the graph). Document.Orig
// maps it to an InputSpan.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Union returns the smallest span covering s and o.
func (s Span) Union(o Span) Span {
	return Span{min(s.Start, o.Start), max(s.End, o.End)}
}

func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// MarshalJSON writes the span as [start, end], the form of the JSON export.
func (s Span) MarshalJSON() ([]byte, error) { return json.Marshal([2]int{s.Start, s.End}) }

// UnmarshalJSON reads [start, end].
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	s.Start, s.End = a[0], a[1]
	return nil
}

// InputSpan is a half-open range [Start, End) of byte offsets into a
// document's original input, the bytes read before HTML was cleaned
// (Document.Orig): the position a fact or quote keeps in the graph, the
// store and the exports, so it can be shown in the source. It is a type of
// its own so that an offset into Text is never stored as one into the input.
type InputSpan struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s InputSpan) Len() int { return s.End - s.Start }

func (s InputSpan) String() string { return Span(s).String() }

// MarshalJSON writes the span as [start, end], the form of the JSON export.
func (s InputSpan) MarshalJSON() ([]byte, error) { return Span(s).MarshalJSON() }

// UnmarshalJSON reads [start, end].
func (s *InputSpan) UnmarshalJSON(b []byte) error { return (*Span)(s).UnmarshalJSON(b) }
