package relations

import (
	"testing"
)

// TestQuoteChecks covers fragment (short quoted phrases are not quotes),
// orgSubjectWithClause ("ORG, which …, said" is the organisation's
// statement), the possessive employer after an inverted speech verb and
// bareSpeaker (one word nothing marks as a person's name is not credited).
func TestQuoteChecks(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string // "speaker: words" prefixes
	}{
		{"quote-fragment: scare quotes are not a quote",
			"Mara Quist said the plan would leave a \"digital hole\" in the market.",
			nil, []string{"Mara Quist direct: digital hole"}},
		{"quote-fragment: a short statement before its verb stays",
			"\"Far too little, too late,\" said Mara Quist.",
			[]string{"Mara Quist direct: Far too little, too late"}, nil},
		{"org-subject-with-clause: the organisation spoke",
			"Korvex Group, which owns brands including Lenna Dove, said annual profit fell 36% to $2bn.",
			nil, []string{"Lenna Dove indirect: annual profit fell"}},
		{"other-attribution: it added is not the last speaker",
			"\"Growth will pick up across the region next year,\" said Mara Quist. \"Investment should recover in Europe and in Asia,\" the report added.",
			[]string{"Mara Quist direct: Growth will pick up"}, []string{"Mara Quist direct: Investment should recover"}},
		{"other-attribution: he added continues",
			"\"Growth will pick up across the region next year,\" said Mara Quist. \"Investment should recover in Europe and in Asia,\" she added.",
			[]string{"Mara Quist direct: Investment should recover"}, nil},
		{"inverted verb: NAME TITLE NAME is employer, title, speaker",
			"\"Price cuts have driven much of the rise in sales volumes,\" said Quorvane economist Dita Lamm.",
			[]string{"Dita Lamm direct: Price cuts"}, []string{"Quorvane direct: Price cuts"}},
		{"quote common-name: a group noun is not a speaker",
			"ويقول ممثلو الادعاء إن الشركة دفعت رشاوى كبيرة لمسؤولين في عدة دول خلال عشر سنوات.",
			nil, []string{"ممثلو"}},
		{"quote common-name: English officials",
			"Officials said the company paid large bribes to politicians in several countries over ten years.",
			nil, []string{"Officials"}},
		{"inverted verb: ORG's TITLE NAME",
			"\"We are benefiting from strong growth in every market,\" said Korvex's chief executive Dana Whitfield.",
			[]string{"Dana Whitfield direct: We are benefiting"}, nil},
		{"bare-speaker: one unmarked word is not credited",
			"\"We will merge a number of departments this year,\" Korvane said.",
			nil, []string{"Korvane direct: We will merge"}},
		{"bare-speaker: the surname of a person named in full stays",
			"Mara Quist runs Korvane Bank. \"We will merge a number of departments this year,\" Quist said.",
			[]string{"Mara Quist direct: We will merge"}, nil},
		{"bare-speaker: an honorific marks a person",
			"\"We will merge a number of departments this year,\" Mr Quist said.",
			[]string{"Quist direct: We will merge"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := quotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
