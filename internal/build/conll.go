package build

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"graphbuild/internal/entities"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// ReadCoNLL reads one token per line (the first column; blank lines end
// sentences; -DOCSTART- lines are skipped) and returns the sentences.
func ReadCoNLL(name string, r io.Reader) ([][]string, error) {
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		f := strings.Fields(line)
		if f[0] == "-DOCSTART-" {
			continue
		}
		cur = append(cur, f[0])
	}
	if err := sc.Err(); err != nil {
		return nil, &text.InputError{Input: name, Msg: err.Error()}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	if len(out) == 0 {
		return nil, &text.InputError{Input: name, Msg: "no tokens found; give one token per line, a blank line between sentences"}
	}
	return out, nil
}

// conllTag is the CoNLL class a type is written as.
func conllTag(t schema.Type) string {
	info, ok := t.Info()
	if !ok {
		return ""
	}
	return info.CoNLL
}

// TagCoNLL tags pre-tokenized sentences with the same recognizers the
// pipeline uses and returns BIO tags (PER, ORG, LOC, MISC) per token. lang ""
// detects the language from the tokens.
func TagCoNLL(sents [][]string, lang text.Lang) [][]string {
	return TagCoNLLWith(sents, lang, nil)
}

// TagCoNLLWith is TagCoNLL with a given extractor (nil: the default one
// for the language).
func TagCoNLLWith(sents [][]string, lang text.Lang, ex *entities.Extractor) [][]string {
	// A tagging corpus has no article boundaries: read it in runs of
	// sentences about the size of a news article, so that what the
	// recognizers learn from a whole document (a name seen twice, a
	// surname after a full name) works as it does on articles.
	var out [][]string
	for i := 0; i < len(sents); i += conllChunk {
		out = append(out, tagChunk(sents[i:min(i+conllChunk, len(sents))], lang, ex)...)
	}
	return out
}

// conllChunk is the number of sentences read as one document.
const conllChunk = 30

func tagChunk(sents [][]string, lang text.Lang, ex *entities.Extractor) [][]string {
	d := text.FromTokens(sents, lang)
	if ex == nil {
		ex = entities.Default(d.Lang)
	}
	r := ex.Extract(d)
	tags := make([]string, len(d.Tokens))
	for i := range tags {
		tags[i] = "O"
	}
	for _, m := range r.Mentions {
		c := conllTag(m.Type)
		if c == "" || m.Value != nil {
			continue
		}
		for t := m.Tok[0]; t < m.Tok[1]; t++ {
			if t == m.Tok[0] {
				tags[t] = "B-" + c
			} else {
				tags[t] = "I-" + c
			}
		}
	}
	out := make([][]string, len(sents))
	k := 0
	for i, s := range sents {
		out[i] = tags[k : k+len(s)]
		k += len(s)
	}
	return out
}

// WriteCoNLL writes token<TAB>tag lines, a blank line after each sentence.
func WriteCoNLL(w io.Writer, sents, tags [][]string) error {
	bw := bufio.NewWriter(w)
	for i, s := range sents {
		for j, tok := range s {
			fmt.Fprintf(bw, "%s\t%s\n", tok, tags[i][j])
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
