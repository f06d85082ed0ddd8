package text

import "strings"

// FromTokens builds a document from text that is already split into
// sentences and tokens (a CoNLL file): the text is the tokens joined by
// spaces, one sentence a line, and every token is kept exactly as given,
// so tags can be written back one per input token. lang "" detects.
func FromTokens(sents [][]string, lang Lang) *Document {
	var b strings.Builder
	d := &Document{ID: "conll", Source: "conll"}
	for _, s := range sents {
		start := b.Len()
		first := len(d.Tokens)
		for j, tok := range s {
			if j > 0 {
				b.WriteByte(' ')
			}
			ts := b.Len()
			b.WriteString(tok)
			class := Word
			if toks := Tokenize(tok); len(toks) == 1 {
				class = toks[0].Class
			} else if len(toks) > 0 && toks[0].Class == Punct {
				class = Punct
			}
			d.Tokens = append(d.Tokens, Token{Span: Span{ts, b.Len()}, Text: tok, Fold: Fold(tok), Class: class, Sent: len(d.Sentences)})
		}
		sp := Span{start, b.Len()}
		d.Paragraphs = append(d.Paragraphs, Paragraph{Span: sp, Kind: Body})
		d.Sentences = append(d.Sentences, Sentence{Span: sp, Para: len(d.Paragraphs) - 1, Kind: Body, FirstToken: first, EndToken: len(d.Tokens)})
		b.WriteByte('\n')
	}
	d.Text = b.String()
	d.Lang = lang
	if d.Lang == "" {
		d.Lang = DetectLang(d.Text)
	}
	return d
}
