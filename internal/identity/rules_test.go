package identity

import (
	"context"
	"strings"
	"testing"

	"graphbuild/internal/kg"
	"graphbuild/schema"
)

func TestIsAcronymOf(t *testing.T) {
	for _, c := range []struct {
		acr, name string
		want      bool
	}{
		{"Apacs", "Association of Payment and Clearing Services", true},
		{"BBA", "British Bankers' Association", true},
		{"NIESR", "National Institute of Economic and Social Research", true},
		{"OECD", "Organisation for Economic Co-operation and Development", true},
		{"Ofcom", "Office of Communications", true},
		{"BA", "British Bankers' Association", false},
		{"WPP", "British Airways", false},
		{"IPO", "Initial Public", false},
		{"UN", "United", false},
	} {
		if got := isAcronymOf(c.acr, c.name); got != c.want {
			t.Errorf("isAcronymOf(%q, %q) = %v, want %v", c.acr, c.name, got, c.want)
		}
	}
}

// TestStatedAcronyms: "Expansion (ACR)" in the text joins the acronym's
// entity to the expansion, with an alias fact of rule acronym-stated; an
// acronym whose letters are not the expansion's initials joins nothing.
func TestStatedAcronyms(t *testing.T) {
	O := schema.Organization
	exp := kg.Entity{IRI: "e:x-apacs", Type: O, Name: "Association of Payment and Clearing Services"}
	acr := kg.Entity{IRI: "e:n-apacs", Type: O, Name: "Apacs"}
	g := &kg.Graph{Entities: []kg.Entity{exp, acr}, Facts: []kg.Fact{{Subject: "e:n-apacs", Predicate: "locatedIn", Object: "e:uk"}}}
	n := StatedAcronyms("Figures from the Association of Payment and Clearing Services (Apacs) show. Apacs said.", g)
	if n != 1 || len(g.Entities) != 1 || g.Facts[0].Subject != "e:x-apacs" {
		t.Fatalf("want Apacs joined to its expansion, got %d: %+v %+v", n, g.Entities, g.Facts)
	}
	if f := g.Facts[1]; f.Rule != ruleStated || f.Value.Text != "Apacs" || f.Confidence != statedConfidence {
		t.Errorf("alias fact: %+v", f)
	}
	// Without an entity for the acronym, the expansion gets it as a name.
	g = &kg.Graph{Entities: []kg.Entity{{IRI: "e:x-bba", Type: O, Name: "British Bankers' Association"}}}
	if StatedAcronyms("said the British Bankers' Association (BBA).", g); len(g.Entities[0].Aliases) != 1 || g.Entities[0].Aliases[0] != "BBA" {
		t.Errorf("BBA not an alias: %+v", g.Entities[0])
	}
	g = &kg.Graph{Entities: []kg.Entity{{IRI: "e:x-ba", Type: O, Name: "British Airways"}}}
	if StatedAcronyms("British Airways (WPP) said", g); len(g.Entities[0].Aliases) != 0 {
		t.Errorf("WPP joined British Airways")
	}
}

func ents(gs ...*kg.Graph) []*kg.Graph { return gs }

func doc(id string, es ...kg.Entity) *kg.Graph {
	return &kg.Graph{Doc: kg.Document{ID: id}, Entities: es}
}

// TestAcronymJoin: an acronym alone in an article joins the one expansion
// an article states; two stated expansions join nothing.
func TestAcronymJoin(t *testing.T) {
	O := schema.Organization
	stated := func(id, iri, name, acr string) *kg.Graph {
		g := doc(id, kg.Entity{IRI: iri, Type: O, Name: name, Aliases: []string{acr}})
		g.Facts = []kg.Fact{{Subject: iri, Predicate: "alias", Value: &kg.Value{Text: acr}, Rule: ruleStated}}
		return g
	}
	a := doc("b", kg.Entity{IRI: kg.EntityIRI(O, "n-bba"), Type: O, Name: "BBA"})
	gs := ents(stated("a", "e:bankers", "British Bankers' Association", "BBA"), a)
	link(gs)
	if a.Entities[0].IRI != "e:bankers" || a.Facts[0].Rule != "acronym-expansion" {
		t.Errorf("BBA: %+v %+v", a.Entities, a.Facts)
	}
	a = doc("b", kg.Entity{IRI: kg.EntityIRI(O, "n-bba"), Type: O, Name: "BBA"})
	link(ents(stated("a", "e:bankers", "British Bankers' Association", "BBA"), stated("c", "e:other", "Big Bad Agency", "BBA"), a))
	if a.Entities[0].IRI != kg.EntityIRI(O, "n-bba") {
		t.Errorf("BBA joined one of two stated expansions: %s", a.Entities[0].IRI)
	}
}

// TestSurnameJoin: a lone surname joins the one person of that surname
// whose context it shares; none or two compatible people join nothing.
func TestSurnameJoin(t *testing.T) {
	P, O := schema.Person, schema.Organization
	person := func(id, name string, orgs ...string) *kg.Graph {
		g := doc(id, kg.Entity{IRI: kg.EntityIRI(P, "x-"+name), Type: P, Name: name})
		for _, o := range orgs {
			g.Entities = append(g.Entities, kg.Entity{IRI: kg.EntityIRI(O, "x-"+o), Type: O, Name: o})
		}
		return g
	}
	lone := func(id string, title string, orgs ...string) *kg.Graph {
		g := person(id, "Brown", orgs...)
		g.Entities[0].IRI = kg.EntityIRI(P, "n-brown")
		if title != "" {
			g.Facts = []kg.Fact{{Subject: g.Entities[0].IRI, Predicate: "jobTitle", Value: &kg.Value{Text: title}}}
		}
		return g
	}
	gordon := person("g", "Gordon Brown", "Treasury")
	gordon.Facts = []kg.Fact{{Subject: gordon.Entities[0].IRI, Predicate: "jobTitle", Value: &kg.Value{Text: "Chancellor"}}}
	for _, c := range []struct {
		name string
		b    *kg.Graph
		want string
	}{
		{"shared organisation", lone("b", "", "Treasury"), gordon.Entities[0].IRI},
		{"shared title", lone("b", "chancellor"), gordon.Entities[0].IRI},
		{"no shared context", lone("b", "", "Celtic"), kg.EntityIRI(P, "n-brown")},
		{"two compatible", lone("b", "", "Labour"), kg.EntityIRI(P, "n-brown")},
		{"two organisations both name", lone("b", "", "Celtic", "Treasury", "Labour"), gordon.Entities[0].IRI},
	} {
		nick := person("n", "Nick Brown", "Labour")
		gordon := person("g", "Gordon Brown", "Treasury", "Labour")
		gordon.Facts = []kg.Fact{{Subject: gordon.Entities[0].IRI, Predicate: "jobTitle", Value: &kg.Value{Text: "Chancellor"}},
			{Subject: gordon.Entities[0].IRI, Predicate: "worksAt", Object: gordon.Entities[1].IRI}}
		link(ents(gordon, nick, c.b))
		if got := c.b.Entities[0].IRI; got != c.want {
			t.Errorf("%s: Brown is %s, want %s", c.name, got, c.want)
		}
		if c.want == gordon.Entities[0].IRI {
			var why *kg.Fact
			for i, f := range c.b.Facts {
				if f.Predicate == "alias" {
					why = &c.b.Facts[i]
				}
			}
			if why == nil || why.Rule != "surname-unique-in-context" || why.Confidence != surnameConfidence || !strings.Contains(why.Evidence, "shares (") {
				t.Errorf("%s: want an alias fact with the rule, its confidence and the context shared, got %+v", c.name, why)
			}
		}
	}
}

// TestSurnameNameShape: a full name whose words before the last are common
// words and no given name ("Stay Waltzing", a show typed Person) gives no
// surname; a name of person shape ("Rab Waltzing", "J Waltzing", and
// "Gordon Hunt", whose surname is a common word) does.
func TestSurnameNameShape(t *testing.T) {
	for _, c := range []struct {
		full, lone string
		same       bool
	}{{"Stay Waltzing", "Waltzing", false}, {"Rab Waltzing", "Waltzing", true}, {"J Waltzing", "Waltzing", true},
		{"Gordon Hunt", "Hunt", true},
		// A given name that is also a common word (given_name_words.txt).
		{"Faith Waltzing", "Waltzing", true}, {"Summer Waltzing", "Waltzing", true}} {
		if got := surnameJoins(c.full, c.lone, "Network"); got != c.same {
			t.Errorf("%s / %s: joined=%v, want %v", c.lone, c.full, got, c.same)
		}
	}
}

// surnameJoins links two articles naming the organisation org, one with the
// person full working there and one with lone, and says whether lone joined.
func surnameJoins(full, lone, org string) bool {
	P, O := schema.Person, schema.Organization
	o := kg.Entity{IRI: kg.EntityIRI(O, "n-"+strings.ToLower(org)), Type: O, Name: org}
	f := doc("f", kg.Entity{IRI: kg.EntityIRI(P, "x-full"), Type: P, Name: full}, o)
	f.Facts = []kg.Fact{{Subject: kg.EntityIRI(P, "x-full"), Predicate: "worksAt", Object: o.IRI}}
	l := doc("l", kg.Entity{IRI: kg.EntityIRI(P, "n-"+strings.ToLower(lone)), Type: P, Name: lone}, o)
	link(ents(f, l))
	return l.Entities[0].IRI == f.Entities[0].IRI
}

// TestSurnameGivenName: a lone name that is a given name (Charles: Prince
// Charles as often as Ray Charles) joins no one named in full, whatever
// context it shares; a surname that is not (Brown) does.
func TestSurnameGivenName(t *testing.T) {
	for _, c := range []struct {
		full, lone string
		same       bool
	}{{"Ray Charles", "Charles", false}, {"Gordon Brown", "Brown", true}} {
		if got := surnameJoins(c.full, c.lone, "Treasury"); got != c.same {
			t.Errorf("%s / %s: joined=%v, want %v", c.lone, c.full, got, c.same)
		}
	}
}

// TestTypeVoteJoin: a name moves to the type other articles give it when
// their articles name an organisation in common (type-vote-context, a tie
// going to the organisation), or, a name of two words or more, when twice
// as many articles give the other type (type-vote); a one-word name with
// no organisation in common never moves.
func TestTypeVoteJoin(t *testing.T) {
	P, O := schema.Person, schema.Organization
	rosneft := kg.Entity{IRI: kg.EntityIRI(O, "n-rosneft"), Type: O, Name: "Rosneft"}
	celtic := kg.Entity{IRI: kg.EntityIRI(O, "n-celtic"), Type: O, Name: "Celtic"}
	for _, c := range []struct {
		name     string
		entity   string
		orgs     int
		with     kg.Entity // the organisation every article names
		want     schema.Type
		wantRule string
	}{
		{"two to one, an organisation in common", "Yukos", 2, rosneft, O, ruleTypeVoteContext},
		{"one to one, an organisation in common", "Yukos", 1, rosneft, O, ruleTypeVoteContext},
		{"two to one, one word, nothing in common", "Yukos", 2, kg.Entity{}, P, ""},
		{"two to one, two words, nothing in common", "Snow Patrol", 2, kg.Entity{}, O, ruleTypeVote},
		{"one to one, two words, nothing in common", "Snow Patrol", 1, kg.Entity{}, P, ""},
	} {
		slug := "n-" + strings.ReplaceAll(strings.ToLower(c.entity), " ", "-")
		p := doc("p", kg.Entity{IRI: kg.EntityIRI(P, slug), Type: P, Name: c.entity})
		p.Facts = []kg.Fact{{Subject: p.Entities[0].IRI, Predicate: "jobTitle", Value: &kg.Value{Text: "boss"}}}
		if c.with.IRI != "" {
			p.Entities = append(p.Entities, c.with)
		} else {
			p.Entities = append(p.Entities, celtic)
		}
		gs := ents(p)
		for i := 0; i < c.orgs; i++ {
			g := doc(string(rune('a'+i)), kg.Entity{IRI: kg.EntityIRI(O, slug), Type: O, Name: c.entity})
			if c.with.IRI != "" {
				g.Entities = append(g.Entities, c.with)
			}
			gs = append(gs, g)
		}
		if j, _ := decide(gs, p.Entities[0].IRI, typeVoteJoin); j.rule != c.wantRule {
			t.Errorf("%s: rule %q, want %q", c.name, j.rule, c.wantRule)
		}
		link(gs)
		if p.Entities[0].Type != c.want || p.Entities[0].IRI != kg.EntityIRI(c.want, slug) {
			t.Errorf("%s: %+v", c.name, p.Entities[0])
		}
		if c.want == O {
			if err := p.Validate(); err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
		}
	}
}

// decide runs one rule on the entity iri of a batch, as Link does, and
// returns its decision.
func decide(gs []*kg.Graph, iri string, rule func(batchEntity, map[string][]Candidate, map[string]bool) (join, bool)) (join, bool) {
	es := batchEntities(gs)
	_, found, _ := lookupCandidates(context.Background(), es, NewBatchIndex(gs))
	for _, e := range es {
		if e.ent.IRI == iri {
			return rule(e, found, nil)
		}
	}
	return join{}, false
}

// TestSplitSkeletonCollisions: Latin names that share a skeleton key but
// are not one name spelt two ways get their own keys; spelling variants
// keep the shared one.
func TestSplitSkeletonCollisions(t *testing.T) {
	P := schema.Person
	key := kg.EntityIRI(P, "x-kms-brn")
	a := doc("a", kg.Entity{IRI: key, Type: P, Name: "James Brown"})
	b := doc("b", kg.Entity{IRI: key, Type: P, Name: "James Brown"})
	c := doc("c", kg.Entity{IRI: key, Type: P, Name: "James Bourne"})
	d := doc("d", kg.Entity{IRI: key, Type: P, Name: "James Brown"})
	// Smit and Smith: one letter of a short word makes another name.
	smit := doc("s", kg.Entity{IRI: key, Type: P, Name: "James Browne"})
	// An article naming James Bourne (already keyed by his own name) among
	// others: re-keying merges two of its entities and moves the rest.
	e := doc("e", kg.Entity{IRI: kg.EntityIRI(P, "n-james-bourne"), Type: P, Name: "James Bourne"},
		kg.Entity{IRI: key, Type: P, Name: "James Bourne"}, kg.Entity{IRI: kg.EntityIRI(P, "x-tft"), Type: P, Name: "David"},
		kg.Entity{IRI: kg.EntityIRI(P, "x-tn-brn"), Type: P, Name: "Dan Brown"}, kg.Entity{IRI: kg.EntityIRI(P, "x-tn-brn"), Type: P, Name: "Dan Brown"})
	f := doc("f", kg.Entity{IRI: key, Type: P, Name: "James Brown"})
	link(ents(a, b, c, d, e, f, smit))
	if len(e.Entities) != 3 {
		t.Errorf("article e: want 3 entities after re-keying, got %+v", e.Entities)
	}
	if a.Entities[0].IRI != key || b.Entities[0].IRI != key || d.Entities[0].IRI != key {
		t.Errorf("James Brown / Broun lost the key: %s %s %s", a.Entities[0].IRI, b.Entities[0].IRI, d.Entities[0].IRI)
	}
	if smit.Entities[0].IRI == key {
		t.Errorf("James Browne kept the key of James Brown")
	}
	if c.Entities[0].IRI != kg.EntityIRI(P, "n-james-bourne") {
		t.Errorf("James Bourne kept the key of James Brown: %s", c.Entities[0].IRI)
	}
}

// TestSplitArabicSkeletons: Arabic-script names that share a skeleton key
// keep it when they are one name with its long vowels written otherwise,
// and get their own key when a consonant differs (rule skeleton-split).
func TestSplitArabicSkeletons(t *testing.T) {
	P := schema.Person
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"باولو جنتيلوني", "باولو جينتيلوني", true},
		{"دافيد اوسبينا", "ديفيد أوسبينا", true},
		{"محمد الصديق", "أحمد صادق", false},
		{"محمد الصديق", "محمد صديق", true},
	} {
		key := kg.EntityIRI(P, "x-test")
		a := doc("a", kg.Entity{IRI: key, Type: P, Name: c.a})
		a2 := doc("a2", kg.Entity{IRI: key, Type: P, Name: c.a})
		b := doc("b", kg.Entity{IRI: key, Type: P, Name: c.b})
		link(ents(a, a2, b))
		if got := a.Entities[0].IRI == b.Entities[0].IRI; got != c.same {
			t.Errorf("%s / %s: one key %v, want %v (%s, %s)", c.a, c.b, got, c.same, a.Entities[0].IRI, b.Entities[0].IRI)
		}
	}
}

// TestSameArticleAcronyms: an acronym joins the one name of its own
// article whose initials it is; an article naming two such names, or two
// articles sending the acronym to two names, join nothing; a name whose
// initials differ is never joined.
func TestSameArticleAcronyms(t *testing.T) {
	O := schema.Organization
	snp := kg.Entity{IRI: kg.EntityIRI(O, "n-snp"), Type: O, Name: "SNP"}
	party := kg.Entity{IRI: kg.EntityIRI(O, "x-skts-ntnl-brt"), Type: O, Name: "Scottish National Party"}
	for _, c := range []struct {
		name string
		gs   []*kg.Graph
		want string // the IRI SNP ends with in the first graph
	}{
		{"one expansion", ents(doc("a", snp, party)), party.IRI},
		{"other initials", ents(doc("a", snp, kg.Entity{IRI: "e:labour", Type: O, Name: "Scottish Labour"})), snp.IRI},
		{"two expansions", ents(doc("a", snp, party, kg.Entity{IRI: "e:snp2", Type: O, Name: "Society of Nordic Physicians"})), snp.IRI},
		{"two articles, two expansions", ents(doc("a", snp, party), doc("b", snp, kg.Entity{IRI: "e:snp2", Type: O, Name: "Society of Nordic Physicians"})), snp.IRI},
		{"a person's initials", ents(doc("a", snp, kg.Entity{IRI: "e:p", Type: schema.Person, Name: "Simon Nigel Parr"})), snp.IRI},
	} {
		link(c.gs)
		if got := c.gs[0].Entities[0].IRI; got != c.want {
			t.Errorf("%s: SNP is %s, want %s", c.name, got, c.want)
		}
	}
}

// TestTypeVoteFirstName: a given name alone (Scott) is not moved to the
// type other articles give it: many people and things share it.
func TestTypeVoteFirstName(t *testing.T) {
	P, O := schema.Person, schema.Organization
	p := doc("p", kg.Entity{IRI: kg.EntityIRI(P, "n-scott"), Type: P, Name: "Scott"})
	gs := ents(p, doc("a", kg.Entity{IRI: kg.EntityIRI(O, "n-scott"), Type: O, Name: "Scott"}),
		doc("b", kg.Entity{IRI: kg.EntityIRI(O, "n-scott"), Type: O, Name: "Scott"}), doc("c", kg.Entity{IRI: kg.EntityIRI(O, "n-scott"), Type: O, Name: "Scott"}))
	link(gs)
	if p.Entities[0].Type != P {
		t.Errorf("Scott moved to %s", p.Entities[0].Type)
	}
}

// TestVariantJoin: two long names of one type that differ only by a
// plural or a leading "the" are one (plural-variant), toward the one more
// articles hold; a person, a name one other letter away, or a one-word
// name whose plural is the difference (a band and a film), is not.
func TestVariantJoin(t *testing.T) {
	O, P := schema.Organization, schema.Person
	for _, c := range []struct {
		a, b string
		typ  schema.Type
		same bool
	}{
		{"International Federation of Phonographic Industry", "International Federation of Phonographic Industries", O, true},
		{"Building Society Association", "Building Societies Association", O, true},
		{"Sony Computer Entertainments", "Sony Computer Entertainment", schema.Product, true},
		{"The Office for National Statistics", "Office of National Statistics", O, true},
		{"Federal Trade Commission", "Federal Trace Commission", O, false},
		{"Bank of England", "Bank of Englands Association", O, false},
		{"Jonathan Davie", "Jonathan Davies", P, false},
		{"The Wanderers", "Wanderers", O, true},
		{"Wanderers", "The Wanderer", O, false},
		{"The Wanderer", "Wanderers", schema.Product, false},
	} {
		a := doc("a", ent(c.typ, c.a))
		b := doc("b", ent(c.typ, c.b))
		b2 := doc("b2", ent(c.typ, c.b))
		link(ents(a, b, b2))
		if got := a.Entities[0].IRI == b.Entities[0].IRI; got != c.same {
			t.Errorf("%s / %s: joined=%v, want %v", c.a, c.b, got, c.same)
		}
		if c.same && (a.Entities[0].IRI != b2.Entities[0].IRI || len(a.Facts) != 1 || a.Facts[0].Rule != ruleVariant) {
			t.Errorf("%s: want it joined to the name two articles hold, with an alias fact of rule %s: %+v", c.a, ruleVariant, a.Facts)
		}
	}
}

// TestSurnameCoMentions: a lone surname joins the one person of that
// surname named near two of the people its own article names near it
// (rule surname-unique-in-context, co-mention items); one person in
// common is not enough; when the store holds another person of that
// surname, four are needed (minCircleShared); two people of that surname
// in that circle join nothing.
func TestSurnameCoMentions(t *testing.T) {
	P := schema.Person
	people := func(id string, names ...string) *kg.Graph {
		g := &kg.Graph{Doc: kg.Document{ID: id}}
		for _, n := range names {
			key := "n-" + strings.ToLower(strings.ReplaceAll(n, " ", "-"))
			g.Entities = append(g.Entities, kg.Entity{IRI: kg.EntityIRI(P, key), Type: P, Name: n})
		}
		return g
	}
	andrea := kg.EntityIRI(P, "n-andrea-masi")
	for _, c := range []struct {
		name   string
		others []*kg.Graph
		lone   *kg.Graph
		want   string
	}{
		{"two people in common",
			[]*kg.Graph{people("a", "Mauro Bergamasco", "Andrea Masi", "Alessandro Troncon")},
			people("b", "Bergamasco", "Masi", "Troncon"), andrea},
		{"one person in common",
			[]*kg.Graph{people("a", "Mauro Bergamasco", "Andrea Masi", "Luciano Orquera")},
			people("b", "Bergamasco", "Masi", "Troncon"), kg.EntityIRI(P, "n-masi")},
		{"another of that surname elsewhere: two in common are not enough",
			[]*kg.Graph{people("a", "Mauro Bergamasco", "Andrea Masi", "Alessandro Troncon"),
				people("c", "Tom Smith", "Paolo Masi", "Ann Jones")},
			people("b", "Bergamasco", "Masi", "Troncon"), kg.EntityIRI(P, "n-masi")},
		{"another of that surname elsewhere: four in common",
			[]*kg.Graph{people("a", "Mauro Bergamasco", "Andrea Masi", "Alessandro Troncon", "Luciano Orquera", "Sergio Parisse"),
				people("c", "Tom Smith", "Paolo Masi", "Ann Jones")},
			people("b", "Bergamasco", "Orquera", "Masi", "Troncon", "Parisse"), andrea},
		{"two of that surname in the circle",
			[]*kg.Graph{people("a", "Mauro Bergamasco", "Andrea Masi", "Alessandro Troncon"),
				people("c", "Mauro Bergamasco", "Paolo Masi", "Alessandro Troncon")},
			people("b", "Bergamasco", "Masi", "Troncon"), kg.EntityIRI(P, "n-masi")},
	} {
		link(append(c.others, c.lone))
		got := ""
		for _, e := range c.lone.Entities {
			if e.Name == "Masi" {
				got = e.IRI
			}
		}
		if got != c.want {
			t.Errorf("%s: Masi is %s, want %s", c.name, got, c.want)
		}
		if c.want == andrea {
			ok := false
			for _, f := range c.lone.Facts {
				ok = ok || f.Predicate == "alias" && f.Rule == ruleSurnameContext && strings.Contains(f.Evidence, "with bergamasco")
			}
			if !ok {
				t.Errorf("%s: want an alias fact naming the people in common, got %+v", c.name, c.lone.Facts)
			}
		}
	}
}
