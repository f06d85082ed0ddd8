package entities

import (
	"testing"

	"graphbuild/schema"
)

// TestLexiconKeepsType: on the same one Arabic word, the tagger's type
// stands against the lexicon's (الجزيرة the peninsula, not the channel),
// except Misc, its weakest class: «جوجل» listed as an organisation stays
// one when the tagger calls it Misc. Several words keep the lexicon's type
// whatever the tagger says.
func TestLexiconKeepsType(t *testing.T) {
	lex := func(text string, n int) Mention {
		return Mention{Text: text, Type: schema.Organization, Tok: [2]int{0, n}, Source: srcLexicon}
	}
	tag := func(text string, n int, typ schema.Type) Mention {
		return Mention{Text: text, Type: typ, Tok: [2]int{0, n}, Source: srcTagger, margin: 20}
	}
	tests := []struct {
		name string
		m, t Mention
		want bool
	}{
		{"one word, tagger Misc: the lexicon's type", lex("جوجل", 1), tag("جوجل", 1, schema.Misc), true},
		{"one word, tagger Place: the tagger's", lex("الجزيرة", 1), tag("الجزيرة", 1, schema.Place), false},
		{"one word, tagger Person: the tagger's", lex("الجزيرة", 1), tag("الجزيرة", 1, schema.Person), false},
		{"several words: the lexicon's", lex("علي بابا", 2), tag("علي بابا", 2, schema.Person), true},
	}
	for _, tt := range tests {
		if got := lexiconKeepsType(tt.m, tt.t); got != tt.want {
			t.Errorf("%s: lexiconKeepsType = %v, want %v", tt.name, got, tt.want)
		}
	}
}
