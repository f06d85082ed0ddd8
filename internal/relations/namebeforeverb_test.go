package relations

import "testing"

// TestNameBeforeVerb: rule "X said" — the person whose name, of any
// length, ends right before the speech verb is its subject, not the first
// person of the sentence ("Hale sustained an injury and manager Ivo Marr
// said: …" is Marr's).
func TestNameBeforeVerb(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a two-word name right before said, after another person opening the sentence",
			"Victor Hale is out for a month. Hale sustained a knee injury on Saturday and manager Ivo Marr said: \"He cannot run at all this week.\"",
			[]string{"quote-direct Ivo Marr direct: He cannot run"}, []string{"quote-direct Victor Hale direct: He cannot run"}},
		{"a possessor's lawyer named in full speaks, not the possessor",
			"Dana Orlov denied the charges on Monday. Orlov's lawyer Victor Hale said: \"My client has never broken the rules.\"",
			[]string{"quote-direct Victor Hale direct: My client"}, []string{"quote-direct Dana Orlov direct: My client"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}
