package entities

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// cliticDocumentName is the rule "clitic-document-name": a one-word name
// only the tagger saw, whose word is a glued preposition or the conjunction
// (ل, ب, و, ول, وب) before a name another recognizer found bare in the same
// document, is that name: it starts after the clitic and takes that
// mention's type and lexicon identity ("المدير التقني لرقيم" after "شركة
// رقيم": the company, not a person called لرقيم; "وتشاد" after the lexicon's
// "تشاد": the country). The tagger reads the glued word as a word of its
// own; the document shows which name it is. The whole word stays when it is
// itself a name of the document.
func cliticDocumentName(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if !L.Clitics {
		return ms
	}
	bare := map[string]int{} // folded one-word names of other recognizers → index
	for i, m := range ms {
		if m.Source != srcTagger && m.Tok[1]-m.Tok[0] == 1 && isEntityType(m.Type) && m.Span.Start == d.Tokens[m.Tok[0]].Start {
			bare[d.Tokens[m.Tok[0]].Fold] = i
		}
	}
	if len(bare) == 0 {
		return ms
	}
	for i, m := range ms {
		if m.Source != srcTagger || m.Tok[1]-m.Tok[0] != 1 || m.LexID != "" || m.clitic || !isEntityType(m.Type) {
			continue
		}
		t := d.Tokens[m.Tok[0]]
		if _, whole := bare[t.Fold]; whole || t.Start != m.Span.Start {
			continue
		}
		forms := text.StripFolded(t.Fold)
		for _, f := range forms[1:] {
			o, ok := bare[f]
			p := strings.TrimSuffix(forms[0], f)
			if !ok || !(gluedPrepositionClitic(L, p) || L.AndClitic(p)) {
				continue
			}
			skip := cliticBytes(t.Text, f)
			if skip <= 0 || skip >= len(t.Text) {
				break
			}
			ms[i].Span.Start = t.Start + skip
			ms[i].Text = d.Slice(ms[i].Span)
			ms[i].clitic = true
			ms[i].Type, ms[i].LexID, ms[i].Gender = ms[o].Type, ms[o].LexID, ms[o].Gender
			break
		}
	}
	return ms
}
