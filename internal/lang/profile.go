// Package lang holds one profile per document language, keyed by its tag:
// the language's word lists as typed data loaded from schema/lang/<tag>/,
// the properties in which its constructions differ, and its small language
// steps (proclitic stripping, the case of names) as named functions.
//
// Extraction code asks the profile (lang.Of(d.Lang)) instead of comparing
// language tags. Adding a language means:
//
//  1. a data directory schema/lang/<tag>/ with every list of Lists (the
//     profile test fails on a missing, empty or ill-formed list);
//  2. a profile: one Register call in a file of this package (see ar.go,
//     en.go) setting its properties and steps;
//  3. a tagger model (internal/tagger, cmd/train-tagger);
//  4. fixtures: articles of our own with answer keys under fixtures/.
package lang

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Tags of the registered languages, for code that names one (tests, the
// English fallback for values written in Latin script in any document).
const (
	Arabic  = text.Arabic
	English = text.English
)

// Spec is what a language declares when it registers: its tag, its
// properties and its steps. The data is loaded from schema/lang/<tag>/.
type Spec struct {
	Tag  text.Lang
	Name string // English name of the language

	// Clitics: words carry proclitics (conjunctions, prepositions, the
	// article) that phrase and name matching strip from the first word.
	// Not set in Register: loadClitics derives it from clitics.txt (true
	// when a proclitic role there has a form).
	Clitics bool
	// CasedNames: names are written with a capital, so a lower-case word
	// never starts one.
	CasedNames bool
	// VerbFirst: a speech verb usually precedes its speaker ("قال X",
	// inverted order); without it the speaker precedes the verb ("X said")
	// unless the verb opens the clause.
	VerbFirst bool
	// Script reports whether a rune is a letter of the language's script.
	Script func(rune) bool
	// BareClauses: reported speech may follow a speech verb without a
	// complementizer ("said Tessaro would open an office").
	BareClauses bool
	// HeadFirst: a common noun precedes the name it describes ("شركة
	// رقيم"), so a trigger noun after a name starts the next phrase;
	// without it a trigger may follow the name ("the Falak model") and an
	// owner precedes what it owns ("Lumora's Aurel").
	HeadFirst bool
	// NamesInOwnScript: a person's name read from context is written in
	// the language's script (Latin names in Arabic text have their own
	// recognizer).
	NamesInOwnScript bool
	// The clitic fields below (Article … IndefiniteMarks, NounSuffixes)
	// are not set in Register: build reads them from clitics.txt
	// (loadClitics), every role present, "-" for none.
	//
	// Article is the definite article written as a prefix of its noun
	// ("ال"), "" when the language has none.
	Article string
	// AndProclitic is the folded conjunction "and" written as a prefix of
	// the next word ("و"), "" when the language writes it as a word
	// (conjunctions.txt): AndClitic, StartsWithAnd, TrimAnd.
	AndProclitic string
	// ToProclitic is the folded preposition "to/for" written as a prefix
	// ("ل": "لرويترز"), and ElidedArticle the same preposition before the
	// article, whose alef it drops ("لل": "للشركة" is ل + الشركة); both ""
	// in a language without them: ToClitic, RestoreArticle.
	ToProclitic, ElidedArticle string
	// PossessiveSuffixes are the folded pronoun endings of a possessed
	// noun, longest first ("ها": نموذجها), SoundPlurals the endings of a
	// plural of persons ("ون", "ين": مستثمرون), FemininePlural the ending
	// of a feminine plural ("ات": شركات), and ArticleProclitics the
	// proclitics clitic-trim takes off before the article (و، ب، ك …);
	// all empty in a language that writes none.
	PossessiveSuffixes, SoundPlurals, ArticleProclitics []string
	FemininePlural                                      string
	// FeminineEnding is the folded ending of feminine nouns ("ه" for ة),
	// "" when the language marks none.
	FeminineEnding string
	// GluedPrepositions are the folded one-letter prepositions written
	// joined to the next word ("ل", "ب").
	GluedPrepositions []string
	// ArticleOnlyProclitics are the folded proclitics that come before a
	// name only with the article ("ك": كالصين is ك + الصين, but كابل is
	// Kabul, never ك + ابل): a lexicon name without the article is not
	// read through them.
	ArticleOnlyProclitics []string
	// NonNameSuffixes end words that are plural, feminine or carry a
	// pronoun, which foreign names written in the script do not.
	NonNameSuffixes []string
	// VocabularySuffixes are the endings IsVocabulary takes off a word
	// before looking its stem up: pronouns and the و of a plural in
	// construct, not the endings a name can have (ة, ين).
	VocabularySuffixes []string
	// PossessedFeminine are the endings of a feminine noun carrying a
	// pronoun ("منظمته", "بعثتك": ة written ت before ه, ك, ي …);
	// PossessedNoun looks the noun up in the vocabulary with its
	// FeminineEnding back.
	PossessedFeminine []string
	// VerbPrefixes start the imperfect verb ("تعمل", "يقوم"): one such word
	// after a trigger noun and before a preposition is the verb of a
	// description ("شركات تنتمي إلى"), not a name.
	VerbPrefixes []string
	// VerbConjunctions are the folded conjunctions that may be glued before
	// an imperfect verb ("ويؤثر"); the rule "name-edge" reads the
	// verb behind them.
	VerbConjunctions []string
	// FuturePrefixes mark the future on an imperfect verb ("سنختار",
	// "سيقوم"); FuturePersonPrefixes are the person prefixes after one that
	// the vocabulary, which lists verbs with a VerbPrefix, does not hold
	// ("سنختار" → "نختار" → "يختار"). Rule "future-verb" of VocabularyKind.
	FuturePrefixes       []string
	FuturePersonPrefixes []string
	// PerfectPrefixes start the perfect (past) verb of the derived forms
	// whose imperfect stem has none ("اطلع" of "يطلع", "اعتمد" of
	// "يعتمد"); the rule "perfect-verb-start" reads a past verb as the
	// imperfect stem, with or without one of them.
	PerfectPrefixes []string
	// PerfectSuffixes are the person endings of the past verb ("احتفلت",
	// "قدموا": ت، وا); the rule "past-verb-edge" reads a word that is an
	// imperfect stem of the vocabulary plus one as a verb, never a name's
	// first or last word.
	PerfectSuffixes []string
	// AccusativeEndings are the letters an indefinite noun or adjective
	// takes in the accusative (the alif of tanween: بنكا, محليا); a word
	// that is a stem of the vocabulary plus one is read as that stem
	// (VocabularyKind "alternating").
	AccusativeEndings []string
	// IndefiniteMarks are the marks written only on indefinite nouns and
	// adverbs (Arabic tanween: "سابقًا"), never on a name.
	IndefiniteMarks []string
	// PhraseProclitics are the proclitics, as StripProclitics cuts them,
	// that make a word a prepositional phrase ("لشركة", "بالرياض",
	// "وبشركة"): PhraseProclitic.
	PhraseProclitics []string
	// ConjunctionLetters and ProcliticLetters are letters of glued
	// proclitics that DefiniteBehindClitics trims in any run: the
	// conjunctions before an elided article ("وللشركة"), and every
	// proclitic before the article ("وبالشركة").
	ConjunctionLetters, ProcliticLetters []string
	// AdverbSuffixes end adverbs made from adjectives ("-ly": "Barely"),
	// GerundSuffixes the gerund and present participle ("-ing":
	// "Speaking"), PluralSuffixes a regular plural ("-s": "analysts")
	// unless the word ends in one of NonPluralEndings ("-ss": "boss"):
	// AdverbShaped, GerundShaped, PluralStem. Empty in a language that
	// marks none of them with a suffix of its own script.
	AdverbSuffixes, GerundSuffixes, PluralSuffixes, NonPluralEndings []string
	// PluralRewrites are plural endings written over in the singular, each
	// "plural:singular" ("ies:y": "industries" → "industry"): Singular.
	PluralRewrites []string
	// NisbaEnding is the folded ending of a relative adjective ("ي":
	// "الوطني", "الإسلامي"), "" in a language without one: NisbaShaped.
	NisbaEnding string
	// AppositionStrength is the confidence of a type read from an
	// apposition ("X, a model"): lower where the apposition may describe
	// an earlier noun ("X، وهو نموذج").
	AppositionStrength float64
	// Borrow lists languages whose value words (currencies, scales,
	// percent) also appear in this language's text ("$11bn" in Arabic).
	Borrow []text.Lang
	// Recognizers names the entity recognizers only this language runs
	// (the shared ones run for every language); entities checks that
	// every name exists.
	Recognizers []string
	// NounSuffixes end plural and feminine nouns and adjectives, which
	// foreign names written in the script rarely do (used to tell a
	// common word from a name); nil when the language has none.
	NounSuffixes []string
	// Affixes is the longest prefix and suffix, in letters, that the
	// tagger's features read.
	Affixes int
	// Extra lists the profile needs beyond the common ones (Lists).
	Extra []string
}

// Profile is a registered language with its data loaded.
type Profile struct {
	Spec
	Lists
	// Vocabulary maps the folded stems that a news corpus shows to be
	// ordinary words, not names, to the test that showed it (alternating,
	// possessed, verb; vocabulary.txt, generated by cmd/commonwords
	// --format news; a language may have none): VocabularyKind.
	Vocabulary map[string]string
	// Possessives are the possessive endings a tokenizer keeps as a token
	// of their own ("'s", "’s"; possessive_markers.txt, read as written:
	// the phrase matcher would split "’s"), empty where the language marks
	// possession otherwise: Possessive.
	Possessives []string
	// GivenNameGroups maps a folded, lower-cased given name to the formal
	// names whose row holds it, itself among them for a formal name
	// (given_name_variants.txt: formal<TAB>short,short…; a language may
	// have none): GivenNameForms.
	GivenNameGroups map[string][]string
}

var (
	mu       sync.Mutex
	specs    = map[text.Lang]Spec{}
	loaded   = map[text.Lang]func() (*Profile, error){}
	tagOrder []text.Lang
)

// Register declares a language. It must be called from the init of the
// file that describes the language (Load reads the registry without a
// lock); registering a tag twice panics.
func Register(s Spec) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := specs[s.Tag]; dup {
		panic("lang: " + string(s.Tag) + " registered twice")
	}
	specs[s.Tag] = s
	loaded[s.Tag] = sync.OnceValues(func() (*Profile, error) { return build(s) })
	tagOrder = append(tagOrder, s.Tag)
	sort.Slice(tagOrder, func(i, j int) bool { return tagOrder[i] < tagOrder[j] })
}

// Tags returns the registered language tags, sorted.
func Tags() []text.Lang {
	mu.Lock()
	defer mu.Unlock()
	return append([]text.Lang(nil), tagOrder...)
}

// Load returns the profile of tag with its data, loaded once; an
// unregistered tag or a missing or ill-formed list is an error. It takes no
// lock: profiles are registered from init functions only.
func Load(tag text.Lang) (*Profile, error) {
	f, ok := loaded[tag]
	if !ok {
		return nil, fmt.Errorf("lang: no profile for language %q (registered: %s)", tag, strings.Join(tagStrings(), ", "))
	}
	return f()
}

// Of is Load for the languages the code runs on; their data is embedded
// and checked by this package's tests, so an error is a programming error.
func Of(tag text.Lang) *Profile {
	p, err := Load(tag)
	if err != nil {
		panic(err)
	}
	return p
}

// All returns every registered profile, in tag order.
func All() []*Profile {
	var out []*Profile
	for _, t := range Tags() {
		out = append(out, Of(t))
	}
	return out
}

func tagStrings() []string {
	var s []string
	for _, t := range tagOrder {
		s = append(s, string(t))
	}
	return s
}

func build(s Spec) (*Profile, error) {
	p := &Profile{Spec: s}
	L := &p.Lists
	var errs []string
	check := func(err error) {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	check(loadClitics(s.Tag, &p.Spec))
	var err error
	L.Triggers, err = load(s.Tag, "triggers", triggers)
	check(err)
	L.Titles, err = load(s.Tag, "titles", titles)
	check(err)
	L.Honorifics, err = load(s.Tag, "honorifics", titles)
	check(err)
	L.SpeechVerbs, err = load(s.Tag, "speech_verbs", speechVerbs)
	check(err)
	L.SpeechParticiples, err = load(s.Tag, "speech_participles", participles)
	check(err)
	L.Attribution, err = load(s.Tag, "attribution", attributions)
	check(err)
	L.QuoteIntroducers, err = load(s.Tag, "quote_introducers", words)
	check(err)
	L.Months, err = load(s.Tag, "months", months)
	check(err)
	L.Currencies, err = load(s.Tag, "currencies", currencies)
	check(err)
	L.Scales, err = load(s.Tag, "scales", scales)
	check(err)
	L.Percent, err = load(s.Tag, "percent", words)
	check(err)
	L.Nationalities, err = load(s.Tag, "nationalities", nationalities)
	check(err)
	L.Stopwords, err = load(s.Tag, "stopwords", words)
	check(err)
	L.Cues, err = load(s.Tag, "relation_triggers", cues)
	check(err)
	L.CueBridges, err = load(s.Tag, "cue_bridges", words)
	check(err)
	L.CueBlockers, err = load(s.Tag, "cue_blockers", blockers)
	check(err)
	L.TitleRoles, err = load(s.Tag, "title_roles", roles)
	check(err)
	L.AliasCues, err = load(s.Tag, "alias_cues", words)
	check(err)
	L.ValuationWords, err = load(s.Tag, "valuation_words", words)
	check(err)
	L.NameDescriptors, err = load(s.Tag, "name_descriptors", words)
	check(err)
	L.OrgSuffixes, err = load(s.Tag, "org_suffixes", words)
	check(err)
	L.PlaceSuffixes, err = load(s.Tag, "place_suffixes", words)
	check(err)
	L.FirstNames, err = load(s.Tag, "first_names", firstNames)
	check(err)
	L.Bylines, err = load(s.Tag, "bylines", words)
	check(err)
	L.Boilerplate, err = load(s.Tag, "boilerplate", words)
	check(err)
	L.Pronouns, err = load(s.Tag, "pronouns", pronouns)
	check(err)
	L.GlossWords, err = load(s.Tag, "gloss_words", words)
	check(err)
	L.ThatWords, err = load(s.Tag, "that_words", words)
	check(err)
	L.AppositivePronouns, err = loadOptional(s.Tag, "appositive_pronouns", words)
	check(err)
	L.NameParticles, err = loadOptional(s.Tag, "name_particles", words)
	check(err)
	L.InstitutionTriggers, err = loadOptional(s.Tag, "institution_triggers", words)
	check(err)
	L.InstitutionStop, err = loadOptional(s.Tag, "institution_stop", words)
	check(err)
	L.ShortformOrgTriggers, err = loadOptional(s.Tag, "shortform_org_triggers", words)
	check(err)
	L.OrgDescriptionWords, err = loadOptional(s.Tag, "org_description_words", words)
	check(err)
	L.OwnedProductNouns, err = loadOptional(s.Tag, "owned_product_nouns", words)
	check(err)
	L.PlacePrepositions, err = loadOptional(s.Tag, "place_prepositions", words)
	check(err)
	L.PlaceNouns, err = loadOptional(s.Tag, "place_nouns", words)
	check(err)
	L.DatelineSources, err = loadOptional(s.Tag, "dateline_sources", words)
	check(err)
	L.NationalityHeads, err = loadOptional(s.Tag, "nationality_heads", words)
	check(err)
	L.BranchNouns, err = loadOptional(s.Tag, "branch_nouns", words)
	check(err)
	L.OrgBeforeCues, err = loadOptional(s.Tag, "org_before_cues", words)
	check(err)
	L.ImpersonalSpeech, err = loadOptional(s.Tag, "impersonal_speech", words)
	check(err)
	L.UnnamedSources, err = loadOptional(s.Tag, "unnamed_sources", words)
	check(err)
	L.QuoteNameMarkers, err = loadOptional(s.Tag, "quote_name_markers", words)
	check(err)
	L.ScriptureCues, err = loadOptional(s.Tag, "scripture_cues", words)
	check(err)
	L.NotIntroducers, err = loadOptional(s.Tag, "not_introducers", words)
	check(err)
	L.PlaceInWords, err = loadOptional(s.Tag, "place_in_words", words)
	check(err)
	L.OrgSubjectVerbs, err = loadOptional(s.Tag, "org_subject_verbs", orgVerbs)
	check(err)
	L.Stakes, err = loadOptional(s.Tag, "stakes", words)
	check(err)
	L.NamedAfter, err = loadOptional(s.Tag, "named_after", words)
	check(err)
	L.TitleModifiers, err = loadOptional(s.Tag, "title_modifiers", words)
	check(err)
	L.DealHedges, err = loadOptional(s.Tag, "deal_hedges", blockers)
	check(err)
	L.RoleVerbs, err = loadOptional(s.Tag, "role_verbs", words)
	check(err)
	L.OrgActivities, err = loadOptional(s.Tag, "org_activities", words)
	check(err)
	L.ActivityCoordinates, err = loadOptional(s.Tag, "activity_coordinates", words)
	check(err)
	L.NationalBodies, err = loadOptional(s.Tag, "national_bodies", words)
	check(err)
	L.NationalFields, err = loadOptional(s.Tag, "national_fields", words)
	check(err)
	L.OfHeads, err = loadOptional(s.Tag, "of_heads", words)
	check(err)
	L.WorkNouns, err = loadOptional(s.Tag, "work_nouns", words)
	check(err)
	L.NotNames, err = loadOptional(s.Tag, "not_names", words)
	check(err)
	L.InstitutionAdjectives, err = loadOptional(s.Tag, "institution_adjectives", words)
	check(err)
	L.RegionHeads, err = loadOptional(s.Tag, "region_heads", regionHeads)
	check(err)
	L.HearerVerbs, err = loadOptional(s.Tag, "hearer_verbs", words)
	check(err)
	L.HearerOptionalVerbs, err = loadOptional(s.Tag, "hearer_optional_verbs", words)
	check(err)
	L.HearerNouns, err = loadOptional(s.Tag, "hearer_nouns", words)
	check(err)
	L.VoicePronouns, err = loadOptional(s.Tag, "voice_pronouns", words)
	check(err)
	L.SubjectPronouns, err = loadOptional(s.Tag, "subject_pronouns", words)
	check(err)
	L.ClauseOpeners, err = loadOptional(s.Tag, "clause_openers", words)
	check(err)
	L.Auxiliaries, err = loadOptional(s.Tag, "auxiliaries", words)
	check(err)
	L.BeVerbs, err = loadOptional(s.Tag, "be_verbs", words)
	check(err)
	L.SubjectSkips, err = loadOptional(s.Tag, "subject_skips", words)
	check(err)
	L.ImpersonalSubjects, err = loadOptional(s.Tag, "impersonal_subjects", words)
	check(err)
	loadWordLists(s.Tag, &L.WordLists, check)
	L.Common, err = wordSet(s.Tag, "common_words", "domain_words")
	check(err)
	p.Vocabulary, err = optionalKinds(s.Tag, "vocabulary")
	check(err)
	p.GivenNameGroups, err = givenNameGroups(s.Tag)
	check(err)
	p.Possessives, err = schema.Words(string(s.Tag), "possessive_markers")
	check(err)
	for _, x := range s.Extra {
		_, err := load(s.Tag, x, words)
		check(err)
	}
	if s.Script == nil {
		errs = append(errs, "no Script function")
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("lang %s: %s", s.Tag, strings.Join(errs, "; "))
	}
	return p, nil
}
