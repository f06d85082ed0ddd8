package tagger

import (
	"io"

	"graphbuild/internal/conll"
)

// Sentence is one tagged sentence: tokens and their BIO tags (Tags may be nil
// for untagged text).
type Sentence = conll.Sentence

// Format is a column format ReadCoNLL understands (internal/conll).
type Format = conll.Format

// The formats of conll.
const (
	ANER      = conll.ANER
	CoNLL2003 = conll.CoNLL2003
	Tokens    = conll.Tokens
)

// ReadCoNLL reads sentences with conll.Read and repairs their tags to valid
// BIO over PER, ORG, LOC and MISC (PERS becomes PER, IOB1 and stray I- tags
// become B- where a mention starts).
func ReadCoNLL(r io.Reader, format Format) ([]Sentence, error) {
	out, err := conll.Read(r, format)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Tags != nil {
			out[i].Tags = Repair(out[i].Tags)
		}
	}
	return out, nil
}
