package entities

import "testing"

// TestPossessedPerson checks the check "possessed-person" on the typing
// rule org-possessive-product, on sentences of our own: a person's name
// after an organisation's possessive stays a person; a product's name
// there (a number, a capital inside a word, a common word) is a product.
func TestPossessedPerson(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a correspondent of the BBC",
			"The BBC's Marisol Tandy says the talks have stalled.",
			[]string{"Person Marisol Tandy"}, []string{"Product Marisol Tandy"}},
		{"a party's minister",
			"Labour's Yolanda Pretsch said the plan would be costed.",
			[]string{"Person Yolanda Pretsch"}, []string{"Product Yolanda Pretsch"}},
		{"pronoun-contraction: It's is no possessive",
			"Shops are stocking a version of Do They Know It's Yuletide, the charity song.",
			nil, []string{"Product Yuletide"}},
		{"a product with a capital inside",
			"Sales of Nintendo's GameCube rose by 12% in December.",
			[]string{"Product GameCube"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionsOf(extract(t, tc.text))
			checkMentions(t, got, tc.want, tc.not)
		})
	}
}
