package relations

// impersonalSpeech reports whether the speech verb at token i is used
// without a speaker: a phrase of impersonal_speech.txt ("يذكر أن", "الجدير
// بالذكر أن", "وهو ما يشير إلى أن") starts at most two tokens before it and
// covers it. What such a verb introduces is the writer's statement, not a
// quote of whoever spoke last.
func (c *Context) impersonalSpeech(i, end, first int) bool {
	set := c.L.ImpersonalSpeech
	if set == nil {
		return false
	}
	for k := max(first, i-2); k <= i; k++ {
		if m, ok := set.At(c.Doc.Tokens, k, end, true); ok && m.Start <= i && m.End > i {
			return true
		}
	}
	return false
}
