package entities

import (
	"testing"
)

// TestPlaceOrgs checks the recognizer "place-named-org" on sentences of our
// own: a singular organisation trigger and a known place name one
// organisation.
func TestPlaceOrgs(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a group named after a city",
			"استحوذت مجموعة دبي على حصة في الشركة.", []string{"Organization مجموعة دبي"}, []string{"Organization دبي", "Place دبي"}},
		{"a glued ل before the trigger",
			"قدم القرض لبنك الرياض العام الماضي.", []string{"Organization بنك الرياض"}, []string{"Organization لبنك الرياض"}},
		{"a plural trigger describes",
			"تراجعت أرباح شركات مصر هذا العام.", nil, []string{"Organization شركات مصر"}},
		{"a definite trigger describes",
			"قالت الشركة السعودية إن أرباحها زادت.", nil, []string{"Organization الشركة السعودية"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionsOf(extract(t, tc.text))
			checkMentions(t, got, tc.want, tc.not)
		})
	}
}

// TestPlaceNounNames checks that a one-word name after a place noun is kept
// by confirmTriggerNames ("place-noun" support), and an ordinary word is not.
func TestPlaceNounNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a province after في",
			"هطلت أمطار غزيرة في منطقة عسير أمس.", []string{"Place عسير"}, nil},
		{"a town after a glued ب",
			"افتتح المستشفى بمحافظة أملج أمس.", []string{"Place أملج"}, nil},
		{"an adjective after the place noun is no name",
			"تقع القرية في منطقة نائية شمال البلاد.", nil, []string{"Place نائية"}},
		{"another adjective is no name either",
			"ازدحمت الطرق في منطقة مزدحمة بالسكان.", nil, []string{"Place مزدحمة"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
}
