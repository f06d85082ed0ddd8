package entities

import (
	"strings"
	"unicode"

	"graphbuild/internal/lang"
	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// English product names the 1996 tagger cannot know (games, films, devices
// named after 2000), read from how news introduces them.
const (
	srcOwnerProduct = "owner-product"
	srcProductList  = "product-list"
)

var (
	_ = registerSource(Source{Name: srcOwnerProduct, Rank: 4, Doc: "a capitalised name after a company's possessive (Ubisoft's Rayman DS, Universal's film 'Ray')"})
	_ = registerSource(Source{Name: srcProductList, Rank: 4, Doc: "the names listed after a plural product noun (games such as Populous, Theme Park and Dungeon Keeper)"})
)

// titleRun returns the end of a title-cased run starting at token i: words
// and numbers that start with a capital or a digit, joined by title words
// or a colon before a capital ("Rambo: First Blood"), up to eight tokens.
// It returns i when token i does not start one.
// The joining words are the profile's work_title_words ("Knights of the
// Old Republic", "Once Upon a Time in Mexico").
func titleRun(d *text.Document, i, end int) int {
	return titleRunWith(d, i, end, lang.Of(d.Lang).WorkTitleWords)
}

// titleRunWith is titleRun with the given joining words.
func titleRunWith(d *text.Document, i, end int, join *phrase.Set[lang.Word]) int {
	e := i
	for k := i; k < end && k-i < 8; {
		t := d.Tokens[k]
		switch {
		case t.Class == text.Word && startsUpper(t.Text):
			k++
			e = k
		case t.Class == text.Number && e > i && !(k+1 < end && d.Tokens[k+1].Class == text.Number):
			k++ // "Super Mario 64 DS", "Spider-Man 2"; not a results table
			e = k
		case (lang.Has(join, t.Fold) || t.Text == ":" || t.Text == "-") && e > i:
			n := k + 1 // "of the Old Republic": function words, then a capital
			for n < end && n-k < 3 && lang.Has(join, d.Tokens[n].Fold) {
				n++
			}
			if n >= end || d.Tokens[n].Class != text.Word || !startsUpper(d.Tokens[n].Text) {
				return e
			}
			k = n
		default:
			return e
		}
	}
	return e
}

// ownerProductRecognizer is the rule "owner-product": a capitalised name
// after a company's possessive is what the company makes ("Ubisoft's Rayman
// DS", "Nintendo's Super Mario 64 DS", "Bioware's Knights of the Old
// Republic"), also behind a product noun ("Universal Studio's film 'Ray'",
// "Sega's launch title Project Rub"). Not a person (a given name first, an
// honorific or a title: "Microsoft's Bill Gates", "GE's chief executive"),
// not a unit (an organisation suffix or trigger noun: "Surrey's Lionhead
// Studios", "Yukos's Yugansk unit"), and not when the owner is a known place
// or person ("Britain's Tosin Oke").
type ownerProductRecognizer struct{}

// OwnerProducts is the recognizer of products named after their maker's
// possessive.
func OwnerProducts() Recognizer { return ownerProductRecognizer{} }

func (ownerProductRecognizer) Name() string { return srcOwnerProduct }

func (r ownerProductRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Runs(r.Name()) || L.HeadFirst {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() || allCaps(d, s) {
			continue
		}
		for p := s.FirstToken + 1; p+1 < s.EndToken; p++ {
			if !L.Possessive(d.Tokens[p]) || !ownerBefore(d, L, p, s.FirstToken) {
				continue
			}
			k, noun := p+1, false
			// "film 'Ray'", "launch title Project Rub": lower-case words
			// ending in a product noun.
			for j := k; j < s.EndToken && j-k < 3 && lowerWord(d.Tokens[j]); j++ {
				if t, ok := L.Triggers.At(d.Tokens, j, s.EndToken, false); ok && t.Value.Type == schema.Product {
					k, noun = t.End, true
					break
				}
				if _, ok := L.WorkNouns.Has(d.Tokens[j].Text); ok {
					k, noun = j+1, true
					break
				}
			}
			if k == p+1 && !startsUpper(d.Tokens[k].Text) {
				continue
			}
			quoted := k < s.EndToken && isOpening(d.Tokens[k].Text)
			if quoted {
				k++
			}
			e := titleRunWith(d, k, s.EndToken, L.OwnerNameJoiners) // "of the" only: "Aurel on the Tarteeb leaderboard" is a name and a place
			if e == k || (quoted && (e >= s.EndToken || !isClosing(d.Tokens[e].Text))) {
				continue
			}
			if !noun && (!productShaped(d, L, k, e, s.EndToken) || !distinctive(d, k, e)) {
				continue
			}
			sp := text.Span{Start: d.Tokens[k].Start, End: d.Tokens[e-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Product, Tok: [2]int{k, e}, Source: srcOwnerProduct, Conf: 0.7, Kind: s.Kind})
			p = e - 1
		}
	}
	return out
}

// ownerBefore reports a capitalised owner ending right before the
// possessive at token p that is not a known place or person, nor a day or
// month ("Saturday's Six Nations").
func ownerBefore(d *text.Document, L *lang.Profile, p, first int) bool {
	o := p - 1
	if o < first || d.Tokens[o].Class != text.Word || !startsUpper(d.Tokens[o].Text) {
		return false
	}
	if o-1 >= first && d.Tokens[o-1].Class == text.Number {
		return false // a results table: "Currie 45 Heriot's F.P. 5"
	}
	if _, ok := L.Months.Has(d.Tokens[o].Text); ok || strings.HasSuffix(d.Tokens[o].Fold, "day") {
		return false
	}
	k := o
	for k > first && o-k < 3 && d.Tokens[k-1].Class == text.Word && startsUpper(d.Tokens[k-1].Text) {
		k--
	}
	for j := k; j <= o; j++ {
		if c, n, _ := defaultGazetteer().lookup(d.Tokens, j, p); c != nil && j+n == p && (c.entry.Type == schema.Place || c.entry.Type == schema.Person) {
			return false
		}
	}
	if _, ok := firstName(d.Lang, d.Tokens[k]); ok && o > k {
		return false // "Conrad Black's Hollinger": a person's
	}
	return true
}

// productShaped reports whether the run [k, e) can be a product's name by
// itself: not a person (a given name first, an honorific or a title before
// it), not an organisation (a suffix, a trigger noun after it), not a
// title word ("GE's Chief Executive").
func productShaped(d *text.Document, L *lang.Profile, k, e, end int) bool {
	if _, ok := firstName(d.Lang, d.Tokens[k]); ok {
		return false
	}
	for j := k; j < e; j++ {
		if _, ok := L.Honorifics.Has(d.Tokens[j].Text); ok {
			return false
		}
		if _, ok := L.Titles.Has(d.Tokens[j].Text); ok {
			return false
		}
	}
	if isOrgSuffix(d.Lang, d.Tokens[e-1]) || isPlaceSuffix(d.Lang, d.Tokens[e-1]) {
		return false
	}
	if e < end {
		if t, ok := L.Triggers.At(d.Tokens, e, end, false); ok && t.Value.Type != schema.Product {
			return false // "Yukos's Yugansk unit"
		}
		if L.Possessive(d.Tokens[e]) {
			return false // "Lionhead's Peter": an owner in turn
		}
	}
	return true
}

// distinctive reports a run shaped like a product's name rather than a
// person's or a team's: a number inside it ("Super Mario 64 DS"), a word
// with a capital inside (RipGuard, iPod, PlayStation), a short all-capital
// word after another word ("Rayman DS"), or three words or more with "of"
// or "the" inside ("Knights of the Old Republic").
func distinctive(d *text.Document, k, e int) bool {
	inner := false
	for j := k; j < e; j++ {
		t := d.Tokens[j].Text
		if d.Tokens[j].Class == text.Number {
			return true
		}
		if d.Tokens[j].Class != text.Word {
			continue
		}
		caps := 0
		for _, r := range t {
			if unicode.IsUpper(r) {
				caps++
			}
		}
		rs := []rune(t)
		if caps == len(rs) && len(rs) <= 4 && j > k {
			return true // "Rayman DS"
		}
		if caps >= 1 && caps < len(rs) && (unicode.IsLower(rs[0]) || strings.IndexFunc(string(rs[1:]), unicode.IsUpper) >= 0) && !strings.Contains(t, "-") && !strings.HasPrefix(t, "Mc") && !strings.HasPrefix(t, "Mac") {
			return true // "RipGuard", "iPod"
		}
		if lang.Has(lang.Of(d.Lang).OwnerNameJoiners, d.Tokens[j].Fold) {
			inner = true // "Knights of the Old Republic"
		}
	}
	return inner && e-k >= 3
}

// productListRecognizer is the rule "product-list": the names listed right
// after a plural product noun, or after "such as" / "including" that follows
// one in the same clause, are products: "games ... such as Populous, Theme
// Park, Dungeon Keeper and Black and White", "Movies Open Water and Saw",
// "older titles such as Total Recall and Rambo: First Blood", and the list
// of "They are: …" after a sentence with such a noun. Items are
// split at commas; the last comma-free stretch at its first "and" (so a
// final "Black and White" stays whole).
type productListRecognizer struct{}

// ProductLists is the recognizer of products listed after a plural product
// noun.
func ProductLists() Recognizer { return productListRecognizer{} }

func (productListRecognizer) Name() string { return srcProductList }

func (r productListRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if !L.Runs(r.Name()) || L.HeadFirst {
		return nil
	}
	var out []Mention
	plural := func(t text.Token) bool {
		_, ok := L.WorkNouns.Has(t.Text)
		_, plural := L.PluralStem(t.Fold)
		return ok && plural
	}
	for si, s := range d.Sentences {
		if !s.Kind.Extractable() || allCaps(d, s) {
			continue
		}
		// "Four movies have been announced. They are: A, B and C."
		if c := s.FirstToken + 2; si > 0 && c+1 < s.EndToken && lang.Has(L.ListPronouns, d.Tokens[s.FirstToken].Fold) && d.Tokens[c].Text == ":" {
			prev := d.Sentences[si-1]
			for j := prev.FirstToken; j < prev.EndToken; j++ {
				if plural(d.Tokens[j]) {
					for _, it := range listItems(d, L, c+1, s.EndToken) {
						sp := text.Span{Start: d.Tokens[it[0]].Start, End: d.Tokens[it[1]-1].End}
						out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Product, Tok: it, Source: srcProductList, Conf: 0.65, Kind: s.Kind})
					}
					break
				}
			}
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			if !plural(d.Tokens[i]) {
				continue
			}
			k := i + 1
			if k < s.EndToken && !startsUpper(d.Tokens[k].Text) {
				// "games of the last 15 years such as …"
				k = -1
				for j := i + 1; j < s.EndToken && j-i < 9 && d.Tokens[j].Class != text.Punct; j++ {
					if m, ok := L.ExampleMarkers.At(d.Tokens, j, s.EndToken, false); ok {
						k = m.End
						break
					}
				}
				if k < 0 {
					continue
				}
			}
			ms := listItems(d, L, k, s.EndToken)
			for _, it := range ms {
				sp := text.Span{Start: d.Tokens[it[0]].Start, End: d.Tokens[it[1]-1].End}
				out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Product, Tok: it, Source: srcProductList, Conf: 0.65, Kind: s.Kind})
			}
			if len(ms) > 0 {
				i = ms[len(ms)-1][1] - 1
			}
		}
	}
	return out
}

// listItems reads "A, B, C and D" from token k: title-cased items split at
// commas, the last stretch at its first "and".
func listItems(d *text.Document, L *lang.Profile, k, end int) [][2]int {
	var items [][2]int
	for k < end {
		e := titleRun(d, k, end)
		if e == k {
			break
		}
		items = append(items, [2]int{k, e})
		if e < end && d.Tokens[e].Text == "," && e+1 < end {
			k = e + 1
			if lang.Has(L.Conjunctions, d.Tokens[k].Fold) {
				k++
			}
			continue
		}
		if e+1 < end && lang.Has(L.Conjunctions, d.Tokens[e].Fold) {
			// the last item: everything title-cased to the end, "and" included
			last := e + 1
			f := titleRun(d, last, end)
			for f+1 < end && (lang.Has(L.Conjunctions, d.Tokens[f].Fold) || d.Tokens[f].Text == "&") && titleRun(d, f+1, end) > f+1 {
				f = titleRun(d, f+1, end)
			}
			if f > last {
				items = append(items, [2]int{last, f})
			}
		}
		break
	}
	return items
}

// joinProductTails is the rule "product-tail": a name that ends in, or is
// followed right away by, the one-word name of a product of the same text
// names a model of that product ("Nintendo DS", "Mario Kart DS" where the
// text speaks of the DS; "Sony PSP"): it becomes one Product mention. The
// head keeps its own entity elsewhere in the text ("Nintendo said").
func joinProductTails(d *text.Document, ms []Mention) []Mention {
	if lang.Of(d.Lang).HeadFirst {
		return ms
	}
	products := map[string]bool{}
	for _, m := range ms {
		if m.Value == nil && m.Type == schema.Product && m.Tok[1]-m.Tok[0] == 1 {
			products[d.Tokens[m.Tok[0]].Text] = true
		}
	}
	if len(products) == 0 {
		return ms
	}
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Value != nil || m.Type == schema.Product || m.Type == schema.Misc || m.LexID != "" {
			out = append(out, m)
			continue
		}
		e := m.Tok[1]
		switch {
		case e-m.Tok[0] > 1 && products[d.Tokens[e-1].Text]:
			// "Nintendo DS"
		case e < len(d.Tokens) && d.Tokens[e].Sent == d.Tokens[m.Tok[0]].Sent && products[d.Tokens[e].Text] && d.Tokens[e].Start-d.Tokens[e-1].End == 1:
			e++ // "Mario Kart" + "DS"
			if i+1 < len(ms) && ms[i+1].Tok[0] < e {
				i++ // the product's own mention there joins this one
			}
		default:
			out = append(out, m)
			continue
		}
		m.Tok[1] = e
		m.Span.End = d.Tokens[e-1].End
		m.Text, m.Type, m.TypedBy = d.Slice(m.Span), schema.Product, "product-tail"
		out = append(out, m)
	}
	return out
}
