package relations

// stackedTitleAt (rule stacked-title) reports, in a head-first language, a
// title starting at token j right after a word that closes the title's noun
// phrase: a definite word or a name ("أمير منطقة عسير رئيس مجلس التنمية",
// "رئيس الهلال الأحمر السعودي مساعد …"). A noun after a closed phrase starts
// a phrase of its own, so the first title ends there; a title inside an
// open construct ("مستشار مكتب وزير الدفاع") goes on. The closing word may
// be the last of a listed title phrase of two words or more when the next
// title is indefinite (readTitle checks): "ولي العهد وزير الداخلية" is two
// titles; "رئيس مجلس إدارة الشركة", "الوزير المستشار" and "المدير المسؤول"
// are one.
func (c *Context) stackedTitleAt(j, end int) bool {
	if !c.L.HeadFirst || j == 0 {
		return false
	}
	m, ok := c.L.Titles.At(c.Doc.Tokens, j, end, true)
	if !ok || m.Clitic != "" {
		return false
	}
	first := c.Doc.Sentences[c.sentence(j)].FirstToken
	return c.L.Definite(c.Doc.Tokens[j-1].Fold) || c.prevMentionEndingAt(j, first) >= 0
}
