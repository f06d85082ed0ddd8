package lang

import (
	"strings"

	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
)

// WordLists are one-word lists that the extraction rules test a token
// against ("is this word a determiner?"). Each is a file
// schema/lang/<tag>/<name>.txt; an optional one may be comment-only when the
// language writes the construction as an affix or not at all.
type WordLists struct {
	TitlePrepositions *phrase.Set[Word] // title_prepositions.txt: "كبير المحللين في Omdia", "analyst at Omdia"
	ToWords           *phrase.Set[Word] // to_words.txt (may be empty): "أشار إلى", "pointed to"
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
	OrgNameJoiners       *phrase.Set[Word] // org_name_joiners.txt (may be empty): Oil "and" Natural Gas Corporation
	RegnalTitles         *phrase.Set[Word] // regnal_titles.txt (may be empty): "Prince" Charles, a given name alone that names its holder
	PlainHonorifics      *phrase.Set[Word] // plain_honorifics.txt (may be empty): "Mr" Blair is no one the article calls "Sir"
	RankHonorifics       *phrase.Set[Word] // rank_honorifics.txt (may be empty): "Sir" Ian Blair is not "Mr" Blair
	OrgHeadNouns         *phrase.Set[Word] // org_head_nouns.txt (may be empty): "the Academy" is not the Academy Awards

	Conjunctions          *phrase.Set[Word] // conjunctions.txt (may be empty): Opel "and" Vauxhall
	GenitivePrepositions  *phrase.Set[Word] // genitive_prepositions.txt (may be empty): chief executive "of" X
	WorkplacePrepositions *phrase.Set[Word] // workplace_prepositions.txt (may be empty): analyst "at" X
	LocationParticiples   *phrase.Set[Word] // location_participles.txt (may be empty): X, "based" in Y; London-"based"
	NamingVerbs           *phrase.Set[Word] // naming_verbs.txt (may be empty): a model "called" X
	ListPronouns          *phrase.Set[Word] // list_pronouns.txt (may be empty): "They" are: A, B and C
	VerbMonths            *phrase.Set[Word] // verb_months.txt (may be empty, as written): "May" alone is the verb
	ExampleMarkers        *phrase.Set[Word] // example_markers.txt (may be empty; phrases): games "such as" A
	SourcePrepositions    *phrase.Set[Word] // source_prepositions.txt (may be empty): a model "from" X, "من"
	GoverningPreps        *phrase.Set[Word] // governing_prepositions.txt (may be empty): "على شركة X" is no verb's subject
	AgentPrepositions     *phrase.Set[Word] // agent_prepositions.txt (may be empty): acquired "by" X
	TitleComplements      *phrase.Set[Word] // title_complements.txt (may be empty): Secretary "of" State "for" Trade
	FieldNouns            *phrase.Set[Word] // field_nouns.txt (may be empty): Constitutional "Affairs" Minister
	OtherLinks            *phrase.Set[Word] // other_links.txt (may be empty): and "other" companies, وغيرها "من" الشركات
	ReportedAs            *phrase.Set[Word] // reported_as.txt (may be empty; phrases): quoted "as saying"
	RolePrepositions      *phrase.Set[Word] // role_prepositions.txt (may be empty): joined X "as" chief executive
	RoleProclitics        *phrase.Set[Word] // role_proclitics.txt (may be empty): "ك"رئيس تنفيذي
	ParticipleOpeners     *phrase.Set[Word] // participle_openers.txt (may be empty): "Asked" about the deal, X said
	NameEndWords          *phrase.Set[Word] // name_end_words.txt (may be empty): "عز بلا" ends before بلا
	NameStartWords        *phrase.Set[Word] // name_start_words.txt (may be empty): "لي فردوس محمد" starts after لي
	LoneNotNames          *phrase.Set[Word] // lone_not_names.txt (may be empty): "رمضان" alone is the month
	LowercaseWords        *phrase.Set[Word] // lowercase_words.txt (may be empty; generated): "news", "us": words the corpus writes in lower case
	DivineNames           *phrase.Set[Word] // divine_names.txt (may be empty): "الله" names no person by itself
	GivenNameWords        *phrase.Set[Word] // given_name_words.txt (may be empty): "Will" Smith, "Eve" Ensler: given names first_names leaves out as common words
	SpeechRelatives       *phrase.Set[Word] // speech_relatives.txt (may be empty): stability, "which" he said was the cornerstone
	CircumstancePreps     *phrase.Set[Word] // circumstance_prepositions.txt (may be empty): she said, "after" receiving her Oscar
	WeakCues              *phrase.Set[Word] // weak_cues.txt (phrases, as written): cues too common to mean a relation alone
	QuantityWords         *phrase.Set[Word] // quantity_words.txt (may be empty): "about" 40, more "than" 3
	AffiliationPreps      *phrase.Set[Word] // affiliation_prepositions.txt (may be empty): Jane Doe "from" Acme
	PossessiveDeterminers *phrase.Set[Word] // possessive_determiners.txt (may be empty): "her" chief executive
	PrepositionProclitics *phrase.Set[Word] // preposition_proclitics.txt (may be empty): "ل"شركة, "بال"صين
	PortfolioTitles       *phrase.Set[Word] // portfolio_titles.txt (may be empty): "Sport Secretary", "Minister for Children"
	UnitNouns             *phrase.Set[Word] // unit_nouns.txt (may be empty): head of Adamant "firm" Borex, the Labour "group"
	AddressForms          *phrase.Set[Word] // address_forms.txt (may be empty; phrases): "ومعالي" وزير الدولة opens the next dignitary
	Respectively          *phrase.Set[Word] // respectively.txt (phrases): amounts paired in order, "على التوالي", "respectively"
	Complementizers       *phrase.Set[Word] // complementizers.txt (may be empty): "أن", "أنه", "بأن" open a that-clause
	InstitutionPreps      *phrase.Set[Word] // institution_prepositions.txt (may be empty): "التأمين على الودائع"
	TopicOpeners          *phrase.Set[Word] // topic_openers.txt (may be empty; phrases): "ومن جهته"، عبر فلان …
	Commas                *phrase.Set[Word] // commas.txt: the comma tokens, "،" and ","; Profile.IsComma
	OrgSpeakerHeads       *phrase.Set[Word] // org_speaker_heads.txt (may be empty): "مكتب" الإحصاء is no person
	NotPersonBefore       *phrase.Set[Word] // not_person_before.txt (may be empty): "في" هاواي is no person
	LocationVerbs         *phrase.Set[Word] // location_verbs.txt (may be empty): "وتقع" X في Y, X "التي تقع" في Y
	TitleChainStops       *phrase.Set[Word] // title_chain_stops.txt (may be empty): "أمير منطقة القصيم" "البارحة"
	TitleAdjectives       *phrase.Set[Word] // title_adjectives.txt (may be empty): "الرئيس" "العام" لرعاية الشباب
	TitleNameBreaks       *phrase.Set[Word] // title_name_breaks.txt (may be empty): وزير خارجية مصر "مع" الأمير فلان
	PatronymicParticles   *phrase.Set[Word] // patronymic_particles.txt (may be empty): بن، بنت, on which no name starts
	TitleFieldWords       *phrase.Set[Word] // title_field_words.txt (may be empty): former British "government" minister
	LeaveVerbs            *phrase.Set[Word] // leave_verbs.txt (may be empty; phrases): chief executive X "stepped down"
	ToObjectVerbs         *phrase.Set[Word] // to_object_verbs.txt (may be empty): "ودعا" إلى جمعية عمومية is no statement
	ObjectGovernors       *phrase.Set[Word] // object_governors.txt (may be empty): "بحضور" الوزير X, X is no speaker
	CounterpartNouns      *phrase.Set[Word] // counterpart_nouns.txt (may be empty): مع "نظيره" المصري X
	NamedAfterTitles      *phrase.Set[Word] // named_after_titles.txt (may be empty; phrases): مطار "الملك" خالد
	NamedAfterUntitled    *phrase.Set[Word] // named_after_untitled.txt (may be empty): "شارع" محمد محمود
}

// wordList is one field of WordLists with its file and whether a language
// must fill it.
type wordList struct {
	set      **phrase.Set[Word]
	file     string
	required bool
	phrases  bool // rows may be phrases of several words, matched with At
}

func (w *WordLists) lists() []wordList {
	return []wordList{
		{set: &w.TitlePrepositions, file: "title_prepositions", required: true},
		{set: &w.ToWords, file: "to_words"},
		{set: &w.OtherWords, file: "other_words", required: true},
		{set: &w.CompanyAnaphors, file: "company_anaphors", required: true},
		{set: &w.Determiners, file: "determiners", required: false},
		{set: &w.ListJoiners, file: "list_joiners", required: false},
		{set: &w.OwnerPronouns, file: "owner_pronouns", required: false},
		{set: &w.WorkTitleWords, file: "work_title_words", required: false},
		{set: &w.OwnerNameJoiners, file: "owner_name_joiners", required: false},
		{set: &w.StopLatin, file: "stop_latin", required: false},
		{set: &w.CueSubjectSkips, file: "cue_subject_skips", required: false},
		{set: &w.SurnamePrefixes, file: "surname_prefixes", required: false},
		{set: &w.RelativePronouns, file: "relative_pronouns", required: false},
		{set: &w.PassiveAdverbs, file: "passive_adverbs", required: false},
		{set: &w.MentionJoiners, file: "mention_joiners", required: true},
		{set: &w.IndefiniteArticles, file: "indefinite_articles", required: false},
		{set: &w.DefiniteArticles, file: "definite_articles", required: false},
		{set: &w.EmployerPrepositions, file: "employer_prepositions", required: false},
		{set: &w.TitleJoiners, file: "title_joiners", required: false},
		{set: &w.OrgNameBeforeStops, file: "org_name_before_stops", required: false},
		{set: &w.OrgNameAfterStops, file: "org_name_after_stops", required: false},
		{set: &w.PersonSubjects, file: "person_subjects", required: false},
		{set: &w.AppositionBreaks, file: "apposition_breaks", required: true},
		{set: &w.TitleBreakers, file: "title_breakers"},
		{set: &w.TitleAdverbs, file: "title_adverbs"},
		{set: &w.OrgNameJoiners, file: "org_name_joiners"},
		{set: &w.RegnalTitles, file: "regnal_titles", required: false},
		{set: &w.PlainHonorifics, file: "plain_honorifics", required: false},
		{set: &w.RankHonorifics, file: "rank_honorifics", required: false},
		{set: &w.OrgHeadNouns, file: "org_head_nouns", required: false},
		{set: &w.Conjunctions, file: "conjunctions", required: false},
		{set: &w.GenitivePrepositions, file: "genitive_prepositions", required: false},
		{set: &w.WorkplacePrepositions, file: "workplace_prepositions", required: false},
		{set: &w.LocationParticiples, file: "location_participles", required: false},
		{set: &w.NamingVerbs, file: "naming_verbs", required: false},
		{set: &w.ListPronouns, file: "list_pronouns", required: false},
		{set: &w.VerbMonths, file: "verb_months", required: false},
		{set: &w.ExampleMarkers, file: "example_markers", phrases: true},
		{set: &w.SourcePrepositions, file: "source_prepositions"},
		{set: &w.GoverningPreps, file: "governing_prepositions"},
		{set: &w.AgentPrepositions, file: "agent_prepositions"},
		{set: &w.TitleComplements, file: "title_complements"},
		{set: &w.FieldNouns, file: "field_nouns"},
		{set: &w.OtherLinks, file: "other_links"},
		{set: &w.ReportedAs, file: "reported_as", phrases: true},
		{set: &w.SpeechRelatives, file: "speech_relatives"},
		{set: &w.CircumstancePreps, file: "circumstance_prepositions"},
		{set: &w.RolePrepositions, file: "role_prepositions"},
		{set: &w.RoleProclitics, file: "role_proclitics"},
		{set: &w.ParticipleOpeners, file: "participle_openers"},
		{set: &w.NameEndWords, file: "name_end_words"},
		{set: &w.NameStartWords, file: "name_start_words"},
		{set: &w.LoneNotNames, file: "lone_not_names"},
		{set: &w.LowercaseWords, file: "lowercase_words"},
		{set: &w.DivineNames, file: "divine_names"},
		{set: &w.GivenNameWords, file: "given_name_words"},
		{set: &w.WeakCues, file: "weak_cues", required: true, phrases: true},
		{set: &w.QuantityWords, file: "quantity_words"},
		{set: &w.AffiliationPreps, file: "affiliation_prepositions"},
		{set: &w.PossessiveDeterminers, file: "possessive_determiners"},
		{set: &w.PrepositionProclitics, file: "preposition_proclitics"},
		{set: &w.PortfolioTitles, file: "portfolio_titles"},
		{set: &w.UnitNouns, file: "unit_nouns"},
		{set: &w.AddressForms, file: "address_forms", phrases: true},
		{set: &w.Respectively, file: "respectively", required: true, phrases: true},
		{set: &w.Complementizers, file: "complementizers"},
		{set: &w.InstitutionPreps, file: "institution_prepositions"},
		{set: &w.TopicOpeners, file: "topic_openers", phrases: true},
		{set: &w.Commas, file: "commas", required: true},
		{set: &w.OrgSpeakerHeads, file: "org_speaker_heads"},
		{set: &w.NotPersonBefore, file: "not_person_before"},
		{set: &w.LocationVerbs, file: "location_verbs"},
		{set: &w.TitleChainStops, file: "title_chain_stops"},
		{set: &w.TitleAdjectives, file: "title_adjectives"},
		{set: &w.TitleNameBreaks, file: "title_name_breaks"},
		{set: &w.PatronymicParticles, file: "patronymic_particles"},
		{set: &w.TitleFieldWords, file: "title_field_words"},
		{set: &w.LeaveVerbs, file: "leave_verbs", phrases: true},
		{set: &w.ToObjectVerbs, file: "to_object_verbs"},
		{set: &w.ObjectGovernors, file: "object_governors"},
		{set: &w.CounterpartNouns, file: "counterpart_nouns"},
		{set: &w.NamedAfterTitles, file: "named_after_titles", phrases: true},
		{set: &w.NamedAfterUntitled, file: "named_after_untitled"},
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

// HasWritten reports whether word w, as written (case kept), is an entry of
// set s: for the lists matched as written (surname_prefixes, verb_months).
func HasWritten(s *phrase.Set[Word], w string) bool {
	for _, e := range s.Entries() {
		if e.Phrase == w {
			return true
		}
	}
	return false
}

// HasPhrase reports whether p, as written, is an entry of s (weak_cues.txt:
// cue phrases compared with the row of relation_triggers.txt they came from).
func HasPhrase(s *phrase.Set[Word], p string) bool {
	toks := text.Tokenize(p)
	if len(toks) == 0 {
		return false
	}
	for _, e := range s.First(toks[0].Fold) {
		if e.Phrase == p {
			return true
		}
	}
	return false
}

// HasSuffixWord reports whether the folded word f ends in "-" and a
// one-word entry of s ("London-based").
func HasSuffixWord(s *phrase.Set[Word], f string) bool {
	i := strings.LastIndexByte(f, '-')
	return i >= 0 && Has(s, f[i+1:])
}

// Has reports whether the folded word f is a one-word entry of set s.
func Has(s *phrase.Set[Word], f string) bool {
	_, ok := s.Word(f)
	return ok
}
