package relations

import (
	"testing"
)

// TestOwnedProduct runs the rule "owned-product" alone over sentences of our
// own: the products an owner names with a product noun, and what is not a
// product (a title, a name without a product noun).
func TestOwnedProduct(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Orvane Labs said sales rose. Orvane Labs's new handheld console, the Vexa, will launch in March.",
			[]string{"Orvane Labs developed Vexa"}, nil},
		{"Orvane Labs says its new Shieldor technology will stop copying.",
			[]string{"Orvane Labs developed Shieldor"}, nil},
		{"Orvane Labs's chief executive Marta Olsen spoke on Monday.",
			nil, []string{"Orvane Labs developed Marta Olsen"}},
		{"Orvane Labs's World Service reported the news.",
			nil, []string{"Orvane Labs developed World Service", "Orvane Labs developed World"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r, _ := extract(t, tt.text)
			out := (&Extractor{Rules: []Rule{OwnedProduct()}}).Extract(r)
			got := facts(r, out)
			for _, f := range out.Facts {
				if f.Rule != "owned-product" {
					t.Errorf("fact by rule %q, want owned-product: %+v", f.Rule, f)
				}
			}
			checkFacts(t, got, tt.want, tt.not)
		})
	}
}
