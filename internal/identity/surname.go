package identity

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"graphbuild/internal/kg"
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
	ks := []string{kindSurname + sur}
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
// their articles name two organisations in common, or two of the people
// named near them (minCircle: "Masi" among Bergamasco and Troncon on a
// team sheet is Andrea Masi, whom another article names beside them). Two compatible people of
// one surname are ambiguous and join nothing; so is a context shared with
// none. A person a rule of Link joined to another (joined: Vincent Cable
// to Vince Cable) counts as that other.
func surnameJoin(e batchEntity, found map[string][]Candidate, joined map[string]join) (join, bool) {
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
	strong, named, circle := map[string]bool{}, map[string]int{}, map[string]int{}
	shared := map[string][]string{}
	for _, item := range e.context {
		for _, c := range found[kindContext+sur+"|"+item] {
			c = joinedCandidate(c, joined)
			if c.Type != schema.Person || c.IRI == e.ent.IRI {
				continue
			}
			if _, ok := people[c.IRI]; !ok {
				people[c.IRI] = c
			}
			if !contains(shared[c.IRI], item) {
				shared[c.IRI] = append(shared[c.IRI], item)
			}
			tallyContextItem(c.IRI, item, strong, named, circle)
		}
	}
	compatible := map[string]Candidate{}
	for iri, p := range people {
		if strong[iri] || named[iri] >= 2 {
			compatible[iri] = p
		}
	}
	if len(compatible) == 0 {
		// The people around them alone: two of them in common when the
		// store holds one person named in full with that surname,
		// minCircleShared when it holds more (Wes Brown on a team sheet
		// beside Howard, Smith and Wright is not Gordon Brown).
		need := minCircle
		holders := map[string]bool{}
		for _, c := range found[kindSurname+sur] {
			holders[joinedCandidate(c, joined).IRI] = true
		}
		if len(found[kindSurname+sur]) == 0 || len(holders) != 1 {
			need = minCircleShared
		}
		for iri, p := range people {
			if circle[iri] >= need {
				compatible[iri] = p
			}
		}
	}
	if len(compatible) != 1 {
		return join{}, false
	}
	for iri, c := range compatible {
		return join{to: c.IRI, other: c.Name, conf: surnameConfidence, rule: ruleSurnameContext,
			evidence: fmt.Sprintf("%s ≈ %s: the one person of that surname whose context its article shares (%s)", e.ent.Name, c.Name, sharedContextText(shared[iri]))}, true
	}
	return join{}, false
}

// joinedCandidate is c as the person a join of Link moved it to.
func joinedCandidate(c Candidate, joined map[string]join) Candidate {
	if j, ok := joined[c.IRI]; ok {
		c.IRI, c.Name = j.to, j.other
	}
	return c
}

// minCircle is how many people a lone surname's article and the articles
// of a person of that surname must both name for their contexts to be
// compatible by the people around them alone.
const minCircle = 2

// minCircleShared is minCircle for a surname the store holds more than
// one person named in full with (or too many to read).
const minCircleShared = 4

// keyedByName reports whether an entity IRI was minted from its name (an
// exact or a skeleton key), not from a lexicon id.
func keyedByName(iri string) bool {
	seg := lastSegment(iri)
	return strings.HasPrefix(seg, "n-") || strings.HasPrefix(seg, "x-")
}

// sameDocumentConfidence is the confidence of a lone surname joined to the
// one person of its own article named in full with that surname.
const sameDocumentConfidence = 0.9

// Rules of the lone surname.
const (
	ruleSurnameContext  = "surname-unique-in-context"
	ruleSurnameDocument = "surname-same-document"
)

// surnameDocJoins decides each lone surname of each article on its own
// article: the entities stage gives one IRI to "Ronaldo" in every article,
// but "Ronaldo" of an article on Manchester United is Cristiano Ronaldo and
// "Ronaldo" of one on Real Madrid the Brazilian, so the surname joins
// (surnameJoin) read one article's context and move that article's entity
// only. A person named in full with that surname in the article itself
// decides first (rule surname-same-document): one such person is the one
// meant, two make it ambiguous and nothing joins; this holds for a given
// name too (loneWord), which goes no further than its article. An entity a
// rule of Link already joined (joined) is left as it is.
func surnameDocJoins(graphs []*kg.Graph, found map[string][]Candidate, joined map[string]join) map[*kg.Graph]map[string]join {
	out := map[*kg.Graph]map[string]join{}
	for _, g := range graphs {
		var ctx map[string][]string
		for _, e := range g.Entities {
			if _, done := joined[e.IRI]; done {
				continue
			}
			word := loneWord(e)
			if word == "" {
				continue
			}
			j, ok, ambiguous := sameDocumentSurname(g, e, word)
			if !ok && !ambiguous && loneSurname(batchEntity{ent: e}) != "" {
				if ctx == nil {
					ctx = surnameContexts(g)
				}
				j, ok = surnameJoin(batchEntity{ent: e, context: ctx[e.IRI]}, found, joined)
			}
			if !ok || j.to == e.IRI {
				continue
			}
			if out[g] == nil {
				out[g] = map[string]join{}
			}
			out[g][e.IRI] = j
		}
	}
	return out
}

// loneWord is the folded name of a person the lexicon does not know named
// by one word only, or "". Unlike loneSurname it may be a given name: in
// its own article, شريف beside عمر الشريف is that man, though across
// articles a given name alone joins no one.
func loneWord(e kg.Entity) string {
	if e.Type != schema.Person || !keyedByName(e.IRI) {
		return ""
	}
	ws := strings.Fields(Fold(e.Name))
	if len(ws) != 1 || len([]rune(ws[0])) < 2 {
		return ""
	}
	return ws[0]
}

// sameDocumentSurname finds the people of g named in full whose surname is
// sur: one is the join, two or more are ambiguous.
func sameDocumentSurname(g *kg.Graph, lone kg.Entity, sur string) (j join, ok, ambiguous bool) {
	var full *kg.Entity
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.IRI == lone.IRI || surname(*e) != sur {
			continue
		}
		if full != nil && full.IRI != e.IRI {
			return join{}, false, true
		}
		full = e
	}
	if full == nil {
		return join{}, false, false
	}
	return join{to: full.IRI, other: full.Name, conf: sameDocumentConfidence, rule: ruleSurnameDocument,
		evidence: fmt.Sprintf("%s ≈ %s: the one person of that surname named in full in %s", lone.Name, full.Name, g.Doc.ID)}, true, false
}

// applyDocJoins moves, in each graph, the entities its own joins name to
// their targets (followed through the batch's joins, so a target that
// itself joined another is not left behind), with an alias fact each, and
// returns how many moved.
func applyDocJoins(graphs []*kg.Graph, perDoc map[*kg.Graph]map[string]join, joins map[string]join) int {
	n := 0
	for _, g := range graphs {
		froms := slices.Sorted(maps.Keys(perDoc[g])) // alias facts in a fixed order
		for _, from := range froms {
			j := perDoc[g][from]
			if next, ok := joins[j.to]; ok {
				j.to, j.typ = next.to, next.typ
			}
			name := ""
			for _, e := range g.Entities {
				if e.IRI == from {
					name = e.Name
				}
			}
			renameIn(g, from, j.to)
			if j.typ != "" {
				for i := range g.Entities {
					if g.Entities[i].IRI == j.to {
						g.Entities[i].Type = j.typ
					}
				}
			}
			n++
			if Fold(name) == Fold(j.other) {
				continue
			}
			g.Facts = append(g.Facts, kg.Fact{Subject: j.to, Predicate: "alias", Value: &kg.Value{Text: name, Kind: "Text"},
				Evidence: j.evidence, Confidence: j.conf, Rule: j.rule})
		}
	}
	return n
}

// tallyContextItem counts a context item shared with candidate iri: an
// organisation both articles merely name ("m:") and a person named near
// both ("p:") are counted, any other item (an organisation one works at,
// a title word) is strong alone.
func tallyContextItem(iri, item string, strong map[string]bool, named, circle map[string]int) {
	switch {
	case strings.HasPrefix(item, "m:"):
		named[iri]++
	case strings.HasPrefix(item, "p:"):
		circle[iri]++
	default:
		strong[iri] = true
	}
}

// sharedContextText says in a merge's evidence what two articles share:
// "with NAME" for a person named near both, the last segment of an
// organisation's or title's key otherwise.
func sharedContextText(items []string) string {
	var what []string
	for _, x := range items {
		if strings.HasPrefix(x, "p:") {
			what = append(what, "with "+x[2:])
		} else {
			what = append(what, lastSegment(x[2:]))
		}
	}
	return strings.Join(what, ", ")
}
