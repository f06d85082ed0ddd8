package entities

import (
	"testing"
)

// TestTitleNationNames runs the recognizer "title-nationality-name" alone on
// sentences of our own: a title or person noun, its field and a nationality
// adjective name the person after them.
func TestTitleNationNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a minister, his field and his country",
			"أعلن وزير البترول الكويتي فهد العنزي زيادة الإنتاج.", []string{"Person فهد العنزي"}, []string{"Person الكويتي فهد العنزي"}},
		{"a person noun from nationality_heads",
			"سجل اللاعب البرازيلي نيمار دا سيلفا هدفين في المباراة.", []string{"Person نيمار دا سيلفا"}, nil},
		{"a field of several words",
			"استقبل وزير النفط والثروة المعدنية العماني سالم الهاشمي، الوفد.", []string{"Person سالم الهاشمي"}, nil},
		{"a plural of the vocabulary after a name of two words is left out",
			"واجه اللاعب الغاني إيمانويل فريمبونج هتافات عنصرية.", []string{"Person إيمانويل فريمبونج"}, []string{"Person إيمانويل فريمبونج هتافات"}},
		{"ordinary words after the adjective are no name",
			"أصدر الرئيس اليمني قرارين يقضيان بتعيين محافظين.", nil, []string{"Person قرارين يقضيان"}},
		{"a verb after the adjective is no name",
			"وقال الوزير الكويتي إن الإنتاج زاد.", nil, []string{"Person إن الإنتاج"}},
		{"an adjective after a non-title noun names no one",
			"أعلنت الحكومة السعودية خطة جديدة للإسكان.", nil, []string{"Person خطة جديدة"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseBody(t, tc.text)
			var got []string
			for _, m := range titleNationNames(d) {
				got = append(got, string(m.Type)+" "+m.Text)
				sourceOf(m.Source) // declared
			}
			checkMentions(t, got, tc.want, tc.not)
		})
	}
	// In the whole pipeline, the person nobody else found is added.
	if got := mentionsOf(extract(t, "أعلن وزير البترول الكويتي فهد العنزي زيادة الإنتاج.")); !has(got, "Person فهد العنزي") {
		t.Errorf("pipeline: missing Person فهد العنزي, got %v", got)
	}
}
