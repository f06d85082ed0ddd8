package text

// Mixed-language documents (issue 15, finding 8: an article with Arabic and
// English paragraphs was read as Arabic throughout, giving junk entities
// such as "the" and none of its English quotes). The language is decided
// per paragraph; a document with enough of both is read twice, once per
// language, each pass seeing only its own paragraphs (the others are
// Foreign: kept, with every offset, but not read).

// minForeignLetters is how many letters of the other language a document
// needs before it is read as mixed: a paragraph or two, not a quoted name.
const minForeignLetters = 120

// minParaLetters is how many letters a paragraph needs to decide its own
// language; shorter ones (a date, a number, "CNN") go with the one before.
const minParaLetters = 12

// SplitByLang returns one document per language of a mixed document, each
// segmented in its language with the other language's paragraphs marked
// Foreign, or nil when the document is in one language (or its language was
// given).
func SplitByLang(d *Document) []*Document {
	if d.LangGiven || len(d.Paragraphs) < 2 {
		return nil
	}
	langs := paragraphLangs(d)
	letters := map[Lang]int{}
	for i, p := range d.Paragraphs {
		ar, lat := letterCounts(d.Text[p.Start:p.End])
		if langs[i] == Arabic {
			letters[Arabic] += ar
		} else {
			letters[English] += lat
		}
	}
	other := English
	if d.Lang == English {
		other = Arabic
	}
	if letters[other] < minForeignLetters {
		return nil
	}
	var out []*Document
	for _, l := range []Lang{d.Lang, other} {
		sub := *d
		sub.Lang = l
		sub.Paragraphs, sub.Sentences, sub.Tokens = nil, nil, nil
		Segment(&sub)
		if len(sub.Paragraphs) != len(d.Paragraphs) {
			return nil // paragraphs are found without language rules; never expected
		}
		for i := range sub.Paragraphs {
			if langs[i] != l {
				sub.Paragraphs[i].Kind = Foreign
			}
		}
		for i := range sub.Sentences {
			if langs[sub.Sentences[i].Para] != l {
				sub.Sentences[i].Kind = Foreign
			}
		}
		out = append(out, &sub)
	}
	return out
}

// paragraphLangs decides the language of each paragraph: its own when it
// has enough letters, else that of the paragraph before (the document's
// for the first).
func paragraphLangs(d *Document) []Lang {
	out := make([]Lang, len(d.Paragraphs))
	cur := d.Lang
	for i, p := range d.Paragraphs {
		if ar, lat := letterCounts(d.Text[p.Start:p.End]); ar+lat >= minParaLetters {
			cur = DetectLang(d.Text[p.Start:p.End])
		}
		out[i] = cur
	}
	return out
}

func letterCounts(s string) (ar, lat int) {
	for _, r := range s {
		switch {
		case IsArabicLetter(r):
			ar++
		case IsLatinLetter(r):
			lat++
		}
	}
	return
}
