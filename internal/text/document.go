package text

// Lang is a document language tag; internal/lang registers one profile per
// tag (its word lists, properties and steps).
type Lang string

const (
	Arabic  Lang = "ar"
	English Lang = "en"
)

// Kind says what part of a page a paragraph or sentence is. Extraction reads
// Body (and Title); captions and credits are kept and marked so that
// recognizers can treat their names as photographers and agencies, not
// speakers; boilerplate and duplicates are set aside without losing offsets.
type Kind uint8

const (
	Body        Kind = iota
	Title            // the headline
	Byline           // "By X, CNN" / "تحليل جون لي، CNN"
	Dateline         // the publication date line
	Heading          // a section heading inside the article
	Caption          // a photo caption (ends in a credit)
	Credit           // a photo credit: "- Name/Agency"
	Boilerplate      // "read more", disclaimers, privacy links, share widgets
	Duplicate        // an exact repeat of an earlier paragraph
	Foreign          // in the document's other language: read by that language's pass (mixed.go)
)

var kindNames = [...]string{"body", "title", "byline", "dateline", "heading", "caption", "credit", "boilerplate", "duplicate", "foreign"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Readable reports whether extraction reads text of this kind for facts and
// quotes about the article's subject.
func (k Kind) Readable() bool { return k == Body || k == Title || k == Heading || k == Byline }

// Extractable reports whether recognizers read text of this kind at all:
// everything but boilerplate and repeats. Captions and credits are read, and
// marked, so their names are known for what they are.
func (k Kind) Extractable() bool { return k != Boilerplate && k != Duplicate && k != Foreign }

// Paragraph is one block of text between line breaks.
type Paragraph struct {
	Span
	Kind Kind
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	Span
	Para       int // index into Document.Paragraphs
	Kind       Kind
	FirstToken int // index into Document.Tokens
	EndToken   int // one past the last token
}

// TokenClass is the coarse shape of a token.
type TokenClass uint8

const (
	Word   TokenClass = iota // letters, possibly with digits or inner dots/hyphens (Z.ai, GPT-4o)
	Number                   // digits with separators: 560, 1.5, ٥٦٠, 30%
	Punct                    // punctuation and symbols
)

// Token is one word, number or punctuation mark.
type Token struct {
	Span
	Text  string // as written
	Fold  string // Fold(Text)
	Class TokenClass
	Sent  int // index into Document.Sentences
	// forms caches StripFolded(Fold) for Forms; Tokenize fills it.
	forms []string
}

// Forms returns StripProclitics(t.Text): the folded word and its forms
// without proclitics. Tokens from Tokenize carry them computed once, so the
// phrase sets and recognizers that each try a token's forms do not fold and
// strip it again; a token whose Fold was changed after tokenizing, or one
// made by hand, has them computed. The slice is shared: do not modify it.
func (t *Token) Forms() []string {
	if len(t.forms) > 0 && t.forms[0] == t.Fold && t.Fold != "" {
		return t.forms
	}
	return StripProclitics(t.Text)
}

// Document is one article: the text the spans index, its language and its
// segmentation. Spans are byte offsets into Text; Orig maps them to offsets
// into the original input when the two differ (HTML).
type Document struct {
	ID        string
	Source    string
	Lang      Lang
	Title     string
	URL       string
	Published string
	SHA256    string // of the original input bytes of this document
	LangGiven bool   // Lang was given (--lang, a JSON line's "lang"), not detected

	Text       string
	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token

	// origin maps a byte offset of Text to a byte offset of the original
	// input; nil when they are the same.
	origin []int
	// originEnd maps a byte offset of Text to the end of the input bytes
	// it came from (past an entity's ';'); nil when origin is.
	originEnd []int
}

// Slice returns the text of s.
func (d *Document) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// Orig maps a span of Text to the span of the original input it came from.
func (d *Document) Orig(s Span) InputSpan {
	if d.origin == nil {
		return InputSpan(s)
	}
	at := func(i int) int {
		if i >= len(d.origin) {
			if len(d.origin) == 0 {
				return i
			}
			return d.origin[len(d.origin)-1] + (i - len(d.origin) + 1)
		}
		return d.origin[i]
	}
	end := at(s.End)
	if s.End > s.Start && s.End-1 < len(d.originEnd) {
		// The end of the last byte's source, not the start of the next
		// byte's: markup may lie between them ("<b>Bold</b> text").
		end = d.originEnd[s.End-1]
	}
	return InputSpan{at(s.Start), end}
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}
