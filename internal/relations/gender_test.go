package relations

import (
	"testing"
)

// Speech marks a speaker's gender ("قالت X"): the relations stage returns
// it in Output.Genders and leaves the entities result as it was.
func TestGenderIsAnAnnotation(t *testing.T) {
	// The name before the verb: the entities stage reads no gender, the
	// quote rule does.
	r, out := extract(t, "كارمينا لودفيغ قالت إن الشركة ستتوسع.")
	found := false
	for i, e := range r.Entities {
		if r.Mentions[e.Mentions[0]].Text == "لودفيغ" || r.Mentions[e.Mentions[0]].Text == "كارمينا لودفيغ" {
			found = true
			if e.Gender != "" {
				t.Errorf("entities stage gave gender %q; this test wants the quote rule to find it", e.Gender)
			}
			if out.Genders[i] != "f" {
				t.Errorf("Output.Genders[%d] = %q; want f (قالت)", i, out.Genders[i])
			}
		}
	}
	if !found {
		t.Fatalf("no entity لودفيغ in %v", r.Entities)
	}
	// Running the stage again over the same result gives the same answer:
	// the first run wrote nothing into the entities.
	before := make([]string, len(r.Entities))
	for i, e := range r.Entities {
		before[i] = e.Gender
	}
	Default().Extract(r)
	for i, e := range r.Entities {
		if e.Gender != before[i] {
			t.Errorf("entity %s: gender %q changed to %q by the relations stage", e.Name, before[i], e.Gender)
		}
	}
}
