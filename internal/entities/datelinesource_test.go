package entities

import (
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// placeTagger is a stand-in tagger that reads one word as a Place.
type placeTagger struct{ word string }

func (placeTagger) Name() string { return srcTagger }

func (p placeTagger) Recognize(d *text.Document) []Mention {
	var out []Mention
	for i, t := range d.Tokens {
		if t.Text == p.word {
			out = append(out, Mention{Span: t.Span, Text: t.Text, Type: schema.Place, Tok: [2]int{i, i + 1}, Source: srcTagger, Conf: 0.7, margin: 20, Kind: d.Sentences[t.Sent].Kind})
		}
	}
	return out
}

// TestDatelineSource checks the rule "dateline-source" on lines of our own,
// with a tagger that reads the agency's name as a place: a lexicon news
// agency after a dash at the end of a short line is that organisation;
// elsewhere the tagger's reading stands.
func TestDatelineSource(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       schema.Type
	}{
		{"a site's name, a dash, the agency", "عين الخبر – واس\nأدى الوزير القسم أمام الملك أمس.", schema.Organization},
		{"a place, a dash, the agency", "جدة – واس\nافتتح الأمير المعرض أمس.", schema.Organization},
		{"not the end of the line", "جدة – واس تنقل أن الأمير افتتح المعرض أمس.", schema.Place},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseBody(t, tc.body)
			res := DefaultWith(text.Arabic, placeTagger{"واس"}).Extract(d)
			var got schema.Type
			for _, m := range res.Mentions {
				if m.Text == "واس" {
					got = m.Type
				}
			}
			if got != tc.want {
				t.Errorf("%s: واس is %q, want %q", tc.body, got, tc.want)
			}
		})
	}
}
