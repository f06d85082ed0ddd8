package entities

import (
	"testing"
)

// TestSettleTypes covers settleTypes (one name, one type in an article) and
// indefiniteBefore ("a typical X game" names no product X).
func TestSettleTypes(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"settle-types: a company the tagger also read as a person",
			"Shares in oil firm Korvex fell on Monday. \"We will fight this,\" said Korvex chief executive Dana Whitfield. Korvex said it would appeal.",
			[]string{"Organization Korvex", "Person Dana Whitfield"}, []string{"Person Korvex"}},
		{"settle-types: a surname stays a person",
			"Dana Whitfield runs the firm. \"It was hard,\" said Ms Whitfield.",
			[]string{"Person Whitfield"}, []string{"Organization Whitfield"}},
		{"lexicon-vote: a known company the tagger read as a person after a speech verb",
			"كشفت شركة فيسبوك عن نتائج قوية في الربع الثاني. وذكرت فيسبوك أن أرباحها للسهم بلغت 50 سنتا.",
			[]string{"Organization فيسبوك"}, []string{"Person فيسبوك"}},
		{"settle-types: a given name first marks a person of five words when one is a name particle (عبد)",
			"وأوضح البيان أن منفذ الهجوم مواطن يُدعى فهد سامر عبد المحسن الحلبي، لم يكن معروفا لدى الأجهزة.",
			[]string{"Person فهد سامر عبد المحسن الحلبي"}, []string{"Product فهد سامر عبد المحسن الحلبي"}},
		{"indefinite-before: a typical X game is a game by X",
			"Games studio Zentara is hiring actors. \"There are many faces in a typical Zentara game,\" the studio said.",
			nil, []string{"Product Zentara"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
}
