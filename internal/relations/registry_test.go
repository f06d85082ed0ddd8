package relations

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestRegistryRefuses checks that a declaration the registry cannot place
// is refused: a duplicate name, an unknown stage, an order taken in the
// stage, a missing name or function.
func TestRegistryRefuses(t *testing.T) {
	r := func() Rule { return Alias() }
	q := func() QuoteRule { return QuoteDirect() }
	tests := []struct {
		name string
		add  []entry
		want string // in the error of the last entry; "" for none
	}{
		{"two rules", []entry{{name: "a", stage: StageFacts, order: 10, rule: r}, {name: "b", stage: StageFacts, order: 20, rule: r}}, ""},
		{"same order, other stage", []entry{{name: "a", stage: StageFacts, order: 10, rule: r}, {name: "b", stage: StageChecks, order: 10, rule: r}}, ""},
		{"same order, a quote rule", []entry{{name: "a", stage: StageFacts, order: 10, rule: r}, {name: "b", order: 10, quote: q}}, ""},
		{"duplicate name", []entry{{name: "a", stage: StageFacts, order: 10, rule: r}, {name: "a", stage: StageChecks, order: 20, rule: r}}, "declared twice"},
		{"duplicate name across kinds", []entry{{name: "a", stage: StageFacts, order: 10, rule: r}, {name: "a", order: 20, quote: q}}, "declared twice"},
		{"unknown stage", []entry{{name: "a", stage: "fact", order: 10, rule: r}}, "unknown stage"},
		{"no stage", []entry{{name: "a", order: 10, rule: r}}, "unknown stage"},
		{"order taken", []entry{{name: "a", stage: StageFacts, order: 10, rule: r}, {name: "b", stage: StageFacts, order: 10, rule: r}}, "both take order 10"},
		{"quote order taken", []entry{{name: "a", order: 10, quote: q}, {name: "b", order: 10, quote: q}}, "both take order 10"},
		{"no name", []entry{{stage: StageFacts, order: 10, rule: r}}, "without a name"},
		{"no function", []entry{{name: "a", stage: StageFacts, order: 10}}, "without its function"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var g registry
			var err error
			for i, e := range tc.add {
				err = g.add(e)
				if i < len(tc.add)-1 && err != nil {
					t.Fatalf("entry %d refused: %v", i, err)
				}
			}
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

// TestRegistryOrder checks that the registry runs rules by stage, then
// order, whatever order the files declared them in.
func TestRegistryOrder(t *testing.T) {
	var g registry
	mk := func(n string) func() Rule { return func() Rule { return ruleFunc{n, nil} } }
	for _, e := range []entry{
		{name: "q", stage: StageQuotes, order: 10, rule: mk("q")},
		{name: "c", stage: StageChecks, order: 5, rule: mk("c")},
		{name: "f2", stage: StageFacts, order: 20, rule: mk("f2")},
		{name: "f1", stage: StageFacts, order: 10, rule: mk("f1")},
		{name: "f15", stage: StageFacts, order: 15, rule: mk("f15")},
	} {
		if err := g.add(e); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, e := range g.sorted(false) {
		got = append(got, e.name)
	}
	if s := strings.Join(got, " "); s != "f1 f15 f2 c q" {
		t.Errorf("order %q, want %q", s, "f1 f15 f2 c q")
	}
}

// TestDeclaredRules checks the rules graphbuild declares: each is what its
// declaration names, Default runs them all in order, and every quote rule
// has a step the quote analysis calls.
func TestDeclaredRules(t *testing.T) {
	specs := Rules()
	rules := Default().Rules
	if len(specs) < 20 || len(rules) != len(specs) {
		t.Fatalf("%d rules declared, Default runs %d", len(specs), len(rules))
	}
	for i, s := range specs {
		if n := s.New().Name(); n != s.Name {
			t.Errorf("rule declared as %q is named %q", s.Name, n)
		}
		if rules[i].Name() != s.Name {
			t.Errorf("Default runs %q at %d, the registry %q", rules[i].Name(), i, s.Name)
		}
	}
	if last := specs[len(specs)-1]; last.Stage != StageQuotes {
		t.Errorf("the last rule is %s (%s), want the quote analysis last", last.Name, last.Stage)
	}
	qs := QuoteRules()
	if len(qs) < 5 {
		t.Fatalf("%d quote rules declared", len(qs))
	}
	for _, s := range qs {
		if n := s.New().Name(); n != s.Name {
			t.Errorf("quote rule declared as %q is named %q", s.Name, n)
		}
	}
}

// TestEveryRuleDeclared reads the package's files: every constructor of a
// rule (an exported func without arguments returning Rule or QuoteRule) is
// declared with registerRule or registerQuoteRule, so a rule file that
// forgets its declaration fails here instead of never running.
func TestEveryRuleDeclared(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	declaredNew := map[string]bool{}
	var ctors []string
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Recv == nil && n.Name.IsExported() && len(n.Type.Params.List) == 0 && n.Type.Results != nil && len(n.Type.Results.List) == 1 {
					if id, ok := n.Type.Results.List[0].Type.(*ast.Ident); ok && (id.Name == "Rule" || id.Name == "QuoteRule") {
						ctors = append(ctors, n.Name.Name)
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && k.Name == "New" {
					if v, ok := n.Value.(*ast.Ident); ok {
						declaredNew[v.Name] = true
					}
				}
			}
			return true
		})
	}
	if len(ctors) < 20 {
		t.Fatalf("found %d rule constructors", len(ctors))
	}
	for _, c := range ctors {
		if !declaredNew[c] {
			t.Errorf("rule %s() is not declared (registerRule or registerQuoteRule with New: %s)", c, c)
		}
	}
}
