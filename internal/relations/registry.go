package relations

import (
	"fmt"
	"sort"
)

// Stage is a step of the relations stage. Stages run in the order of
// stages; within a stage, rules run by their Order.
type Stage string

const (
	// StageFacts reads facts from the text.
	StageFacts Stage = "facts"
	// StageChecks drops facts the fact rules made where the text says
	// otherwise (a portfolio named as an employer).
	StageChecks Stage = "checks"
	// StageQuotes finds quotes and their speakers; it reads the titles and
	// employers the fact rules found.
	StageQuotes Stage = "quotes"
)

// stages are the stages in the order they run.
var stages = []Stage{StageFacts, StageChecks, StageQuotes}

// RuleSpec declares a relation rule in the file that writes it
// (registerRule): adding a rule is a new file, with no edit to a central
// list.
type RuleSpec struct {
	Name  string // the rule's name, Rule.Name(), shown by --explain
	Stage Stage
	// Order places the rule in its stage, lower first; it is unique in the
	// stage. Orders leave room (10, 20, …) so a rule can go between two.
	Order int
	New   func() Rule
}

// QuoteSpec declares a quote rule (QuoteRule) in the file that writes it
// (registerQuoteRule). The quote analysis tries the rules by Order, lower
// first; an order is unique among the quote rules.
type QuoteSpec struct {
	Name  string // QuoteRule.Name(), shown by --explain
	Order int
	New   func() QuoteRule
}

// ruleFunc is a Rule made of a name and a function; the function gets the
// name to write on what it finds.
type ruleFunc struct {
	name string
	fn   func(c *Context, rule string)
}

func (r ruleFunc) Name() string     { return r.name }
func (r ruleFunc) Apply(c *Context) { r.fn(c, r.name) }

// registry holds declared rules; stage "" holds the quote rules.
type registry struct {
	specs []entry
}

type entry struct {
	name  string
	stage Stage
	order int
	rule  func() Rule
	quote func() QuoteRule
}

func (g *registry) add(e entry) error {
	if e.name == "" {
		return fmt.Errorf("relations: a rule without a name (stage %q, order %d)", e.stage, e.order)
	}
	if e.rule == nil && e.quote == nil {
		return fmt.Errorf("relations: rule %s declared without its function", e.name)
	}
	if e.quote == nil && stageIndex(e.stage) < 0 {
		return fmt.Errorf("relations: rule %s declared in unknown stage %q", e.name, e.stage)
	}
	for _, o := range g.specs {
		if o.name == e.name {
			return fmt.Errorf("relations: rule %s declared twice", e.name)
		}
		if o.stage == e.stage && (o.quote == nil) == (e.quote == nil) && o.order == e.order {
			return fmt.Errorf("relations: rules %s and %s both take order %d in stage %q", o.name, e.name, e.order, e.stage)
		}
	}
	g.specs = append(g.specs, e)
	return nil
}

func stageIndex(s Stage) int {
	for i, x := range stages {
		if x == s {
			return i
		}
	}
	return -1
}

// sorted returns the declared rules (quote rules when quotes is set) by
// stage, then order.
func (g *registry) sorted(quotes bool) []entry {
	var out []entry
	for _, e := range g.specs {
		if (e.quote != nil) == quotes {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if si, sj := stageIndex(out[i].stage), stageIndex(out[j].stage); si != sj {
			return si < sj
		}
		return out[i].order < out[j].order
	})
	return out
}

var declared registry

// registerRule declares a relation rule; a missing name or function, an
// unknown stage, a name declared twice or an order taken in the stage
// panics at start-up.
func registerRule(s RuleSpec) string {
	if err := declared.add(entry{name: s.Name, stage: s.Stage, order: s.Order, rule: s.New}); err != nil {
		panic(err)
	}
	return s.Name
}

// registerQuoteRule declares a quote rule, checked as registerRule does.
func registerQuoteRule(s QuoteSpec) string {
	if err := declared.add(entry{name: s.Name, order: s.Order, quote: s.New}); err != nil {
		panic(err)
	}
	return s.Name
}

// Rules returns the declared relation rules in the order they run.
func Rules() []RuleSpec {
	var out []RuleSpec
	for _, e := range declared.sorted(false) {
		out = append(out, RuleSpec{Name: e.name, Stage: e.stage, Order: e.order, New: e.rule})
	}
	return out
}

// QuoteRules returns the declared quote rules in the order they are tried.
func QuoteRules() []QuoteSpec {
	var out []QuoteSpec
	for _, e := range declared.sorted(true) {
		out = append(out, QuoteSpec{Name: e.name, Order: e.order, New: e.quote})
	}
	return out
}
