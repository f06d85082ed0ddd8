package lang

import "graphbuild/internal/phrase"

// Lists are the typed word lists every profile has, one file each under
// schema/lang/<tag>/ (schema/README.md documents the formats).
type Lists struct {
	Triggers          *phrase.Set[Trigger]     // triggers.txt
	Titles            *phrase.Set[Title]       // titles.txt
	Honorifics        *phrase.Set[Title]       // honorifics.txt
	SpeechVerbs       *phrase.Set[SpeechVerb]  // speech_verbs.txt
	SpeechParticiples *phrase.Set[Participle]  // speech_participles.txt
	Attribution       *phrase.Set[Attribution] // attribution.txt
	QuoteIntroducers  *phrase.Set[Word]        // quote_introducers.txt
	Months            *phrase.Set[Month]       // months.txt
	Currencies        *phrase.Set[Currency]    // currencies.txt
	Scales            *phrase.Set[Scale]       // scales.txt
	Percent           *phrase.Set[Word]        // percent.txt
	Nationalities     *phrase.Set[Nationality] // nationalities.txt
	Stopwords         *phrase.Set[Word]        // stopwords.txt
	Cues              *phrase.Set[Cue]         // relation_triggers.txt
	CueBridges        *phrase.Set[Word]        // cue_bridges.txt
	CueBlockers       *phrase.Set[Blocker]     // cue_blockers.txt
	TitleRoles        *phrase.Set[Role]        // title_roles.txt
	AliasCues         *phrase.Set[Word]        // alias_cues.txt
	ValuationWords    *phrase.Set[Word]        // valuation_words.txt
	NameDescriptors   *phrase.Set[Word]        // name_descriptors.txt
	OrgSuffixes       *phrase.Set[Word]        // org_suffixes.txt
	PlaceSuffixes     *phrase.Set[Word]        // place_suffixes.txt
	FirstNames        *phrase.Set[FirstName]   // first_names.txt
	Bylines           *phrase.Set[Word]        // bylines.txt
	Boilerplate       *phrase.Set[Word]        // boilerplate.txt
	Pronouns          *phrase.Set[Pronoun]     // pronouns.txt: "he said", "وقال هو"
	GlossWords        *phrase.Set[Word]        // gloss_words.txt: "…, as …" ends reported speech
	ThatWords         *phrase.Set[Word]        // that_words.txt: "وأضاف أن", "added that"

	// Lists a language may leave empty (a comment-only file): the
	// constructions they serve do not occur in it.
	AppositivePronouns    *phrase.Set[Word]       // appositive_pronouns.txt: "فلان وهو مدير"
	NameParticles         *phrase.Set[Word]       // name_particles.txt: بن، آل، van
	InstitutionTriggers   *phrase.Set[Word]       // institution_triggers.txt: "بنك الإسكان"
	InstitutionStop       *phrase.Set[Word]       // institution_stop.txt: words that end an institution's name
	ShortformOrgTriggers  *phrase.Set[Word]       // shortform_org_triggers.txt: "شركة X Y (SHORT)"
	OrgDescriptionWords   *phrase.Set[Word]       // org_description_words.txt: "شركة النقل الصينية (كوسكو)" is a description
	OwnedProductNouns     *phrase.Set[Word]       // owned_product_nouns.txt: "هواتفها الذكية آيفون"
	PlacePrepositions     *phrase.Set[Word]       // place_prepositions.txt: "جامعة X بالرياض"
	PlaceNouns            *phrase.Set[Word]       // place_nouns.txt: "بجمهورية مصر"
	DatelineSources       *phrase.Set[Word]       // dateline_sources.txt: "سبق- الرياض:"
	NationalityHeads      *phrase.Set[Word]       // nationality_heads.txt: "اللاعب البرازيلي فلان"
	BranchNouns           *phrase.Set[Word]       // branch_nouns.txt: "فرع وزارة العمل بمكة"
	OrgBeforeCues         *phrase.Set[Word]       // org_before_cues.txt: "X ومقرها"
	ImpersonalSpeech      *phrase.Set[Word]       // impersonal_speech.txt: "يذكر أن", "مما يعني": no speaker
	UnnamedSources        *phrase.Set[Word]       // unnamed_sources.txt: "قال مصدر", "أكد شهود": a speaker not named
	QuoteNameMarkers      *phrase.Set[Word]       // quote_name_markers.txt: "بعنوان «…»": a name in quotation marks
	ScriptureCues         *phrase.Set[Word]       // scripture_cues.txt: "قال تعالى: «…»": a cited scripture
	NotIntroducers        *phrase.Set[Word]       // not_introducers.txt: "الآن", "لأن": no "أن" with a proclitic
	PlaceInWords          *phrase.Set[Word]       // place_in_words.txt: "وادي السليكون في الولايات المتحدة"
	OrgSubjectVerbs       *phrase.Set[OrgVerb]    // org_subject_verbs.txt: "استحوذت X على Y"
	Stakes                *phrase.Set[Word]       // stakes.txt: "على حصة … في Y"
	NamedAfter            *phrase.Set[Word]       // named_after.txt: "مستشفى الملك X"
	TitleModifiers        *phrase.Set[Word]       // title_modifiers.txt: "Home" Secretary, "shadow" chancellor
	DealHedges            *phrase.Set[Blocker]    // deal_hedges.txt: "tried to" buy, "talks to" buy
	RoleVerbs             *phrase.Set[Word]       // role_verbs.txt: X "will become" TITLE
	OrgActivities         *phrase.Set[Word]       // org_activities.txt: "هرفي للخدمات الغذائية"
	ActivityCoordinates   *phrase.Set[Word]       // activity_coordinates.txt: "للسياحة والتراث الوطني"
	NationalBodies        *phrase.Set[Word]       // national_bodies.txt: "الاتحاد السعودي لكرة القدم"
	NationalFields        *phrase.Set[Word]       // national_fields.txt: "الاتحاد السعودي لكرة القدم"
	InstitutionAdjectives *phrase.Set[Word]       // institution_adjectives.txt: "المال العام"
	RegionHeads           *phrase.Set[RegionHead] // region_heads.txt: "شمال إفريقيا"
	OfHeads               *phrase.Set[Word]       // of_heads.txt: "Royal Society of Edinburgh"
	WorkNouns             *phrase.Set[Word]       // work_nouns.txt: "Universal's film 'Ray'", "games such as X"
	NotNames              *phrase.Set[Word]       // not_names.txt: capitalised words that name no entity (DVD, OBE)
	HearerVerbs           *phrase.Set[Word]       // hearer_verbs.txt: "told" Reuters that
	HearerOptionalVerbs   *phrase.Set[Word]       // hearer_optional_verbs.txt: "warned" (MPs) that
	HearerNouns           *phrase.Set[Word]       // hearer_nouns.txt: told "reporters" that
	VoicePronouns         *phrase.Set[Word]       // voice_pronouns.txt: "we" say: the speaker's own words
	SubjectPronouns       *phrase.Set[Word]       // subject_pronouns.txt: told the BBC "it" would
	ClauseOpeners         *phrase.Set[Word]       // clause_openers.txt: said "on Monday" that
	Auxiliaries           *phrase.Set[Word]       // auxiliaries.txt: "demand will keep rising" is a clause
	BeVerbs               *phrase.Set[Word]       // be_verbs.txt: "is said to": a passive speech verb
	SubjectSkips          *phrase.Set[Word]       // subject_skips.txt: X "has also" said
	ImpersonalSubjects    *phrase.Set[Word]       // impersonal_subjects.txt: "it said": no person

	// WordLists are the one-word lists the rules test tokens against.
	WordLists

	// Common holds the folded, lower-cased words that are ordinary
	// vocabulary (common_words.txt, generated; domain_words.txt, by hand).
	Common map[string]bool
}
