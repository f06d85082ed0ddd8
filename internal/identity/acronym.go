package identity

import (
	"fmt"
	"strings"
	"unicode"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

const (
	// statedConfidence is the confidence of an acronym joined to the
	// expansion its article states next to it ("Association of Payment
	// and Clearing Services (Apacs)").
	statedConfidence = 0.95
	// expansionConfidence is the confidence of an acronym in an article
	// that does not expand it joined to the one expansion some other
	// article states.
	expansionConfidence = 0.9
	ruleStated          = "acronym-stated"
)

// StatedAcronyms joins, in one article's graph, an acronym to the name it
// abbreviates when the article states it, "Expansion (ACR)" or
// "ACR (Expansion)", and the letters of ACR are the initials of the
// expansion's words (or their first letters: Ofcom, Office of
// Communications; words like "of" and "and" may be skipped). The acronym's
// entity, if the article has one, takes the expansion's IRI; either way
// the expansion gets the acronym as a name and an alias fact with the rule
// "acronym-stated", which the index keeps, so the acronym alone in another
// article finds it (acronymJoin). It returns the acronyms joined.
func StatedAcronyms(docText string, g *kg.Graph) int {
	joins := map[string]join{}
	n := 0
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Type == schema.Person {
			continue
		}
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			if len(strings.Fields(form)) < 2 {
				continue
			}
			acr, ok := statedNextTo(docText, form)
			if !ok || !isAcronymOf(acr, form) || contains(e.Aliases, acr) {
				continue
			}
			n++
			ev := fmt.Sprintf("%s ≈ %s: stated as %s (%s)", acr, form, form, acr)
			if a := entityNamed(g, acr, e.IRI); a != nil && a.Type == e.Type {
				joins[a.IRI] = join{to: e.IRI, other: form, typ: e.Type, conf: statedConfidence, rule: ruleStated, evidence: ev}
				break
			}
			e.Aliases = append(e.Aliases, acr)
			g.Facts = append(g.Facts, kg.Fact{Subject: e.IRI, Predicate: "alias", Value: &kg.Value{Text: acr, Kind: "Text"},
				Evidence: ev, Confidence: statedConfidence, Rule: ruleStated})
			break
		}
	}
	apply([]*kg.Graph{g}, joins)
	return n
}

// statedNextTo finds form followed by a parenthesised acronym, or an
// acronym followed by form in parentheses, in text.
func statedNextTo(text, form string) (string, bool) {
	for off := 0; ; {
		i := strings.Index(text[off:], form)
		if i < 0 {
			return "", false
		}
		i += off
		after := strings.TrimLeft(text[i+len(form):], " ")
		if rest, ok := strings.CutPrefix(after, "("); ok {
			if j := strings.IndexByte(rest, ')'); j > 0 && looksLikeAcronym(rest[:j]) {
				return rest[:j], true
			}
		}
		if before := strings.TrimRight(text[:i], " "); strings.HasSuffix(before, "(") && strings.HasPrefix(text[i+len(form):], ")") {
			ws := strings.Fields(strings.TrimSuffix(before, "("))
			if len(ws) > 0 && looksLikeAcronym(ws[len(ws)-1]) {
				return ws[len(ws)-1], true
			}
		}
		off = i + len(form)
	}
}

// looksLikeAcronym: 2 to 10 Latin letters (& allowed), starting with a
// capital, with at least two capitals or none after the first (Apacs).
func looksLikeAcronym(s string) bool {
	rs := []rune(s)
	if len(rs) < 2 || len(rs) > 10 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs {
		if r != '&' && (r > unicode.MaxASCII || !unicode.IsLetter(r)) {
			return false
		}
	}
	return true
}

// joinable words an acronym may skip or take a letter from.
var functionWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "de": true, "du": true,
	"des": true, "la": true, "le": true, "in": true, "on": true, "to": true, "at": true, "et": true}

// isAcronymOf reports whether acr's letters are, in order, the first
// letters (one or more) of the words of name; function words and the
// parts of a hyphenated word after the first may give none.
func isAcronymOf(acr, name string) bool {
	letters := strings.ToLower(strings.ReplaceAll(acr, "&", ""))
	var words []string
	var optional []bool
	for _, w := range strings.Fields(name) {
		for k, p := range strings.Split(w, "-") {
			p = strings.ToLower(strings.Trim(p, "'’.,"))
			if p == "" {
				continue
			}
			words = append(words, p)
			optional = append(optional, k > 0 || functionWords[p])
		}
	}
	if len(words) < 2 {
		return false
	}
	var match func(i, w int) bool
	match = func(i, w int) bool {
		if w == len(words) {
			return i == len(letters)
		}
		if optional[w] && match(i, w+1) {
			return true
		}
		for k := 1; k <= len(words[w]) && i+k <= len(letters); k++ {
			if words[w][:k] != letters[i:i+k] {
				break
			}
			if match(i+k, w+1) {
				return true
			}
		}
		return false
	}
	return match(0, 0)
}

func entityNamed(g *kg.Graph, name, not string) *kg.Entity {
	f := Fold(name)
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.IRI != not && e.Type != schema.Person && Fold(e.Name) == f {
			return e
		}
	}
	return nil
}

// statedAcronyms returns, for each entity of g, the acronyms its article
// states for it.
func statedAcronyms(g *kg.Graph) map[string][]string {
	out := map[string][]string{}
	for _, f := range g.Facts {
		if f.Rule == ruleStated && f.Value != nil {
			out[f.Subject] = append(out[f.Subject], f.Value.Text)
		}
	}
	return out
}

func acronymProbes(e kg.Entity) []string {
	if e.Type == schema.Person || !strings.HasPrefix(lastSegment(e.IRI), "n-") {
		return nil
	}
	return []string{kindAcronym + Fold(e.Name)}
}

// acronymJoin joins an acronym an article uses without expanding to the
// one entity some article states it abbreviates; two expansions stated
// for it are ambiguous and join nothing.
func acronymJoin(e batchEntity, found map[string][]Candidate, _ map[string]bool) (join, bool) {
	ks := acronymProbes(e.ent)
	if len(ks) == 0 {
		return join{}, false
	}
	var cs []Candidate
	for _, c := range found[ks[0]] {
		if c.IRI != e.ent.IRI {
			cs = append(cs, c)
		}
	}
	cs = oneExpansion(cs)
	if len(cs) != 1 {
		return join{}, false
	}
	return join{to: cs[0].IRI, other: cs[0].Name, typ: cs[0].Type, conf: expansionConfidence, rule: "acronym-expansion",
		evidence: fmt.Sprintf("%s ≈ %s: stated in an article", e.ent.Name, cs[0].Name)}, true
}

// oneExpansion keeps, of candidates that are one name with or without a
// leading "the" ("The Office for National Statistics", "Office for National
// Statistics"), the one most documents hold; different names stay.
func oneExpansion(cs []Candidate) []Candidate {
	if len(cs) < 2 {
		return cs
	}
	bare := func(n string) string { return strings.TrimPrefix(Fold(n), "the ") }
	best := cs[0]
	for _, c := range cs[1:] {
		if bare(c.Name) != bare(best.Name) {
			return cs
		}
		if c.Docs > best.Docs {
			best = c
		}
	}
	return []Candidate{best}
}
