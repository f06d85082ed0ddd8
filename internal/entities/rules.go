package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

var (
	_ = registerSource(Source{Name: srcLatin, Rank: 4, Doc: "a Latin-script name inside Arabic text"})
	_ = registerSource(Source{Name: srcCueSubject, Rank: 4, Doc: "the capitalised subject or object of a relation cue (Vertex raised, agreed to buy Datavia)"})
	_ = registerSource(Source{Name: srcOrgSuffix, Rank: 4, Doc: "a capitalised name ending in an organisation suffix (X Labs, X Inc)"})
)

// isNameWord reports whether token t can be part of a person's name in an
// Arabic or English text: a word that is not a stopword, a title, a speech
// verb or a trigger noun.
func isNameWord(L *lang.Profile, t text.Token) bool {
	if t.Class != text.Word {
		return false
	}
	if _, ok := L.Stopwords.Has(t.Text); ok {
		return false
	}
	if _, ok := L.SpeechVerbs.Has(t.Text); ok {
		return false
	}
	if _, ok := L.Titles.Has(t.Text); ok {
		return false
	}
	if _, ok := L.Triggers.Has(t.Text); ok {
		return false
	}
	if _, ok := L.Months.Has(t.Text); ok {
		return false
	}
	if _, ok := L.Honorifics.Has(t.Text); ok {
		return false
	}
	return true
}

// latinNameToken reports whether a token inside Arabic text reads as part of
// a Latin-script name: it has a capital letter or a digit (Qwen, Z.ai, H200,
// iPhone), or it is '&' between two such.
func latinNameToken(t text.Token) bool {
	if t.Class != text.Word {
		return false
	}
	hasLatin, hasUpperOrDigit := false, false
	for _, r := range t.Text {
		if text.IsLatinLetter(r) {
			hasLatin = true
		}
		if unicode.IsUpper(r) || (r >= '0' && r <= '9') {
			hasUpperOrDigit = true
		}
		if text.IsArabicLetter(r) {
			return false
		}
	}
	return hasLatin && hasUpperOrDigit
}

// isOrgSuffix reports whether a token ends organisation names in the
// language's org_suffixes list: "Leonis Capital", "Hexa Labs", "Raqeem AI".
func isOrgSuffix(l text.Lang, t text.Token) bool {
	_, ok := lang.Of(l).OrgSuffixes.Has(t.Text)
	// Arabic script has no capitals: "بلاكستون جروب".
	return ok && (startsUpper(t.Text) || text.IsArabicLetter([]rune(t.Text)[0]))
}

// latinRecognizer finds Latin-script names inside Arabic text and types them
// by the trigger noun before them, their own shape, or as organisations,
// which is what an unexplained Latin name in Arabic business news most
// often is.
type latinRecognizer struct{}

// LatinNames is the recognizer of Latin-script names inside Arabic text.
func LatinNames() Recognizer { return latinRecognizer{} }

func (latinRecognizer) Name() string { return srcLatin }

func (latinRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Runs(LatinNames().Name()) {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		i := s.FirstToken
		for i < s.EndToken {
			if !latinNameToken(d.Tokens[i]) {
				i++
				continue
			}
			j := i + 1
			for j < s.EndToken && d.Tokens[j].Start-d.Tokens[j-1].End <= 1 &&
				(latinNameToken(d.Tokens[j]) || (d.Tokens[j].Text == "&" && j+1 < s.EndToken && latinNameToken(d.Tokens[j+1]))) {
				j++
			}
			name := d.Slice(text.Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End})
			if isStopLatin(L, name) {
				i = j
				continue
			}
			typ, conf := schema.Organization, 0.7
			possessor := j < s.EndToken && L.Possessive(d.Tokens[j])
			if t, ok := triggerBefore(d, L, i, s.FirstToken); ok && !possessor {
				typ, conf = t, 0.85
			} else if looksLikeProduct(d.Tokens[i:j]) {
				typ, conf = schema.Product, 0.75
			}
			if (j-i > 1 && isOrgSuffix(d.Lang, d.Tokens[j-1])) || possessor {
				// "Lumora’s Aurel": whoever owns a thing is an organisation.
				typ, conf = schema.Organization, 0.85
			}
			sp := text.Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End}
			out = append(out, Mention{Span: sp, Text: name, Type: typ, Tok: [2]int{i, j}, Source: srcLatin, Conf: conf, Kind: s.Kind})
			i = j
		}
	}
	return out
}

// isStopLatin reports a Latin name that names nothing in the text around
// it (stop_latin.txt: time zones, units, bare acronyms) or a single letter.
func isStopLatin(L *lang.Profile, name string) bool {
	return lang.Has(L.StopLatin, strings.ToLower(name)) || len([]rune(name)) == 1 // "Series B"
}

// looksLikeProduct: model and chip names mix letters and digits (H200,
// GPT-4o, M3) .
func looksLikeProduct(toks []text.Token) bool {
	for _, t := range toks {
		hasDigit, hasLetter := false, false
		for _, r := range t.Text {
			if r >= '0' && r <= '9' {
				hasDigit = true
			} else if unicode.IsLetter(r) {
				hasLetter = true
			}
		}
		if hasDigit && hasLetter {
			return true
		}
	}
	return false
}

// triggerBefore looks back from token i, up to three words within the
// sentence, for a trigger noun (شركة، نموذج، سلسلة، رقائق، منصة) and
// returns the type it announces. The look-back lets a descriptive phrase sit
// between them: "لنماذج الذكاء الاصطناعي Qwen", "شركة الاستشارات Albright".
func triggerBefore(d *text.Document, L *lang.Profile, i, first int) (schema.Type, bool) {
	// "نموذج Lumora’s Aurel": the trigger reaches over the possessor.
	if i-2 >= first && L.Possessive(d.Tokens[i-1]) {
		k := i - 2
		for k > first && latinNameToken(d.Tokens[k-1]) {
			k--
		}
		i = k
	}
	for k := i - 1; k >= first && k >= i-4; k-- {
		t := d.Tokens[k]
		if t.Class == text.Punct || latinNameToken(t) {
			return "", false
		}
		if e, ok := L.Triggers.Has(t.Text); ok {
			return e.Value.Type, true
		}
	}
	return "", false
}

// cueSubjectRecognizer finds English organisation names the tagger missed
// as the subject of a verb only organisations do: "Vertex agreed to buy",
// "Nimbus raised $40m", "Kappa listed on". A capitalised run right before
// the cue (or before an auxiliary: has, had, will, would, said it) is taken.
type cueSubjectRecognizer struct{}

// CueSubjects is the recognizer of English organisations named as the
// subject of an organisation's verb.
func CueSubjects() Recognizer { return cueSubjectRecognizer{} }

func (cueSubjectRecognizer) Name() string { return "cue-subject" }

func (r cueSubjectRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Runs(r.Name()) {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Readable() || allCaps(d, s) {
			continue
		}
		for i := s.FirstToken + 1; i < s.EndToken; i++ {
			// "Its Falak model", "the Kite 2 chip": a capitalised name right
			// before a product noun is that product.
			if t, ok := L.Triggers.At(d.Tokens, i, s.EndToken, false); ok && t.Value.Type == schema.Product {
				k := i
				for k > s.FirstToken && i-k < 2 && d.Tokens[k-1].Class != text.Punct && (startsUpper(d.Tokens[k-1].Text) || k < i && d.Tokens[k-1].Class == text.Number) {
					k--
				}
				for k < i && (isCommonWord(d.Lang, d.Tokens[k].Text) || isAdjective(L, d.Tokens[k])) {
					k++ // "Its Falak model", "European models"
				}
				if k < i && !isOrgSuffix(d.Lang, d.Tokens[i-1]) && !indefiniteBefore(d, L, k, s.FirstToken) {
					sp := text.Span{Start: d.Tokens[k].Start, End: d.Tokens[i-1].End}
					out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Product, Tok: [2]int{k, i}, Source: srcCueSubject, Conf: 0.7, Kind: s.Kind})
				}
			}
			// "Quantis's chief executive": an employer before a title.
			if L.Possessive(d.Tokens[i]) && i+1 < s.EndToken {
				if _, ok := L.Titles.At(d.Tokens, i+1, s.EndToken, false); ok {
					k := i
					for k > s.FirstToken && i-k < 3 && d.Tokens[k-1].Class == text.Word && startsUpper(d.Tokens[k-1].Text) {
						k--
					}
					if k < i && !(k == s.FirstToken && isCommonWord(d.Lang, d.Tokens[k].Text)) {
						sp := text.Span{Start: d.Tokens[k].Start, End: d.Tokens[i-1].End}
						out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{k, i}, Source: srcCueSubject, Conf: 0.7, Kind: s.Kind})
					}
				}
				continue
			}
			c, ok := L.Cues.At(d.Tokens, i, s.EndToken, false)
			if !ok || (c.Value.Predicate != "acquired" && c.Value.Predicate != "raised" && c.Value.Predicate != "listedOn") || c.Value.Noun {
				continue
			}
			j := i
			for j > s.FirstToken && lang.Has(L.CueSubjectSkips, d.Tokens[j-1].Fold) {
				j--
			}
			k := j
			for k > s.FirstToken && j-k < 3 && d.Tokens[k-1].Class == text.Word && startsUpper(d.Tokens[k-1].Text) {
				if _, h := L.Honorifics.Has(d.Tokens[k-1].Text); h {
					break
				}
				k--
			}
			for k < j && (isCommonWord(d.Lang, d.Tokens[k].Text) && (k == s.FirstToken || d.Tokens[k-1].Class == text.Punct) || isTrigger(L, d.Tokens[k])) {
				k++ // "The company raised", "“Everyone is buying", "Chipmaker Arclight raises"
			}
			if k == j {
				continue
			}
			sp := text.Span{Start: d.Tokens[k].Start, End: d.Tokens[j-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{k, j}, Source: srcCueSubject, Conf: 0.6, Kind: s.Kind})
			// "agreed to buy Quantis": what is bought is an organisation too.
			if c.Value.Predicate == "acquired" {
				e := c.End
				for e < s.EndToken && e-c.End < 3 && d.Tokens[e].Class == text.Word && startsUpper(d.Tokens[e].Text) {
					e++
				}
				if e > c.End {
					sp := text.Span{Start: d.Tokens[c.End].Start, End: d.Tokens[e-1].End}
					out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{c.End, e}, Source: srcCueSubject, Conf: 0.6, Kind: s.Kind})
				}
			}
			i = c.End - 1
		}
	}
	return out
}

// orgSuffixRecognizer finds capitalised English names that end in an
// organisation word ("Falcon Compute", "Meridian Insight", "Hexa Labs"),
// including those that start with a known name of something else.
type orgSuffixRecognizer struct{}

// OrgSuffixNames is the recognizer of English organisation names by their
// last word.
func OrgSuffixNames() Recognizer { return orgSuffixRecognizer{} }

func (orgSuffixRecognizer) Name() string { return srcOrgSuffix }

func (r orgSuffixRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Runs(r.Name()) {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() || allCaps(d, s) {
			continue
		}
		for j := s.FirstToken + 1; j < s.EndToken; j++ {
			if !isOrgSuffix(d.Lang, d.Tokens[j]) {
				continue
			}
			if j+1 < s.EndToken && isOrgSuffix(d.Lang, d.Tokens[j+1]) {
				continue // the name goes on: "Taiwan Semiconductor Manufacturing Co"
			}
			k := j
			for k > s.FirstToken && j-k < 4 && d.Tokens[k-1].Class == text.Word && startsUpper(d.Tokens[k-1].Text) {
				if _, h := L.Honorifics.Has(d.Tokens[k-1].Text); h {
					break
				}
				k--
			}
			if k < j {
				k = andNameStart(d, L, k, s.FirstToken) // "Oil and Natural Gas Corporation"
			}
			e := j + 1
			if _, ok := L.OfHeads.Has(d.Tokens[j].Text); ok {
				e = ofNameEnd(d, L, j+1, s.EndToken)
			}
			k0 := k
			for k < j && e == j+1 {
				if _, nat := L.Nationalities.Has(d.Tokens[k].Text); !nat {
					break
				}
				k++ // "a European AI company": the adjective is not the name
				// ("Canadian Imperial Bank of Commerce" is one name)
			}
			if k > k0 && (nationalOrgName(d, L, k0, k, j) || acronymSpells(d, k0, e, s.EndToken)) {
				k = k0 // "American International Group", "British Airways"
			}
			if k == j || (k == s.FirstToken && isCommonWord(d.Lang, d.Tokens[k].Text)) {
				continue // "The Group", "Our Labs"
			}
			sp := text.Span{Start: d.Tokens[k].Start, End: d.Tokens[e-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{k, e}, Source: srcOrgSuffix, Conf: 0.8, Kind: s.Kind})
			j = e - 1
		}
	}
	return out
}

// allCaps reports a sentence written in capitals (a headline, a results
// table), where capitalisation says nothing about names.
func allCaps(d *text.Document, s text.Sentence) bool {
	upper, lower := 0, 0
	for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
		for _, r := range t.Text {
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLower(r):
				lower++
			}
		}
	}
	return upper > 3*lower
}

// isAdjective reports a nationality or language adjective ("European",
// "Arabic", "American"), which stands before product nouns without naming
// a product.
func isAdjective(L *lang.Profile, t text.Token) bool {
	if _, ok := L.Nationalities.Has(t.Text); ok {
		return true
	}
	f := strings.ToLower(t.Text)
	for _, suf := range []string{"ic", "an", "ese", "ish", "ian"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+3 {
			return true
		}
	}
	return false
}

func isTrigger(L *lang.Profile, t text.Token) bool {
	_, ok := L.Triggers.Has(t.Text)
	return ok
}

// ofNameEnd extends an organisation name that ends at token i over an "of"
// phrase of capitalised words ("Royal Society of Edinburgh", "Canadian
// Imperial Bank of Commerce", "College of Further and Higher Education",
// "Association of Purchasing Management") and returns its new end (i when
// there is none). "and" joins two capitalised words inside it; a name of
// the lexicon after "and" starts another name.
func ofNameEnd(d *text.Document, L *lang.Profile, i, end int) int {
	if i+1 >= end || !lang.Has(L.GenitivePrepositions, d.Tokens[i].Fold) {
		return i
	}
	k := i + 1
	if lang.Has(lang.Of(d.Lang).DefiniteArticles, d.Tokens[k].Fold) && k+1 < end {
		k++
	}
	e := i
	for k < end && d.Tokens[k].Class == text.Word && startsUpper(d.Tokens[k].Text) {
		k++
		e = k
		if k+1 < end && (lang.Has(L.Conjunctions, d.Tokens[k].Fold) || d.Tokens[k].Text == "&") && startsUpper(d.Tokens[k+1].Text) && d.Tokens[k+1].Class == text.Word {
			if c, _, _ := defaultGazetteer().lookup(d.Tokens, k+1, end); c != nil {
				break
			}
			k++
		}
	}
	return e
}

// nationalOrgName is the rule "national-org-name": the nationality words
// [k0, k) before an organisation suffix at j belong to the name when only
// ordinary words stand between them and the suffix ("American
// International Group", "British Lung Foundation"), no indefinite article
// makes them a description ("a European AI Labs spin-off" keeps "AI
// Labs") and the name does not go on ("Association of European Airlines").
func nationalOrgName(d *text.Document, L *lang.Profile, k0, k, j int) bool {
	if k == j {
		return false // "US Securities [and Exchange Commission]": too little to tell
	}
	if p := k0 - 1; p >= 0 && d.Tokens[p].Sent == d.Tokens[k0].Sent {
		if lang.Has(L.OrgNameBeforeStops, d.Tokens[p].Fold) {
			return false // "Association of European Airlines": a longer name
		}
	}
	if n := j + 1; n < len(d.Tokens) && d.Tokens[n].Sent == d.Tokens[j].Sent {
		if lang.Has(L.OrgNameAfterStops, d.Tokens[n].Fold) {
			return false // "Welsh Institute for Health and Social Care"
		}
	}
	for t := k; t < j; t++ {
		if _, stop := L.Stopwords.Has(d.Tokens[t].Text); !stop && !L.IsCommon(d.Tokens[t].Fold) {
			return false
		}
	}
	return true
}

// acronymSpells reports whether the name of tokens [k, e) is followed by an
// acronym in brackets spelled by the initials of its capitalised words
// (rule acronym-keeps-adjective): "Asian Development Bank (ADB)" keeps
// "Asian", which alone would be an adjective before "Development Bank"
// (en-news: a nationality adjective, an organisation name and a bracketed
// acronym 44 times; six of them lost the adjective, merging the Asian and
// the Korean Development Bank as "Development Bank").
func acronymSpells(d *text.Document, k, e, end int) bool {
	if e+2 >= end || d.Tokens[e].Text != "(" || d.Tokens[e+2].Text != ")" {
		return false
	}
	acr := d.Tokens[e+1].Text
	if !acronymWord(acr) {
		return false
	}
	var initials []rune
	for t := k; t < e; t++ {
		if r, _ := utf8.DecodeRuneInString(d.Tokens[t].Text); d.Tokens[t].Class == text.Word && unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	return string(initials) == acr
}
