package relations

// reportedBefore is the rule "participle-not-in-report": a person named
// inside the speech an earlier verb of the sentence reports is not the
// subject a participle speaks for ("وأكد المصدر أن المقاومة غنمت دوريات
// الحوثيين وقوات صالح، موضحًا أن …": the source explains, not صالح). It
// reports whether token t, where the candidate's name starts, comes after a
// speech verb between token first and token part (the participle) and the
// introducer (أن، إن، that) that opens that verb's clause.
func (c *Context) reportedBefore(t, part, first int) bool {
	for k := first; k < t; k++ {
		if c.quotedBefore(k, first) {
			continue
		}
		m, ok := c.L.SpeechVerbs.At(c.Doc.Tokens, k, part, true)
		if !ok {
			continue
		}
		for j := m.End; j < t && j-m.End < 25; j++ {
			if _, ok := c.introducerAt(j, part); ok {
				return true
			}
		}
		k = m.End - 1
	}
	return false
}
