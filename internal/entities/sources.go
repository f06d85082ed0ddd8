package entities

import (
	"fmt"
	"sort"
)

// Source is a named rule that produces mentions, with what the rest of the
// stage needs to know about it. Every Mention.Source names one; each is
// declared next to the recognizer that uses it (registerSource), and a
// mention from an undeclared source is a programming error, never the
// lowest priority by default.
type Source struct {
	Name string
	// Rank orders sources when their mentions overlap, lower first: page
	// structure (a credit line is read whole), then the lexicon, then the
	// rules, then the statistical tagger.
	Rank int
	// Person: the source reads a person from context (a speech verb, a
	// title, a credit line); typing evidence does not make its mentions
	// anything else.
	Person bool
	// FormTyped: the name's own form says its type (a company's activity,
	// an organisation suffix, a region's head word); typing rules do not
	// change it.
	FormTyped bool
	// Doc says in one line what the source finds.
	Doc string
}

// The mention sources, each declared with its metadata where its
// recognizer lives.
const (
	srcCredit        = "byline-credit"
	srcLexicon       = "lexicon"
	srcSpeechSubject = "speech-verb-subject"
	srcTitleName     = "title-before-name"
	srcLatin         = "latin-in-arabic"
	srcTrigger       = "trigger-name"
	srcCueSubject    = "cue-subject"
	srcOrgSuffix     = "org-suffix"
	srcPropagated    = "propagated"
	srcTagger        = "tagger"
	srcValues        = "values"
	srcPosition      = "name-by-position"
	srcInstitution   = "institution-name"
	srcOrgPosition   = "org-by-position"
)

var sources = map[string]Source{}

// registerSource declares a source; declaring a name twice panics.
func registerSource(s Source) string {
	if _, dup := sources[s.Name]; dup {
		panic("entities: source " + s.Name + " declared twice")
	}
	sources[s.Name] = s
	return s.Name
}

// sourceOf returns the metadata of a source; an undeclared name panics.
func sourceOf(name string) Source {
	s, ok := sources[name]
	if !ok {
		panic(fmt.Sprintf("entities: mention source %q is not declared (registerSource)", name))
	}
	return s
}

// Sources returns every declared mention source, by rank then name.
func Sources() []Source {
	out := make([]Source, 0, len(sources))
	for _, s := range sources {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Rank != out[j].Rank {
			return out[i].Rank < out[j].Rank
		}
		return out[i].Name < out[j].Name
	})
	return out
}

var (
	_ = registerSource(Source{Name: srcValues, Rank: 9, Doc: "money, percentages and dates (values.go)"})
)
