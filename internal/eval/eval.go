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
	"bytes"
	"encoding/json"
	"fmt"
	"graphbuild/internal/export"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Gold is an answer key, in the format of ../shared/dev/GUIDELINES.md.
type Gold struct {
	Doc      string       `json:"doc"`
	Lang     string       `json:"lang"`
	Entities []GoldEntity `json:"entities"`
	Facts    []GoldFact   `json:"facts"`
	Quotes   []GoldQuote  `json:"quotes"`
}

// GoldEntity is one entity of a key: its id, type, English name and every
// surface form the article uses.
type GoldEntity struct {
	ID    string   `json:"id"`
	Type  string   `json:"type"`
	En    string   `json:"en"`
	Names []string `json:"names"`
}

// GoldFact is one fact of a key; O is an entity id (a JSON string) or a
// value ({"amount", "currency"} or {"literal"}).
type GoldFact struct {
	S        string          `json:"s"`
	P        string          `json:"p"`
	O        json.RawMessage `json:"o"`
	Evidence string          `json:"evidence,omitempty"`
	Core     bool            `json:"core"`
}

// GoldQuote is one quote of a key: who said it and a snippet of the words.
type GoldQuote struct {
	Speaker string `json:"speaker"`
	Snippet string `json:"snippet"`
	Direct  bool   `json:"direct"`
}

// System is the part of a graph export (../shared/design/export-json.md)
// the scorer reads.
type System struct {
	Entities []SysEntity `json:"entities"`
	Facts    []SysFact   `json:"facts"`
	Quotes   []SysQuote  `json:"quotes"`
}

// SysEntity is one exported entity.
type SysEntity struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// SysFact is one exported fact: Object (an entity id) or Value (the JSON
// object {"amount", "currency", "text"}).
type SysFact struct {
	Subject   string          `json:"subject"`
	Predicate string          `json:"predicate"`
	Object    *string         `json:"object,omitempty"`
	Value     json.RawMessage `json:"value,omitempty"`
}

// SysQuote is one exported quote.
type SysQuote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

// ReadGold reads an answer key; errors name the file.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: not an answer key: %v", path, err)
	}
	if g.Entities == nil || g.Facts == nil {
		return nil, fmt.Errorf("%s: not an answer key: it needs \"entities\" and \"facts\" lists (the format is in README.md, under graphbuild eval)", path)
	}
	for i, f := range g.Facts {
		if len(bytes.TrimSpace(f.O)) == 0 {
			return nil, fmt.Errorf("%s: fact %d (%s %s) has no object \"o\"", path, i+1, f.S, f.P)
		}
	}
	return &g, nil
}

// ReadSystem reads a graph export written by graphbuild --print json or
// graphquery export --format json.
func ReadSystem(path string) (*System, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s System
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s: not a graph export: %v", path, err)
	}
	return &s, nil
}

// FromExport gives the scorer's view of an export, as a JSON round trip
// would (so values keep the export's key order and number forms).
func FromExport(ex export.Export) (*System, error) {
	b, err := json.Marshal(ex)
	if err != nil {
		return nil, err
	}
	var s System
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

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

// goldObject is a key fact's object: an entity id, or a value.
type goldObject struct {
	id       string
	isID     bool
	amount   *float64
	hasAmt   bool
	currency string
	literal  string
}

func parseGoldObject(raw json.RawMessage) goldObject {
	var id string
	if json.Unmarshal(raw, &id) == nil {
		return goldObject{id: id, isID: true}
	}
	var m map[string]json.RawMessage
	_ = json.Unmarshal(raw, &m)
	o := goldObject{currency: "USD"}
	if a, ok := m["amount"]; ok {
		o.hasAmt = true
		var f float64
		if json.Unmarshal(a, &f) == nil {
			o.amount = &f
		}
	}
	if c, ok := m["currency"]; ok {
		o.currency = pyStr(c)
	}
	if l, ok := m["literal"]; ok {
		o.literal = pyStr(l)
	}
	return o
}

// pyStr is Python's str() of a JSON value.
func pyStr(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	switch t := string(bytes.TrimSpace(raw)); t {
	case "null":
		return "None"
	case "true":
		return "True"
	case "false":
		return "False"
	default:
		if len(t) > 0 && (t[0] == '-' || t[0] >= '0' && t[0] <= '9') {
			return pyNumber(t)
		}
		return pyDumps(raw)
	}
}

// sysValue is the part of a system fact's value the scorer reads.
type sysValue struct {
	amount   json.RawMessage
	currency json.RawMessage
	text     string
}

func (s *scorer) valueOf(sf SysFact) sysValue {
	if sf.Object != nil {
		if e, ok := s.sents[*sf.Object]; ok {
			return sysValue{text: strings.Join(sortedNames(e.names), " ")}
		}
	}
	var m map[string]json.RawMessage
	if len(sf.Value) > 0 {
		_ = json.Unmarshal(sf.Value, &m)
	}
	v := sysValue{amount: m["amount"], currency: m["currency"]}
	if t, ok := m["text"]; ok {
		v.text = pyStr(t)
	} else if t, ok := m["value"]; ok {
		v.text = pyStr(t)
	}
	return v
}

func (s *scorer) valueMatches(sf SysFact, o goldObject) bool {
	if o.isID {
		return sf.Object != nil && s.matches(*sf.Object, o.id)
	}
	v := s.valueOf(sf)
	if o.hasAmt {
		if o.amount == nil {
			return false
		}
		if v.amount == nil {
			return false // float(-1) is never within 1% of an amount
		}
		var a float64
		var as string
		switch {
		case json.Unmarshal(v.amount, &a) == nil:
		case json.Unmarshal(v.amount, &as) == nil:
			f, err := strconv.ParseFloat(strings.TrimSpace(as), 64)
			if err != nil {
				return false
			}
			a = f
		default:
			return false
		}
		cur := ""
		if v.currency != nil {
			cur = pyStr(v.currency)
		}
		return math.Abs(a-*o.amount) <= 0.01**o.amount && strings.ToUpper(cur) == o.currency
	}
	lit, txt := Norm(o.literal), Norm(v.text)
	return lit != "" && txt != "" && (strings.Contains(txt, lit) || strings.Contains(lit, txt))
}

func (s *scorer) scoreFacts(res *Result, all []SysFact) {
	preds := map[string]bool{}
	objs := make([]goldObject, len(s.gold.Facts))
	for i, f := range s.gold.Facts {
		preds[f.P] = true
		objs[i] = parseGoldObject(f.O)
	}
	var sfacts []SysFact
	for _, f := range all {
		if preds[f.Predicate] {
			sfacts = append(sfacts, f)
		}
	}
	match := func(sf SysFact, i int) bool {
		gf := s.gold.Facts[i]
		return sf.Predicate == gf.P && s.matches(sf.Subject, gf.S) && s.valueMatches(sf, objs[i])
	}
	c := Count{Sys: len(sfacts), Gold: len(s.gold.Facts)}
	for _, sf := range sfacts {
		hit := false
		for i := range s.gold.Facts {
			if match(sf, i) {
				hit = true
				break
			}
		}
		if hit {
			c.TPSys++
		} else {
			res.WrongFacts = append(res.WrongFacts, s.wrongFact(sf))
		}
	}
	for i, gf := range s.gold.Facts {
		if gf.Core {
			res.Core.N++
		}
		if slices.ContainsFunc(sfacts, func(sf SysFact) bool { return match(sf, i) }) {
			c.TPGold++
			if gf.Core {
				res.Core.TP++
			}
			continue
		}
		o := pyDumps(gf.O)
		if objs[i].isID {
			o = objs[i].id
		}
		res.MissedFacts = append(res.MissedFacts, fmt.Sprintf("%s %s %s", gf.S, gf.P, o))
	}
	res.Facts = c
}

// wrongFact writes a system fact as kgscore --verbose does: the subject's
// first folded name as a list, the predicate, the object's first folded
// name as a list (or the value as JSON).
func (s *scorer) wrongFact(sf SysFact) string {
	subj := []string{sf.Subject}
	if e, ok := s.sents[sf.Subject]; ok {
		subj = sortedNames(e.names)
	}
	var obj string
	switch {
	case sf.Object != nil:
		if e, ok := s.sents[*sf.Object]; ok {
			obj = pyList(first(sortedNames(e.names)))
		} else {
			obj = "null"
		}
	default:
		obj = pyDumps(sf.Value)
	}
	return fmt.Sprintf("%s %s %s", pyList(first(subj)), sf.Predicate, obj)
}

func first(ss []string) []string { return ss[:min(1, len(ss))] }

func (s *scorer) quoteMatch(sq SysQuote, g GoldQuote) bool {
	if !s.matches(sq.Speaker, g.Speaker) {
		return false
	}
	st, gt := Norm(sq.Text), Norm(g.Snippet)
	if strings.Contains(st, gt) {
		return true
	}
	gw := strings.Fields(gt)
	if len(gw) == 0 {
		return false
	}
	sw := map[string]bool{}
	for _, w := range strings.Fields(st) {
		sw[w] = true
	}
	n := 0
	for _, w := range gw {
		if sw[w] {
			n++
		}
	}
	return float64(n)/float64(len(gw)) >= 0.7
}

func (s *scorer) scoreQuotes(res *Result, sq []SysQuote) {
	gq := s.gold.Quotes
	c := Count{Sys: len(sq), Gold: len(gq)}
	for _, q := range sq {
		if slices.ContainsFunc(gq, func(g GoldQuote) bool { return s.quoteMatch(q, g) }) {
			c.TPSys++
			continue
		}
		who := q.Speaker
		if e, ok := s.sents[q.Speaker]; ok && len(e.names) > 0 {
			who = sortedNames(e.names)[0]
		}
		res.WrongQuotes = append(res.WrongQuotes, fmt.Sprintf("%s: %s", who, q.Text))
	}
	for _, g := range gq {
		if slices.ContainsFunc(sq, func(q SysQuote) bool { return s.quoteMatch(q, g) }) {
			c.TPGold++
		} else {
			res.MissedQuotes = append(res.MissedQuotes, fmt.Sprintf("%s: %s", g.Speaker, g.Snippet))
		}
	}
	res.Quotes = c
}
