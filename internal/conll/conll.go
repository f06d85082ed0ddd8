// Package conll reads and writes column-format tagging corpora (ANERcorp,
// CoNLL-2003, one token a line): the one reader that training the tagger,
// the held-out tests, graphbuild --tag-conll and cmd/commonwords share.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence: its tokens and, for a tagged format, the tag of
// each (as written; the tagger repairs them to valid BIO).
type Sentence struct {
	Tokens []string
	Tags   []string
}

// Format is a column format Read understands.
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

// Read reads sentences separated by blank lines. The token is the first
// column and, for ANER and CoNLL2003, the tag the last one; Tokens gives
// sentences without tags. -DOCSTART- lines end a sentence and are dropped.
// A line with too few columns for the format is an error naming it.
func Read(r io.Reader, format Format) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if format == Tokens {
			cur.Tokens = append(cur.Tokens, f[0])
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("conll: line %d: want token and tag, got %q", n, line)
		}
		if format == CoNLL2003 && len(f) < 4 {
			return nil, fmt.Errorf("conll: line %d: want token POS chunk tag, got %q", n, line)
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

// Write writes token<TAB>tag lines, a blank line after each sentence.
func Write(w io.Writer, sents, tags [][]string) error {
	bw := bufio.NewWriter(w)
	for i, s := range sents {
		for j, tok := range s {
			fmt.Fprintf(bw, "%s\t%s\n", tok, tags[i][j])
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
