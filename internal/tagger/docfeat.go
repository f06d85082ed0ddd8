package tagger

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// DocSentences is the number of consecutive sentences of a tagging corpus
// read as one document in training and scoring (ANERcorp has no article
// boundaries), as build.TagCoNLL reads a corpus.
const DocSentences = 30

// docMaxOthers caps the other occurrences of a word whose evidence a
// token reads (the first ones of the document).
const docMaxOthers = 8

// docRef is a token of a document: sentence and position.
type docRef struct{ s, i int32 }

// addDocFeatures fills the doc field of every token of a document
// (FeatDoc): what the other occurrences of the same word in the document
// show — their gazetteer matches and those of their neighbours, their
// case (cased scripts), the clusters and shapes of their neighbours — and
// how often and where the word occurs ("pos=first", "pos=later",
// "pos=only"). A name is often introduced once with a title, a trigger or
// its full form and then repeated alone; the repetition reads the
// evidence of the introduction. Words are matched on their folded form
// and, in Arabic, on its clitic-stripped forms.
func addDocFeatures(doc [][]tokInfo, cased, clusters bool) {
	x := newDocIndex(doc)
	var others []docRef
	var ev []string
	for s := range doc {
		for i := range doc[s] {
			in := &doc[s][i]
			if !x.word[s][i] {
				continue
			}
			self := docRef{int32(s), int32(i)}
			others = x.others(doc, self, others[:0])
			pos := "pos=only"
			if len(others) > 0 {
				pos = "pos=first"
				for _, o := range others {
					if o.s < self.s || (o.s == self.s && o.i < self.i) {
						pos = "pos=later"
						break
					}
				}
			}
			ev = append(ev[:0], pos)
			for _, o := range others {
				ev = appendEvidence(ev, doc[o.s], int(o.i), cased, clusters)
			}
			slices.Sort(ev[1:])
			in.doc = slices.Clone(slices.Compact(ev))
		}
	}
}

// docIndex finds the occurrences of a word in a document, by its folded
// form and its clitic-stripped forms.
// word[s][i] is docWord of the token's folded form.
type docIndex struct {
	occ  map[string][]docRef
	word [][]bool
}

func newDocIndex(doc [][]tokInfo) *docIndex {
	n := 0
	for _, s := range doc {
		n += len(s)
	}
	x := &docIndex{occ: make(map[string][]docRef, n), word: make([][]bool, len(doc))}
	words := make([]bool, n)
	for s := range doc {
		x.word[s], words = words[:len(doc[s]):len(doc[s])], words[len(doc[s]):]
		for i := range doc[s] {
			in := &doc[s][i]
			if !docWord(in.fold) {
				continue
			}
			x.word[s][i] = true
			r := docRef{int32(s), int32(i)}
			x.occ[in.fold] = appendRef(x.occ[in.fold], r)
			for _, f := range in.strip {
				x.occ[f] = appendRef(x.occ[f], r)
			}
		}
	}
	return x
}

// others appends to buf the other occurrences of the word at self (at
// most docMaxOthers, the first ones of the document).
func (x *docIndex) others(doc [][]tokInfo, self docRef, buf []docRef) []docRef {
	add := func(rs []docRef) {
		for _, r := range rs {
			if len(buf) < docMaxOthers && r != self && !slices.Contains(buf, r) {
				buf = append(buf, r)
			}
		}
	}
	in := &doc[self.s][self.i]
	add(x.occ[in.fold])
	for _, f := range in.strip {
		add(x.occ[f])
	}
	return buf
}

// addHistory fills the hist field of every token of a document
// (FeatHistory, the "extended prediction history" of Ratinov & Roth 2009
// read in two passes): the tags a first model gave the other occurrences
// of the word in the document ("H=B-PER", ...) and their majority type
// ("Hm=PER", "Hm=O").
func addHistory(doc [][]tokInfo, pred [][]string) {
	x := newDocIndex(doc)
	var others []docRef
	arena := make([]string, 0, 2*len(x.occ)) // the hist slices, one allocation
	for s := range doc {
		for i := range doc[s] {
			in := &doc[s][i]
			if !x.word[s][i] {
				continue
			}
			others = x.others(doc, docRef{int32(s), int32(i)}, others[:0])
			if len(others) == 0 {
				continue
			}
			var count [numTags]int
			var byType [(numTags-1)/2 + 1]int
			for _, o := range others {
				k := tagIndex[pred[o.s][o.i]]
				count[k]++
				byType[typeOf(k)+1]++
			}
			start := len(arena)
			arena = append(arena, in.hist...)
			for k, c := range count {
				if c > 0 {
					arena = append(arena, histTag[k])
				}
			}
			m := 0
			for k, c := range byType {
				if c > byType[m] {
					m = k
				}
			}
			arena = append(arena, histMaj[m])
			in.hist = arena[start:len(arena):len(arena)]
		}
	}
}

var histTag, histMaj = func() (tags, maj []string) {
	for _, t := range tagNames {
		tags = append(tags, "H="+t)
	}
	maj = append(maj, "Hm=O")
	for _, t := range Types {
		maj = append(maj, "Hm="+t)
	}
	return tags, maj
}()

func appendRef(rs []docRef, r docRef) []docRef {
	if len(rs) > 2*docMaxOthers {
		return rs
	}
	return append(rs, r)
}

// docWord reports whether a folded token takes part in the document
// features: at least two runes, one of them a letter.
func docWord(f string) bool {
	if utf8.RuneCountInString(f) < 2 {
		return false
	}
	for _, r := range f {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// appendEvidence appends what occurrence i of a sentence shows.
func appendEvidence(ev []string, in []tokInfo, i int, cased, clusters bool) []string {
	t := &in[i]
	for _, g := range t.gaz {
		ev = append(ev, "g="+g)
	}
	if i > 0 {
		for _, g := range in[i-1].gaz {
			ev = append(ev, "g-1="+g)
		}
		ev = append(ev, "ss-1="+in[i-1].short)
	}
	if i+1 < len(in) {
		for _, g := range in[i+1].gaz {
			ev = append(ev, "g+1="+g)
		}
		ev = append(ev, "ss+1="+in[i+1].short)
	}
	if clusters {
		ev = append(ev, "c-1="+cluPrefix(cluAt(in, i-1), 6), "c+1="+cluPrefix(cluAt(in, i+1), 6))
	}
	if cased && i > 0 && t.raw != "" {
		if unicode.IsUpper(firstRune(t.raw)) {
			ev = append(ev, "cap")
		} else {
			ev = append(ev, "low")
		}
	}
	return ev
}
