package relations

import "testing"

// TestNarrationSubject: rule narration-subject — an unattributed
// quotation after a narration sentence opened by another named person is
// that person's, unless the quotation names them, or the person is only a
// possessor.
func TestNarrationSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a new person opens the narration: the quotation after it is theirs",
			"\"The players want to come back,\" Ivo Marr told reporters. \"It would be a reminder.\" Victor Hale, though, is keen to protect his players from injury. \"At this stage there is nothing more they can do to impress me.\"",
			[]string{"quote-continued Victor Hale direct: At this stage"}, []string{"quote-continued Ivo Marr direct: At this stage"}},
		{"a quotation that names the narration's subject stays the speaker's",
			"\"The case is weak,\" lawyer Ivo Marr said. \"We will win it in court.\" Victor Hale made the claims on television last month. \"Mr Hale is simply not credible and we will prove it.\"",
			[]string{"quote-continued Ivo Marr direct: Mr Hale is simply"}, []string{"quote-continued Victor Hale direct: Mr Hale"}},
		{"a possessor is no subject",
			"\"The rand is strong,\" Ivo Marr said at a briefing. \"We are losing money.\" Victor Hale's company is fixed to the rand. \"But we suspect the owners left because of the quotas.\"",
			[]string{"quote-continued Ivo Marr direct: But we suspect"}, []string{"quote-continued Victor Hale direct: But we suspect"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}

// TestSelfNamedQuote: rule self-named-quote — an unattributed quotation
// that names the paragraph's speaker so far is not that speaker's.
func TestSelfNamedQuote(t *testing.T) {
	r, out := extract(t, "Education Secretary Elena Marsh said reforms should build on the old exams. Her comments did not impress the unions. \"Elena Marsh wants to ditch the report but has no idea what to put in its place,\" he said.")
	checkQuotes(t, ruleQuotes(r, out), []string{"quote-indirect Elena Marsh indirect: reforms should build"}, []string{"quote-continued Elena Marsh direct: Elena Marsh wants"})
}

// TestContinuedGender: rule continued-gender — a quotation followed by
// "he said" is not continued to a woman who spoke before it.
func TestContinuedGender(t *testing.T) {
	r, out := extract(t, "But Karen Vale told reporters the bid was \"a waste of my time\". She added: \"He is not for sale.\" Reports about the player's future have been growing for weeks. \"The crowd gave me a standing ovation when I came off on Saturday,\" he said.")
	checkQuotes(t, ruleQuotes(r, out), []string{"quote-direct Karen Vale direct: He is not for sale"}, []string{"quote-continued Karen Vale direct: The crowd gave me"})
}
