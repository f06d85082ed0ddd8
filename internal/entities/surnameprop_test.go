package entities

import (
	"strings"
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TestPropagateSurnames: rule surname-propagation. A person named in full
// is named again by the surname alone; the lone word becomes a mention
// unless a capitalised neighbour makes it part of another name, a mention
// of another type holds the word, or it is a common word opening a
// sentence.
func TestPropagateSurnames(t *testing.T) {
	src := "Marta Velasquez beat Ines Tannhof on Sunday. Tannhof dropped the first set. " +
		"Later Tannhof said the court was slow. Velasquez Holdings sponsors the event. " +
		"Fans of Mark Price cheered. Price rises hit the fans. " +
		"Time Warner filmed it for Jack Warner, and Warner smiled. " +
		"A poster read Vote Tory. Critics called Tory plans weak."
	docs, err := text.Parse("t.txt", []byte(src), text.ParseOptions{Lang: text.English})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	at := func(name string, typ schema.Type) Mention {
		ws := strings.Fields(name)
		for i := range d.Tokens {
			k := 0
			for k < len(ws) && i+k < len(d.Tokens) && d.Tokens[i+k].Text == ws[k] {
				k++
			}
			if k == len(ws) {
				sp := text.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+k-1].End}
				return Mention{Span: sp, Text: name, Type: typ, Tok: [2]int{i, i + k}, Source: srcTagger, Kind: text.Body}
			}
		}
		t.Fatalf("no tokens for %q", name)
		return Mention{}
	}
	ms := []Mention{
		at("Marta Velasquez", schema.Person), at("Ines Tannhof", schema.Person),
		at("Mark Price", schema.Person), at("Time Warner", schema.Organization), at("Jack Warner", schema.Person),
		at("Vote Tory", schema.Person), // a slogan the tagger took for a name
	}
	got := map[string]int{}
	for _, m := range propagateSurnames(d, ms)[len(ms):] {
		if m.Source != srcSurname || m.Type != schema.Person {
			t.Errorf("mention %q: source %s type %s", m.Text, m.Source, m.Type)
		}
		got[m.Text]++
	}
	for name, want := range map[string]int{
		"Tannhof":   2, // "Tannhof dropped", "Later Tannhof said"
		"Velasquez": 0, // "Velasquez Holdings": another name
		"Price":     0, // "Price rises": a common word opening a sentence
		"Warner":    0, // "Time Warner" holds the word
		"Tory":      0, // "Vote Tory": a common word and no given name
	} {
		if got[name] != want {
			t.Errorf("%s: %d lone mentions, want %d", name, got[name], want)
		}
	}
}
