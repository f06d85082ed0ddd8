package entities

import (
	"testing"

	"graphbuild/schema"
)

// TestOrgElidedArticle checks the rule "org-elided-article" on sentences
// of our own: an organisation or place read with ل + the article written
// "لل" starts at the article and gets its alef back; a person, a word with
// too short a rest, and a name with no such clitic are left.
func TestOrgElidedArticle(t *testing.T) {
	runTrimCases(t, []trimCase{
		{"a club after ل", "انضم اللاعب للزمالك أمس.", "للزمالك", 1, schema.Organization, "الزمالك"},
		{"after و and ل", "وقال المتحدث وللحلف الأطلسي دور كبير.", "وللحلف", 2, schema.Organization, "الحلف الأطلسي"},
		{"a place", "وصل الوفد للحجاز أمس.", "للحجاز", 1, schema.Place, "الحجاز"},
		{"a person is left", "انضم اللاعب للخميني أمس.", "للخميني", 1, schema.Person, "للخميني"},
		{"no clitic", "انضم اللاعب إلى الزمالك أمس.", "الزمالك", 1, schema.Organization, "الزمالك"},
	})
}
