package entities

import (
	"strings"
	"testing"

	"graphbuild/internal/text"
)

// TestSurnameTarget: a lone surname may join a person named in full only
// when the full name reads as one name: a span holding a word in small
// letters that is not a name particle (a misread "Westlife singer Brian
// McFadden", "Geordan Murphy on Hodgson") takes no lone word.
func TestSurnameTarget(t *testing.T) {
	docs, err := text.Parse("t.txt", []byte("Former Westlife singer Brian McFadden spoke. A dummy from Geordan Murphy on Hodgson worked. "+
		"Omar al-Shammari said so. Ludwig van Beethoven wrote it. Brian McFadden left."), text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	span := func(name string) Mention {
		ws := strings.Fields(name)
		for i := range d.Tokens {
			if d.Tokens[i].Text != ws[0] {
				continue
			}
			j, k := i, 0
			for ; j < len(d.Tokens) && k < len(ws); j++ {
				if d.Tokens[j].Class == text.Punct && !strings.Contains(ws[k], d.Tokens[j].Text) {
					continue
				}
				if !strings.HasPrefix(ws[k], d.Tokens[j].Text) && d.Tokens[j].Text != ws[k] {
					break
				}
				if strings.HasSuffix(ws[k], d.Tokens[j].Text) {
					k++
				}
			}
			if k == len(ws) {
				return Mention{Tok: [2]int{i, j}, Text: name}
			}
		}
		t.Fatalf("no tokens for %q", name)
		return Mention{}
	}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Westlife singer Brian McFadden", false},
		{"Geordan Murphy on Hodgson", false},
		{"Brian McFadden", true},
		{"Omar al-Shammari", true},
		{"Ludwig van Beethoven", true},
	} {
		if got := surnameTarget(d, span(c.name)); got != c.want {
			t.Errorf("surnameTarget(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
