package entities

import (
	"testing"
)

// TestEnglishNewsRules runs the English typing and span rules of issue 11
// over whole extractions of sentences of our own: each case names the rule,
// the mentions that must come out ("Type text") and those that must not.
func TestEnglishNewsRules(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"plural-title-before", "The figures come from industry analysts Velmora Digest, which tracks sales.",
			[]string{"Organization Velmora Digest"}, []string{"Person Velmora Digest"}},
		{"plural-title-before: not the audience of a speech verb", "Ms Ortiz told reporters Quentin Hale would resign.",
			nil, []string{"Organization Quentin Hale"}},
		{"org suffix over a title (personMarked)", "Prices will rise, said Lena Park, an analyst at fund manager Orvane Asset Advisors.",
			[]string{"Organization Orvane Asset Advisors", "Person Lena Park"}, []string{"Person Orvane Asset Advisors"}},
		{"of-heads: an of phrase completes the name", "The Royal Society of Kelvora gave the award.",
			[]string{"Organization Royal Society of Kelvora"}, []string{"Place Kelvora"}},
		{"of-heads: and joins capitalised words", "She studied at Brenna College of Further and Higher Education last year.",
			[]string{"Organization Brenna College of Further and Higher Education"}, nil},
		{"of-heads: a nationality opens an of-named bank", "Shares in the Canadian Imperial Bank of Commerce fell.",
			[]string{"Organization Canadian Imperial Bank of Commerce"}, nil},
		{"of-heads: legal forms take no of phrase", "Orvex Motor Corp of South Korea opened a plant.",
			[]string{"Organization Orvex Motor Corp"}, []string{"Organization Orvex Motor Corp of South Korea"}},
		{"owner-product: a shaped name after a company's possessive", "The launch line-up includes Velmora's Kastro DS and Orvane's Skyrunner 64.",
			[]string{"Product Kastro DS", "Product Skyrunner 64"}, nil},
		{"owner-product: behind a work noun, in quotes", "Critics praised Orvane Studio's film 'Dawnfall' last week.",
			[]string{"Product Dawnfall"}, nil},
		{"owner-product: behind a work noun", "The microphone is used in Velmora's launch title Project Quill.",
			[]string{"Product Project Quill"}, nil},
		{"owner-product: not a person after the possessive", "Prices rose, said Velmora's Maria Kostava.",
			nil, []string{"Product Maria Kostava"}},
		{"owner-product: not a plain word, not after a place", "Britain's Tosin Adeyemi and Velmora's Kestrel team won.",
			nil, []string{"Product Tosin Adeyemi", "Product Kestrel"}},
		{"owner-product: only of/the join its words", "Its model overtook Velmora's Quenta of the North on the Brix Leaderboard of the year.",
			[]string{"Product Quenta of the North"}, []string{"Product Quenta of the North on the Brix Leaderboard"}},
		{"product-tail: a name ending in or followed by a product's one-word name", "Orvelle's new console, the QX, launches soon. Fans want the Orvelle QX and the eight-player Kart Racer QX.",
			[]string{"Product Orvelle QX", "Product Kart Racer QX"}, []string{"Person Kart Racer"}},
		{"opening-adverb", "Additionally, a wireless link is built in. Barely 5% of buyers wanted it.",
			nil, []string{"Person Additionally", "Organization Additionally", "Organization Barely", "Person Barely"}},
		{"not-a-name: formats and honours", "Kalvex films will be on the UMD format and on DVD. Her father was made an OBE.",
			nil, []string{"Organization UMD", "Organization DVD", "Person DVD", "Organization OBE", "Person OBE"}},
		{"not-a-name: a longer name keeps the word", "Orvane says its new Shieldor DVD technology will stop copying.",
			[]string{"Product Shieldor DVD"}, nil},
		{"camel-name: an inner capital names a company or a product", "Research by the BrennaCorp showed that fans of a player such as an iGlow wait.",
			[]string{"Organization BrennaCorp", "Product iGlow"}, nil},
		{"camel-name: not a surname prefix or a not_names word", "Mr McAllister and Ms DiVella use VoIP at home.",
			nil, []string{"Organization McAllister", "Organization DiVella", "Organization VoIP", "Product VoIP"}},
		{"opening-gerund: the verb opening a sentence is not part of the name", "Bringing Kalvex production to Sweden should help. Launching the Quintara Heritage Fund, she spoke.",
			[]string{"Organization Quintara Heritage Fund"}, []string{"Person Bringing Kalvex", "Organization Bringing Kalvex", "Organization Launching the Quintara Heritage Fund"}},
		{"lower-lead: a lower-case word opens no name", "In his message the party leader said Kalvex and the Morvane Party were wrong.",
			nil, []string{"Person said Kalvex"}},
		{"company-title: after a noun-modified title or an of-title", "The rest was bought by market leader Kalvex. Mr Orlo will take the head of Morvane.",
			[]string{"Organization Kalvex", "Organization Morvane"}, []string{"Person Kalvex", "Person Morvane"}},
		{"company-title: a person after a title modifier or a capitalised title", "Shadow chancellor Letwin met President Orlanov on Monday.",
			[]string{"Person Letwin", "Person Orlanov"}, nil},
		{"director general is one title", "Prices will rise, said Anna Orlov, Director General of the Kalvex Chamber.",
			nil, []string{"Person General"}},
		{"national-org-name: the nationality belongs to the name", "Two executives from American International Group (AIG) spoke, as did the British Lung Foundation.",
			[]string{"Organization American International Group", "Organization British Lung Foundation"}, []string{"Organization International Group", "Organization Lung Foundation"}},
		{"national-org-name: not a description or a longer name", "It is a European Kalvex Labs spin-off, said the Association of European Morvane Airlines.",
			[]string{"Organization Kalvex Labs"}, []string{"Organization European Kalvex Labs", "Organization European Morvane Airlines"}},
		{"byline-authors: two authors joined by and", "Kalvex raises money\n\nBy Jana Dobrev and Omar Haddad, Reuters\n\nKalvex raised $5m on Monday, the firm said.",
			[]string{"Person Jana Dobrev", "Person Omar Haddad"}, []string{"Person Jana Dobrev and Omar Haddad", "Organization Omar Haddad"}},
		{"model-number: before a product noun, after an owner", "Orvex has unveiled its new long-distance 848 plane and sells its 848-300XR planes.",
			[]string{"Product 848", "Product 848-300XR"}, nil},
		{"model-number: in apposition to a product noun", "Orvex stopped making its smallest airliner, the 616, last year.",
			[]string{"Product 616"}, nil},
		{"model-number: a quantity or a year is no model", "Orvex expects to sell about 500 planes by 2025 and 1200 jetliner seats.",
			nil, []string{"Product 500", "Product 2025", "Product 1200"}},
		{"product-list: such as after a plural work noun", "He made many games of the last decade such as Pallora, Stone Harbour, Deep Keeper and Night and Day.",
			[]string{"Product Pallora", "Product Stone Harbour", "Product Deep Keeper", "Product Night and Day"}, nil},
		{"product-list: titles with function words", "The studio makes role playing games such as Riders of the Pale Coast and Ember Vale.",
			[]string{"Product Riders of the Pale Coast", "Product Ember Vale"}, nil},
		{"product-list: They are: after a sentence with a plural work noun", "Four movies have been announced for the console. They are: Kalvex, Dawn Rider and Ember Vale.",
			[]string{"Product Kalvex", "Product Dawn Rider", "Product Ember Vale"}, nil},
		{"product-list: They are: with no work noun before", "Four firms have been named. They are: Kalvex, Dawn Rider and Ember Vale.",
			nil, []string{"Product Kalvex", "Product Dawn Rider"}},
		{"product-list: not a finance list", "Blue chips like Orvex, Kalder Lamps and Brenna Cement rose.",
			nil, []string{"Product Kalder Lamps"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tt.text)), tt.want, tt.not)
		})
	}
}
