package build

import (
	"io"

	"graphbuild/internal/conll"
	"graphbuild/internal/entities"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// ReadCoNLL reads one token per line (the first column; blank lines end
// sentences; -DOCSTART- lines are dropped, conll.Read) and returns the
// sentences' tokens.
func ReadCoNLL(name string, r io.Reader) ([][]string, error) {
	ss, err := conll.Read(r, conll.Tokens)
	if err != nil {
		return nil, &text.InputError{Input: name, Msg: err.Error()}
	}
	if len(ss) == 0 {
		return nil, &text.InputError{Input: name, Msg: "no tokens found; give one token per line, a blank line between sentences"}
	}
	out := make([][]string, len(ss))
	for i, s := range ss {
		out[i] = s.Tokens
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
func WriteCoNLL(w io.Writer, sents, tags [][]string) error { return conll.Write(w, sents, tags) }
