package relations

import (
	"strings"

	"graphbuild/internal/text"
)

// afterPortfolio returns the token after the portfolio that follows a
// title ending at j ("للشؤون العامة والاستدامة"), or j when none does. The
// portfolio is a preposition glued to a common noun, then plain words, up to
// a title joined by و, punctuation or a name.
func (c *Context) afterPortfolio(j, end int) int {
	if !c.portfolioAt(j, end) {
		return j
	}
	k := j + 1
	for k < end && k-j < 6 {
		t := c.Doc.Tokens[k]
		if t.Class == text.Punct || c.mentionStarting(k) >= 0 {
			return j
		}
		if m, ok := c.L.Titles.At(c.Doc.Tokens, k, end, true); ok && c.L.AndClitic(m.Clitic) {
			return k
		}
		k++
	}
	return j
}

// portfolioNationality reads the field of a minister or official and the
// nationality after the title, up to the name at token e: "وزير [البترول]
// [المصري] شريف إسماعيل", "وزير [الدفاع] [الأميركي] آشتون كارتر". One or
// two nouns with the article, no name among them, then a nationality that
// ends right at e. It returns e, or i when the words do not read so.
func (c *Context) portfolioNationality(i, e int) int {
	art := c.L.Article
	if art == "" {
		return i
	}
	for k := i; k < e && k-i < 2; k++ {
		t := c.Doc.Tokens[k]
		if t.Class != text.Word || !strings.HasPrefix(t.Fold, text.Fold(art)) || c.mentionStarting(k) >= 0 {
			return i
		}
		if _, ok := c.L.Stopwords.Has(t.Text); ok {
			return i
		}
		if n, ok := c.L.Nationalities.At(c.Doc.Tokens, k+1, e, false); ok && n.End == e {
			return e
		}
	}
	return i
}

// titleFitsGender reports whether the title at token i may be person p's:
// a title the list marks feminine ("مديرة") is not a man's. (A masculine
// title may be a woman's.)
func (c *Context) titleFitsGender(p, i, end int) bool {
	m, ok := c.L.Titles.At(c.Doc.Tokens, i, end, true)
	if !ok {
		return true
	}
	g := string(m.Value.Gender)
	pg := c.genderOf(p)
	return !(g == "f" && pg == "m") // Arabic news gives women masculine titles ("قالت الرئيس التنفيذي")
}
