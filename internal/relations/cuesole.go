package relations

import "graphbuild/schema"

// soleSubject returns the subject of a cue whose subject is not written
// near it, in a language whose verbs come first (lang.Profile.VerbFirst):
// a pro-dropped verb or a verbal noun far into a sentence that named one
// organisation at its start, "تصرف شل … حيث وقعت في ابريل اتفاقا بقيمة 70
// بليون دولار للاستحواذ على مجموعة "بي جي"" (rule cue-sole-subject). The
// mention is the last of the one entity that the sentence names before the
// cue; -1 when that entity is not of types, or when the sentence names
// none or several people or organisations there (the cue's subject is then
// not ours to guess: "دفع جيمس تومسون … لتطبيق صممته X … يأمل في أن يستخدم
// هاتف آيفون").
func (c *Context) soleSubject(si, cueStart int, types []schema.Type) int {
	found, ent := -1, -1
	for _, mi := range c.mentionsIn(si) {
		m := c.R.Mentions[mi]
		if m.Tok[1] > cueStart || m.Entity < 0 || !hasType(m.Type, append([]schema.Type{schema.Person, schema.Organization}, types...)) {
			continue
		}
		if ent >= 0 && c.ent(mi) != ent {
			return -1
		}
		found, ent = mi, c.ent(mi)
	}
	if found < 0 || !hasType(c.typeOf(found), types) {
		return -1
	}
	return found
}
