package entities

import (
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
)

// dropTitleComplements is the rule "title-complement": in a chain of two
// titles whose holder is named after a form of address, the words between
// the titles complete the first title and are no person. "وشكر أمين الطائف
// رئيس المجلس البلدي المهندس محمد …" (the tagger reads أمين الطائف as a
// person: أمين is also a given name) and "مدير شؤون المعلمين رئيس مركز
// المقابلات الأستاذ عبدالله …" (read as a name after مدير) name one man, the
// one after المهندس/الأستاذ. A person read by a recognizer (not the lexicon)
// is dropped when a title ends right before it or its first word opens a
// listed title (أمين of أمين منطقة), a title starts right after it, and an
// honorific or a form of address follows that title in the same clause
// (before any punctuation, within titleChainReach words). After a title
// ending right before the words, an honorific right after them will do
// when the words do not open with a listed given name: "ومدير درة العروس
// المهندس باسم الصديق", not "الباحث حمدي محمود الأستاذ المساعد". A name after an
// honorific or a rank ("الأمير فيصل بن بندر أمير منطقة الرياض … الأمير
// الوليد") is a name all the same.
func dropTitleComplements(d *text.Document, ms []Mention) []Mention {
	L := lang.Of(d.Lang)
	if L.Titles == nil || L.Titles.Len() == 0 || !L.HeadFirst {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if spanRuleTarget(m) && titleComplement(d, L, m.Tok[0], m.Tok[1]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// titleChainReach is how many words after the second title a form of
// address may come ("رئيس مركز المقابلات الشخصية الأستاذ").
const titleChainReach = 8

// titleComplement reports whether tokens [a, b) stand between two titles
// whose holder follows a form of address (rule "title-complement").
func titleComplement(d *text.Document, L *lang.Profile, a, b int) bool {
	s := d.Sentences[d.Tokens[a].Sent]
	if a > s.FirstToken {
		if _, whole := L.Honorifics.HasToken(&d.Tokens[a-1]); whole {
			return false // "الأمير فيصل بن بندر أمير منطقة الرياض": a rank before a name
		}
	}
	before := false
	if _, ok := L.Titles.EndingAt(d.Tokens, s.FirstToken, a, true); ok {
		before = true
		if _, given := firstName(d.Lang, d.Tokens[a]); !given && b+1 < s.EndToken && d.Tokens[b+1].Class == text.Word {
			if _, ok := L.Honorifics.At(d.Tokens, b, s.EndToken, false); ok {
				return true // "ومدير درة العروس المهندس باسم الصديق": the holder follows at once
			}
		}
	} else if _, whole := L.Titles.HasToken(&d.Tokens[a]); !whole && len(L.Titles.StartingToken(&d.Tokens[a])) > 0 {
		before = true // "أمين الطائف": أمين opens أمين منطقة
	}
	if !before || b >= s.EndToken {
		return false
	}
	t, ok := L.Titles.At(d.Tokens, b, s.EndToken, true)
	if !ok {
		return false
	}
	for k := t.End; k < s.EndToken && k-t.End <= titleChainReach; k++ {
		if d.Tokens[k].Class == text.Punct {
			return false
		}
		if _, ok := L.Honorifics.At(d.Tokens, k, s.EndToken, false); ok {
			return k+1 < s.EndToken && d.Tokens[k+1].Class == text.Word
		}
		if _, ok := L.AddressForms.At(d.Tokens, k, s.EndToken, true); ok {
			return true
		}
	}
	return false
}
