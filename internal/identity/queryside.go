package identity

import (
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// TranslitProbes returns the index keys (Keys) under which an entity of
// type t is held when its name, written in the other script, is name
// transliterated: the keys crossScriptJoin looks a new entity up by. A
// long name's skeleton less at most one letter finds every entity one
// edit away; a short name's exact skeleton finds the short names and the
// lexicon entities of that skeleton. The query side reads them to find
// "David Cameron" when only an Arabic article names ديفيد كاميرون.
func TranslitProbes(t schema.Type, name string) []string {
	key := NameKey(t, name)
	if key == "n-" {
		return nil
	}
	return crossScriptProbes(kg.Entity{IRI: kg.EntityIRI(t, key), Type: t})
}

// TranslitScore says how surely cand, a name of an entity of type t, is
// name written in the other script, by the tests crossScriptJoin joins
// by, 0 when it is not:
//   - above translitConfidence for a transliteration checked both ways
//     (text.TranslitFit), on the words the key is made of ("Raqeem AI" is
//     رقيم): 1 when every vowel Arabic writes fits the Latin one, less for
//     each that stands for a vowel of another quality (Hassan is حسن at 1,
//     حسين at 0.95);
//   - for two long names (each at least minSkeletonAlone consonants), the
//     similarity of their skeletons, one edit at most and, for people,
//     every word within one edit, times translitConfidence: a skeleton
//     alone is never as sure as a transliteration checked both ways.
//
// Names in one script score 0: that is a spelling, not a transliteration.
func TranslitScore(t schema.Type, name, cand string) float64 {
	if latinName(name) == latinName(cand) {
		return 0
	}
	a, b := keyWords(t, name), keyWords(t, cand)
	if ok, misfits := text.TranslitFit(strings.Join(a, " "), strings.Join(b, " ")); ok {
		return bothWaysScore(misfits)
	}
	sa, sb := text.Skeleton(strings.Join(a, " ")), text.Skeleton(strings.Join(b, " "))
	if !text.LongSkeleton(sa) || !text.LongSkeleton(sb) || consonants(sa) < minSkeletonAlone || consonants(sb) < minSkeletonAlone {
		return 0
	}
	wa, wb := strings.Fields(sa), strings.Fields(sb)
	person := t == schema.Person
	if person && len(wa) != len(wb) {
		return 0
	}
	s := similarity(wa, wb, person)
	if s < linkThreshold {
		return 0
	}
	return s * translitConfidence
}

// bothWaysScore is the score of a transliteration checked both ways with
// misfits vowels of another quality: 1 for none, always above what a
// skeleton alone scores (at most translitConfidence).
func bothWaysScore(misfits int) float64 {
	return translitConfidence + (1-translitConfidence)/float64(1+misfits)
}

// SureTranslit reports whether a TranslitScore is of a transliteration
// checked both ways or of two names of one skeleton: what the build joins
// without a near miss.
func SureTranslit(score float64) bool { return score >= translitConfidence }
