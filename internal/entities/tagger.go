package entities

import (
	"strings"
	"unicode"

	"graphbuild/internal/lang"
	"graphbuild/internal/tagger"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

var (
	_ = registerSource(Source{Name: srcTagger, Rank: 6, Doc: "a name the statistical tagger finds"})
)

// taggerRecognizer wraps the statistical sequence tagger: PER, ORG and LOC
// spans become Person, Organization and Place mentions; MISC spans become
// Misc mentions, which hold their place for tagging but make no graph node
// (products come from the lexicon and the rules).
type taggerRecognizer struct {
	t *tagger.Tagger
}

// Tagger returns the statistical recognizer for lang, or nil when no model
// is embedded for it.
func Tagger(lang text.Lang) Recognizer {
	t, err := tagger.ForLang(string(lang))
	if err != nil || t == nil {
		return nil
	}
	return taggerRecognizer{t}
}

// TaggerWith wraps a given model, for measuring one trained without the
// data it is scored on.
func TaggerWith(t *tagger.Tagger) Recognizer { return taggerRecognizer{t} }

func (taggerRecognizer) Name() string { return srcTagger }

var tagTypes = map[string]schema.Type{"PER": schema.Person, "ORG": schema.Organization, "LOC": schema.Place, "MISC": schema.Misc}

func (r taggerRecognizer) Recognize(d *text.Document) []Mention {
	var out []Mention
	L := lang.Of(d.Lang)
	// The sentences are tagged together: a model with document features
	// reads the other occurrences of a word.
	var idx []int
	var words [][]string
	var forms [][][]string // the tokens' folded forms, not folded again by the tagger
	for si, s := range d.Sentences {
		if !s.Kind.Extractable() || s.EndToken == s.FirstToken {
			continue
		}
		toks := d.SentenceTokens(si)
		w := make([]string, len(toks))
		f := make([][]string, len(toks))
		for i := range toks {
			w[i] = toks[i].Text
			f[i] = toks[i].Forms()
		}
		idx = append(idx, si)
		words = append(words, w)
		forms = append(forms, f)
	}
	allTags, allMargins := r.t.TagDocumentForms(words, forms)
	for k, si := range idx {
		s := d.Sentences[si]
		tags, margins := allTags[k], allMargins[k]
		for i := 0; i < len(tags); {
			typ, ok := tagTypes[strings.TrimPrefix(strings.TrimPrefix(tags[i], "B-"), "I-")]
			if tags[i] == "O" || !ok {
				i++
				continue
			}
			j := i + 1
			for j < len(tags) && tags[j] == "I-"+tags[i][2:] {
				j++
			}
			a, b := s.FirstToken+i, s.FirstToken+j
			// Trim punctuation the tagger took in at the edges.
			for a < b && d.Tokens[a].Class == text.Punct {
				a++
			}
			for b > a && d.Tokens[b-1].Class == text.Punct {
				b--
			}
			if b <= a {
				i = j // the tagger named only punctuation ("&&")
				continue
			}
			// Rule "lower-lead": in a language that capitalises names, a
			// lower-case word opening the span is not the name's ("leader
			// said Labour and …"); a name particle is ("de Vabres").
			for L.CasedNames && b-a > 1 && allLower(d.Tokens[a].Text) && d.Tokens[a].Class == text.Word {
				if _, particle := L.NameParticles.Has(d.Tokens[a].Text); particle {
					break
				}
				a++
			}
			// "Jay Y. Lee": a middle initial's period split the name.
			if L.CasedNames && typ == schema.Person && b+2 <= s.EndToken && b-a >= 1 {
				if ini := d.Tokens[b-1].Text; len(ini) == 1 && startsUpper(ini) && d.Tokens[b].Text == "." && b+1 < s.EndToken && startsUpper(d.Tokens[b+1].Text) && d.Tokens[b+1].Class == text.Word {
					b += 2
					for j < len(tags) && s.FirstToken+j < b {
						j++
					}
				}
			}
			front := false
			if _, ok := L.Triggers.Has(d.Tokens[a].Text); ok && (!L.CasedNames || a == s.FirstToken || !startsUpper(d.Tokens[a].Text)) {
				// "Startup Veltrix" opens a sentence; a capitalised noun
				// inside one is part of the name ("the Game Boy Advance").
				front = true
			} else if _, ok := L.Titles.Has(d.Tokens[a].Text); ok && (typ == schema.Person || !L.CasedNames) {
				// A title opens a person's name ("President Ilves"), not
				// an organisation's ("General Electric", "General Motors").
				front = true
			}
			if front && L.CasedNames && b-a > 1 {
				a++ // "Startup Veltrix", "Chipmaker Arclight": the noun is not the name
				front = false
			}
			if t, ok := typeFromTrigger(d, L, a, s.FirstToken); ok {
				typ = t // "شركة مرسى كلاود" is a company whatever the tagger thought
			}
			margin := margins[i]
			for k := i; k < j; k++ {
				margin = min(margin, margins[k])
			}
			if b > a {
				sp := text.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
				out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: typ, Tok: [2]int{a, b}, Source: srcTagger, Conf: 0.7, Kind: s.Kind, frontOnly: front, margin: margin})
			}
			i = j
		}
	}
	return out
}

// allLower reports a word with letters and no capital ("said", not "iPod").
func allLower(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}
