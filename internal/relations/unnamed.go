package relations

import (
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// unnamedSpeaker is what verbSpeaker returns for a speech verb whose
// subject is a source the writer does not name ("قال مصدر عسكري", "أكد
// شهود عيان", "تقول مصادر المعارضة"): no one to credit, and the quotes
// that follow are not the last named speaker's.
const unnamedSpeaker = -2

// unnamedSource reports whether the words at token k are the subject of
// unnamed_sources.txt ("مصدر", "مصادر", "أحد", "شهود"): a speaker the
// article does not name.
func (c *Context) unnamedSource(k, end int) bool {
	if c.L.UnnamedSources == nil || k >= end {
		return false
	}
	m, ok := c.L.UnnamedSources.At(c.Doc.Tokens, k, end, false)
	if !ok {
		return false
	}
	// "قال متحدث باسم الشرطة، جون سميث، إن": a name after all, before
	// what was said.
	for j := m.End; j < end && j < m.End+10; j++ {
		if _, intro := c.introducerAt(j, end); intro || isOpenQuoteTok(c.Doc.Tokens[j].Text) || c.Doc.Tokens[j].Text == ":" {
			break
		}
		if pm := c.mentionStarting(j); pm >= 0 && c.typeOf(pm) == schema.Person {
			return false
		}
	}
	return true
}

// unnamedSpoke records that the speech verb at token v has an unnamed
// subject: a pronoun verb after it ("وأضافت المصادر …، وتابعت:") refers
// to that source, not to the last named speaker of the gender.
func (st *quoteState) unnamedSpoke(v int, gender string) {
	if st.unnamedVerbs == nil {
		st.unnamedVerbs = map[int]bool{}
	}
	if st.unnamedVerbs[v] {
		return
	}
	st.unnamedVerbs[v] = true
	st.speakers = append(st.speakers, speaker{-1, gender})
}

// unnamedBefore reports a speech verb with an unnamed subject in tokens
// [from, to).
func (st *quoteState) unnamedBefore(from, to int) bool {
	for v := range st.unnamedVerbs {
		if v >= from && v < to {
			return true
		}
	}
	return false
}

// nameInMarks reports a quoted stretch starting at offset start that a
// naming word introduces (quote_name_markers.txt: "بعنوان «…»", "تحت شعار
// «…»", "ما يعرف بـ«…»"): a title, slogan or name, not a statement.
func (c *Context) nameInMarks(start int) bool {
	if c.L.QuoteNameMarkers == nil {
		return false
	}
	k := c.tokenAt(start) - 1
	for k >= 0 && c.Doc.Tokens[k].Class == text.Punct {
		k--
	}
	for j := max(0, k-2); j <= k; j++ {
		if m, ok := c.L.QuoteNameMarkers.At(c.Doc.Tokens, j, k+1, true); ok && m.End == k+1 {
			return true
		}
	}
	return false
}

// otherNameBefore reports, before quote q in its sentence, a person other
// than the paragraph's speaker so far ("ووصف أوباما ما حدث بأنه «…»"), or
// another named subject right after the sentence's opening verb ("حثت
// السعودية إيران على «…»", "وأعلن الكرملين أن"): the sentence is about
// someone else, and the quote does not continue the last speaker's words.
// A place or organisation further on ("في مؤتمر صحافي عقده في أنقرة") is
// only where it was said.
func (c *Context) otherNameBefore(s text.Sentence, q quoteMark, current int) bool {
	open := c.tokenAt(q.open.Start)
	for t := s.FirstToken; t < open; t++ {
		mi := c.mentionStarting(t)
		if mi < 0 || c.R.Mentions[mi].Entity < 0 || c.ent(mi) == current {
			continue
		}
		if c.typeOf(mi) == schema.Person || t <= s.FirstToken+2 {
			return true
		}
	}
	return false
}
