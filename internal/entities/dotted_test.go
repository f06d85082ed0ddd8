package entities

import (
	"strings"
	"testing"
)

// TestDottedLetterNames checks, on sentences of our own, that a known name
// spelled in Arabic letter names is found with dots between them.
func TestDottedLetterNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"letter names with dots", "وقال مصرف إتش.إس.بي.سي إن الأرباح زادت.", []string{"Organization إتش.إس.بي.سي"}, []string{"Organization إس"}},
		{"letter names with spaces still", "وقال مصرف إتش إس بي سي إن الأرباح زادت.", []string{"Organization إتش إس بي سي"}, nil},
		{"a long word is no letter name", "زار الوزير الرياض.جدة أمس.", nil, []string{"Organization الرياض.جدة"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionsOf(extract(t, tc.text))
			checkMentions(t, got, tc.want, tc.not)
		})
	}
	if got := dottedLetters([]string{"اتش", "اس", "بي", "سي"}); strings.Join(got, "") != "اتش.اس.بي.سي" {
		t.Errorf("dottedLetters = %q", got)
	}
	if got := dottedLetters([]string{"بنك", "الرياض"}); got != nil {
		t.Errorf("dottedLetters(بنك الرياض) = %q, want nil", got)
	}
}
