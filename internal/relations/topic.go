package relations

import (
	"graphbuild/internal/lang"
	"sync"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// isCompanyAnaphor reports "الشركة", "للشركة", "the company" at token t.
func (c *Context) isCompanyAnaphor(t int) bool {
	for _, f := range text.StripProclitics(c.Doc.Tokens[t].Text) {
		if lang.Has(c.L.CompanyAnaphors, f) && (c.L.Article != "" || t > 0 && lang.Has(c.L.DefiniteArticles, c.Doc.Tokens[t-1].Fold)) {
			return true
		}
	}
	return false
}

// topicOrganization returns a mention of the organisation mentioned most
// often before token t (the earliest on a tie), or -1.
func (c *Context) topicOrganization(t int) int {
	return c.topics(func(i int) bool {
		m := c.R.Mentions[i]
		return m.Type == schema.Organization && m.Entity >= 0 && c.readable(m.Tok[0]) && !c.isMedia(m.Entity)
	}).at(t)
}

// topicOrganizationScan is topicOrganization by a scan of every mention:
// the definition topics (index.go) is tested against.
func (c *Context) topicOrganizationScan(t int) int {
	count := map[int]int{}
	first := map[int]int{}
	for i, m := range c.R.Mentions {
		if m.Tok[1] > t || m.Type != schema.Organization || m.Entity < 0 || !c.readable(m.Tok[0]) || c.isMedia(m.Entity) {
			continue
		}
		if _, ok := first[m.Entity]; !ok {
			first[m.Entity] = i
		}
		count[m.Entity]++
	}
	best := -1
	for e, n := range count {
		if best < 0 || n > count[best] || n == count[best] && first[e] < first[best] {
			best = e
		}
	}
	if best < 0 {
		return -1
	}
	return first[best]
}

// mediaKinds are the lexicon kinds of news organisations: they report on
// companies, so an article is rarely about them.
var mediaKinds = map[string]bool{"broadcaster": true, "magazine": true, "news-agency": true, "news-site": true, "newspaper": true, "photo-agency": true, "newsletter": true}

// isMedia reports whether entity e is a news organisation the lexicon knows.
func (c *Context) isMedia(e int) bool {
	if e < 0 || c.R.Entities[e].LexID == "" {
		return false
	}
	return mediaKinds[lexKinds()[string(c.R.Entities[e].Type)+"/"+c.R.Entities[e].LexID]]
}

// lexKinds maps "Type/id" of every lexicon entry to its kind, built once.
var lexKinds = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, l := range schema.Lexicon() {
		m[string(l.Type)+"/"+l.ID] = l.Kind
	}
	return m
})
