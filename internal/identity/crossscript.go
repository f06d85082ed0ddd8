package identity

import (
	"strings"
	"unicode"

	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// linkThreshold is the least similarity at which two long names in
// different scripts are taken for one thing.
const linkThreshold = 0.8

// minSkeletonAlone is the least number of consonants of a name that its
// skeleton alone may join across scripts; a shorter one must also be the
// other's transliteration checked both ways (text.TranslitMatch).
const minSkeletonAlone = 6

// translitConfidence is the confidence of a join of two short names by a
// transliteration checked in both directions (text.TranslitMatch).
const translitConfidence = 0.9

// crossScriptProbes: a long name (an "x-" skeleton key) is looked up by its
// skeleton less at most one letter, which finds every skeleton one edit
// away; a short name (an "n-" key) by its exact skeleton.
func crossScriptProbes(e kg.Entity) []string {
	seg := lastSegment(e.IRI)
	switch {
	case strings.HasPrefix(seg, "x-"):
		var ks []string
		for _, v := range deletions(skeletonOf(seg)) {
			ks = append(ks, kindDel+string(e.Type)+"|"+v)
		}
		return ks
	case strings.HasPrefix(seg, "n-"):
		return []string{kindShort + string(e.Type) + "|" + text.Skeleton(shortName(seg))}
	}
	return nil
}

// lexiconScriptKeys: an entity the lexicon knows (its IRI is a lexicon id,
// not a key of its name) is also held under the skeleton keys its name
// would have, so that a spelling of it in the other script the lexicon
// does not list (براك أوباما for Barack Obama) finds it.
func lexiconScriptKeys(e kg.Entity) []string {
	if keyedByName(e.IRI) || e.Name == "" {
		return nil
	}
	sk := text.Skeleton(e.Name)
	if sk == "" {
		return nil
	}
	if !text.LongSkeleton(sk) {
		return []string{kindShort + string(e.Type) + "|" + sk}
	}
	var ks []string
	for _, v := range deletions(sk) {
		ks = append(ks, kindDel+string(e.Type)+"|"+v)
	}
	return ks
}

// candidateSkeleton is the skeleton a candidate is keyed by: its key's,
// or its name's for an entity the lexicon knows.
func candidateSkeleton(c Candidate) (sk string, long bool) {
	seg := lastSegment(c.IRI)
	switch {
	case strings.HasPrefix(seg, "x-"):
		return skeletonOf(seg), true
	case strings.HasPrefix(seg, "n-"):
		return "", false
	}
	sk = text.Skeleton(c.Name)
	return sk, text.LongSkeleton(sk)
}

// consonants counts the consonant classes of a skeleton.
func consonants(sk string) int { return len(strings.ReplaceAll(sk, " ", "")) }

// crossScriptJoin joins an entity the lexicon does not know to one of the
// same type in the other script whose name is its transliteration:
//   - a long name to the one whose consonant skeleton is nearest, one edit
//     at most ("Emirates Grid" and "إمارات غريد"), rule
//     "transliteration-similarity", the similarity as confidence; people
//     only when every word of their names is near, so a shared surname or
//     first name never joins two of them; a name of fewer than
//     minSkeletonAlone consonants only when it is also the other's
//     transliteration checked both ways (براك أوباما, Barack Obama);
//     the candidate may be an entity the lexicon knows (lexiconScriptKeys);
//   - a short name to the one Latin-script short name of the same skeleton
//     that is its transliteration checked both ways and letter by letter
//     (رقيم and Raqeem; never تيني and Dina, داعش and Days: ش is sh;
//     text.TranslitLetters), rule "transliteration-both-ways"; two such are
//     ambiguous and join nothing. Never to an entity the lexicon knows,
//     whose names in both scripts the lexicon lists (الصحراء is not Syria).
//
// The Arabic-script entity takes the Latin one's IRI; a Latin-script one
// takes an Arabic one's only when that is already stored (an English
// article built after its Arabic twin).
func crossScriptJoin(e batchEntity, found map[string][]Candidate, inBatch map[string]bool) (join, bool) {
	a := e.ent
	seg := lastSegment(a.IRI)
	aLatin := latinName(a.Name)
	usable := func(c Candidate) bool {
		if c.IRI == a.IRI || c.Type != a.Type || latinName(c.Name) == aLatin {
			return false
		}
		return !aLatin || !inBatch[c.IRI]
	}
	switch {
	case strings.HasPrefix(seg, "x-"):
		words := strings.Fields(skeletonOf(seg))
		best, bestSim := Candidate{}, 0.0
		seen := map[string]bool{}
		short := consonants(skeletonOf(seg)) < minSkeletonAlone
		if aLatin && heldElsewhere(a.IRI, found[kindDel+string(a.Type)+"|"+skeletonOf(seg)]) {
			// Its own key already names it in another article (غوردن براون
			// and Gordon Brown, one skeleton): a near miss (غوردون بركيو)
			// must not pull it away from the node it already has.
			return join{}, false
		}
		for _, k := range crossScriptProbes(a) {
			for _, c := range found[k] {
				csk, long := candidateSkeleton(c)
				if seen[c.IRI] || !usable(c) || !long {
					continue
				}
				seen[c.IRI] = true
				cw := strings.Fields(csk)
				if a.Type == schema.Person && len(cw) != len(words) {
					continue
				}
				if (short || consonants(csk) < minSkeletonAlone) && !text.TranslitMatch(a.Name, c.Name) {
					continue
				}
				s := similarity(words, cw, a.Type == schema.Person)
				if s < 1 && substitution(words, cw) {
					continue
				}
				if s < 1 && a.Type == schema.Person && !personNearMiss(a.Name, c.Name, words, cw) {
					continue
				}
				if s > bestSim || s == bestSim && s > 0 && c.IRI < best.IRI {
					best, bestSim = c, s
				}
			}
		}
		if bestSim >= linkThreshold {
			return join{to: best.IRI, other: best.Name, conf: bestSim, rule: "transliteration-similarity"}, true
		}
	case strings.HasPrefix(seg, "n-"):
		if aLatin || !shortJoinable(a) {
			return join{}, false // the Arabic side joins the Latin one
		}
		key := strings.Join(keyWords(a.Type, a.Name), " ") // not the folded key: folding loses ى and ة
		var match []Candidate
		for _, k := range crossScriptProbes(a) {
			for _, c := range found[k] {
				cs := lastSegment(c.IRI)
				other := shortName(cs)
				if !strings.HasPrefix(cs, "n-") {
					// An entity the lexicon knows, or a long name: the
					// lexicon lists its names in both scripts, so a short
					// name the gazetteer did not link to it is another
					// thing with a similar sound (الصحراء is not Syria,
					// حائل not Oil, سول not Shell).
					continue
				}
				if usable(c) && !isAcronym(c.Name) && text.TranslitMatch(key, other) {
					match = append(match, c)
				}
			}
		}
		// Ambiguity is counted before the letters are read: a second name
		// of the same classes (غراس: Grace or Grass) leaves it open.
		if len(match) == 1 && text.TranslitLetters(key, shortName(lastSegment(match[0].IRI))) && text.TranslitVowelLetters(a.Name, shortName(lastSegment(match[0].IRI))) {
			return join{to: match[0].IRI, other: match[0].Name, conf: translitConfidence, rule: "transliteration-both-ways"}, true
		}
	}
	return join{}, false
}

// substitution reports whether two skeletons one edit apart differ by one
// consonant class put for another, rule "near-miss-dropped-letter": a near
// miss across scripts joins only where one script drops a letter the other
// writes (سان بطرسبرغ and Saint Petersburg, the silent t; ريتشارد أتنبورا
// and Richard Attenborough, the gh). A class for another is another name:
// لجنة الترشيح is not Alton Towers, كوينزلاند not Graceland, روبرت بنسكي
// not Robert Brusca.
func substitution(a, b []string) bool {
	sa, sb := strings.Join(a, " "), strings.Join(b, " ")
	return sa != sb && len(sa) == len(sb)
}

// minNearMissSurname is the fewest consonant classes a surname needs for
// one of them to differ in a near miss: in a shorter one a consonant off
// is another name (Dance and ديكنز, Soros and السادس).
const minNearMissSurname = 4

// personNearMiss reports whether two people's names one consonant class
// apart (skeleton words sk1, sk2) may still be one person: their given
// names are one transliterated, checked both ways, and the consonant that
// differs is in a surname of at least minNearMissSurname classes (Richard
// Attenborough and ريتشارد أتنبورا). People who share only a skeleton of
// a given name (Antonio Palocci and نادين باخص) or a surname (Walter
// Thompson and أندرو طومبسون) are not.
func personNearMiss(a, b string, sk1, sk2 []string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wb) < 2 || len(sk1) != len(sk2) {
		return false
	}
	if !text.TranslitMatch(strings.Join(wa[:len(wa)-1], " "), strings.Join(wb[:len(wb)-1], " ")) {
		return false
	}
	last := len(sk1) - 1
	for i := range sk1[:last] {
		if sk1[i] != sk2[i] {
			return false
		}
	}
	return min(len(sk1[last]), len(sk2[last])) >= minNearMissSurname
}

// heldElsewhere reports whether cands (the entities held under an
// entity's own skeleton) hold its IRI for more than one article.
func heldElsewhere(iri string, cands []Candidate) bool {
	for _, c := range cands {
		if c.IRI == iri && c.Docs > 1 {
			return true
		}
	}
	return false
}

// similarity compares two skeletons word by word: 1 minus the edit
// distance over the longer length. People must match every word within
// one edit; anything else may differ by one edit in all.
func similarity(a, b []string, person bool) float64 {
	sa, sb := strings.Join(a, " "), strings.Join(b, " ")
	if len(sa) < 4 || len(sb) < 4 {
		return 0 // two-consonant names are too easily alike
	}
	if person {
		for i := range a {
			if levenshtein(a[i], b[i]) > 1 {
				return 0
			}
		}
	}
	d := levenshtein(sa, sb)
	if d > 1 {
		return 0
	}
	return 1 - float64(d)/float64(max(len(sa), len(sb)))
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// shortJoinable reports whether a short Arabic-script name may cross
// scripts by its transliteration: not a person named by one word (a
// first name or a surname, which many share: ميسون is not Mawson), and not
// a word of the language (الخبر, زوال); a person's name not only words of
// the language.
func shortJoinable(e kg.Entity) bool {
	words := strings.Fields(e.Name)
	person := e.Type == schema.Person
	if person && len(words) < 2 {
		return false
	}
	common := 0
	for _, w := range words {
		if lang.Of(text.Arabic).IsCommon(w) {
			common++
		}
	}
	// A person's full name may hold a word that reads as a common one
	// (ليلى as ل+يلي); a phrase typed Person is all common words.
	if person {
		return common < len(words)
	}
	return common == 0
}

// isAcronym: a Latin name in capitals (QPR), which Arabic writes letter by
// letter, never as a word of the same consonants (الخبر).
func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}
