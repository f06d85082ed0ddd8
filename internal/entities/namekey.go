package entities

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// nameKey is the IRI slug of an entity the lexicon does not know: the
// consonant skeleton of its name (text.Skeleton), which an Arabic and an
// English article share, without words that only describe what kind of
// organisation it is. Type is part of the IRI, so a person and a company
// with one skeleton stay apart, and people are compared by their whole
// name, never by a first name or a surname alone.
func nameKey(t schema.Type, name string) string {
	words := strings.Fields(name)
	if t == schema.Organization || t == schema.Product {
		kept := words[:0:0]
		for _, w := range words {
			if !isDescriptor(w) {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 {
			words = kept
		}
	}
	sk := text.Skeleton(strings.Join(words, " "))
	if !text.LongSkeleton(sk) {
		return exactKey(words)
	}
	return "x-" + strings.ReplaceAll(sk, " ", "-")
}

// exactKey is the key of a short name: its folded words, the Arabic article
// dropped (الأهلي and أهلي are one name), prefixed "n-" so it never meets a
// skeleton key.
func exactKey(words []string) string {
	var out []string
	for _, w := range strings.Fields(text.FoldName(strings.Join(words, " "))) {
		if rs := []rune(w); len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
			w = string(rs[2:])
		}
		out = append(out, w)
	}
	return "n-" + strings.Join(out, "-")
}

func isDescriptor(w string) bool {
	for _, P := range lang.All() {
		if _, ok := P.NameDescriptors.Has(w); ok {
			return true
		}
	}
	return false
}

// personGender is the gender a person mention marks: its own (from a verb,
// a title or an honorific) or that of its given name.
func personGender(d *text.Document, m Mention) string {
	if m.Gender != "" {
		return m.Gender
	}
	if g, ok := firstName(d.Lang, d.Tokens[m.Tok[0]]); ok && g != "-" {
		return g
	}
	return ""
}

// keyPrefix is the part of a cluster key before the folded name.
func keyPrefix(m Mention) string {
	if m.Type != schema.Person {
		return "thing|"
	}
	return string(m.Type) + "|"
}
