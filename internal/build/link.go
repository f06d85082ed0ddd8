package build

import (
	"fmt"
	"sort"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// linkThreshold is the least similarity at which two names in different
// scripts are taken for one thing.
const linkThreshold = 0.8

// LinkAcrossLanguages joins entities of the documents built together that
// the lexicon does not know and whose names, one in Arabic script and one in
// Latin, have nearly the same consonant skeleton (one class apart: "Emirates
// Grid" and "إمارات غريد"). Equal skeletons already share an IRI; this
// catches the near misses transliteration makes. The Arabic-side entity
// takes the Latin-side IRI everywhere in its graph, and the link is kept as
// an alias fact with its similarity as confidence and the rule
// "transliteration-similarity", so a reader sees how sure it is. People
// are only joined when every word of their names is, so a shared surname
// or first name never joins two of them.
func LinkAcrossLanguages(graphs []*kg.Graph) int {
	type cand struct {
		iri, name string
		typ       schema.Type
		words     []string
		latin     bool
	}
	seen := map[string]bool{}
	var cands []cand
	for _, g := range graphs {
		for _, e := range g.Entities {
			if seen[e.IRI] || !isSkeletonIRI(e.IRI) {
				continue
			}
			seen[e.IRI] = true
			words := strings.Split(strings.TrimPrefix(lastSegment(e.IRI), "x-"), "-")
			cands = append(cands, cand{e.IRI, e.Name, e.Type, words, latinName(e.Name)})
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].iri < cands[j].iri })
	rename := map[string]string{}
	conf := map[string]float64{}
	other := map[string]string{}
	for _, a := range cands {
		if a.latin {
			continue
		}
		best, bestSim := -1, 0.0
		for j, b := range cands {
			if !b.latin || b.typ != a.typ || len(b.words) != len(a.words) && a.typ == schema.Person {
				continue
			}
			if s := similarity(a.words, b.words, a.typ == schema.Person); s > bestSim {
				best, bestSim = j, s
			}
		}
		if best >= 0 && bestSim >= linkThreshold {
			rename[a.iri] = cands[best].iri
			conf[a.iri] = bestSim
			other[a.iri] = cands[best].name
		}
	}
	linkShortNames(graphs, rename, conf, other)
	applyRenames(graphs, rename, conf, other)
	return len(rename)
}

// translitConfidence is the confidence of a join of two short names by a
// transliteration checked in both directions (text.TranslitMatch).
const translitConfidence = 0.9

// linkShortNames joins the entities keyed by their exact name (too short
// for a skeleton key: "n-…", see entities.nameKey) across scripts: an
// Arabic-script one takes the IRI of the one Latin-script entity of its type
// with the same skeleton whose name is its transliteration checked both
// ways (رقيم and Raqeem; never تيني and Dina). Two such candidates are
// ambiguous and join nothing.
func linkShortNames(graphs []*kg.Graph, rename map[string]string, conf map[string]float64, other map[string]string) {
	type short struct {
		iri, name, key string
		typ            schema.Type
	}
	seen := map[string]bool{}
	var ar []short
	latin := map[string][]short{} // type|skeleton → Latin-script entities
	for _, g := range graphs {
		for _, e := range g.Entities {
			seg := lastSegment(e.IRI)
			if seen[e.IRI] || !strings.HasPrefix(seg, "n-") {
				continue
			}
			seen[e.IRI] = true
			key := strings.ReplaceAll(strings.TrimPrefix(seg, "n-"), "-", " ")
			s := short{e.IRI, e.Name, key, e.Type}
			if latinName(key) {
				k := string(e.Type) + "|" + text.Skeleton(key)
				latin[k] = append(latin[k], s)
			} else {
				ar = append(ar, s)
			}
		}
	}
	sort.Slice(ar, func(i, j int) bool { return ar[i].iri < ar[j].iri })
	for _, a := range ar {
		var match []short
		for _, l := range latin[string(a.typ)+"|"+text.Skeleton(a.key)] {
			if text.TranslitMatch(a.key, l.key) {
				match = append(match, l)
			}
		}
		if len(match) == 1 {
			rename[a.iri], conf[a.iri], other[a.iri] = match[0].iri, translitConfidence, match[0].name
		}
	}
}

// applyRenames gives the entities in rename their new IRI everywhere in
// the graphs, and records each link as an alias fact with its confidence.
func applyRenames(graphs []*kg.Graph, rename map[string]string, conf map[string]float64, other map[string]string) {
	if len(rename) == 0 {
		return
	}
	for _, g := range graphs {
		for i := range g.Entities {
			e := &g.Entities[i]
			to, ok := rename[e.IRI]
			if !ok {
				continue
			}
			from := e.IRI
			e.IRI = to
			g.Facts = append(g.Facts, kg.Fact{
				Subject: to, Predicate: "alias", Value: &kg.Value{Text: other[from], Kind: "Text"},
				Evidence:   fmt.Sprintf("%s ≈ %s", e.Name, other[from]),
				Confidence: conf[from], Rule: linkRule(from),
			})
		}
		for i := range g.Facts {
			if to, ok := rename[g.Facts[i].Subject]; ok {
				g.Facts[i].Subject = to
			}
			if to, ok := rename[g.Facts[i].Object]; ok {
				g.Facts[i].Object = to
			}
		}
		for i := range g.Quotes {
			if to, ok := rename[g.Quotes[i].Speaker]; ok {
				g.Quotes[i].Speaker = to
			}
			if to, ok := rename[g.Quotes[i].Org]; ok {
				g.Quotes[i].Org = to
			}
		}
	}
}

// similarity compares two skeletons word by word: 1 minus the edit
// distance over the longer length. People must match every word within
// one edit; anything else may differ by one edit in all.
func similarity(a, b []string, person bool) float64 {
	sa, sb := strings.Join(a, " "), strings.Join(b, " ")
	if len(sa) < 4 || len(sb) < 4 {
		return 0 // two-consonant names are too easily alike
	}
	if person {
		for i := range a {
			if levenshtein(a[i], b[i]) > 1 {
				return 0
			}
		}
	}
	d := levenshtein(sa, sb)
	if d > 1 {
		return 0
	}
	return 1 - float64(d)/float64(max(len(sa), len(sb)))
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// linkRule names the rule that joined the entity from: a skeleton near
// miss, or a short name's transliteration checked both ways.
func linkRule(from string) string {
	if isSkeletonIRI(from) {
		return "transliteration-similarity"
	}
	return "transliteration-both-ways"
}

func isSkeletonIRI(iri string) bool { return strings.HasPrefix(lastSegment(iri), "x-") }

func lastSegment(iri string) string { return iri[strings.LastIndex(iri, "/")+1:] }

func latinName(s string) bool {
	for _, r := range s {
		if text.IsArabicLetter(r) {
			return false
		}
	}
	return true
}
