package eval

import "fmt"

// Lines are kgscore's summary lines: the counts, then precision, recall and
// F1 of entities, facts (with core recall) and quotes.
func (r Result) Lines() []string {
	e := r.Entities
	f := r.Facts
	q := r.Quotes
	ep, er, ef := e.PRF()
	fp, fr, ff := f.PRF()
	qp, qr, qf := q.PRF()
	return []string{
		fmt.Sprintf("counts {'sys_entities': %d, 'gold_entities': %d, 'sys_facts': %d, 'gold_facts': %d, 'sys_quotes': %d, 'gold_quotes': %d}",
			e.Sys, e.Gold, f.Sys, f.Gold, q.Sys, q.Gold),
		fmt.Sprintf("entities P=%.2f R=%.2f F1=%.2f", ep, er, ef),
		fmt.Sprintf("facts    P=%.2f R=%.2f F1=%.2f core-recall=%.2f", fp, fr, ff, r.Core.Recall()),
		fmt.Sprintf("quotes   P=%.2f R=%.2f F1=%.2f", qp, qr, qf),
	}
}

// VerboseLines are kgscore --verbose's lists of missed and wrong items,
// followed by the wrong quotes (which kgscore counts but does not list).
func (r Result) VerboseLines() []string {
	out := []string{
		"missed entities: " + pyList(r.MissedEntities),
		"spurious entities: " + pyList(r.SpuriousEntities),
	}
	for _, sec := range []struct {
		head  string
		items []string
	}{{"missed facts:", r.MissedFacts}, {"wrong facts:", r.WrongFacts}, {"missed quotes:", r.MissedQuotes}, {"wrong quotes:", r.WrongQuotes}} {
		out = append(out, sec.head)
		for _, m := range sec.items {
			out = append(out, "   "+m)
		}
	}
	return out
}

// Errors lists every missed and wrong item, one line each with its kind
// ("missed entity: Hexa Labs", "wrong fact: ['رقيم'] raised {…}", …), in
// the order the scorer finds them.
func (r Result) Errors() []string {
	var out []string
	for _, sec := range []struct {
		kind  string
		items []string
	}{
		{"missed entity", r.MissedEntities}, {"spurious entity", r.SpuriousEntities},
		{"missed fact", r.MissedFacts}, {"wrong fact", r.WrongFacts},
		{"missed quote", r.MissedQuotes}, {"wrong quote", r.WrongQuotes},
	} {
		for _, it := range sec.items {
			out = append(out, sec.kind+": "+it)
		}
	}
	return out
}

// DocLine is devscore's line for one article.
func (r Result) DocLine(name string) string {
	_, _, ef := r.Entities.PRF()
	fp, _, _ := r.Facts.PRF()
	_, _, qf := r.Quotes.PRF()
	return fmt.Sprintf("%s  ent F1 %.2f  fact P %.2f  core R %.2f  quote F1 %.2f", name, ef, fp, r.Core.Recall(), qf)
}

// TotalLine is devscore's micro-averaged line for a language (or any group)
// of n articles.
func (r Result) TotalLine(group string, n int) string {
	ep, er, ef := r.Entities.PRF()
	fp, fr, _ := r.Facts.PRF()
	qp, qr, qf := r.Quotes.PRF()
	return fmt.Sprintf("%s  entP %.2f entR %.2f entF1 %.2f  factP %.2f factR %.2f coreR %.2f  quoteP %.2f quoteR %.2f quoteF1 %.2f  (%d articles)",
		group, ep, er, ef, fp, fr, r.Core.Recall(), qp, qr, qf, n)
}

// Scores are precision, recall and F1 with their raw counts.
type Scores struct {
	P      float64 `json:"p"`
	R      float64 `json:"r"`
	F1     float64 `json:"f1"`
	TPSys  int     `json:"tp_sys"`
	Sys    int     `json:"sys"`
	TPGold int     `json:"tp_gold"`
	Gold   int     `json:"gold"`
}

// FactScores add the recall of the key's core facts.
type FactScores struct {
	Scores
	CoreRecall float64 `json:"core_recall"`
	CoreTP     int     `json:"core_tp"`
	Core       int     `json:"core"`
}

// Summary is a result's figures, for JSON.
type Summary struct {
	Entities Scores     `json:"entities"`
	Facts    FactScores `json:"facts"`
	Quotes   Scores     `json:"quotes"`
}

func (c Count) scores() Scores {
	p, r, f := c.PRF()
	return Scores{P: p, R: r, F1: f, TPSys: c.TPSys, Sys: c.Sys, TPGold: c.TPGold, Gold: c.Gold}
}

// Summary gives the result's figures.
func (r Result) Summary() Summary {
	return Summary{
		Entities: r.Entities.scores(),
		Facts:    FactScores{Scores: r.Facts.scores(), CoreRecall: r.Core.Recall(), CoreTP: r.Core.TP, Core: r.Core.N},
		Quotes:   r.Quotes.scores(),
	}
}
