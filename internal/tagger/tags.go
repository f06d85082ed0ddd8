package tagger

import "strings"

// Types are the entity types the tagger knows, in the order Scores reports
// them.
var Types = []string{"PER", "ORG", "LOC", "MISC"}

// tagNames is the tag set, index 0 is "O". B-X is 1+2k and I-X is 2+2k for
// type k of Types.
var tagNames = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

const numTags = 9

var tagIndex = func() map[string]int {
	m := make(map[string]int, len(tagNames))
	for i, t := range tagNames {
		m[t] = i
	}
	return m
}()

// isI reports whether tag index t is an I- tag.
func isI(t int) bool { return t > 0 && t%2 == 0 }

// typeOf returns the type index (0..3) of tag index t, or -1 for O.
func typeOf(t int) int {
	if t == 0 {
		return -1
	}
	return (t - 1) / 2
}

// allowed reports whether tag t may follow tag prev under BIO (prev = -1 at
// the start of a sentence): I-X only continues B-X or I-X.
func allowed(prev, t int) bool {
	if !isI(t) {
		return true
	}
	return prev >= 0 && typeOf(prev) == typeOf(t)
}

// allowedPrev[t] lists, in increasing order, the tags p with allowed(p, t);
// allowedNext[p] the tags t with allowed(p, t). The decoders loop over these
// instead of testing allowed for every pair (the same pairs, in the same
// order, so the same results).
var allowedPrev, allowedNext = func() (prev, next [numTags][]int8) {
	for p := range numTags {
		for t := range numTags {
			if allowed(p, t) {
				prev[t] = append(prev[t], int8(p))
				next[p] = append(next[p], int8(t))
			}
		}
	}
	return prev, next
}()

// splitTag returns the prefix ("B", "I" or "O") and type of a tag.
func splitTag(tag string) (prefix, typ string) {
	if tag == "" || tag == "O" {
		return "O", ""
	}
	if i := strings.IndexByte(tag, '-'); i > 0 {
		return tag[:i], tag[i+1:]
	}
	return "O", ""
}

// normType maps corpus type names to the tagger's: PERS is PER.
func normType(t string) string {
	switch t {
	case "PERS", "PERSON":
		return "PER"
	case "ORGANIZATION":
		return "ORG"
	case "LOCATION", "GPE":
		return "LOC"
	}
	return t
}

// Repair turns any IOB1/BIO-ish tag sequence into valid BIO over the
// tagger's types: type names are normalized (PERS → PER), an I-X that does not
// continue an X becomes B-X, and unknown tags become O. It returns a new
// slice.
func Repair(tags []string) []string {
	out := make([]string, len(tags))
	prevType := ""
	for i, tag := range tags {
		p, typ := splitTag(tag)
		typ = normType(typ)
		if _, ok := tagIndex["B-"+typ]; !ok || (p != "B" && p != "I") {
			out[i] = "O"
			prevType = ""
			continue
		}
		if p == "I" && prevType != typ {
			p = "B"
		}
		out[i] = p + "-" + typ
		prevType = typ
	}
	return out
}

// Span is an entity mention: tokens [Start, End) of type Type.
type Span struct {
	Start, End int
	Type       string
}

// Spans returns the entity mentions of a BIO tag sequence, reading it
// leniently (an I-X that does not continue an X starts a new mention).
func Spans(tags []string) []Span {
	var out []Span
	cur := -1
	for i, tag := range tags {
		p, typ := splitTag(tag)
		typ = normType(typ)
		if cur >= 0 && (p != "I" || out[cur].Type != typ) {
			cur = -1
		}
		switch {
		case p == "B" || (p == "I" && cur < 0):
			out = append(out, Span{Start: i, End: i + 1, Type: typ})
			cur = len(out) - 1
		case p == "I":
			out[cur].End = i + 1
		}
	}
	return out
}
