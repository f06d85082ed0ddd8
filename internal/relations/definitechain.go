package relations

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// Rule definite-chain-end (in readTitle): a title is a construct chain
// ("رئيس جمهورية الشيشان", "أمير منطقة المدينة المنورة", "وزير الثقافة
// والإعلام"). Once a word of the chain is definite — it carries the
// article, or it is a place's name — the chain is closed, and what may
// still follow is:
//   - a definite word: an adjective or a conjoined field ("المنورة",
//     "والإعلام");
//   - a word saying the title is past ("سابقا", "السابق");
//   - و + a noun in construct with a definite word, a second field
//     ("وزيرة الطاقة وتغير المناخ", "أستاذ علم الأعصاب وعلم الصيدلة"),
//     unless that definite word is a title or an honorific ("وتنفيذ
//     الأستاذ تركي");
//   - a name after a one-word title or a patronymic particle inside a
//     named institution ("مدير عام مطار الملك فهد", "رئيس قرية ابن نومة").
//
// Any other word starts something else: a place or time the sentence goes
// on with ("رئيس جمهورية الشيشان جدة", "أمير منطقة القصيم البارحة"), the
// verb's object ("مدير القناة وتعميمه"), a verb ("ولي ولي العهد يجتمع"),
// "وذلك", "لـ". Words in title_chain_stops.txt (adverbs of time that carry
// the article, "وأحد") end it even so. In a language without a prefix
// article no word is definite and the rule never fires.

// chainClosedBy reports whether token k, a word of a title, is definite.
func (c *Context) chainClosedBy(k int) bool {
	return c.L.Definite(c.L.TrimAnd(c.Doc.Tokens[k].Fold))
}

// chainContinues reports whether token j can still belong to a title whose
// chain is closed.
func (c *Context) chainContinues(j, end int) bool {
	toks := c.Doc.Tokens
	t := toks[j]
	if r, ok := c.L.TitleRoles.At(toks, j, end, false); ok && r.Value.Role == "former" {
		return true
	}
	if lang.Has(c.L.TitleChainStops, c.L.TrimAnd(t.Fold)) {
		return false
	}
	if c.chainClosedBy(j) {
		return true
	}
	if c.L.StartsWithAnd(t.Fold) {
		if j+1 >= end || toks[j+1].Class != t.Class || !c.chainClosedBy(j+1) {
			return false
		}
		if _, ok := c.L.Titles.At(toks, j+1, end, true); ok {
			return false
		}
		if _, ok := c.L.Honorifics.At(toks, j+1, end, true); ok {
			return false
		}
		return true
	}
	if j > 0 {
		if lang.Has(c.L.NameParticles, toks[j-1].Fold) {
			return true
		}
		if m, ok := c.L.Titles.At(toks, j-1, j, true); ok && m.Clitic == "" {
			return true
		}
	}
	return false
}

// titleAdjective is the rule title-adjective: a stopword that inside a
// title is its adjective (title_adjectives.txt: "الرئيس العام لرعاية
// الشباب", "وزير الحرس الوطني") after a definite word, with no number,
// month or time word after it ("العام الماضي", "العام 2015"); a role word
// may follow ("الرئيس العام السابق").
func (c *Context) titleAdjective(j, end int) bool {
	toks := c.Doc.Tokens
	if j == 0 || !lang.Has(c.L.TitleAdjectives, toks[j].Fold) || !c.chainClosedBy(j-1) {
		return false
	}
	if j+1 < end {
		n := toks[j+1]
		if n.Class == text.Number {
			return false
		}
		if _, ok := c.L.Months.Has(n.Text); ok {
			return false
		}
		if r, ok := c.L.TitleRoles.At(toks, j+1, end, false); ok && r.Value.Role == "former" {
			return true
		}
		if _, ok := c.L.InstitutionStop.Has(n.Text); ok {
			return false
		}
	}
	return true
}
