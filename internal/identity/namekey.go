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
// organisation it is (Group, AI, القابضة), unless that is all of them or
// what is left is one ordinary word (rule ordinary-core).
func keyWords(t schema.Type, name string) []string {
	words := strings.Fields(name)
	if t == schema.Organization || t == schema.Product {
		kept := words[:0:0]
		for _, w := range words {
			if !isDescriptor(w) {
				kept = append(kept, w)
			}
		}
		switch {
		case len(kept) == 1 && len(kept) < len(words) && isOrdinary(kept[0]):
			// Rule ordinary-core: "News Corp" is not every "News".
			words = []string{kept[0], coreMarker}
		case len(kept) > 0:
			words = kept
		}
	}
	return words
}

// coreMarker stands in the key for the descriptors of a name whose one
// other word is an ordinary word (rule ordinary-core), so that "News
// Corp" and "News Corporation" keep one key.
const coreMarker = "co"

// isOrdinary reports whether the one word left of an organisation's name
// once its descriptors are dropped is an ordinary word of its script's
// language (lang.Profile.IsOrdinary: "News", "World", "Steel"): such a word
// alone is no name, and the descriptor stays in the key. Rule
// ordinary-core; "Sony Corp" and "Yukos Oil Company" still key as their
// core.
func isOrdinary(w string) bool {
	for _, P := range lang.All() {
		if P.InScript(w) && P.IsOrdinary(w) {
			return true
		}
	}
	return false
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
