package relations

import (
	"slices"
	"strings"
	"testing"

	"graphbuild/internal/text"
)

// TestReopenedQuote covers rule "reopened-quote" (findQuotes): a quotation
// reopened at each of its paragraphs without a closing mark pairs as one
// quoted stretch per paragraph, and the narration after it stays narration.
func TestReopenedQuote(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the quoted stretches of the first paragraph
	}{
		{"a plain pair", "\"Prices will rise,\" she said.", []string{"Prices will rise,"}},
		{"reopened once, then narration",
			"Lena Park said: \"Sales will grow next year. \"Costs will fall too.\" Analyst Tom Hart doubted it.",
			[]string{"Sales will grow next year.", "Costs will fall too."}},
		{"reopened twice: an odd count of marks",
			"Lena Park said: \"Sales will grow. \"Costs will fall. \"Rivals are slower.\" Then Tom Hart spoke.",
			[]string{"Sales will grow.", "Costs will fall.", "Rivals are slower."}},
		{"a closing mark before a full stop",
			"Lena Park said: \"Sales will grow. \"Costs will fall\". But Tom Hart of Veltrix said \"the plan is risky\".",
			[]string{"Sales will grow.", "Costs will fall", "the plan is risky"}},
		{"open at the paragraph's end, the next paragraph reopens",
			"Lena Park said: \"Sales will grow next year.\n\n\"Costs will fall.\"",
			[]string{"Sales will grow next year."}},
		{"reopened after a word ending in a letter of two bytes (م ends in 0x85)",
			"وتابع \"جهود الجهات خصوصا تنظيم \"داعش\" تكللت بالنجاح.",
			[]string{"جهود الجهات خصوصا تنظيم", "داعش"}},
		{"open at the paragraph's end, no quotation follows",
			"Lena Park said: \"Sales will grow next year.\n\nTom Hart left.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			end := strings.Index(tc.text, "\n\n")
			if end < 0 {
				end = len(tc.text)
			}
			var got []string
			for _, q := range findQuotes(tc.text, text.Span{Start: 0, End: end}) {
				got = append(got, tc.text[q.inner().Start:q.inner().End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("quoted stretches %q, want %q", got, tc.want)
			}
		})
	}
}

// TestReopenedQuoteSpeaker: narration between reopened quotations is no
// quote, and a name in it is no speaker.
func TestReopenedQuoteSpeaker(t *testing.T) {
	r, out := extract(t, "Lena Park said: \"Sales will grow a lot next year. \"Costs will fall sharply in the new plant\". Analyst Tom Hart said little about the plan in March. \"We expect to hire more engineers in Berlin.")
	checkQuotes(t, ruleQuotes(r, out),
		[]string{"quote-direct Lena Park direct: Sales will grow a lot next year.", "quote-continued Lena Park direct: Costs will fall sharply in the new plant"},
		[]string{"quote-direct Tom Hart", "quote-continued Tom Hart", "quote-direct-in-indirect Tom Hart"})
}
