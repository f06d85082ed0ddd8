package identity

import (
	"sort"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// The kinds of index key. Each key is "kind|…"; an entity is held under
// the keys Keys gives it, and a rule looks candidates up by the same keys.
const (
	kindName        = "nm|" // a folded name or alias → entities of any type (type votes)
	kindShort       = "sk|" // type|skeleton of a short name (an "n-" key) → cross-script short names
	kindDel         = "dl|" // type|skeleton less at most one letter, of a long name → near misses
	kindContext     = "sc|" // surname|context item of a person named in full
	kindSurname     = "sn|" // the surname of a person named in full (how many people hold it)
	kindAcronym     = "ac|" // an acronym an article states → its expansion
	kindVoteContext = "tc|" // one-word name|organisation its article names → entities of a voting type
	// kindGiven ("gv|", givenname.go): formal given name + the rest of a person's name
)

// Keys returns, for each entity of g, the index keys it is held under.
func Keys(g *kg.Graph) map[string][]string {
	out := map[string][]string{}
	ctx := contexts(g, false)
	co := coMentioned(g)
	stated := statedAcronyms(g)
	orgs := namedOrgs(g)
	for _, e := range g.Entities {
		var ks []string
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if f := Fold(n); f != "" {
				ks = append(ks, kindName+f)
			}
		}
		seg := lastSegment(e.IRI)
		switch {
		case strings.HasPrefix(seg, "n-"):
			ks = append(ks, kindShort+string(e.Type)+"|"+text.Skeleton(shortName(seg)))
		case strings.HasPrefix(seg, "x-"):
			for _, v := range deletions(skeletonOf(seg)) {
				ks = append(ks, kindDel+string(e.Type)+"|"+v)
			}
		default:
			ks = append(ks, lexiconScriptKeys(e)...)
		}
		if sur := surname(e); sur != "" {
			for _, c := range ctx[e.IRI] {
				ks = append(ks, kindContext+sur+"|"+c)
			}
			for _, c := range co[e.IRI] {
				ks = append(ks, kindContext+sur+"|"+c)
			}
			ks = append(ks, kindSurname+sur)
		}
		ks = append(ks, kindIRI+e.IRI)
		ks = append(ks, heldVoteContextKeys(e, orgs)...)
		ks = append(ks, variantKeys(e)...)
		ks = append(ks, givenKeys(e)...)
		for _, a := range stated[e.IRI] {
			ks = append(ks, kindAcronym+Fold(a))
		}
		sort.Strings(ks)
		out[e.IRI] = compact(ks)
	}
	return out
}

// Fold is the form names are compared by: text.FoldName, and the Arabic
// article taken off each word (الشمري and شمري meet).
func Fold(name string) string {
	words := strings.Fields(text.FoldName(name))
	for i, w := range words {
		words[i] = text.StripArticle(w)
	}
	return strings.Join(words, " ")
}

// surname is the folded last word of a person named in full (two words or
// more), or "".
func surname(e kg.Entity) string {
	if e.Type != schema.Person {
		return ""
	}
	ws := strings.Fields(Fold(e.Name))
	if len(ws) < 2 || len([]rune(ws[len(ws)-1])) < 2 {
		return "" // one letter is an initial or a cut name ("David O'Leary" read as "David O")
	}
	if !personShaped(e.Name, ws[:len(ws)-1]) {
		return "" // a title typed Person ("Come Dancing"): its last word is no surname
	}
	return ws[len(ws)-1]
}

// personShaped reports whether the words before a surname look like a
// person's: one of them is an initial, a given name of the language
// (first_names.txt, or given_name_words.txt for the given names that are
// also common words: Will Smith, Eve Ensler), or a word its common list
// does not hold. "Come" in "Come Dancing", a show typed Person, is none of
// these.
func personShaped(name string, given []string) bool {
	p := lang.Of(nameLang(name))
	for _, w := range given {
		if _, first := p.FirstName(w); first || len([]rune(w)) == 1 || !p.IsCommon(w) {
			return true
		}
		if _, ok := p.GivenNameWords.Has(w); ok {
			return true
		}
	}
	return false
}

// contexts returns the context items of each person of g: the
// organisations it works at, leads or speaks for ("o:IRI"), the words of
// its titles ("t:word"), and the organisations its article names
// ("m:IRI"). With lone, the named organisations are also given as "o:" (a
// lone surname's article seldom says more than that it names the
// organisation the person named in full elsewhere works at).
func contexts(g *kg.Graph, lone bool) map[string][]string {
	out := map[string][]string{}
	add := func(p, item string) { out[p] = append(out[p], item) }
	for _, e := range g.Entities {
		if e.Type != schema.Person {
			continue
		}
		for _, o := range g.Entities {
			if o.Type == schema.Organization {
				add(e.IRI, "m:"+o.IRI)
				if lone {
					add(e.IRI, "o:"+o.IRI)
				}
			}
		}
	}
	for _, f := range g.Facts {
		switch f.Predicate {
		case "jobTitle":
			if f.Value != nil {
				for _, w := range titleWords(f.Value.Text) {
					add(f.Subject, "t:"+w)
				}
			}
		case "worksAt", "formerlyWorkedAt", "founded", "leads":
			if f.Object != "" {
				add(f.Subject, "o:"+f.Object)
			}
		}
	}
	for _, q := range g.Quotes {
		if q.Org != "" {
			add(q.Speaker, "o:"+q.Org)
		}
		for _, w := range titleWords(q.Title) {
			add(q.Speaker, "t:"+w)
		}
	}
	for p := range out {
		sort.Strings(out[p])
		out[p] = compact(out[p])
	}
	return out
}

// maxCoMentions is the most people a person's co-mention items name: the
// nearest in the article's order, so that a team sheet of forty names
// gives each player a bounded number of index keys.
const maxCoMentions = 12

// coMentioned returns, for each person of g, its co-mention items
// ("p:word"): the last word of each other person its article names (a
// lone surname or a full name), at most maxCoMentions of the nearest in
// the order the article names them, none of its own last word. Two people
// of one surname in two articles that both name Bergamasco and Troncon
// move in one circle (rule surname-unique-in-context).
func coMentioned(g *kg.Graph) map[string][]string {
	var people []kg.Entity
	var last []string
	for _, e := range g.Entities {
		if e.Type != schema.Person {
			continue
		}
		ws := strings.Fields(Fold(e.Name))
		if len(ws) == 0 {
			continue
		}
		people = append(people, e)
		last = append(last, ws[len(ws)-1])
	}
	out := map[string][]string{}
	for i, e := range people {
		var items []string
		for d := 1; d < len(people) && len(items) < maxCoMentions; d++ {
			for _, j := range []int{i - d, i + d} {
				if j < 0 || j >= len(people) || len(items) >= maxCoMentions || last[j] == last[i] || len([]rune(last[j])) < 3 {
					continue
				}
				items = append(items, "p:"+last[j])
			}
		}
		sort.Strings(items)
		out[e.IRI] = append(out[e.IRI], compact(items)...)
	}
	return out
}

// surnameContexts are the context items a lone surname is decided by:
// contexts with the named organisations as "o:" too, and the co-mention
// items.
func surnameContexts(g *kg.Graph) map[string][]string {
	ctx := contexts(g, true)
	for iri, items := range coMentioned(g) {
		ctx[iri] = append(ctx[iri], items...)
	}
	return ctx
}

// titleWords are the words of a title that say what the office is: four
// letters or more ("chancellor", "chairman", "وزير").
func titleWords(t string) []string {
	var out []string
	for _, w := range strings.Fields(Fold(t)) {
		if len([]rune(w)) >= 4 {
			out = append(out, w)
		}
	}
	return out
}

// deletions returns a skeleton and every form of it with one letter (not a
// space) taken out: two skeletons one edit apart share one of these.
func deletions(sk string) []string {
	out := []string{sk}
	for i := 0; i < len(sk); i++ {
		if sk[i] != ' ' {
			out = append(out, sk[:i]+sk[i+1:])
		}
	}
	sort.Strings(out)
	return compact(out)
}

func skeletonOf(seg string) string {
	return strings.ReplaceAll(strings.TrimPrefix(seg, "x-"), "-", " ")
}

func shortName(seg string) string {
	return strings.ReplaceAll(strings.TrimPrefix(seg, "n-"), "-", " ")
}

func compact(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func lastSegment(iri string) string { return iri[strings.LastIndex(iri, "/")+1:] }

func latinName(s string) bool {
	for _, r := range s {
		if text.IsArabicLetter(r) {
			return false
		}
	}
	return true
}
