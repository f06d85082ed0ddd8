package relations

import (
	"testing"
)

// TestAppositionCue runs the apposition-cue rule alone over sentences of our
// own: each case lists the facts it must find ("subject predicate object")
// and those that must be absent.
func TestAppositionCue(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the maker of, after the name",
			"Vela Labs, the maker of the Falak model, opened an office in Dubai.",
			[]string{"Vela Labs developed Falak"}, nil},
		{"the maker of, fronted",
			"The maker of the Falak model, Vela Labs, opened an office in Dubai.",
			[]string{"Vela Labs developed Falak"}, nil},
		{"not in apposition: no fact",
			"Vela Labs said the maker of the Falak model is growing.",
			nil, []string{"Vela Labs developed Falak"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := extract(t, tt.text)
			out := (&Extractor{Rules: []Rule{AppositionCue()}}).Extract(r)
			got := facts(r, out)
			for _, f := range out.Facts {
				if f.Rule != "apposition-cue" {
					t.Errorf("fact by rule %q; want apposition-cue", f.Rule)
				}
			}
			checkFacts(t, got, tt.want, tt.not)
		})
	}
}
