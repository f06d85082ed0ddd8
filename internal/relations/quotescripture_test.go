package relations

import (
	"fmt"
	"strings"
	"testing"
)

// TestQuoteScripture runs quote-scripture with the rules that would
// otherwise credit the cited text: a verse or a hadith in quotation marks
// is no quote of the person who cites it, while the person's own words
// around it, and a quote after a cue that ends another clause, stay.
func TestQuoteScripture(t *testing.T) {
	rules := []QuoteRule{QuoteIndirect(), QuoteScripture(), QuoteDirectInIndirect(), QuoteDirect(), QuoteContinued()}
	tests := []struct {
		name      string
		text      string
		want, not []string // not: words of the cited text that no quote may hold
	}{
		{"a verse after قوله تعالى",
			"قال الشيخ سامي العتيبي: «الصبر مفتاح كل خير في حياة الإنسان». واستشهد العتيبي بقوله تعالى: «واصبروا إن الله مع الصابرين في كل حين».",
			[]string{"quote-direct سامي العتيبي direct: الصبر مفتاح كل خير"}, []string{"الله مع الصابرين"}},
		{"a hadith after صلى الله عليه وسلم قال, inside reported speech",
			"وأوضح سامي العتيبي أن النبي صلى الله عليه وسلم قال: «إنما الأعمال بالنيات وإنما لكل امرئ ما نوى».",
			nil, []string{"إنما الأعمال بالنيات"}},
		{"the cue several words before the mark",
			"وقال سامي العتيبي إن الله عز وجل يقول في كتابه الكريم: «وتعاونوا على البر والتقوى ولا تعاونوا على الإثم».",
			nil, []string{"وتعاونوا على البر"}},
		{"a cue that ends another clause does not hide the quote",
			"وقال سامي العتيبي إن المبنى سيكتمل بإذن الله تعالى، وأضاف العتيبي: «سنفتتح المبنى الجديد في نهاية العام المقبل».",
			[]string{"quote-direct-in-indirect سامي العتيبي direct: سنفتتح المبنى الجديد"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := extract(t, tc.text)
			out := (&Extractor{Rules: []Rule{QuotesWith(rules...)}}).Extract(r)
			var got []string
			for i, q := range quotes(r, out) {
				got = append(got, fmt.Sprintf("%s %s", out.Quotes[i].Rule, q))
			}
			checkQuotes(t, got, tc.want, nil)
			for _, n := range tc.not {
				for _, g := range got {
					if strings.Contains(g, n) {
						t.Errorf("the cited text %q is quoted: %s", n, g)
					}
				}
			}
		})
	}
}
