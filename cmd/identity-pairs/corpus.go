package main

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"graphbuild/internal/identity"
	"graphbuild/internal/kg"
	"graphbuild/internal/pipeline"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// record is one entity of one article.
type record struct {
	id, doc, iri, name string
	typ                schema.Type
	aliases, acronyms  []string
	titles, orgs       []string
	own, with          []string // --context: organisations it works at, leads or speaks for; people its article names
	latin              bool
}

type pair struct {
	a, b     *record
	category string
}

type corpus struct {
	recs   []*record
	byIRI  map[string][]*record
	texts  map[string]string // document → text, for the review only
	titles map[string]string
}

func newCorpus() *corpus {
	return &corpus{byIRI: map[string][]*record{}, texts: map[string]string{}, titles: map[string]string{}}
}

func (c *corpus) read(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		d, err := text.ParseJSONLine(path, line, append([]byte(nil), sc.Bytes()...), text.ParseOptions{})
		if err != nil {
			continue
		}
		g := pipeline.Extract(d)
		identity.StatedAcronyms(d.Text, g)
		c.add(d, g)
	}
	return sc.Err()
}

var parenLatin = regexp.MustCompile(`^[»"”]?\s*\(([A-Za-z][A-Za-z .&'-]{1,40})\)`)

// latinAfter finds, after any occurrence of form, a Latin name in
// parentheses ("إمباكس (Impax)").
func latinAfter(text, form string) []string {
	for off := 0; ; {
		i := strings.Index(text[off:], form)
		if i < 0 {
			return nil
		}
		off += i + len(form)
		if m := parenLatin.FindStringSubmatch(text[off:]); m != nil {
			return m
		}
	}
}

func (c *corpus) add(d *text.Document, g *kg.Graph) {
	c.texts[d.ID] = d.Text
	c.titles[d.ID] = d.Title
	var orgs []string
	for _, e := range g.Entities {
		if e.Type == schema.Organization {
			orgs = append(orgs, short(e.IRI))
		}
	}
	own := map[string][]string{}
	var people []person
	for i, e := range g.Entities {
		if e.Type == schema.Person {
			people = append(people, person{i, short(e.IRI), e.Name})
		}
	}
	for _, f := range g.Facts {
		switch f.Predicate {
		case "worksAt", "formerlyWorkedAt", "founded", "leads":
			if f.Object != "" && !slices.Contains(own[f.Subject], short(f.Object)) {
				own[f.Subject] = append(own[f.Subject], short(f.Object))
			}
		}
	}
	for _, q := range g.Quotes {
		if q.Org != "" && !slices.Contains(own[q.Speaker], short(q.Org)) {
			own[q.Speaker] = append(own[q.Speaker], short(q.Org))
		}
	}
	titles := map[string][]string{}
	for _, f := range g.Facts {
		if f.Predicate == "jobTitle" && f.Value != nil {
			titles[f.Subject] = append(titles[f.Subject], f.Value.Text)
		}
	}
	for _, q := range g.Quotes {
		if q.Title != "" {
			titles[q.Speaker] = append(titles[q.Speaker], q.Title)
		}
	}
	acr := map[string][]string{}
	for _, f := range g.Facts {
		if f.Rule == "acronym-stated" && f.Value != nil {
			acr[f.Subject] = append(acr[f.Subject], f.Value.Text)
		}
	}
	for i, e := range g.Entities {
		if e.Type == schema.Place || e.Type == schema.Misc {
			continue
		}
		r := &record{id: fmt.Sprintf("%s#%d", d.ID, i), doc: d.ID, iri: e.IRI, name: e.Name, typ: e.Type,
			aliases: e.Aliases, acronyms: acr[e.IRI], titles: titles[e.IRI], orgs: orgs, latin: isLatin(e.Name),
			own: own[e.IRI], with: others(people, i)}
		c.recs = append(c.recs, r)
		c.byIRI[e.IRI] = append(c.byIRI[e.IRI], r)
		// An Arabic name with its Latin form in parentheses after it.
		if !r.latin && d.Lang == text.Arabic {
			for _, form := range append([]string{e.Name}, e.Aliases...) {
				m := latinAfter(d.Text, form)
				if m != nil {
					lat := strings.TrimSpace(m[1])
					l := &record{id: fmt.Sprintf("%s#%d-latin", d.ID, i), doc: d.ID + "-latin", name: lat, typ: e.Type, latin: true,
						iri: kg.EntityIRI(e.Type, latinKey(e.Type, lat))}
					c.recs = append(c.recs, l)
					c.byIRI[l.iri] = append(c.byIRI[l.iri], l)
					break
				}
			}
		}
	}
}

// latinKey keys a Latin name as the entities stage does (a skeleton key
// for a long name, the folded name for a short one).
func latinKey(t schema.Type, name string) string {
	sk := text.Skeleton(name)
	if text.LongSkeleton(sk) {
		return "x-" + strings.ReplaceAll(sk, " ", "-")
	}
	return "n-" + strings.ReplaceAll(identity.Fold(name), " ", "-")
}

// maxWith is the most people a record's with column lists, the nearest
// in its article's order: a team sheet names forty.
const maxWith = 12

// person is a person its article names: the entity's index in the
// article, its IRI (short) and its name.
type person struct {
	at        int
	iri, name string
}

// others is the people of the article nearest entity self in its order,
// at most maxWith, each as "index:IRI:name", in the article's order.
func others(people []person, self int) []string {
	var near []person
	for d := 1; d < 1<<20 && len(near) < maxWith; d++ {
		more := false
		for _, p := range people {
			if p.at == self-d || p.at == self+d {
				near = append(near, p)
			}
			more = more || p.at < self-d || p.at > self+d
		}
		if !more {
			break
		}
	}
	sort.Slice(near, func(i, j int) bool { return near[i].at < near[j].at })
	var out []string
	for _, p := range near {
		out = append(out, fmt.Sprintf("%d:%s:%s", p.at, p.iri, p.name))
	}
	return out
}

func short(iri string) string { return strings.TrimPrefix(iri, schema.NSEntity) }

func isLatin(s string) bool {
	for _, r := range s {
		if text.IsArabicLetter(r) {
			return false
		}
	}
	return true
}

func seg(iri string) string { return iri[strings.LastIndex(iri, "/")+1:] }

func words(s string) []string { return strings.Fields(identity.Fold(s)) }

// pairs proposes the candidate pairs, each category sampled to its share.
func (c *corpus) pairs(seed int64, only map[string]bool, shares map[string]int) []pair {
	rng := rand.New(rand.NewSource(seed))
	byCat := map[string][]pair{}
	add := func(cat string, a, b *record) {
		if a.doc != b.doc && a.iri != "" && b.iri != "" && (len(only) == 0 || only[cat]) {
			byCat[cat] = append(byCat[cat], pair{a, b, cat})
		}
	}
	// One record per IRI stands for it in the pairs.
	first := map[string]*record{}
	var iris []string
	for _, r := range c.recs {
		if _, ok := first[r.iri]; !ok {
			first[r.iri] = r
			iris = append(iris, r.iri)
		}
	}
	sort.Strings(iris)
	fullBySurname := map[string][]*record{}
	byName := map[string][]*record{}
	bySkel := map[string][]*record{}
	byInitials := map[string][]*record{}
	for _, iri := range iris {
		r := first[iri]
		ws := words(r.name)
		if r.typ == schema.Person && len(ws) >= 2 {
			fullBySurname[ws[len(ws)-1]] = append(fullBySurname[ws[len(ws)-1]], r)
		}
		byName[identity.Fold(r.name)] = append(byName[identity.Fold(r.name)], r)
		sk := text.Skeleton(r.name)
		bySkel[string(r.typ)+"|"+sk] = append(bySkel[string(r.typ)+"|"+sk], r)
		if r.typ != schema.Person && len(ws) >= 2 && r.latin {
			var ini []rune
			for _, w := range ws {
				if w != "of" && w != "and" && w != "the" && w != "for" {
					ini = append(ini, []rune(w)[0])
				}
			}
			byInitials[string(ini)] = append(byInitials[string(ini)], r)
		}
	}
	for _, iri := range iris {
		r := first[iri]
		ws := words(r.name)
		s := seg(iri)
		// surname
		if r.typ == schema.Person && len(ws) == 1 && (strings.HasPrefix(s, "n-") || strings.HasPrefix(s, "x-")) {
			for _, f := range fullBySurname[ws[0]] {
				add("surname", r, f)
			}
		}
		// acronym
		if r.typ != schema.Person && strings.HasPrefix(s, "n-") && len(ws) == 1 && r.latin && strings.ToUpper(r.name) == r.name && len(r.name) >= 2 {
			for _, x := range c.recs {
				for _, a := range x.acronyms {
					if identity.Fold(a) == ws[0] && x.iri != r.iri {
						add("acronym", r, first[x.iri])
					}
				}
			}
			for _, x := range byInitials[ws[0]] {
				add("acronym", r, x)
			}
		}
		// same-name, type-conflict
		for _, x := range byName[identity.Fold(r.name)] {
			if x.iri > r.iri && x.typ != r.typ && (x.typ != schema.Place && r.typ != schema.Place) {
				add("type-conflict", r, x)
			}
		}
		if rs := c.byIRI[iri]; len(rs) >= 2 && strings.HasPrefix(s, "n-") || strings.HasPrefix(s, "x-") && len(c.byIRI[iri]) >= 2 {
			rs := c.byIRI[iri]
			add("same-name", rs[0], rs[len(rs)-1])
		}
	}
	// Skeleton neighbours: same type, same skeleton, different names.
	for _, k := range slices.Sorted(maps.Keys(bySkel)) {
		rs := bySkel[k]
		for i := 0; i < len(rs); i++ {
			for j := i + 1; j < len(rs) && j < i+4; j++ {
				a, b := rs[i], rs[j]
				if identity.Fold(a.name) == identity.Fold(b.name) {
					continue
				}
				switch {
				case a.latin != b.latin:
					add("cross-script", a, b)
				case strings.HasPrefix(seg(a.iri), "x-") && a.iri == b.iri:
					add("skeleton-key", a, b)
				default:
					add("same-skeleton", a, b)
				}
			}
		}
	}
	// Stated transliterations.
	for _, r := range c.recs {
		if strings.HasSuffix(r.id, "-latin") {
			src := strings.TrimSuffix(r.id, "-latin")
			for _, x := range c.byIRI {
				for _, y := range x {
					if y.id == src {
						add("stated-translit", y, r)
					}
				}
			}
		}
	}
	share := map[string]int{"surname": 90, "acronym": 50, "stated-translit": 40, "cross-script": 30, "same-skeleton": 40,
		"skeleton-key": 30, "type-conflict": 40, "same-name": 40}
	maps.Copy(share, shares)
	var out []pair
	for _, cat := range slices.Sorted(maps.Keys(byCat)) {
		ps := byCat[cat]
		rng.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
		seen := map[[2]string]bool{}
		n := 0
		for _, p := range ps {
			k := [2]string{p.a.iri, p.b.iri}
			if seen[k] || n >= share[cat] {
				continue
			}
			seen[k] = true
			out = append(out, p)
			n++
		}
	}
	return out
}

// contextShares are the categories --context draws besides its surname
// pairs, and how many of each.
var contextShares = map[string]int{"acronym": 20, "same-name": 15, "type-conflict": 10, "cross-script": 15, "stated-translit": 15}

// surnamePairs draws n pairs of a lone surname as one article names it and
// a person named in full with that surname in another article: the lone
// mentions (a one-word Person with a name key, one per article) in a
// shuffled order, each paired with one of the full names of its surname
// drawn at random, at most two pairs per surname. Nothing the linker
// decides is looked at.
func (c *corpus) surnamePairs(seed int64, n int) []pair {
	rng := rand.New(rand.NewSource(seed))
	full := map[string][]*record{}
	seen := map[string]bool{}
	var lone []*record
	for _, r := range c.recs {
		if r.typ != schema.Person || r.iri == "" {
			continue
		}
		ws := words(r.name)
		s := seg(r.iri)
		switch {
		case len(ws) >= 2 && len([]rune(ws[len(ws)-1])) >= 2:
			k := ws[len(ws)-1]
			if !seen[k+"\x00"+r.iri] {
				seen[k+"\x00"+r.iri] = true
				full[k] = append(full[k], r)
			}
		case len(ws) == 1 && len([]rune(ws[0])) >= 2 && (strings.HasPrefix(s, "n-") || strings.HasPrefix(s, "x-")):
			lone = append(lone, r)
		}
	}
	rng.Shuffle(len(lone), func(i, j int) { lone[i], lone[j] = lone[j], lone[i] })
	per := map[string]int{}
	var out []pair
	for _, r := range lone {
		sur := words(r.name)[0]
		var cands []*record
		for _, f := range full[sur] {
			if f.doc != r.doc {
				cands = append(cands, f)
			}
		}
		if len(cands) == 0 || per[sur] >= 2 {
			continue
		}
		per[sur]++
		out = append(out, pair{r, cands[rng.Intn(len(cands))], "surname"})
		if len(out) == n {
			break
		}
	}
	return out
}

// used returns the records the pairs need: each pair's two, and up to four
// records (articles) of every IRI they name, for its votes and contexts.
// With neighbours, every person of the corpus whose name ends in the
// surname of a surname pair is kept too: the store a lone surname is
// linked against holds all of them.
func (c *corpus) used(ps []pair, neighbours bool) []*record {
	keep := map[*record]bool{}
	surnames := map[string]bool{}
	for _, p := range ps {
		if neighbours && p.category == "surname" {
			surnames[words(p.a.name)[0]] = true
		}
	}
	for _, r := range c.recs {
		if ws := words(r.name); r.typ == schema.Person && len(ws) > 0 && surnames[ws[len(ws)-1]] {
			keep[r] = true
		}
	}
	for _, p := range ps {
		keep[p.a], keep[p.b] = true, true
		for _, iri := range []string{p.a.iri, p.b.iri} {
			for i, r := range c.byIRI[iri] {
				if i < 4 {
					keep[r] = true
				}
			}
		}
	}
	var out []*record
	for _, r := range c.recs {
		if keep[r] {
			out = append(out, r)
		}
	}
	return out
}

func writeFiles(dir string, c *corpus, ps []pair, context bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var rb strings.Builder
	if context {
		rb.WriteString("# id\tdoc\ttype\tiri\tname\taliases\tacronyms\ttitles\torgs\town\twith\n")
	} else {
		rb.WriteString("# id\tdoc\ttype\tiri\tname\taliases\tacronyms\ttitles\torgs\n")
	}
	for _, r := range c.used(ps, context) {
		fmt.Fprintf(&rb, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s", r.id, r.doc, r.typ, short(r.iri), r.name,
			strings.Join(r.aliases, "|"), strings.Join(r.acronyms, "|"), strings.Join(r.titles, "|"), strings.Join(r.orgs, "|"))
		if context {
			fmt.Fprintf(&rb, "\t%s\t%s", strings.Join(r.own, "|"), strings.Join(r.with, "|"))
		}
		rb.WriteString("\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "records.tsv"), []byte(rb.String()), 0o644); err != nil {
		return err
	}
	var pb strings.Builder
	pb.WriteString("# a\tb\tlabel\tcategory\tnames\n")
	for _, p := range ps {
		fmt.Fprintf(&pb, "%s\t%s\t?\t%s\t%s / %s\n", p.a.id, p.b.id, p.category, p.a.name, p.b.name)
	}
	return os.WriteFile(filepath.Join(dir, "pairs.tsv"), []byte(pb.String()), 0o644)
}

func (c *corpus) writeReview(w io.Writer, ps []pair) {
	for i, p := range ps {
		fmt.Fprintf(w, "=== %d %s: %s (%s) / %s (%s)\n", i+1, p.category, p.a.name, p.a.typ, p.b.name, p.b.typ)
		for _, r := range []*record{p.a, p.b} {
			doc := strings.TrimSuffix(r.doc, "-latin")
			fmt.Fprintf(w, "  [%s] %s | titles %v own %v\n    %s\n", r.doc, c.titles[doc], r.titles, r.own, around(c.texts[doc], r))
		}
	}
}

// around returns the text around the first mention of r's name.
func around(t string, r *record) string {
	for _, n := range append([]string{r.name}, r.aliases...) {
		if i := strings.Index(t, n); i >= 0 {
			s, e := max(0, i-160), min(len(t), i+len(n)+160)
			for s > 0 && !isStart(t[s]) {
				s--
			}
			for e < len(t) && !isStart(t[e]) {
				e++
			}
			return strings.ReplaceAll(t[s:e], "\n", " ")
		}
	}
	return "(name not found as written)"
}

func isStart(b byte) bool { return b < 0x80 || b >= 0xC0 }
