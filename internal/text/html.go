package text

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end a paragraph: their text goes on a line of its own.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Tr: true, atom.Table: true,
	atom.Blockquote: true, atom.Figcaption: true, atom.Figure: true, atom.Article: true, atom.Section: true,
	atom.Header: true, atom.Footer: true, atom.Title: true, atom.Pre: true, atom.Hr: true, atom.Dd: true, atom.Dt: true,
}

// hiddenElements hold no visible text.
var hiddenElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Iframe: true,
}

// parseHTML extracts the visible text of an HTML page, one line per block,
// keeping for every byte of the text the offset of the input byte it came
// from, so spans still point into the original file.
func parseHTML(data []byte) *Document {
	d := &Document{}
	var txt bytes.Buffer
	var origin, originEnd []int
	z := html.NewTokenizer(bytes.NewReader(data))
	off := 0
	hidden := 0
	inTitle := false
	var title strings.Builder
	newline := func(at int) {
		if txt.Len() > 0 && txt.Bytes()[txt.Len()-1] != '\n' {
			txt.WriteByte('\n')
			origin = append(origin, at)
			originEnd = append(originEnd, at)
		}
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.ErrorToken:
			d.Text, d.origin, d.originEnd = txt.String(), origin, originEnd
			if t := strings.TrimSpace(title.String()); t != "" { // else keep og:title
				d.Title = t
			}
			return d
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if hiddenElements[a] && tt == html.StartTagToken {
				hidden++
			} else if hiddenElements[a] && tt == html.EndTagToken && hidden > 0 {
				hidden--
			}
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
			}
			if a == atom.Meta && hasAttr {
				readMeta(z, d)
			}
			if blockElements[a] {
				newline(start)
			}
		case html.TextToken:
			if hidden > 0 {
				continue
			}
			if inTitle {
				title.WriteString(html.UnescapeString(string(raw)))
				continue
			}
			appendText(&txt, &origin, &originEnd, raw, start)
		}
	}
}

// appendText adds the unescaped text of one raw text token. Where escaping
// changed nothing, each byte maps to itself; an entity maps all its output
// bytes to the whole entity: origin to its '&', originEnd past its ';'.
func appendText(txt *bytes.Buffer, origin, originEnd *[]int, raw []byte, start int) {
	i := 0
	for i < len(raw) {
		if raw[i] == '&' {
			if j := bytes.IndexByte(raw[i:], ';'); j > 1 && j < 12 && entityName(raw[i+1:i+j]) {
				ent := html.UnescapeString(string(raw[i : i+j+1]))
				if ent != string(raw[i:i+j+1]) {
					for k := 0; k < len(ent); k++ {
						*origin = append(*origin, start+i)
						*originEnd = append(*originEnd, start+i+j+1)
					}
					txt.WriteString(ent)
					i += j + 1
					continue
				}
			}
		}
		c := raw[i]
		if c == '\r' || c == '\t' || c == '\n' {
			c = ' '
		}
		txt.WriteByte(c)
		*origin = append(*origin, start+i)
		*originEnd = append(*originEnd, start+i+1)
		i++
	}
}

// entityName reports whether b can be the name of a character reference
// between '&' and ';': letters and digits, or '#' and a number.
func entityName(b []byte) bool {
	for k, c := range b {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '#' && k == 0) {
			return false
		}
	}
	return len(b) > 0
}

func readMeta(z *html.Tokenizer, d *Document) {
	var key, content string
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "property", "name", "itemprop":
			key = string(v)
		case "content":
			content = string(v)
		}
		if !more {
			break
		}
	}
	switch key {
	case "article:published_time", "datePublished", "pubdate", "date":
		if len(content) >= 10 && isoDate.MatchString(content[:10]) {
			d.Published = content[:10]
		}
	case "og:title":
		if d.Title == "" {
			d.Title = content
		}
	case "og:url":
		d.URL = content
	}
}
