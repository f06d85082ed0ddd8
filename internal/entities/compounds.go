package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

const (
	srcRegion       = "region-place"
	srcTranslitOrg  = "translit-org-suffix"
	maxTranslitName = 3
)

var (
	_ = registerSource(Source{Name: srcRegion, Rank: 4, FormTyped: true, Doc: "a region named by a head word and a known place (شمال إفريقيا, خليج المكسيك)"})
	_ = registerSource(Source{Name: srcTranslitOrg, Rank: 4, FormTyped: true, Doc: "a name in Arabic script ending in a transliterated organisation word (بلاكستون جروب, فجر كابيتال)"})
)

// regionRecognizer finds a region named by a head word (region_heads) and a
// place the lexicon knows right after it: "وشمال إفريقيا", "خليج المكسيك".
// The head's row says which kinds of place it takes; the region is the
// Place, and the known place inside it gives way (dropInnerLexicon).
type regionRecognizer struct{}

// RegionPlaces is the recognizer of regions named by a head word and a
// known place.
func RegionPlaces() Recognizer { return regionRecognizer{} }

func (regionRecognizer) Name() string { return srcRegion }

func (regionRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if L.RegionHeads.Len() == 0 {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for i := s.FirstToken; i+1 < s.EndToken; i++ {
			h, ok := L.RegionHeads.At(d.Tokens, i, s.EndToken, true)
			if !ok || definiteWord(L, d.Tokens[i]) {
				continue
			}
			if c, n, _ := defaultGazetteer().lookup(d.Tokens, i, s.EndToken); c != nil && n >= h.End-i+1 {
				continue // the lexicon knows the whole name ("جنوب إفريقيا")
			}
			c, n, skip := defaultGazetteer().lookup(d.Tokens, h.End, s.EndToken)
			if c == nil || skip > 0 || c.entry.Type != schema.Place || !h.Value.Takes(c.entry.Kind) {
				continue
			}
			cut := 0
			if forms := text.StripProclitics(d.Tokens[i].Text); h.Clitic != "" && len(forms) > 1 {
				cut = cliticBytes(d.Tokens[i].Text, forms[len(forms)-1])
				for _, f := range forms[1:] {
					if _, ok := L.RegionHeads.Has(f); ok && len(f) > 0 {
						cut = cliticBytes(d.Tokens[i].Text, f)
						break
					}
				}
			}
			j := h.End + n
			sp := text.Span{Start: d.Tokens[i].Start + cut, End: d.Tokens[j-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Place, Tok: [2]int{i, j}, Source: srcRegion,
				Conf: 0.8, Kind: s.Kind, clitic: cut > 0})
			i = j - 1
		}
	}
	return out
}

// translitOrgRecognizer finds organisation names written in Arabic script
// that end in a transliterated organisation word (org_suffixes): "بلاكستون
// جروب", "فجر كابيتال", "كومرتس بنك", "جيبسون دانز ميدل إيست". The name
// before the suffix is one to three words that look like a name (no
// ordinary vocabulary, article, stopword or title); ordinary words are
// allowed only right after a trigger noun ("وشركة فجر كابيتال"). A suffix
// followed by another name is a trigger instead ("بنك HSBC").
type translitOrgRecognizer struct{}

// TranslitOrgs is the recognizer of Arabic-script names ending in a
// transliterated organisation word.
func TranslitOrgs() Recognizer { return translitOrgRecognizer{} }

func (translitOrgRecognizer) Name() string { return srcTranslitOrg }

func (translitOrgRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for k := s.FirstToken + 1; k < s.EndToken; k++ {
			if !L.InScript(d.Tokens[k].Text) {
				continue
			}
			suf, ok := L.OrgSuffixes.At(d.Tokens, k, s.EndToken, false)
			if !ok {
				continue
			}
			e := suf.End
			for e < s.EndToken && e-k < 4 {
				m, ok := L.OrgSuffixes.At(d.Tokens, e, s.EndToken, false)
				if !ok {
					break
				}
				e = m.End // "جيبسون دانز ميدل إيست", "X كابيتال بارتنرز"
			}
			if e < s.EndToken && looksLikeName(L, d.Tokens[e]) && isNameWord(L, d.Tokens[e]) {
				continue // "بنك ووري": the suffix word is a trigger here
			}
			a, trig := k, false
			for a > s.FirstToken && k-a < maxTranslitName {
				t := d.Tokens[a-1]
				if t.Class != text.Word || !L.InScript(t.Text) || !isNameWord(L, t) || L.Definite(t.Fold) {
					trig = isOrgTrigger(L, t) && !definiteWord(L, t)
					break
				}
				if _, nat := L.Nationalities.Has(t.Text); nat {
					break
				}
				a--
			}
			// Ordinary words pass only after a trigger: "سهم بنك" is no name.
			for !trig && a < k && L.IsCommon(d.Tokens[a].Text) {
				a++
			}
			// A known name inside starts it: "تحالفت بلاكستون جروب".
			for p := a + 1; p < k && !trig; p++ {
				if c, n, _ := defaultGazetteer().lookup(d.Tokens, p, k); c != nil && p+n == k {
					a = p
					break
				}
			}
			// A verb opens the clause where the verb comes first: "استثمرت
			// مارفيلو كابيتال", "بينما تحالفت X جروب".
			if L.VerbFirst && !trig && k-a >= 2 && (a == s.FirstToken || d.Tokens[a-1].Class == text.Punct || isStopword(L, d.Tokens[a-1])) {
				if _, given := firstName(d.Lang, d.Tokens[a]); !given {
					if c, _, _ := defaultGazetteer().lookup(d.Tokens, a, k); c == nil {
						a++
					}
				}
			}
			if a == k {
				continue
			}
			cut := 0
			if c := d.Tokens[a]; coordinated(lang.Of(d.Lang), c) && !trig && !(a > s.FirstToken && isOpening(d.Tokens[a-1].Text)) {
				forms := text.StripProclitics(c.Text)
				cut = cliticBytes(c.Text, forms[1])
			}
			sp := text.Span{Start: d.Tokens[a].Start + cut, End: d.Tokens[e-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{a, e}, Source: srcTranslitOrg,
				Conf: 0.75, Kind: s.Kind, clitic: cut > 0})
			k = e - 1
		}
	}
	return out
}
