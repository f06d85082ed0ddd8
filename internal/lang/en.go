package lang

import "unicode"

func init() {
	Register(Spec{
		Tag:                English,
		Name:               "English",
		Affixes:            4,
		CasedNames:         true,
		VerbFirst:          false,
		Script:             func(r rune) bool { return r < unicode.MaxLatin1 && unicode.IsLetter(r) || unicode.In(r, unicode.Latin) },
		Extra:              []string{"abbreviations"},
		AppositionStrength: 0.8,
		BareClauses:        true,
		Recognizers:        []string{"cue-subject", "org-suffix", "owner-product", "product-list", "model-number", "camel-name"},
	})
}
