package relations

import (
	"strings"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

// bareVerbSpeaker resolves a speech verb with no named subject at token i
// ("وقال:", "وأضاف أن"): the last speaker of its gender, unless the
// sentence before, in the same paragraph, has no speech verb and opens
// with a verb whose subject is a named person ("كما رحب الرئيس التنفيذي
// لبورصة البحرين الشيخ فلان بالإدراج. وقال: …"): then that person speaks.
func (st *quoteState) bareVerbSpeaker(i int, gender string) int {
	last := st.lastSpeaker(gender)
	c := st.c
	si := c.sentence(i)
	if si == 0 || !c.L.VerbFirst {
		return last
	}
	prev, cur := c.Doc.Sentences[si-1], c.Doc.Sentences[si]
	if prev.Para != cur.Para || !prev.Kind.Readable() || c.hasSpeechVerb(prev) {
		return last
	}
	pm := c.openingVerbSubject(si - 1)
	if pm < 0 {
		return last
	}
	e := c.ent(pm)
	if g := c.genderOf(e); gender != "" && g != "" && g != gender {
		return last
	}
	return e
}

// hasSpeechVerb reports whether sentence s holds a speech verb.
func (c *Context) hasSpeechVerb(s text.Sentence) bool {
	for k := s.FirstToken; k < s.EndToken; k++ {
		if _, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, k, s.EndToken, true); ok {
			return true
		}
	}
	return false
}

// openingVerbSubject returns the person named as the subject of the verb that
// opens sentence si ("كما رحب [TITLE ORG] فلان …", "واستقبل فلان …"), or -1.
// One or two function words may stand before the verb, and a topic opener
// (rule topic-opener-subject: "ومن جهته، عبر فلان عن تفاؤله").
func (c *Context) openingVerbSubject(si int) int {
	s := c.Doc.Sentences[si]
	first := c.skipTopicOpener(s.FirstToken, s.EndToken)
	if first > s.FirstToken && first+1 < s.EndToken && c.Doc.Tokens[first].Class == text.Word && c.mentionStarting(first) < 0 {
		// The verb right after the opener, even one the stopwords hold
		// ("ومن جهته عبر فلان عن …").
		if pm := c.mentionStarting(first + 1); pm >= 0 && c.typeOf(pm) == schema.Person {
			return pm
		}
	}
	k := first
	for k < s.EndToken && k-first < 2 {
		if _, ok := c.L.Stopwords.Has(c.Doc.Tokens[k].Text); !ok {
			break
		}
		k++
	}
	if k+1 >= s.EndToken || c.Doc.Tokens[k].Class != text.Word || c.mentionStarting(k) >= 0 {
		return -1
	}
	v := k + 1
	if pm := c.mentionStarting(v); pm >= 0 {
		if c.typeOf(pm) == schema.Person {
			return pm
		}
		return -1
	}
	if _, j, _, _, ok := c.readTitle(v, s.EndToken); ok {
		if pm := c.mentionStarting(j); pm >= 0 && c.typeOf(pm) == schema.Person {
			return pm
		}
		return c.speakerAfterTitle(j, s.EndToken)
	}
	return -1
}

// titleHolder returns the one person of the document whose job title, read
// by the fact rules, begins with the title phrase at tokens [i, j)
// ("وأضافت المتحدثة باسم الادعاء العام، أن …" after "ناتالي جوث المتحدثة
// باسم الادعاء العام"); -1 when no person or more than one holds it.
func (c *Context) titleHolder(i, j int) int {
	words := strings.Fields(text.Fold(c.Doc.Slice(text.Span{Start: c.Doc.Tokens[i].Start, End: c.Doc.Tokens[j-1].End})))
	if len(words) == 0 {
		return -1
	}
	holder := -1
	for _, f := range c.Out.Facts {
		if f.Predicate != "jobTitle" || f.Value == nil || f.Subject == holder {
			continue
		}
		tw := strings.Fields(text.Fold(f.Value.Text))
		if n := min(len(tw), len(words)); !sameWords(tw[:n], words[:n]) {
			continue
		}
		if holder >= 0 {
			return -1 // two people hold it
		}
		holder = f.Subject
	}
	return holder
}

func sameWords(a, b []string) bool {
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// skipTopicOpener is the rule "topic-opener-subject": a phrase at token k
// that says the sentence turns to a new person ("ومن جهته"، "وبدوره";
// topic_openers.txt), with the comma after it, is passed over to reach the
// sentence's verb; k when none is there.
func (c *Context) skipTopicOpener(k, end int) int {
	m, ok := c.L.TopicOpeners.At(c.Doc.Tokens, k, end, true)
	if !ok {
		return k
	}
	k = m.End
	for k < end && c.Doc.Tokens[k].Class == text.Punct {
		k++
	}
	return k
}
