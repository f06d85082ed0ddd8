package relations

import "testing"

// TestPartyBeforeTitle covers rule party-before-title (skipLeadingTitle):
// one or two capitalised words before a title ("Tory leader", "Lib Dem
// leader") are part of the subject's title, so the person after them is the
// subject a following "he" stands for.
func TestPartyBeforeTitle(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"one word before the title",
			"Former minister Frank Field said: \"The prime minister should sack Mr Brown.\"\n\nTory leader Michael Howard accused the prime minister of squabbling. He told Sky News: \"This is the politics of the playground and Britain deserves better.\"",
			[]string{"quote-direct Michael Howard direct: This is the politics"}, []string{"quote-direct Frank Field direct: This is the politics"}},
		{"two words before the title",
			"Former minister Frank Field said: \"The prime minister should sack Mr Brown.\"\n\nLib Dem leader Charles Kennedy attacked the plan on Sunday. He told the BBC: \"We need a pause before this bill goes any further.\"",
			[]string{"quote-direct Charles Kennedy direct: We need a pause"}, []string{"quote-direct Frank Field direct: We need a pause"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}
