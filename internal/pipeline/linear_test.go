package pipeline

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"graphbuild/internal/text"
)

// longArticle writes about n bytes of news in lang: many people and
// organisations, each named in full and then by surname, quotes, cues.
func longArticle(n int, lang text.Lang, seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	pick := func(s []string) string { return s[rng.Intn(len(s))] }
	var b strings.Builder
	if lang == text.Arabic {
		first := []string{"عمر", "سارة", "خالد", "فاطمة", "علي", "ليلى", "يوسف", "منى"}
		last := []string{"الشمري", "حداد", "ناصر", "العلي", "المصري", "القاسم", "الزين"}
		orgs := []string{"سديم للحوسبة", "رقيم للذكاء الاصطناعي", "مرسى كلاود", "هيكسا لابز"}
		b.WriteString("أخبار الشركات هذا الأسبوع\n\n")
		for b.Len() < n {
			a, o := pick(first)+" "+pick(last), pick(orgs)
			fmt.Fprintf(&b, "قال %s، الرئيس التنفيذي لشركة %s، إن الشركة جمعت %d مليون دولار. وأضاف %s: «نحن ننمو بسرعة». ", a, o, rng.Intn(900)+10, strings.Fields(a)[1])
			if rng.Intn(3) == 0 {
				b.WriteString("\n\n")
			}
		}
		return b.String()
	}
	first := []string{"Ana", "Omar", "Linda", "David", "Sara", "Khalid", "Maria", "John", "Fatima", "Chen"}
	last := []string{"Ribeiro", "Chen", "Smith", "Haddad", "Rossi", "Tanaka", "Kumar", "Silva", "Nasser"}
	orgs := []string{"Orbital Compute", "Vantage Robotics", "Kestrel Vision", "Hexa Labs", "Raqeem AI", "Nimbus Data"}
	b.WriteString("Deals of the week\n\n")
	for b.Len() < n {
		a, o := pick(first)+" "+pick(last), pick(orgs)
		switch rng.Intn(4) {
		case 0:
			fmt.Fprintf(&b, "%s, a startup based in Lisbon, raised $%d million, its founder %s said. ", o, rng.Intn(90)+10, a)
		case 1:
			fmt.Fprintf(&b, "\"We are growing fast,\" said %s, chief executive of %s. ", a, o)
		case 2:
			fmt.Fprintf(&b, "%s told reporters that the company would hire %d engineers in Paris. ", strings.Fields(a)[1], rng.Intn(400)+10)
		default:
			fmt.Fprintf(&b, "%s acquired %s for $1.%d billion on Tuesday. ", o, pick(orgs), rng.Intn(9)+1)
		}
		if rng.Intn(3) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func extractTime(t *testing.T, s string) time.Duration {
	t.Helper()
	docs, err := text.Parse("long.txt", []byte(s), text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The mean CPU time (user+sys of the process) of five runs, not the
	// best wall time: on a loaded machine a wall-clock run can wait for a
	// core several times its length, and the best of a few runs of a small
	// document is one that ran no garbage collection, which a large one
	// always pays (it made 20 KB look 2-3x faster than its share).
	Extract(docs[0])
	start := cpuTime()
	for range 5 {
		Extract(docs[0])
	}
	return (cpuTime() - start) / 5
}

// TestReliabilityExtractionLinear: extraction time grows with the length
// of a document, not its square (issue 15, finding 2: 92 KB took 1.3 s,
// 786 KB 36 s, nested loops over all mentions in the entity clustering).
// Eight times the text must take well under 8² times as long; the bound
// (11x) leaves room for a noisy machine; before the fix these sizes took
// 13-17x. GRAPHBUILD_RELIABILITY_HEAVY=1
// measures 10 KB to 10 MB and logs the table.
func TestReliabilityExtractionLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing test: skipped with -short and -race")
	}
	for _, lang := range []text.Lang{text.English, text.Arabic} {
		// A loaded machine can stretch one measurement: the test fails
		// only when three measurements in a row are all over the bound.
		var ratio float64
		for try := 0; try < 3; try++ {
			small := extractTime(t, longArticle(20<<10, lang, 1))
			big := extractTime(t, longArticle(160<<10, lang, 1))
			ratio = float64(big) / float64(small)
			t.Logf("%s: 20 KB %v, 160 KB %v (%.1fx for 8x the text)", lang, small, big, ratio)
			if ratio <= 11 {
				break
			}
		}
		if ratio > 11 {
			t.Errorf("%s: 8x the text took %.1fx as long: extraction is not linear", lang, ratio)
		}
	}
	if !heavy() {
		return
	}
	for _, lang := range []text.Lang{text.English, text.Arabic} {
		for _, n := range []int{10 << 10, 100 << 10, 1 << 20, 10 << 20} {
			d := extractTime(t, longArticle(n, lang, 2))
			t.Logf("%s %8d bytes: %v (%.1f µs/KB)", lang, n, d, float64(d.Microseconds())/float64(n>>10))
		}
	}
}
