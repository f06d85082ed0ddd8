package identity

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// NameKey is the IRI slug of an entity the lexicon does not know: the
// consonant skeleton of its name (text.Skeleton), which an Arabic and an
// English article share, without words that only describe what kind of
// organisation it is. The entities stage mints IRIs from it, and the query
// side looks a name up by it. Type is part of the IRI, so a person and a
// company with one skeleton stay apart, and people are compared by their
// whole name, never by a first name or a surname alone.
func NameKey(t schema.Type, name string) string {
	words := keyWords(t, name)
	sk := text.Skeleton(strings.Join(words, " "))
	if !text.LongSkeleton(sk) {
		return exactKey(words)
	}
	return "x-" + strings.ReplaceAll(sk, " ", "-")
}

// keyWords are the words of a name its key is made of: for an
// organisation or a product, those that do not only say what kind of
// organisation it is (Group, AI, القابضة), unless that is all of them.
func keyWords(t schema.Type, name string) []string {
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
	return words
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
