package lang

import (
	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
)

// WordLists are one-word lists that the extraction rules test a token
// against ("is this word a determiner?"). Each is a file
// schema/lang/<tag>/<name>.txt; an optional one may be comment-only when the
// language writes the construction as an affix or not at all.
type WordLists struct {
	TitlePrepositions *phrase.Set[Word] // title_prepositions.txt: "كبير المحللين في Omdia", "analyst at Omdia"
	ToWords           *phrase.Set[Word] // to_words.txt: "أشار إلى", "pointed to"
	OtherWords        *phrase.Set[Word] // other_words.txt: "وغيرها من الشركات", "and other companies"
	CompanyAnaphors   *phrase.Set[Word] // company_anaphors.txt: "الشركة", "the company"

	Determiners          *phrase.Set[Word] // determiners.txt (may be empty): "the", "a"
	ListJoiners          *phrase.Set[Word] // list_joiners.txt (may be empty): X "and" Y
	OwnerPronouns        *phrase.Set[Word] // owner_pronouns.txt (may be empty): "its" new X
	WorkTitleWords       *phrase.Set[Word] // work_title_words.txt (may be empty): "Knights of the Old Republic"
	OwnerNameJoiners     *phrase.Set[Word] // owner_name_joiners.txt (may be empty): Lucas's "Knights of the …"
	StopLatin            *phrase.Set[Word] // stop_latin.txt (may be empty): "GMT" in Arabic text names nothing
	CueSubjectSkips      *phrase.Set[Word] // cue_subject_skips.txt (may be empty): X "has also" acquired
	SurnamePrefixes      *phrase.Set[Word] // surname_prefixes.txt (may be empty, as written): "Mc"Donald
	PassiveAdverbs       *phrase.Set[Word] // passive_adverbs.txt (may be empty): is "widely" reported
	PersonSubjects       *phrase.Set[Word] // person_subjects.txt (may be empty): "he" said
	AppositionBreaks     *phrase.Set[Word] // apposition_breaks.txt: "X, which …" ends an apposition
	MentionJoiners       *phrase.Set[Word] // mention_joiners.txt: "ByteDance وTencent", "X and Y"
	IndefiniteArticles   *phrase.Set[Word] // indefinite_articles.txt (may be empty): "a" typical Bioware game
	OrgNameBeforeStops   *phrase.Set[Word] // org_name_before_stops.txt (may be empty): Association "of" European Airlines
	OrgNameAfterStops    *phrase.Set[Word] // org_name_after_stops.txt (may be empty): Welsh Institute "for" Health
	DefiniteArticles     *phrase.Set[Word] // definite_articles.txt (may be empty): "the" company
	EmployerPrepositions *phrase.Set[Word] // employer_prepositions.txt (may be empty): analyst "at" Omdia
	TitleJoiners         *phrase.Set[Word] // title_joiners.txt (may be empty): chairman "and" chief executive
	RelativePronouns     *phrase.Set[Word] // relative_pronouns.txt (may be empty): "التي" is no adjective
	TitleBreakers        *phrase.Set[Word] // title_breakers.txt (may be empty): X, "whose" minister father
	TitleAdverbs         *phrase.Set[Word] // title_adverbs.txt (may be empty): X, "now" chairman of …
}

// wordList is one field of WordLists with its file and whether a language
// must fill it.
type wordList struct {
	set      **phrase.Set[Word]
	file     string
	required bool
}

func (w *WordLists) lists() []wordList {
	return []wordList{
		{&w.TitlePrepositions, "title_prepositions", true},
		{&w.ToWords, "to_words", true},
		{&w.OtherWords, "other_words", true},
		{&w.CompanyAnaphors, "company_anaphors", true},
		{&w.Determiners, "determiners", false},
		{&w.ListJoiners, "list_joiners", false},
		{&w.OwnerPronouns, "owner_pronouns", false},
		{&w.WorkTitleWords, "work_title_words", false},
		{&w.OwnerNameJoiners, "owner_name_joiners", false},
		{&w.StopLatin, "stop_latin", false},
		{&w.CueSubjectSkips, "cue_subject_skips", false},
		{&w.SurnamePrefixes, "surname_prefixes", false},
		{&w.RelativePronouns, "relative_pronouns", false},
		{&w.PassiveAdverbs, "passive_adverbs", false},
		{&w.MentionJoiners, "mention_joiners", true},
		{&w.IndefiniteArticles, "indefinite_articles", false},
		{&w.DefiniteArticles, "definite_articles", false},
		{&w.EmployerPrepositions, "employer_prepositions", false},
		{&w.TitleJoiners, "title_joiners", false},
		{&w.TitleBreakers, "title_breakers", false},
		{&w.TitleAdverbs, "title_adverbs", false},
		{&w.OrgNameBeforeStops, "org_name_before_stops", false},
		{&w.OrgNameAfterStops, "org_name_after_stops", false},
		{&w.PersonSubjects, "person_subjects", false},
		{&w.AppositionBreaks, "apposition_breaks", true},
	}
}

// loadWordLists fills w from the lists of language tag.
func loadWordLists(tag text.Lang, w *WordLists, check func(error)) {
	for _, l := range w.lists() {
		var err error
		if l.required {
			*l.set, err = load(tag, l.file, words)
		} else {
			*l.set, err = loadOptional(tag, l.file, words)
		}
		check(err)
	}
}

// Has reports whether the folded word f is a one-word entry of set s.
func Has(s *phrase.Set[Word], f string) bool {
	_, ok := s.Word(f)
	return ok
}
