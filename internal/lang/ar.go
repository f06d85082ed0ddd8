package lang

import "graphbuild/internal/text"

func init() {
	Register(Spec{
		Tag:              Arabic,
		Name:             "Arabic",
		Affixes:          3,
		CasedNames:       false,
		VerbFirst:        true,
		Script:           text.IsArabicLetter,
		Extra:            []string{"proclitics"},
		HeadFirst:        true,
		NamesInOwnScript: true,
		// Article, suffixes, glued prepositions …: schema/lang/ar/clitics.txt.
		AppositionStrength: 0.6,
		Borrow:             []text.Lang{English},
		Recognizers:        []string{"latin-in-arabic", "trigger-name", "name-by-position", "institution-name", "org-by-position", "activity-name", "region-place", "translit-org-suffix", "shortform-org-name", "dateline-place"},
	})
}
