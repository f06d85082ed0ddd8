package relations

import "testing"

// TestDescriptorNotTitle covers the titles.txt entry left out as a
// descriptor: "billionaire" names a fortune, not a job title; a real title in
// the same place still is.
func TestDescriptorNotTitle(t *testing.T) {
	runFactCases(t, []factCase{
		{"a title before a name is read",
			"The film was written with producer Tomas Vellick last year.",
			[]string{"Tomas Vellick jobTitle producer"}, nil},
		{"billionaire before a name is no title",
			"The channel is controlled by Australian billionaire Tomas Vellick.",
			nil, []string{"Tomas Vellick jobTitle billionaire"}},
	})
}
