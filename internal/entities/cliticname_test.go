package entities

import (
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TestCliticDocumentName: rule "clitic-document-name" reads a tagger name
// glued to ل or و as the bare name another recognizer found in the same
// document, with its type and lexicon id; a glued word with no such bare
// name, and a word that is itself a name of the document, stay whole.
func TestCliticDocumentName(t *testing.T) {
	tests := []struct {
		name, text, bare, glued string
		wantText                string
		wantType                schema.Type
	}{
		{"ل before a company named by a trigger", "أطلقت شركة سديم تطبيقا جديدا، وقال المدير التقني لسديم إن التطبيق جاهز.", "سديم", "لسديم", "سديم", schema.Organization},
		{"و before a country of the lexicon", "زار الوزير تشاد أمس، ثم عاد إلى النيجر وتشاد بعد أسبوع.", "تشاد", "وتشاد", "تشاد", schema.Place},
		{"no bare name in the document", "وقال المدير التقني لسديم إن التطبيق جاهز.", "", "لسديم", "لسديم", schema.Person},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseBody(t, tc.text)
			var ms []Mention
			for i, tok := range d.Tokens {
				sp := text.Span{Start: tok.Start, End: tok.End}
				switch tok.Text {
				case tc.bare:
					typ, src, id := schema.Organization, srcTrigger, ""
					if tc.wantType == schema.Place {
						typ, src, id = schema.Place, srcLexicon, "chad"
					}
					ms = append(ms, Mention{Span: sp, Text: tok.Text, Type: typ, Tok: [2]int{i, i + 1}, Source: src, LexID: id})
				case tc.glued:
					ms = append(ms, Mention{Span: sp, Text: tok.Text, Type: schema.Person, Tok: [2]int{i, i + 1}, Source: srcTagger})
				}
			}
			got := cliticDocumentName(d, ms)
			m := got[len(got)-1]
			if m.Text != tc.wantText || m.Type != tc.wantType {
				t.Errorf("glued mention = %q %s, want %q %s", m.Text, m.Type, tc.wantText, tc.wantType)
			}
			if tc.wantType == schema.Place && m.LexID != "chad" {
				t.Errorf("lexicon id %q not taken", m.LexID)
			}
		})
	}
}
