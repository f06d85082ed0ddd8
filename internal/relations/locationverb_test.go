package relations

import "testing"

// TestLocationVerb runs the location-verb rule alone: a named place or
// organisation, a verb of location_verbs.txt and "في" a place.
func TestLocationVerb(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the name after the verb, a region head before the place",
			"وتقع الإسكندرية في شمال مصر على البحر المتوسط.",
			[]string{"location-verb: الإسكندرية locatedIn مصر"}, []string{"الإسكندرية locatedIn البحر المتوسط"}},
		{"the name before the verb, a relative pronoun between",
			"وزار الوفد مدينة دبي التي تقع في الإمارات الأسبوع الماضي.",
			[]string{"location-verb: دبي locatedIn الإمارات"}, nil},
		{"a place noun before the name, an adjective after it",
			"وتقع مدينة الإسكندرية الساحلية في شمال مصر.",
			[]string{"location-verb: الإسكندرية locatedIn مصر"}, nil},
		{"more than two words before في",
			"وتقع دبي على بعد مئة كيلومتر في اتجاه أبوظبي.",
			nil, []string{"locatedIn"}},
		{"a common noun is the subject",
			"وتقع الجامعة في الرياض منذ عقود.",
			nil, []string{"locatedIn"}},
		{"the name is not the subject",
			"ويقع مصنع شركة تويوتا في اليابان.",
			nil, []string{"تويوتا locatedIn اليابان"}},
		{"a list after في",
			"وتقع جدة في السعودية والإمارات في آسيا.",
			nil, []string{"locatedIn"}},
		{"no place after في",
			"وقال إن الحكومة لن تقع في الفخ مرة أخرى.",
			nil, []string{"locatedIn"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, ruleAlone(t, LocationVerb(), tc.text, true), tc.want, tc.not)
		})
	}
}
