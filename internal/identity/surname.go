package identity

import (
	"fmt"
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// surnameConfidence is the confidence of a lone surname joined to the one
// person of that surname whose context it shares.
const surnameConfidence = 0.85

// loneSurname is the folded name of a person the lexicon does not know,
// named by one word only (an "n-" or "x-" key) that is not a given name,
// or "". A common word is not refused: Rice, Hunt and May are surnames the
// common list holds; the full name's shape is checked instead (surname).
func loneSurname(e batchEntity) string {
	if e.ent.Type != schema.Person || !keyedByName(e.ent.IRI) {
		return ""
	}
	ws := strings.Fields(Fold(e.ent.Name))
	if len(ws) != 1 || len([]rune(ws[0])) < 2 || givenName(e.ent.Name) {
		return ""
	}
	return ws[0]
}

// nameLang is the language whose lists judge a name: English for a name
// in Latin script, Arabic otherwise.
func nameLang(name string) text.Lang {
	if latinName(name) {
		return text.English
	}
	return text.Arabic
}

// givenName reports whether a one-word name is a given name of its
// language (first_names.txt): "Charles" alone is Prince Charles as often
// as Ray Charles, so it joins no one named in full.
func givenName(name string) bool {
	_, first := lang.Of(nameLang(name)).FirstName(name)
	return first
}

func surnameProbes(e batchEntity) []string {
	sur := loneSurname(e)
	if sur == "" {
		return nil
	}
	var ks []string
	for _, c := range e.context {
		ks = append(ks, kindContext+sur+"|"+c)
	}
	return ks
}

// surnameJoin joins a person named by a surname alone ("Greenspan", "Mr
// Brown") in an article that never gives the full name to the person named
// in full with that surname elsewhere, when exactly one such person has a
// compatible context: the lone surname's article names an organisation the
// person works at, leads or speaks for, or they share a title word, or
// their articles name two organisations in common. Two compatible people of
// one surname are ambiguous and join nothing; so is a context shared with
// none.
func surnameJoin(e batchEntity, found map[string][]Candidate, _ map[string]bool) (join, bool) {
	sur := loneSurname(e)
	if sur == "" {
		return join{}, false
	}
	// The people of that surname are found by their context keys
	// (surname|context item), never by the surname alone: a common
	// surname's key holds too many people to be read (MaxCandidates).
	// A shared organisation or title word is enough; organisations both
	// articles merely name must be two.
	people := map[string]Candidate{}
	strong, named := map[string]bool{}, map[string]int{}
	shared := map[string][]string{}
	for _, item := range e.context {
		for _, c := range found[kindContext+sur+"|"+item] {
			if c.Type != schema.Person || c.IRI == e.ent.IRI {
				continue
			}
			people[c.IRI] = c
			if !contains(shared[c.IRI], item[2:]) {
				shared[c.IRI] = append(shared[c.IRI], item[2:])
			}
			if strings.HasPrefix(item, "m:") {
				named[c.IRI]++
			} else {
				strong[c.IRI] = true
			}
		}
	}
	compatible := map[string]Candidate{}
	for iri, p := range people {
		if strong[iri] || named[iri] >= 2 {
			compatible[iri] = p
		}
	}
	if len(compatible) != 1 {
		return join{}, false
	}
	for iri, c := range compatible {
		var what []string
		for _, x := range shared[iri] {
			what = append(what, lastSegment(x))
		}
		return join{to: c.IRI, other: c.Name, conf: surnameConfidence, rule: "surname-unique-in-context",
			evidence: fmt.Sprintf("%s ≈ %s: the one person of that surname whose context its article shares (%s)", e.ent.Name, c.Name, strings.Join(what, ", "))}, true
	}
	return join{}, false
}

// keyedByName reports whether an entity IRI was minted from its name (an
// exact or a skeleton key), not from a lexicon id.
func keyedByName(iri string) bool {
	seg := lastSegment(iri)
	return strings.HasPrefix(seg, "n-") || strings.HasPrefix(seg, "x-")
}
