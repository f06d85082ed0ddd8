// Package eval scores an extracted graph against a hand-made answer key with exactly the matching rules and figures of the project's scorer (../shared/tools/kgscore.py).
//
// Matching is by names, never by ids: a system entity matches a key entity
// when one of its folded names (name and aliases, see Norm) equals one of
// the key entity's folded names (names and en), and, when typed, their types
// are equal. Only Person, Organization, Product and Place entities are
// scored. A fact matches when the predicate is equal, the subjects match and
// the object matches: an entity by name, money by amount (within 1%) and
// currency, a literal when one folded text contains the other. Only the
// system's facts whose predicate the key uses are scored. A quote matches
// when the speakers match and the folded key snippet is inside the folded
// system text, or at least 70% of its words are in it.
package eval

import (
	"slices"
)

// Options chooses how entities match.
type Options struct {
	// Typed requires a system entity's type to equal the key's (kgscore
	// --typed; devscore always scores typed).
	Typed bool
}

// Count holds the raw counts behind precision and recall: TPSys system
// items that match a key item, of Sys; TPGold key items matched, of Gold.
type Count struct {
	TPSys  int `json:"tp_sys"`
	Sys    int `json:"sys"`
	TPGold int `json:"tp_gold"`
	Gold   int `json:"gold"`
}

// PRF is precision, recall and F1 (0 when undefined), as kgscore's prf.
func (c Count) PRF() (p, r, f float64) {
	if c.Sys > 0 {
		p = float64(c.TPSys) / float64(c.Sys)
	}
	if c.Gold > 0 {
		r = float64(c.TPGold) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (c Count) add(o Count) Count {
	return Count{c.TPSys + o.TPSys, c.Sys + o.Sys, c.TPGold + o.TPGold, c.Gold + o.Gold}
}

// Core counts the key's core facts the system found.
type Core struct {
	TP int `json:"tp"`
	N  int `json:"n"`
}

// Recall is TP/N, 0 when the key has no core fact.
func (c Core) Recall() float64 {
	if c.N == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.N)
}

// Result is the score of one article (or, from Add, of several,
// micro-averaged) with the items that did not match, written as kgscore
// --verbose writes them.
type Result struct {
	Entities Count `json:"entities"`
	Facts    Count `json:"facts"`
	Core     Core  `json:"core"`
	Quotes   Count `json:"quotes"`

	MissedEntities   []string `json:"missed_entities"`
	SpuriousEntities []string `json:"spurious_entities"`
	MissedFacts      []string `json:"missed_facts"`
	WrongFacts       []string `json:"wrong_facts"`
	MissedQuotes     []string `json:"missed_quotes"`
	// WrongQuotes are the system quotes no key quote matches; kgscore
	// counts them (quote precision) but does not list them.
	WrongQuotes []string `json:"wrong_quotes"`
}

// Add sums the raw counts of two results (micro-averaging); the item lists
// are not carried.
func (r Result) Add(o Result) Result {
	return Result{
		Entities: r.Entities.add(o.Entities),
		Facts:    r.Facts.add(o.Facts),
		Core:     Core{r.Core.TP + o.Core.TP, r.Core.N + o.Core.N},
		Quotes:   r.Quotes.add(o.Quotes),
	}
}

// evalTypes are the entity types scored.
var evalTypes = map[string]bool{"Person": true, "Organization": true, "Product": true, "Place": true}

type sysEnt struct {
	typ   string
	names map[string]bool // folded
}

type scorer struct {
	opt    Options
	gold   *Gold
	gents  map[string]GoldEntity
	gorder []string
	gnames map[string]map[string]bool
	sents  map[string]sysEnt
	sorder []string
}

func nameSet(names []string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		if f := Norm(n); f != "" {
			m[f] = true
		}
	}
	return m
}

func sortedNames(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for n := range m {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

func (s *scorer) matches(sid, gid string) bool {
	se, ok := s.sents[sid]
	if !ok {
		return false
	}
	ge, ok := s.gents[gid]
	if !ok {
		return false
	}
	if s.opt.Typed && se.typ != ge.Type {
		return false
	}
	for n := range se.names {
		if s.gnames[gid][n] {
			return true
		}
	}
	return false
}

// Score scores one article's export against its key.
func Score(gold *Gold, sys *System, opt Options) Result {
	s := &scorer{opt: opt, gold: gold, gents: map[string]GoldEntity{}, gnames: map[string]map[string]bool{}, sents: map[string]sysEnt{}}
	for _, e := range gold.Entities {
		if _, ok := s.gents[e.ID]; !ok {
			s.gorder = append(s.gorder, e.ID)
		}
		s.gents[e.ID] = e
	}
	for _, id := range s.gorder {
		e := s.gents[id]
		s.gnames[id] = nameSet(append(slices.Clone(e.Names), e.En))
	}
	for _, e := range sys.Entities {
		if _, ok := s.sents[e.ID]; !ok {
			s.sorder = append(s.sorder, e.ID)
		}
		s.sents[e.ID] = sysEnt{typ: e.Type, names: nameSet(append([]string{e.Name}, e.Aliases...))}
	}
	var res Result
	s.scoreEntities(&res)
	s.scoreFacts(&res, sys.Facts)
	s.scoreQuotes(&res, sys.Quotes)
	return res
}

func (s *scorer) scoreEntities(res *Result) {
	var sysEval, goldEval []string
	for _, id := range s.sorder {
		if evalTypes[s.sents[id].typ] {
			sysEval = append(sysEval, id)
		}
	}
	for _, id := range s.gorder {
		if evalTypes[s.gents[id].Type] {
			goldEval = append(goldEval, id)
		}
	}
	c := Count{Sys: len(sysEval), Gold: len(goldEval)}
	for _, sid := range sysEval {
		if slices.ContainsFunc(goldEval, func(gid string) bool { return s.matches(sid, gid) }) {
			c.TPSys++
		} else {
			names := sortedNames(s.sents[sid].names)
			if len(names) > 0 {
				res.SpuriousEntities = append(res.SpuriousEntities, names[0])
			} else {
				res.SpuriousEntities = append(res.SpuriousEntities, sid)
			}
		}
	}
	for _, gid := range goldEval {
		if slices.ContainsFunc(sysEval, func(sid string) bool { return s.matches(sid, gid) }) {
			c.TPGold++
		} else if en := s.gents[gid].En; en != "" {
			res.MissedEntities = append(res.MissedEntities, en)
		} else {
			res.MissedEntities = append(res.MissedEntities, gid)
		}
	}
	res.Entities = c
}
