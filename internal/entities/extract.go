package entities

import (
	"sort"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// Extractor runs a list of recognizers over a document and clusters what
// they find.
type Extractor struct {
	Recognizers []Recognizer
}

// Default returns the recognizers graphbuild uses for a language.
func Default(lang text.Lang) *Extractor { return DefaultWith(lang, Tagger(lang)) }

// DefaultWith is Default with the given statistical recognizer (nil for none).
func DefaultWith(l text.Lang, statistical Recognizer) *Extractor {
	rs := []Recognizer{Credits(), Lexicon(), Persons(), Values()}
	for _, name := range lang.Of(l).Recognizers {
		rs = append(rs, languageRecognizers[name]())
	}
	if statistical != nil {
		rs = append(rs, statistical)
	}
	return &Extractor{Recognizers: rs}
}

// languageRecognizers are the recognizers a language profile runs by name
// (lang.Spec.Recognizers) beyond the shared ones.
var languageRecognizers = map[string]func() Recognizer{
	CamelNames().Name():       CamelNames,
	LatinNames().Name():       LatinNames,
	TriggerNames().Name():     TriggerNames,
	CueSubjects().Name():      CueSubjects,
	OrgSuffixNames().Name():   OrgSuffixNames,
	PositionNames().Name():    PositionNames,
	InstitutionNames().Name(): InstitutionNames,
	OrgPositions().Name():     OrgPositions,
	OwnerProducts().Name():    OwnerProducts,
	ProductLists().Name():     ProductLists,
	ModelNumbers().Name():     ModelNumbers,
	ActivityNames().Name():    ActivityNames,
	RegionPlaces().Name():     RegionPlaces,
	TranslitOrgs().Name():     TranslitOrgs,
	ShortformOrgs().Name():    ShortformOrgs,
	DatelinePlaces().Name():   DatelinePlaces,
}

// Extract finds the document's mentions and entities.
func (e *Extractor) Extract(d *text.Document) *Result {
	var all []Mention
	for _, r := range e.Recognizers {
		for _, m := range r.Recognize(d) {
			if m.Value == nil && m.Type != schema.Misc {
				m.Entity = 0 // an entity mention; cluster assigns the index
			} else {
				m.Entity = -1
			}
			all = append(all, m)
		}
	}
	all = confirmTriggerNames(d, all)
	ms := resolve(d, all)
	ms = dropOpeningAdverbs(d, ms)
	ms = dropNationalityAdjectives(d, ms)
	ms = trimGluedClitics(d, ms)
	ms = cliticDocumentName(d, ms)
	ms = trimNameEdges(d, ms)
	ms = completeParticleNames(d, ms)
	ms = extendGivenNameBefore(d, ms)
	ms = extendTitledGivenName(d, ms)
	ms = dropDivineNames(d, ms)
	ms = dropNamedAfterPersons(d, ms)
	ms = dropTitleComplements(d, ms)
	ms = dropNotNames(d, ms)
	ms = dropAfterScale(d, ms)
	ms = dropVerbLead(d, ms)
	for i := range ms {
		// Resolution may retype a mention (a tagger MISC that the lexicon
		// knows as a market): entity or not follows the final type.
		if ms[i].Value == nil && ms[i].Type != schema.Misc {
			ms[i].Entity = 0
		} else {
			ms[i].Entity = -1
		}
	}
	ms = propagate(d, ms)
	ms = propagateSurnames(d, ms)
	ms = dropNamedAfterPersons(d, ms) // also what propagation read there
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Tok[0] < ms[j].Tok[0] })
	retype(d, ms)
	settleTypes(d, ms)
	ms = joinProductTails(d, ms)
	ents := cluster(d, ms)
	return &Result{Doc: d, Mentions: ms, Entities: ents}
}
