package lang

import "graphbuild/internal/text"

func init() {
	Register(Spec{
		Tag:        Arabic,
		Name:       "Arabic",
		Clitics:    true,
		CasedNames: false,
		VerbFirst:  true,
		Script:     text.IsArabicLetter,
		// ناشئة، مستثمرون، تقنيات: plural and feminine endings.
		NounSuffixes: []string{"ه", "ات", "ون", "ين", "يه", "يون", "يين"},
		Extra:        []string{"proclitics"},
	})
}
