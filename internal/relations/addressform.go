package relations

// Rule address-form (address_forms.txt): in a list of dignitaries each
// member opens with a form of address before its title ("… وزير الدفاع
// ومعالي وزير الدولة عضو مجلس الوزراء الدكتور فلان، ومعالي وزير الخارجية
// …"). A title ends before one, and a title standing before one is the
// previous member's, not the title of the name that follows. Named in
// --explain through the title rules that use it (readTitle, title-org-name).

// addressFormAt reports a form of address, bare or with a glued و,
// starting at token j: the token after it and whether و was glued on.
func (c *Context) addressFormAt(j, end int) (after int, joined, ok bool) {
	if c.L.AddressForms == nil || c.L.AddressForms.Len() == 0 {
		return 0, false, false
	}
	m, ok := c.L.AddressForms.At(c.Doc.Tokens, j, end, true)
	if !ok || m.Clitic != "" && !c.L.AndClitic(m.Clitic) {
		return 0, false, false
	}
	return m.End, m.Clitic != "", true
}

// addressedMemberBetween reports a form of address in tokens [a, b) that
// opens another member of a list: one joined by و ("ومعالي", "وصاحب السمو
// الملكي الأمير فلان"), or one followed by a title of its own before b
// ("وزير الدفاع معالي وزير الدولة الدكتور فلان"). A bare form right before
// the name ("وزير الداخلية صاحب السمو الملكي الأمير فلان") is that name's.
func (c *Context) addressedMemberBetween(a, b int) bool {
	for t := a; t < b; t++ {
		e, joined, ok := c.addressFormAt(t, b)
		if !ok {
			continue
		}
		if joined {
			return true
		}
		for u := e; u < b; u++ {
			if m, ok := c.L.Titles.At(c.Doc.Tokens, u, b, true); ok && !c.isHonorific(u, m.End) {
				return true
			}
		}
	}
	return false
}
