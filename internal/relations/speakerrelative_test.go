package relations

import "testing"

// TestRelativeSubject runs the default rules over sentences of our own where
// a speech verb follows a relative pronoun: its subject is the person named
// right before the pronoun (a comma between at most), not the sentence's
// subject nor the last speaker (rule relative-subject).
func TestRelativeSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a name right before التي قال, after another speaker",
			"عنوان\n\nوقال الجنرال باراك أوباما إن الحرب طويلة. ودعم التقرير وجهة نظر أوباما بتصريحات للجنرال جورج بوش التي قال فيها إن الإدارة قد اهتزت تحت وقع الهزائم.",
			[]string{"quote-indirect جورج بوش indirect: الإدارة قد اهتزت"},
			[]string{"quote-indirect باراك أوباما indirect: الإدارة قد اهتزت"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
