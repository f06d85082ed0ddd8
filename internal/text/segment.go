package text

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"graphbuild/schema"
)

// pageRules is the per-language knowledge segmentation reads from schema:
// boilerplate phrases, byline openers and abbreviations that do not end a
// sentence.
type pageRules struct {
	boilerplate []string // folded phrases; a short paragraph containing one is boilerplate
	bylines     []string // folded openers of a byline: "by", "تحليل", "تقرير"
	abbrev      map[string]bool
}

// loadPageRules returns the page rules, built once: they do not depend on
// the document's language (both languages' lists apply to every page).
func loadPageRules(Lang) pageRules { return pageRulesOnce() }

var pageRulesOnce = sync.OnceValue(buildPageRules)

func buildPageRules() pageRules {
	r := pageRules{abbrev: map[string]bool{}}
	// Boilerplate and byline phrases of both languages apply to every page:
	// an Arabic page carries English footers often enough.
	for _, l := range []Lang{Arabic, English} {
		for _, w := range listOrNil(l, "boilerplate") {
			r.boilerplate = append(r.boilerplate, FoldName(w))
		}
		for _, w := range listOrNil(l, "bylines") {
			r.bylines = append(r.bylines, FoldName(w))
		}
	}
	for _, l := range []Lang{Arabic, English} {
		for _, w := range listOrNil(l, "abbreviations") {
			r.abbrev[strings.ToLower(strings.TrimSuffix(w, "."))] = true
		}
	}
	return r
}

func listOrNil(l Lang, name string) []string {
	w, err := schema.Words(string(l), name)
	if err != nil {
		return nil
	}
	return w
}

// creditTail matches a photo credit at the end of a caption:
// " - Tingshu Wang/Reuters", " – شي شانغقو/VCG/Getty Images".
var creditTail = regexp.MustCompile(`\s[-–—]\s*([^-–—\n]{2,90}/[^-–—\n]{2,60})\s*$`)

// creditTailAt is creditTail.FindStringSubmatchIndex(s), without running
// the expression on a paragraph that has no slash or no dash (most).
func creditTailAt(s string) []int {
	if !strings.Contains(s, "/") || !strings.ContainsAny(s, "-–—") {
		return nil
	}
	return creditTail.FindStringSubmatchIndex(s)
}

// Segment splits d.Text into paragraphs, sentences and tokens and marks the
// kind of each paragraph. It never changes d.Text, so every span stays valid.
func Segment(d *Document) {
	rules := loadPageRules(d.Lang)
	d.Paragraphs = splitParagraphs(d.Text)
	classifyParagraphs(d, rules)
	d.Sentences = d.Sentences[:0]
	if d.Tokens == nil {
		// About one token per 7 bytes of news (5 in English, 9 in
		// Arabic): most documents need one allocation, not a dozen.
		d.Tokens = make([]Token, 0, len(d.Text)/7+16)
	}
	d.Tokens = d.Tokens[:0]
	for pi, p := range d.Paragraphs {
		for _, s := range splitSentences(d.Text, p.Span, rules) {
			sent := Sentence{Span: s, Para: pi, Kind: p.Kind, FirstToken: len(d.Tokens)}
			d.Tokens = appendTokens(d.Tokens, d.Text[s.Start:s.End])
			for k := sent.FirstToken; k < len(d.Tokens); k++ {
				t := &d.Tokens[k]
				t.Start += s.Start
				t.End += s.Start
				t.Sent = len(d.Sentences)
			}
			sent.EndToken = len(d.Tokens)
			d.Sentences = append(d.Sentences, sent)
		}
	}
	if d.Title == "" {
		for _, p := range d.Paragraphs {
			if p.Kind == Title {
				d.Title = d.Slice(p.Span)
				break
			}
		}
	}
	if d.Published == "" {
		for _, p := range d.Paragraphs {
			if p.Kind == Dateline {
				d.Published = findISODate(d.Slice(p.Span))
				break
			}
		}
	}
}

// splitParagraphs returns the non-blank lines of s, trimmed of surrounding
// space.
func splitParagraphs(s string) []Paragraph {
	var out []Paragraph
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		sp := trimSpan(s, Span{start, end})
		if sp.Len() > 0 {
			out = append(out, Paragraph{Span: sp})
		}
		start = end + 1
	}
	return out
}

func trimSpan(s string, sp Span) Span {
	for sp.Start < sp.End {
		r, n := utf8.DecodeRuneInString(s[sp.Start:])
		if !isSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(s[:sp.End])
		if !isSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0x200B || r == 0x200E || r == 0x200F || r == 0xFEFF
}

func classifyParagraphs(d *Document, rules pageRules) {
	seen := map[string]bool{}
	var out []Paragraph
	firstContent := true
	for _, p := range d.Paragraphs {
		txt := d.Slice(p.Span)
		key := FoldName(txt)
		words := CountFields(txt)
		switch {
		case seen[key] && key != "":
			p.Kind = Duplicate
		case isBoilerplate(key, words, rules):
			p.Kind = Boilerplate
		case firstContent && words <= 40:
			p.Kind = Title
		case words <= 12 && hasPrefixAny(key, rules.bylines):
			p.Kind = Byline
		case words <= 25 && findISODate(txt) != "" && !endsSentence(txt) && creditTailAt(txt) == nil:
			p.Kind = Dateline
		case isStockWidget(txt):
			p.Kind = Boilerplate
		}
		if key != "" {
			seen[key] = true
		}
		if p.Kind == Body {
			if loc := creditTailAt(txt); loc != nil && words >= 4 {
				// A caption: the description, then the credit after the dash.
				cap := trimSpan(d.Text, Span{p.Start, p.Start + loc[0]})
				cred := trimSpan(d.Text, Span{p.Start + loc[2], p.Start + loc[3]})
				out = append(out, Paragraph{Span: cap, Kind: Caption}, Paragraph{Span: cred, Kind: Credit})
				firstContent = false
				continue
			}
			if words <= 7 && !endsSentence(txt) && !strings.ContainsAny(txt, "“”«»\":،,") {
				p.Kind = Heading
			}
		}
		firstContent = firstContent && !p.Kind.Extractable() // page furniture before the headline does not count
		out = append(out, p)
	}
	d.Paragraphs = out
}

func isBoilerplate(folded string, words int, rules pageRules) bool {
	if words > 60 {
		return false
	}
	for _, b := range rules.boilerplate {
		if b == "" {
			continue
		}
		if folded == b || (strings.Contains(folded, b) && words <= 8) || (len(b) > 20 && strings.Contains(folded, b)) {
			return true
		}
	}
	return false
}

// isStockWidget recognises a ticker line such as "بائع التجزئة علي بابا +2.15%".
var stockWidget = regexp.MustCompile(`[+\-−]\d+(\.\d+)?%\s*$`)

func isStockWidget(s string) bool {
	// The pattern ends in "%" and \s* ([\t\n\f\r ]): no other text can match.
	if !strings.HasSuffix(strings.TrimRight(s, "\t\n\f\r "), "%") {
		return false
	}
	return CountFields(s) <= 8 && stockWidget.MatchString(s)
}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if p != "" && (s == p || strings.HasPrefix(s, p+" ")) {
			return true
		}
	}
	return false
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return isSpace(r) || isCloseQuote(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '؟' || r == '…' || r == ':'
}

func isOpenQuote(r rune) bool  { return r == '“' || r == '«' || r == '‘' }
func isCloseQuote(r rune) bool { return r == '”' || r == '»' || r == '’' || r == '"' }

// splitSentences splits a paragraph at sentence-final punctuation that is
// followed by space. A terminator inside an open quotation does not end the
// sentence, so a quote and its attribution stay together; if the paragraph's
// quotation marks never balance, it is split ignoring them.
func splitSentences(s string, p Span, rules pageRules) []Span {
	if out, ok := splitSentencesQuoted(s, p, rules, true); ok {
		return out
	}
	out, _ := splitSentencesQuoted(s, p, rules, false)
	return out
}

func splitSentencesQuoted(s string, p Span, rules pageRules, respectQuotes bool) ([]Span, bool) {
	var out []Span
	depth := 0
	straight := false // inside a "…" pair
	start := p.Start
	i := p.Start
	for i < p.End {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '“' || r == '«':
			depth++
		case r == '”' || r == '»':
			if depth > 0 {
				depth--
			}
		case r == '"':
			straight = straightOpen(straight, StraightMarkRole(s, i, p))
		}
		inQuote := respectQuotes && (depth > 0 || straight)
		if inQuote && depth == 0 && (r == '.' || r == '!' || r == '?') && (reopensAfter(s, i+n, p) || r == '.' && closesSentence(s, i+n, p)) {
			inQuote = false // "… next year. "Costs …", "… less." However, …": the quotation and the sentence end
		}
		if !inQuote && (r == '.' || r == '!' || r == '?' || r == '؟' || r == '…') {
			end := i + n
			// Swallow repeated terminators and closing quotes/brackets.
			for end < p.End {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '؟' || isCloseQuote(r2) || r2 == ')' {
					if r2 == '"' {
						straight = straightOpen(straight, StraightMarkRole(s, end, p))
					}
					end += n2
					continue
				}
				break
			}
			if end >= p.End || nextIsSpace(s, end) || r == '.' && end == i+n && gluedStop(s, start, i, end, p.End, rules) {
				if r != '.' || !isAbbreviation(s, start, i, rules) || quoteFollows(s, end, p.End) {
					if sp := trimSpan(s, Span{start, end}); sp.Len() > 0 {
						out = append(out, sp)
					}
					start = end
				}
			}
			i = end
			continue
		}
		i += n
	}
	if sp := trimSpan(s, Span{start, p.End}); sp.Len() > 0 {
		out = append(out, sp)
	}
	balanced := depth == 0 && !straight
	return out, balanced || !respectQuotes
}

// straightOpen is whether a straight quotation is open after a mark of
// role r, open telling whether one was open before it.
func straightOpen(open bool, r MarkRole) bool {
	switch r {
	case MarkOpens:
		return true
	case MarkCloses:
		return false
	}
	return !open
}

func nextIsSpace(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isSpace(r)
}

// isAbbreviation reports whether the period at dot ends an abbreviation
// (Mr. Dr. Inc. U.S.) or an initial (J.) rather than a sentence.
func isAbbreviation(s string, from, dot int, rules pageRules) bool {
	j := dot
	for j > from {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if isSpace(r) || r == '(' || isOpenQuote(r) {
			break
		}
		j -= n
	}
	w := s[j:dot]
	if w == "" {
		return false
	}
	if rules.abbrev[strings.ToLower(w)] {
		return true
	}
	// A single capital letter is an initial; "U.S" style dotted capitals too.
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if strings.Contains(w, ".") {
		for _, r := range w {
			if r != '.' && !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	return false
}

// quoteFollows reports whether the next non-space character after i opens a
// quotation: "… outside the U.S. “Our customers …”" ends a sentence even
// after an abbreviation.
func quoteFollows(s string, i, end int) bool {
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			return r == '“' || r == '"' || r == '«'
		}
		i += n
	}
	return false
}
