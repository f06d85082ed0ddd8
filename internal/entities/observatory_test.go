package entities

import "testing"

// TestObservatoryTrigger checks the trigger row "مرصد/المرصد"
// (triggers.txt): an observatory speaking is a body, not a person.
func TestObservatoryTrigger(t *testing.T) {
	d := extract(t, "أفادت مصادر محلية بوقوع اشتباكات عنيفة قرب المدينة. وقال المرصد إن عشرة مقاتلين قتلوا في الاشتباكات.")
	checkMentions(t, mentionsOf(d), nil, []string{"Person المرصد"})
}
