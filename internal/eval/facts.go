package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

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
