package identity

import (
	"testing"

	"graphbuild/schema"
)

// TestNameKeyIdentity: two names get one key (one node across articles)
// only when they are one thing. Short names and acronyms are keyed by their
// exact folded form, long names by their consonant skeleton, which an
// Arabic and an English article share.
func TestNameKeyIdentity(t *testing.T) {
	O, P := schema.Organization, schema.Person
	for _, c := range []struct {
		t    schema.Type
		a, b string
		same bool
	}{
		// Different things a skeleton joined (issue 13).
		{O, "BBA", "BA", false},
		{O, "BBA", "BOA", false},
		{O, "BBA", "IPO", false},
		{O, "BBA", "PPI", false},
		{O, "BBA", "WPP", false},
		{O, "ONS", "INSEE", false},
		{O, "ONS", "UNECE", false},
		{O, "ONS", "News Corp", false},
		{O, "الأهلي", "ليل", false},
		{O, "الأهلي", "ليلى", false},
		{P, "آية الله", "لوائح", false},
		{P, "آية الله", "لي", false},
		{P, "تيني", "ديدان", false},
		{P, "تيني", "دينا", false},
		{P, "دينا", "دينو", false},
		// One thing in two spellings.
		{O, "BBA", "bba", true},
		{O, "الأهلي", "أهلي", true},
		{O, "الأهلي", "الاهلي", true},
		{O, "Yukos", "YUKOS", true},
		// Long names keep the cross-script skeleton key.
		{O, "Marsa Cloud", "مرسى كلاود", true},
		{P, "Omar al-Shammari", "عمر الشمري", true},
		{P, "David Cameron", "ديفيد كاميرون", true},
		{P, "Alan Greenspan", "Alan Greenspan", true},
		{P, "Alan Greenspan", "Gordon Brown", false},
	} {
		ka, kb := NameKey(c.t, c.a), NameKey(c.t, c.b)
		if (ka == kb) != c.same {
			t.Errorf("%s %q → %s, %q → %s: same=%v, want %v", c.t, c.a, ka, c.b, kb, ka == kb, c.same)
		}
	}
}

// TestOrdinaryCore: rule ordinary-core. A company suffix leaves the key
// only when what remains is itself a name: one ordinary word ("News",
// "World", "Steel") keeps it, so a lone "News" or "World" of another
// article does not meet the company. Sentences' names are made up.
func TestOrdinaryCore(t *testing.T) {
	O := schema.Organization
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"News Corp", "News", false},
		{"World Group", "World", false},
		{"Steel Co", "Steel", false},
		{"News Corp", "News Corporation", true},
		// A distinctive core still drops its suffix.
		{"Sony Corp", "Sony", true},
		{"Yukos Oil Company", "Yukos Oil", true},
		{"Quarrow Holdings", "Quarrow", true},
		{"Daily Mirror Group", "Daily Mirror", true},
	} {
		ka, kb := NameKey(O, c.a), NameKey(O, c.b)
		if (ka == kb) != c.same {
			t.Errorf("%q → %s, %q → %s: same=%v, want %v", c.a, ka, c.b, kb, ka == kb, c.same)
		}
	}
}
