package tagger

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	profile "graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/internal/wordclusters"
)

// tokInfo is what the features of a sentence read about each token.
type tokInfo struct {
	raw   string
	fold  string
	strip []string // Arabic: clitic-stripped forms of the folded word (not the word itself)
	shape string   // long shape, capped
	short string   // shape with repeats collapsed
	gaz   []string
	clu   string   // word-cluster path as '0'/'1', "" when unknown
	cstr  string   // Arabic: the path of the first stripped form in the table
	doc   []string // FeatDoc: evidence of the word's other occurrences in the document
	hist  []string // FeatHistory: the first model's tags of those occurrences
}

// common, when not nil, holds the words frequent in training: their
// cluster path is commonMark (FeatClusterRare).
func newTokInfos(lang string, tokens []string, p *prepared, gaz [][]string, clu *wordclusters.Table, common map[string]bool) []tokInfo {
	return newTokInfosIn(nil, lang, tokens, p, gaz, clu, common)
}

// newTokInfosIn is newTokInfos with its scratch and the infos taken from
// a (a document's arena, infoarena.go), or allocated when a is nil.
func newTokInfosIn(a *infoArena, lang string, tokens []string, p *prepared, gaz [][]string, clu *wordclusters.Table, common map[string]bool) []tokInfo {
	var infos []tokInfo
	var buf []byte
	var spans []infoSpan
	if a != nil {
		infos, buf, spans = a.take(len(tokens))
	} else {
		infos = make([]tokInfo, len(tokens))
		buf = make([]byte, 0, 48*len(tokens))
		spans = make([]infoSpan, len(tokens))
	}
	clitics := hasClitics(lang)
	// The shapes and cluster paths of the sentence are written into one
	// buffer, made one string, and sliced: two allocations per sentence
	// rather than three per token.
	for i, t := range tokens {
		sp := &spans[i]
		a := len(buf)
		buf = appendShape(buf, t)
		sp.shape = [2]int{a, len(buf)}
		a = len(buf)
		buf = appendShort(buf, t)
		sp.short = [2]int{a, len(buf)}
		a = len(buf)
		frequent := common != nil && isCommon(common, p.forms[i])
		if clu != nil && frequent {
			buf = append(buf, commonMark...)
		} else if clu != nil {
			if path, ok := clu.LookupForms(p.forms[i]); ok { // = clu.Lookup(p.folded[i])
				for k := int(path.Len) - 1; k >= 0; k-- {
					buf = append(buf, '0'+byte(path.Bits>>k&1))
				}
			}
		}
		sp.clu = [2]int{a, len(buf)}
		a = len(buf)
		if clu != nil && clitics && !frequent {
			for _, f := range p.forms[i][1:] {
				if path, ok := clu.Lookup(f); ok {
					for k := int(path.Len) - 1; k >= 0; k-- {
						buf = append(buf, '0'+byte(path.Bits>>k&1))
					}
					break
				}
			}
		}
		sp.cstr = [2]int{a, len(buf)}
	}
	all := string(buf)
	if a != nil {
		a.buf = buf // grown: kept for the next sentence
	}
	for i, t := range tokens {
		in := &infos[i]
		in.raw = t
		in.fold = p.folded[i]
		if clitics && len(p.forms[i]) > 1 {
			in.strip = p.forms[i][1:]
		}
		sp := &spans[i]
		in.shape, in.short = all[sp.shape[0]:sp.shape[1]], all[sp.short[0]:sp.short[1]]
		in.clu = all[sp.clu[0]:sp.clu[1]]
		in.cstr = all[sp.cstr[0]:sp.cstr[1]]
		if i < len(gaz) {
			in.gaz = gaz[i]
		}
	}
	return infos
}

// shapeClass is the shape letter of r (X upper, x lower, a Arabic letter,
// d digit, other runes as they are), or -1 for marks, which shapes skip.
func shapeClass(r rune) rune {
	switch {
	case r < 0x80:
		switch {
		case r >= 'A' && r <= 'Z':
			return 'X'
		case r >= 'a' && r <= 'z':
			return 'x'
		case r >= '0' && r <= '9':
			return 'd'
		}
		return r
	case text.IsArabicLetter(r):
		return 'a'
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case unicode.IsMark(r):
		return -1
	}
	return r
}

// appendShape appends the word shape of s, capped at 12 runes.
func appendShape(b []byte, s string) []byte {
	n := 0
	for _, r := range s {
		k := shapeClass(r)
		if k < 0 {
			continue
		}
		if n < 12 {
			b = utf8.AppendRune(b, k)
		}
		n++
	}
	return b
}

// appendShort appends the shape of s with runs collapsed.
func appendShort(b []byte, s string) []byte {
	var last rune = -1
	for _, r := range s {
		k := shapeClass(r)
		if k < 0 {
			continue
		}
		if k != last {
			b = utf8.AppendRune(b, k)
			last = k
		}
	}
	return b
}

// shapes returns the word shape of s (X upper, x lower, a Arabic letter, d
// digit, other runes as they are; capped at 12 runes) and its short form
// with runs collapsed.
func shapes(s string) (long, short string) {
	return string(appendShape(nil, s)), string(appendShort(nil, s))
}

const (
	bos = "<s>"
	eos = "</s>"
)

func fold(in []tokInfo, i int) string {
	if i < 0 {
		return bos
	}
	if i >= len(in) {
		return eos
	}
	return in[i].fold
}

func short(in []tokInfo, i int) string {
	if i < 0 {
		return bos
	}
	if i >= len(in) {
		return eos
	}
	return in[i].short
}

// prefix and suffix return the first and last n runes of s, "" when s is
// not longer than n.
func prefix(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return ""
}

func suffix(s string, n int) string {
	k := 0
	for i := len(s); i > 0; {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
		k++
		if k == n {
			if i == 0 {
				return ""
			}
			return s[i:]
		}
	}
	return ""
}

var offsets = [...]string{"-2", "-1", "0", "+1", "+2"}

var lenBucket = [...]string{"0", "1", "2", "3", "4", "5", "5", "7", "7", "7"}

// tokenFeatures calls e for every observation feature of token i. They do
// not depend on tags; tag history features are added by the decoder.
// Tagging reads them split by the tokens they read (featcache.go): a
// feature added here goes there too (TestRowCacheMatchesTokenFeatures).
func tokenFeatures(lang string, in []tokInfo, i int, e *emitter, allCaps bool, fs FeatureSet) {
	t := &in[i]
	if fs&FeatClusters != 0 {
		clusterFeatures(in, i, e, fs)
	}
	e.emit("b")
	e.emit("w=", t.raw)
	e.emit("f=", t.fold)
	P, _ := profile.Load(text.Lang(lang))
	maxAff := 3
	if P != nil {
		maxAff = P.Affixes
	}
	for n := 1; n <= maxAff; n++ {
		if p := prefix(t.fold, n); p != "" {
			e.emit("p", strconv.Itoa(n), "=", p)
		}
		if s := suffix(t.fold, n); s != "" {
			e.emit("s", strconv.Itoa(n), "=", s)
		}
	}
	e.emit("sh=", t.shape)
	e.emit("ss=", t.short)
	l := utf8.RuneCountInString(t.fold)
	if l >= len(lenBucket) {
		e.emit("len=9")
	} else {
		e.emit("len=", lenBucket[l])
	}
	e.emit("f-1=", fold(in, i-1))
	e.emit("f+1=", fold(in, i+1))
	e.emit("f-2=", fold(in, i-2))
	e.emit("f+2=", fold(in, i+2))
	e.emit("f-1|f=", fold(in, i-1), "|", t.fold)
	e.emit("f|f+1=", t.fold, "|", fold(in, i+1))
	e.emit("ss-1=", short(in, i-1))
	e.emit("ss+1=", short(in, i+1))
	e.emit("ss-1|ss|ss+1=", short(in, i-1), "|", t.short, "|", short(in, i+1))

	for _, g := range t.gaz {
		e.emit("g=", g)
	}
	for _, d := range t.doc {
		e.emit("D", d)
	}
	for _, h := range t.hist {
		e.emit(h)
	}
	for _, d := range [...]int{-2, -1, 1, 2} {
		j := i + d
		if j < 0 || j >= len(in) {
			continue
		}
		ds := offsets[d+2]
		for _, g := range in[j].gaz {
			e.emit("g", ds, "=", g)
		}
	}

	if P == nil {
		return
	}
	// Words with proclitics: the stripped forms, and the script (Latin
	// inside Arabic text is usually a name).
	if P.Clitics {
		for _, s := range t.strip {
			e.emit("st=", s)
			if p := suffix(s, 2); p != "" {
				e.emit("st.s2=", p)
			}
		}
		for _, d := range [...]int{-1, 1} {
			j := i + d
			if j < 0 || j >= len(in) {
				continue
			}
			ds := offsets[d+2]
			for _, s := range in[j].strip {
				e.emit("st", ds, "=", s)
			}
		}
		// Script: Latin inside Arabic text is usually a name.
		e.emit("sc=", script(t.raw))
		if fs&FeatStripAffix != 0 {
			// The stem's affixes, shared by the bare and the prefixed
			// word (علي, وعلي).
			stem := t.fold
			if len(t.strip) > 0 {
				stem = t.strip[len(t.strip)-1]
			}
			for n := 1; n <= 3; n++ {
				if p := prefix(stem, n); p != "" {
					e.emit("stp", strconv.Itoa(n), "=", p)
				}
				if s := suffix(stem, n); s != "" {
					e.emit("sts", strconv.Itoa(n), "=", s)
				}
			}
		}
	}
	// A cased script: the case of the word and of the sentence.
	if P.CasedNames {
		if i == 0 {
			e.emit("first|ss=", t.short)
		}
		if allCaps {
			e.emit("allcaps|ss=", t.short)
		}
		e.emit("w-1=", rawAt(in, i-1))
		e.emit("w+1=", rawAt(in, i+1))
		if strings.ContainsRune(t.raw, '-') {
			e.emit("hyph")
		}
		// The lower-cased word with its capitalization pattern.
		if t.raw != "" && unicode.IsUpper(firstRune(t.raw)) {
			e.emit("cap|f-1=", fold(in, i-1))
		}
	}
}

// hasClitics reports whether the language's words carry proclitics (its
// profile's Clitics); false for a language without a profile.
func hasClitics(lang string) bool {
	P, err := profile.Load(text.Lang(lang))
	return err == nil && P.Clitics
}

// casedNames reports whether the language writes names capitalised (its
// profile's CasedNames).
func casedNames(lang string) bool {
	P, err := profile.Load(text.Lang(lang))
	return err == nil && P.CasedNames
}

func rawAt(in []tokInfo, i int) string {
	if i < 0 {
		return bos
	}
	if i >= len(in) {
		return eos
	}
	return in[i].raw
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// script classifies a token as Arabic, Latin, digits, mixed or punctuation.
func script(s string) string {
	var ar, lat, dig, oth bool
	for _, r := range s {
		switch {
		case text.IsArabicLetter(r):
			ar = true
		case text.IsLatinLetter(r):
			lat = true
		case unicode.IsDigit(r):
			dig = true
		case unicode.IsMark(r):
		default:
			oth = true
		}
	}
	switch {
	case ar && !lat:
		return "ar"
	case lat && !ar:
		return "lat"
	case ar && lat:
		return "mix"
	case dig:
		return "dig"
	case oth:
		return "punct"
	}
	return "none"
}

// sentenceAllCaps reports whether most letters of the sentence are upper
// case (headlines in CoNLL-2003 are all capitals).
func sentenceAllCaps(tokens []string) bool {
	up, low := 0, 0
	for _, t := range tokens {
		for _, r := range t {
			if unicode.IsUpper(r) {
				up++
			} else if unicode.IsLower(r) {
				low++
			}
		}
	}
	return up > 3 && up > 3*low
}
