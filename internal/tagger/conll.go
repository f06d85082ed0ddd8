package tagger

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one tagged sentence: tokens and their BIO tags (Tags may be nil
// for untagged text).
type Sentence struct {
	Tokens []string
	Tags   []string
}

// Format is a column format ReadCoNLL understands.
type Format int

const (
	// ANER is ANERcorp: "token TAG" a line, B-/I- tags over PERS, ORG, LOC,
	// MISC.
	ANER Format = iota
	// CoNLL2003 is "token POS chunk TAG" a line in IOB1, with -DOCSTART-
	// lines between documents.
	CoNLL2003
	// Tokens is one token a line in the first column, no tags.
	Tokens
)

// ReadCoNLL reads sentences separated by blank lines. The token is the first
// column and the tag the last one (for ANER and CoNLL2003); tags are repaired
// to valid BIO over PER, ORG, LOC and MISC (PERS becomes PER, IOB1 and stray
// I- tags become B- where a mention starts). -DOCSTART- lines end a sentence
// and are dropped.
func ReadCoNLL(r io.Reader, format Format) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			if cur.Tags != nil {
				cur.Tags = Repair(cur.Tags)
			}
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(line)
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if format == Tokens {
			cur.Tokens = append(cur.Tokens, f[0])
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("tagger: line %d: want token and tag, got %q", n, line)
		}
		if format == CoNLL2003 && len(f) < 4 {
			return nil, fmt.Errorf("tagger: line %d: want token POS chunk tag, got %q", n, line)
		}
		cur.Tokens = append(cur.Tokens, f[0])
		cur.Tags = append(cur.Tags, f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}
