package pipeline

import (
	"testing"

	"graphbuild/internal/text"
)

// FuzzPipeline runs the whole extraction over arbitrary input: nothing may
// panic, and every graph must pass the schema's validation (known types and
// predicates, facts and quotes pointing at entities of the graph).
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"قال كريم منصور، المدير التنفيذي لشركة Brightline، إن “الطلب قوي”.\n“وأعتقد ذلك”، أضاف.",
		"جمعت Alpha وBeta 10 مليون دولار و20 مليون دولار على التوالي، وفقًا لمنصور.",
		"Riyadh-based Falcon Compute raised $40m, its chief executive Lena Park told Reuters. \"We grow,\" she said.",
		"Vertex was acquired by Cisco, said Morgan Stanley analyst Tom Becker.",
		"- تان يونفنغ/رويترز", "&&", "«»“”\"'’s ، ؛ ؟",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := text.Parse("f.txt", []byte(s), text.ParseOptions{})
		if err != nil {
			return
		}
		for _, d := range docs {
			if err := Extract(d).Validate(); err != nil {
				t.Fatalf("invalid graph: %v", err)
			}
		}
	})
}
