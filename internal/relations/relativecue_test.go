package relations

import "testing"

// TestRelativeCue runs the relative-cue rule alone over sentences of our
// own: the facts it must find ("subject predicate object") and those that
// must be absent.
func TestRelativeCue(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"التي تنتجها: the product before, the company after",
			"وتراجعت مبيعات هواتف «نوفيرا» التي تنتجها شركة «زانتيرا» في أوروبا.",
			[]string{"زانتيرا developed نوفيرا"}, nil},
		{"a company before the relative pronoun is no product: no fact",
			"وتراجعت أرباح شركة «نوفيرا» التي تنتجها شركة «زانتيرا» في أوروبا.",
			nil, []string{"زانتيرا developed نوفيرا"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := extract(t, tt.text)
			out := (&Extractor{Rules: []Rule{RelativeCue()}}).Extract(r)
			for _, f := range out.Facts {
				if f.Rule != "relative-cue" {
					t.Errorf("fact by rule %q; want relative-cue", f.Rule)
				}
			}
			checkFacts(t, facts(r, out), tt.want, tt.not)
		})
	}
}
