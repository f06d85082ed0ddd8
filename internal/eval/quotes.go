package eval

import (
	"fmt"
	"slices"
	"strings"
)

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
