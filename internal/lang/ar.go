package lang

import "graphbuild/internal/text"

func init() {
	Register(Spec{
		Tag:        Arabic,
		Name:       "Arabic",
		Clitics:    true,
		Affixes:    3,
		CasedNames: false,
		VerbFirst:  true,
		Script:     text.IsArabicLetter,
		// ناشئة، مستثمرون، تقنيات: plural and feminine endings.
		NounSuffixes:     []string{"ه", "ات", "ون", "ين", "يه", "يون", "يين"},
		Extra:            []string{"proclitics"},
		HeadFirst:        true,
		NamesInOwnScript: true,
		Article:          "ال",
		AndProclitic:     "و",
		ToProclitic:      "ل",
		ElidedArticle:    "لل",
		// نموذجها، منصتهم، شركته; مستثمرون، محللين; شركات.
		PossessiveSuffixes: []string{"ها", "هم", "ه"},
		SoundPlurals:       []string{"ون", "ين"},
		FemininePlural:     "ات",
		ArticleProclitics:  []string{"و", "وب", "ب", "ك", "وك"},
		FeminineEnding:     "ه",
		GluedPrepositions:  []string{"ل", "ب"},
		NonNameSuffixes:    []string{"ه", "ات", "ون", "ين", "يه", "ها", "هم", "هما", "نا", "كم"},
		// كبلدنا، ممثلو: a pronoun or the construct و after a listed stem.
		VocabularySuffixes: []string{"ها", "هم", "هما", "نا", "كم", "و"},
		// شركات تعمل في / تقوم ب / تنتمي إلى: 21+7+… corpus cases, verbs.
		VerbPrefixes: []string{"ت", "ي"},
		// ويؤثر: و before the verb (not ف: "فيفرز" is a name, "يفرز" a verb).
		VerbConjunctions: []string{"و"},
		// سابقًا، نائبًا، أيضاً: fathatan, dammatan, kasratan.
		IndefiniteMarks:    []string{"\u064b", "\u064c", "\u064d"},
		AppositionStrength: 0.6,
		Borrow:             []text.Lang{English},
		Recognizers:        []string{"latin-in-arabic", "trigger-name", "name-by-position", "institution-name", "org-by-position", "activity-name", "region-place", "translit-org-suffix", "shortform-org-name"},
	})
}
