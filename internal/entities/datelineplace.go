package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

const (
	srcDatelinePlace = "dateline-place"
	// maxDatelinePlace is the most words a dateline's place has ("الرياض",
	// "خميس مشيط").
	maxDatelinePlace = 2
)

var _ = registerSource(Source{Name: srcDatelinePlace, Rank: 0, FormTyped: true, Doc: "the place of an inline dateline, across a dash from a news source (سبق- الرياض:, الرياض – واس), and the news agency ending such a line (rule dateline-source)"})

// mediaKinds are the lexicon kinds of an organisation that files news: a
// dateline's source.
var datelineMediaKinds = map[string]bool{"news-agency": true, "news-site": true, "newspaper": true, "broadcaster": true}

// datelineRecognizer reads the inline dateline that opens a paragraph of
// Arabic news: a news source and the place the story was filed from, on the
// two sides of a dash ("سبق- الرياض: أعلنت …", "واس- جدة:", "الرياض – واس",
// "طوكيو - «رويترز»:"). The place is one or two words; it is a Place
// whatever the tagger makes of it (it read «الرياض» there as an
// organisation) and stands although its word is also vocabulary (rule
// dateline-place). The source is a lexicon news organisation or a row of
// dateline_sources.txt (سبق، وكالات، متابعة …).
type datelineRecognizer struct{}

// DatelinePlaces is the recognizer of the places of inline datelines.
func DatelinePlaces() Recognizer { return datelineRecognizer{} }

func (datelineRecognizer) Name() string { return srcDatelinePlace }

func (datelineRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if L.DatelineSources == nil {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if m, ok := datelineTailSource(d, s); ok {
			out = append(out, m)
		}
		if s.Kind != text.Body || s.Para < 0 || s.Para >= len(d.Paragraphs) {
			continue
		}
		i := s.FirstToken
		for i < s.EndToken && d.Tokens[i].Class == text.Punct && !isDash(d.Tokens[i]) {
			i++ // "* طوكيو - …"
		}
		if i >= s.EndToken || s.FirstToken > 0 && d.Tokens[s.FirstToken-1].End > d.Paragraphs[s.Para].Start {
			continue // only where a paragraph begins
		}
		if r := reporterBefore(d, i, s.EndToken); r > i {
			if _, ok := datelineSource(d, L, r, s.EndToken); ok {
				i = r // "عبدالرحمن العازمي- سبق- القريات:": the reporter, then the source
			}
		}
		if e, ok := datelineSource(d, L, i, s.EndToken); ok && e < s.EndToken && isDash(d.Tokens[e]) {
			// "سبق- الرياض:": the place runs from after the dash to the colon.
			a := e + 1
			b := a
			for b < s.EndToken && d.Tokens[b].Class == text.Word && b-a < maxDatelinePlace {
				b++
			}
			if b > a && b < s.EndToken && d.Tokens[b].Text == ":" {
				if m, ok := datelinePlace(d, L, s, a, b); ok {
					out = append(out, m)
				}
			}
			continue
		}
		// "الرياض – واس", "طوكيو - «رويترز»:": the place, the dash, the source.
		b := i
		for b < s.EndToken && d.Tokens[b].Class == text.Word && b-i < maxDatelinePlace {
			b++
		}
		if b == i || b >= s.EndToken || !isDash(d.Tokens[b]) {
			continue
		}
		k := b + 1
		for k < s.EndToken && (d.Tokens[k].Text == "«" || d.Tokens[k].Text == "\"") {
			k++
		}
		if e, ok := datelineSource(d, L, k, s.EndToken); ok && (e >= s.EndToken || !isDash(d.Tokens[e])) {
			// Not "فهد العتيبي- سبق- الرياض:", a reporter before the source.
			if m, ok := datelinePlace(d, L, s, i, b); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// reporterBefore returns the token after "NAME-" at i, a reporter's name
// of two or three words and a dash, or i.
func reporterBefore(d *text.Document, i, limit int) int {
	j := i
	for j < limit && d.Tokens[j].Class == text.Word && j-i < 3 {
		j++
	}
	if j-i >= 2 && j < limit && isDash(d.Tokens[j]) {
		return j + 1
	}
	return i
}

// maxDatelineLine is the most words of a line that ends in a dash and a
// news agency ("عين اليوم – واس", "Next Previous الرياض – واس").
const maxDatelineLine = 8

// datelineTailSource reads the news agency that ends a short line after a
// dash: "عين اليوم – واس", "الرياض – واس". It is the organisation the lexicon
// lists, whatever the tagger makes of the word there (rule dateline-source).
func datelineTailSource(d *text.Document, s text.Sentence) (Mention, bool) {
	if !s.Kind.Extractable() || s.EndToken-s.FirstToken > maxDatelineLine+2 || s.EndToken-s.FirstToken < 3 ||
		s.Para < 0 || s.Para >= len(d.Paragraphs) || d.Tokens[s.EndToken-1].End != d.Paragraphs[s.Para].End {
		return Mention{}, false
	}
	for k := s.EndToken - 1; k > s.FirstToken+1; k-- {
		if !isDash(d.Tokens[k-1]) {
			continue
		}
		c, n, skip := defaultGazetteer().lookup(d.Tokens, k, s.EndToken)
		if c == nil || skip > 0 || k+n != s.EndToken || c.entry.Type != schema.Organization || c.entry.Kind != "news-agency" {
			return Mention{}, false
		}
		sp := text.Span{Start: d.Tokens[k].Start, End: d.Tokens[s.EndToken-1].End}
		return Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{k, s.EndToken}, Source: srcDatelinePlace, Conf: 0.85, LexID: c.entry.ID, Kind: s.Kind}, true
	}
	return Mention{}, false
}

// isDash reports a hyphen or dash token.
func isDash(t text.Token) bool {
	return t.Text == "-" || t.Text == "–" || t.Text == "—"
}

// datelineSource reports a news source starting at token i and the token
// after it: a row of dateline_sources.txt or a news organisation of the
// lexicon.
func datelineSource(d *text.Document, L *lang.Profile, i, limit int) (int, bool) {
	if i >= limit {
		return 0, false
	}
	if m, ok := L.DatelineSources.At(d.Tokens, i, limit, false); ok {
		return m.End, true
	}
	if c, n, skip := defaultGazetteer().lookup(d.Tokens, i, limit); c != nil && skip == 0 && c.entry.Type == schema.Organization && datelineMediaKinds[c.entry.Kind] {
		e := i + n
		if e < limit && (d.Tokens[e].Text == "»" || d.Tokens[e].Text == "\"") {
			e++
		}
		return e, true
	}
	return 0, false
}

// datelinePlace makes the Place mention of the words a..b, unless they are
// a source themselves ("سبق- وكالات:"), a stopword, or a name the lexicon
// gives another type.
func datelinePlace(d *text.Document, L *lang.Profile, s text.Sentence, a, b int) (Mention, bool) {
	for k := a; k < b; k++ {
		if _, ok := L.Stopwords.Has(d.Tokens[k].Text); ok {
			return Mention{}, false
		}
	}
	if _, ok := datelineSource(d, L, a, b); ok {
		return Mention{}, false
	}
	lexID := ""
	if c, n, skip := defaultGazetteer().lookup(d.Tokens, a, b); c != nil && skip == 0 && n == b-a {
		if c.entry.Type != schema.Place {
			return Mention{}, false
		}
		lexID = c.entry.ID
	}
	sp := text.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
	return Mention{Span: sp, Text: d.Slice(sp), Type: schema.Place, Tok: [2]int{a, b}, Source: srcDatelinePlace, Conf: 0.85, LexID: lexID, Kind: s.Kind}, true
}
