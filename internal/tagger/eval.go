package tagger

import "sort"

// Count is the tally of one entity type.
type Count struct {
	TP, FP, FN int
}

// P, R and F1 are precision, recall and their harmonic mean; 0 when
// undefined.
func (c Count) P() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Count) R() float64 { return ratio(c.TP, c.TP+c.FN) }
func (c Count) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores holds exact-span counts per entity type, conlleval style: a
// predicted mention is right only when its type and both boundaries match a
// gold mention.
type Scores struct {
	ByType map[string]Count
}

// Types returns the types with any count, sorted.
func (s Scores) Types() []string {
	var out []string
	for t := range s.ByType {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// Combined sums the counts of the given types (all types when none given),
// micro-averaged.
func (s Scores) Combined(types ...string) Count {
	if len(types) == 0 {
		types = s.Types()
	}
	var c Count
	for _, t := range types {
		x := s.ByType[t]
		c.TP += x.TP
		c.FP += x.FP
		c.FN += x.FN
	}
	return c
}

// Evaluate compares predicted tag sequences with gold ones, sentence by
// sentence. Both are read leniently (see Spans). Sentences are paired by
// index; a length mismatch counts every mention of the longer side.
func Evaluate(gold, pred [][]string) Scores {
	s := Scores{ByType: map[string]Count{}}
	n := max(len(gold), len(pred))
	for i := 0; i < n; i++ {
		var g, p []Span
		if i < len(gold) {
			g = Spans(gold[i])
		}
		if i < len(pred) {
			p = Spans(pred[i])
		}
		gs := map[Span]bool{}
		for _, x := range g {
			gs[x] = true
		}
		for _, x := range p {
			c := s.ByType[x.Type]
			if gs[x] {
				c.TP++
				delete(gs, x)
			} else {
				c.FP++
			}
			s.ByType[x.Type] = c
		}
		for x := range gs {
			c := s.ByType[x.Type]
			c.FN++
			s.ByType[x.Type] = c
		}
	}
	return s
}
