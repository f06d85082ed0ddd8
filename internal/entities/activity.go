package entities

import (
	"strings"

	"graphbuild/internal/lang"
	"graphbuild/internal/phrase"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

const srcActivity = "activity-name"

var _ = registerSource(Source{Name: srcActivity, Rank: 4, FormTyped: true, Doc: "a company named by a name and its activity after a glued ل (هرفي للخدمات الغذائية)"})

// activityRecognizer finds Arabic company names built as NAME + ل + activity
// noun (+ adjectives): "شركة هرفي للخدمات الغذائية", "لشركة السعودية
// للكهرباء", "شركة مصر لإنتاج الأسمدة", "شركات … وسيدي كرير
// للبتروكيماويات". The activity nouns are listed (org_activities). The
// name's start is evidence: a trigger noun right before it (شركة, مجموعة,
// بنك), or, in a list that a trigger opened earlier in the sentence, the
// coordinating و glued to its first word. The name is one to three words
// that are no stopword, title, speech verb or indefinite nationality
// adjective ("شركات كورية للإنشاءات" names nothing); without a trigger right
// before, none may be ordinary vocabulary. The span ends after the
// activity's definite adjectives ("للخدمات الغذائية"), before a nationality
// adjective, a relative pronoun or a time word.
type activityRecognizer struct{}

// ActivityNames is the recognizer of company names ending in an activity.
func ActivityNames() Recognizer { return activityRecognizer{} }

func (activityRecognizer) Name() string { return srcActivity }

// maxActivityName bounds the words of the name before the activity.
const maxActivityName = 3

func (activityRecognizer) Recognize(d *text.Document) []Mention {
	L := lang.Of(d.Lang)
	if L.OrgActivities.Len() == 0 {
		return nil
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		for k := s.FirstToken + 1; k < s.EndToken; k++ {
			definite, ok := activityWord(L, d.Tokens[k])
			field := false
			if !ok {
				// "لكرة القدم", "للسباحة": a field only a national body
				// is named for (rule national-body).
				definite, field = listedActivity(L, L.NationalFields, d.Tokens[k])
				ok = field
			}
			if !ok {
				continue
			}
			a, skip, ok := activityNameStart(d, L, k, s.FirstToken)
			if !ok {
				continue
			}
			national := a > s.FirstToken && nationalBody(L, d.Tokens[a-1]) && allNationalities(d, L, a, k)
			if field && !national {
				continue // "فريق الهلال لكرة القدم": the club's team
			}
			if a > s.FirstToken && isOrgTrigger(L, d.Tokens[a-1]) {
				t := d.Tokens[a-1]
				if _, inst := L.InstitutionTriggers.Has(t.Text); inst && !definiteWord(L, t) && allDefinite(d, a, k) {
					continue // "وزارة الصحة للخدمات العلاجية": the ministry and a portfolio
				}
				if definiteWord(L, t) {
					// "الهيئة العامة للسياحة": a definite trigger is part of
					// the name; its clitics are not.
					if !definite && !national {
						continue // "المؤسسة الرامية لتطوير الشبكة", but "الاتحاد السعودي لكرة القدم"
					}
					a--
					skip = definiteSkip(L, t)
				}
			}
			j := k + 1
			if !definite {
				// "لإنتاج الأسمدة": the construct takes its genitive.
				if j >= s.EndToken || !L.Definite(d.Tokens[j].Fold) {
					continue
				}
				j++
			}
			if field {
				// "الاتحاد السعودي لكرة القدم المدرب الوطني", "لكرة السلة
				// والأجهزة الإدارية": the name ends with the field.
				for j < s.EndToken && j-k <= 3 && (nisbaAdjective(L, d.Tokens[j]) || definite && activityAdjective(L, d.Tokens[j])) {
					j++ // "للرياضات البحرية"
				}
			} else {
				for j < s.EndToken && j-k <= 3 && activityAdjective(L, d.Tokens[j]) {
					j++
				}
				j = activityCoordinates(d, L, j, s.EndToken)
			}
			sp := text.Span{Start: d.Tokens[a].Start + skip, End: d.Tokens[j-1].End}
			out = append(out, Mention{Span: sp, Text: d.Slice(sp), Type: schema.Organization, Tok: [2]int{a, j}, Source: srcActivity,
				Conf: 0.75, Kind: s.Kind, clitic: skip > 0})
			k = j - 1
		}
	}
	return out
}

// activityWord reports a listed activity noun glued to ل: "للخدمات" (ل +
// الخدمات, definite) or "لإنتاج" (bare, a construct).
func activityWord(L *lang.Profile, t text.Token) (definite, ok bool) {
	return listedActivity(L, L.OrgActivities, t)
}

// listedActivity reports a noun of the list glued to ل, as activityWord.
func listedActivity(L *lang.Profile, list *phrase.Set[lang.Word], t text.Token) (definite, ok bool) {
	f := t.Fold
	if t.Class != text.Word || !L.StartsWithTo(f) {
		return false, false
	}
	if L.StartsWithElided(f) && len([]rune(f[len(L.ElidedArticle):])) >= 2 {
		def := L.Article + f[len(L.ElidedArticle):]
		if e, ok := list.Has(def); ok && len(e.Toks) == 1 && e.Toks[0] == def {
			return true, true
		}
	}
	rest := f[len(L.ToProclitic):]
	if e, ok := list.Has(rest); ok && len(e.Toks) == 1 && e.Toks[0] == rest && !L.Definite(rest) {
		return false, true
	}
	return false, false
}

// activityNameStart finds where the name before the activity at k starts,
// and the bytes of a glued و to leave out of the span.
func activityNameStart(d *text.Document, L *lang.Profile, k, first int) (a, skip int, ok bool) {
	common := 0
	for a = k - 1; a >= first && k-a <= maxActivityName; a-- {
		t := d.Tokens[a]
		if isOrgTrigger(L, t) {
			// "شركة X للـ…": the trigger opens the name.
			if a == k-1 || common == k-1-a && !someDefinite(d, a+1, k) {
				return 0, 0, false // "شركة كبرى للاستثمار": nothing names it
			}
			if definiteWord(L, t) && allNationalities(d, L, a+1, k) && !nationalBody(L, t) || describedName(d, L, a+1, k) {
				return 0, 0, false // "بالمجموعة البرازيلية للبناء" describes
			}
			return a + 1, 0, true
		}
		if !activityNameWord(L, t) {
			break
		}
		if L.IsCommon(t.Text) {
			common++
		}
		if a > first && isOrgTrigger(L, d.Tokens[a-1]) {
			continue // "شركة وردان": a name that starts with و
		}
		if forms := text.StripProclitics(t.Text); len(forms) > 1 && L.AndClitic(strings.TrimSuffix(forms[0], forms[1])) {
			// "… وسيدي كرير للبتروكيماويات": a list a trigger opened.
			if common > 0 || !triggerEarlier(d, L, a, first) || describedName(d, L, a, k) {
				return 0, 0, false
			}
			return a, cliticBytes(t.Text, forms[1]), true
		}
	}
	return 0, 0, false
}

// activityNameWord reports a word that can be part of the name: a Latin
// name, or a word of the script that is no stopword, title, speech verb,
// month, honorific or indefinite nationality adjective.
func activityNameWord(L *lang.Profile, t text.Token) bool {
	if t.Class != text.Word || !L.InScript(t.Text) || !isNameWord(L, t) {
		return false // a Latin name is whole without it: "IDC للأبحاث السوقية"
	}
	if _, nat := L.Nationalities.Has(t.Text); nat && !L.Definite(t.Fold) {
		return false
	}
	if _, ok := L.NameDescriptors.Has(t.Text); ok {
		return false
	}
	return true
}

// someDefinite reports a definite word among tokens [a, b): "السعودية
// للكهرباء" names a company where "كبرى للاستثمار" does not.
func someDefinite(d *text.Document, a, b int) bool {
	L := lang.Of(d.Lang)
	for t := a; t < b; t++ {
		if L.Definite(d.Tokens[t].Fold) {
			return true
		}
	}
	return false
}

// activityAdjective reports a definite word that continues the activity
// ("الغذائية", "العقاري", "القابضة") rather than the sentence.
func activityAdjective(L *lang.Profile, t text.Token) bool {
	if t.Class != text.Word || !L.Definite(t.Fold) || relativePronoun(L, t.Fold) {
		return false
	}
	if _, ok := L.InstitutionStop.Has(t.Text); ok {
		return false
	}
	if _, ok := L.Nationalities.Has(t.Text); ok {
		return false
	}
	return isNameWord(L, t)
}

// isOrgTrigger reports a trigger noun that announces an organisation,
// with or without proclitics or the article: شركة، لشركة، الشركة، شركات.
func isOrgTrigger(L *lang.Profile, t text.Token) bool {
	e, ok := L.Triggers.Has(t.Text)
	return ok && e.Value.Type == schema.Organization
}

// triggerEarlier reports an organisation trigger within the ten words
// before token a, in the same sentence, with no full stop between.
func triggerEarlier(d *text.Document, L *lang.Profile, a, first int) bool {
	for t := a - 1; t >= first && a-t <= 10; t-- {
		if isOrgTrigger(L, d.Tokens[t]) {
			return true
		}
	}
	return false
}

// allNationalities reports tokens [a, b) that are all nationality
// adjectives.
func allNationalities(d *text.Document, L *lang.Profile, a, b int) bool {
	for t := a; t < b; t++ {
		if _, ok := L.Nationalities.Has(d.Tokens[t].Text); !ok {
			return false
		}
	}
	return true
}

// hasActivity reports an activity word glued to ل among the tokens: a
// company's name ("كنان للتطوير العقاري"), never a person's.
func hasActivity(L *lang.Profile, toks []text.Token) bool {
	for _, t := range toks {
		if _, ok := activityWord(L, t); ok {
			return true
		}
	}
	return false
}

// describedName reports a name in [a, b) where a definite adjective of
// ordinary vocabulary or of nationality follows an indefinite word: "كوادرا
// الناشئة للتقنية المالية", "هيونداي الكورية للصناعات" describe the company
// named by the first word, and the activity is no part of its name.
func describedName(d *text.Document, L *lang.Profile, a, b int) bool {
	for t := a + 1; t < b; t++ {
		prev, cur := d.Tokens[t-1], d.Tokens[t]
		if L.Definite(prev.Fold) || !L.Definite(cur.Fold) {
			continue
		}
		if _, nat := L.Nationalities.Has(cur.Text); nat || L.IsCommon(cur.Text) {
			return true
		}
	}
	return false
}

// allDefinite reports tokens [a, b) that all carry the article.
func allDefinite(d *text.Document, a, b int) bool {
	L := lang.Of(d.Lang)
	for t := a; t < b; t++ {
		if !L.Definite(d.Tokens[t].Fold) {
			return false
		}
	}
	return true
}

// definiteSkip is the bytes of the proclitics before a definite word's
// article ("لل" of "للمؤسسة" is ل and the article's elided alef, "وال" …).
func definiteSkip(L *lang.Profile, t text.Token) int {
	forms := text.StripProclitics(t.Text)
	for _, f := range forms[1:] {
		if L.Definite(f) {
			return cliticBytes(t.Text, f)
		}
	}
	return 0
}

// maxActivityCoordinates bounds the coordinated activities after the first.
const maxActivityCoordinates = 3

// activityCoordinates is the rule "activity-coordinate": after an activity
// (and its adjectives) ending at j, a glued و and a definite activity noun
// (org_activities) or a listed coordinate (activity_coordinates) continues
// the name, with the coordinate's own definite adjectives: "الهيئة العامة
// للسياحة والتراث الوطني", "جامعة الملك فهد للبترول والمعادن", "للإعلام
// المرئي والمسموع". After an adjective, a definite relative adjective (-ي)
// is coordinated with it: "للتدريب التقني والمهني". Anything else after و
// ("وبروج للتأمين والقصيم الزراعية", "للخدمات الطبية والمهندس …") begins
// the sentence's next member. It returns the new end.
func activityCoordinates(d *text.Document, L *lang.Profile, j, end int) int {
	for n := 0; n < maxActivityCoordinates && j < end; n++ {
		t := d.Tokens[j]
		if t.Class != text.Word || !L.InScript(t.Text) {
			return j
		}
		w := ""
		forms := text.StripProclitics(t.Text)
		for _, f := range forms[1:] {
			if L.AndClitic(strings.TrimSuffix(forms[0], f)) && L.Definite(f) {
				w = f
			}
		}
		if w == "" {
			return j
		}
		_, act := L.OrgActivities.Has(w)
		_, coord := L.ActivityCoordinates.Has(w)
		afterAdjective := L.Definite(d.Tokens[j-1].Fold) && L.NisbaShaped(d.Tokens[j-1].Fold) && L.NisbaShaped(w)
		if !act && !coord && !afterAdjective {
			return j
		}
		if _, nat := L.Nationalities.Has(w); nat {
			return j
		}
		j++
		// "والتراث الوطني": the coordinate's relative adjectives, "الوطني"
		// among them though the stopword list holds it; "والآثار البدء
		// بتأهيلها" goes on with the sentence.
		for k := j; j < end && j-k < 2 && nisbaAdjective(L, d.Tokens[j]); j++ {
		}
	}
	return j
}

// nationalBody is the rule "national-body": a definite trigger listed in
// national_bodies ("الاتحاد", "الجمعية", "الهيئة") with a nationality
// adjective and an activity names one body, not a description: "الاتحاد
// السعودي لكرة القدم", "الاتحاد الأوروبي للعبة", "الجمعية السعودية
// للسكري", where "بالمجموعة البرازيلية للبناء" stays a description.
func nationalBody(L *lang.Profile, t text.Token) bool {
	for _, f := range text.StripProclitics(t.Text) {
		if _, ok := L.NationalBodies.Has(f); ok && L.Definite(f) {
			return true
		}
	}
	return false
}
