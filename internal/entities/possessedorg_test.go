package entities

import (
	"testing"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// TestPossessedNounNoOrg checks the org-by-position veto: one word before a
// headquarters phrase that is a feminine vocabulary noun with a pronoun
// (Profile.PossessedNoun) is "his organisation", not a name.
func TestPossessedNounNoOrg(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"org-by-position: a possessed noun is no organisation",
			"وقال المتحدث إن منظمته التي تتخذ من لندن مقرا لها سجلت عشرات الإصابات.",
			nil, []string{"Organization منظمته"}},
		{"org-by-position: a name before ومقرها still is",
			"واستثمرت شركة فالكورا ومقرها دبي في المشروع.",
			[]string{"Organization فالكورا"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
	if !lang.Of(text.Arabic).PossessedNoun("منظمته") || lang.Of(text.Arabic).PossessedNoun("فالكورا") {
		t.Error("PossessedNoun: منظمته is possessed, فالكورا is not")
	}
}
