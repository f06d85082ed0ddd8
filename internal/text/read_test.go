package text

import (
	"errors"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const htmlPage = `<!DOCTYPE html>
<html><head><title>MiniMax raises $600m &amp; more</title>
<meta charset="utf-8">
<meta property="article:published_time" content="2026-02-11T08:00:00Z">
<meta property="og:url" content="https://example.com/minimax">
<style>body { color: red; } p::after { content: "Hidden style"; }</style>
<script>var x = "<p>Hidden script</p>";</script>
</head><body>
<nav><ul><li>Home</li></ul></nav>
<h1>MiniMax raises $600 million</h1>
<p>Shanghai-based MiniMax said it raised $600&nbsp;million from Alibaba &amp; Tencent.</p>
<p>“We are growing,” said Yan&#39;s aide. <b>Bold</b> text<br>next line</p>
<noscript>Hidden noscript</noscript>
<figure><img src="a.jpg"><figcaption>Yan speaks - Tingshu Wang/Reuters</figcaption></figure>
<p>قالت شركة <a href="/x">مرسى كلاود</a> إنها جمعت ٥٦٠ مليون دولار &lt;تقريبا&gt; caf&eacute; &#x1F600;.</p>
</body></html>`

func parseOne(t *testing.T, name, in string) *Document {
	t.Helper()
	docs, err := Parse(name, []byte(in), ParseOptions{})
	if err != nil {
		t.Fatalf("Parse(%q): %v", name, err)
	}
	if len(docs) != 1 {
		t.Fatalf("Parse(%q): %d documents, want 1", name, len(docs))
	}
	checkSegmentation(t, docs[0])
	return docs[0]
}

func TestParseHTML(t *testing.T) {
	d := parseOne(t, "dir/page.html", htmlPage)
	if d.ID != "page" || d.Source != "dir/page.html" {
		t.Errorf("ID, Source = %q, %q; want page, dir/page.html", d.ID, d.Source)
	}
	if d.Title != "MiniMax raises $600m & more" {
		t.Errorf("Title = %q, want the <title> text with entities decoded", d.Title)
	}
	if d.Published != "2026-02-11" {
		t.Errorf("Published = %q, want 2026-02-11 from the meta tag", d.Published)
	}
	if d.URL != "https://example.com/minimax" {
		t.Errorf("URL = %q", d.URL)
	}
	if d.Lang != English {
		t.Errorf("Lang = %q, want en", d.Lang)
	}
	if len(d.SHA256) != 64 {
		t.Errorf("SHA256 = %q", d.SHA256)
	}
	// Nothing of scripts, styles, noscript, tags or the <title>.
	for _, hidden := range []string{"Hidden", "color", "var x", "<p>", "href", "MiniMax raises $600m"} {
		if strings.Contains(d.Text, hidden) {
			t.Errorf("Text holds %q:\n%s", hidden, d.Text)
		}
	}
	for _, want := range []string{
		"$600\u00a0million from Alibaba & Tencent.", // entities decoded
		"said Yan's aide.",
		"مرسى كلاود إنها",
		"<تقريبا>",
		"café 😀.",
	} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("Text lacks %q:\n%s", want, d.Text)
		}
	}
	kinds := map[string]Kind{}
	for _, p := range d.Paragraphs {
		kinds[d.Slice(p.Span)] = p.Kind
	}
	for txt, k := range map[string]Kind{
		"Yan speaks":           Caption,
		"Tingshu Wang/Reuters": Credit,
		"next line":            Heading,
	} {
		if got, ok := kinds[txt]; !ok || got != k {
			t.Errorf("paragraph %q: kind %v (found %v), want %v; paragraphs %v", txt, got, ok, k, paragraphs(d))
		}
	}
}

var markup = regexp.MustCompile(`<[^>]*>`)

// checkOrigSpans checks that every token's Orig span lies in the input and
// that the input there, unescaped, is the token's text: plain text slices
// back exactly, and an entity is covered whole.
func checkOrigSpans(t *testing.T, in string, d *Document) {
	t.Helper()
	for _, tk := range d.Tokens {
		o := d.Orig(tk.Span)
		if o.Start < 0 || o.End > len(in) || o.Start > o.End {
			t.Errorf("token %q: Orig %v outside the %d-byte input", tk.Text, o, len(in))
			continue
		}
		raw := in[o.Start:o.End]
		// Inline markup inside a word ("x<i>y</i>z") is covered, but a span
		// neither starts nor ends with a tag.
		plain := html.UnescapeString(markup.ReplaceAllString(raw, ""))
		if plain != tk.Text || strings.HasPrefix(raw, "<") && !strings.HasPrefix(tk.Text, "<") ||
			strings.HasSuffix(raw, ">") && !strings.HasSuffix(tk.Text, ">") {
			t.Errorf("token %q at %v: Orig %v slices the input to %q", tk.Text, tk.Span, o, raw)
		}
	}
}

// Every token's Orig span slices the original HTML to the token's text:
// plain text exactly, entities whole; a token that ends just before markup
// ("<b>Bold</b> text", a linked name) ends before the markup too. (Orig
// must not map a span's end to the origin of the byte after the span: that
// byte may come after a closing tag, or from the same entity.)
func TestParseHTMLOrigSpans(t *testing.T) {
	for _, in := range []string{
		htmlPage,
		`<p><b>Bold</b> text</p>`,
		`<p>قالت <a href="/x">مرسى كلاود</a> إنها</p>`,
		`<p>x<i>y</i>z &amp &lt;b&gt;</p>`,
		"<p>one\r\ntwo\tthree</p><pre>a  b</pre>",
	} {
		d := parseOne(t, "x.html", in)
		checkOrigSpans(t, in, d)
	}
}

func TestParseHTMLTitleAndMeta(t *testing.T) {
	tests := []struct {
		name, in         string
		title, published string
	}{
		{"title element wins over og:title", `<title>Real</title><meta property="og:title" content="OG"><p>Body text.</p>`, "Real", ""},
		{"og:title when there is no title element", `<meta property="og:title" content="OG Title"><p>Body text.</p>`, "OG Title", ""},
		{"first paragraph when neither", `<h1>Headline</h1><p>Body text.</p>`, "Headline", ""},
		{"datePublished itemprop", `<meta itemprop="datePublished" content="2025-12-01"><p>Body text.</p>`, "Body text.", "2025-12-01"},
		{"dateline when no meta", "<h1>Headline</h1><p>11 فبراير 2026</p><p>نص الخبر.</p>", "Headline", "2026-02-11"},
		{"meta date that is not ISO is ignored", `<meta name="date" content="١١ فبراير ٢٠٢٦"><p>Body text.</p>`, "Body text.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseOne(t, "p.html", tt.in)
			if d.Title != tt.title || d.Published != tt.published {
				t.Errorf("Title, Published = %q, %q; want %q, %q", d.Title, d.Published, tt.title, tt.published)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	in := "شركة مرسى كلاود تجمع التمويل\nقالت الشركة إنها جمعت 560 مليون دولار من Alibaba وTencent.\n"
	d := parseOne(t, "news/a.b.txt", in)
	if d.ID != "a.b" || d.Source != "news/a.b.txt" || d.Text != in || d.Lang != Arabic {
		t.Errorf("ID, Source, Lang = %q, %q, %q; Text kept: %v", d.ID, d.Source, d.Lang, d.Text == in)
	}
	if d.Title != "شركة مرسى كلاود تجمع التمويل" {
		t.Errorf("Title = %q", d.Title)
	}
	if o := d.Orig(Span{3, 9}); o != (InputSpan{3, 9}) {
		t.Errorf("Orig of plain text = %v, want the same span", o)
	}
	// A forced language wins over detection.
	docs, err := Parse("a.txt", []byte(in), ParseOptions{Lang: English})
	if err != nil || docs[0].Lang != English {
		t.Errorf("Parse with Lang en: %v, lang %q", err, docs[0].Lang)
	}
}

func TestParseStdinSniffs(t *testing.T) {
	tests := []struct {
		in     string
		format string // what the document shows
	}{
		{`{"id":"x1","text":"hello world"}`, "jsonl"},
		{"  <p>hello &amp; bye</p>", "html"},
		{"plain text here", "txt"},
	}
	for _, tt := range tests {
		docs, err := Parse(Stdin, []byte(tt.in), ParseOptions{})
		if err != nil {
			t.Fatalf("Parse(stdin, %q): %v", tt.in, err)
		}
		d := docs[0]
		switch tt.format {
		case "jsonl":
			if d.ID != "x1" {
				t.Errorf("stdin JSON lines: ID %q", d.ID)
			}
		case "html":
			if !strings.HasPrefix(d.ID, "stdin-") || strings.TrimSpace(d.Text) != "hello & bye" {
				t.Errorf("stdin HTML: ID %q Text %q", d.ID, d.Text)
			}
		case "txt":
			if !strings.HasPrefix(d.ID, "stdin-") || len(d.ID) != len("stdin-")+12 || d.Text != tt.in {
				t.Errorf("stdin text: ID %q Text %q", d.ID, d.Text)
			}
		}
	}
	// The same text gets the same id; other text another.
	a, _ := Parse(Stdin, []byte("one"), ParseOptions{})
	b, _ := Parse(Stdin, []byte("one"), ParseOptions{})
	c, _ := Parse(Stdin, []byte("two"), ParseOptions{})
	if a[0].ID != b[0].ID || a[0].ID == c[0].ID {
		t.Errorf("stdin ids %q %q %q", a[0].ID, b[0].ID, c[0].ID)
	}
	// An unknown extension is sniffed like stdin.
	docs, err := Parse("feed.ndjson", []byte(`{"id":"n1","text":"x"}`), ParseOptions{})
	if err != nil || docs[0].ID != "n1" {
		t.Errorf("unknown extension: %v %+v", err, docs)
	}
}

func TestParseJSONL(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"MiniMax said on Tuesday it raised money.\",\"title\":\"T\",\"published\":\"2026-02-11\"}\n" +
		"\r\n   \n" +
		"{\"id\":\"b\",\"text\":\"قالت الشركة\",\"lang\":\"ar\",\"url\":\"https://x.test/b\"}\r\n" +
		"{\"id\":\"c\",\"text\":\"\",\"lang\":\"en\"}\n"
	docs, err := Parse("feed.jsonl", []byte(in), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ id, source, title, url, published, text string }
	var got []row
	for _, d := range docs {
		checkSegmentation(t, d)
		got = append(got, row{d.ID, d.Source, d.Title, d.URL, d.Published, d.Text})
	}
	want := []row{
		{"a", "feed.jsonl", "T", "", "2026-02-11", "MiniMax said on Tuesday it raised money."},
		{"b", "https://x.test/b", "قالت الشركة", "https://x.test/b", "", "قالت الشركة"},
		{"c", "feed.jsonl", "", "", "", ""},
	}
	if !slices.Equal(got, want) {
		t.Errorf("documents:\n got  %q\n want %q", got, want)
	}
	if docs[0].Lang != English || docs[1].Lang != Arabic || docs[2].Lang != English {
		t.Errorf("langs %q %q %q", docs[0].Lang, docs[1].Lang, docs[2].Lang)
	}
	if docs[0].SHA256 == docs[1].SHA256 || len(docs[0].SHA256) != 64 {
		t.Errorf("each line gets its own hash: %q %q", docs[0].SHA256, docs[1].SHA256)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, file, in string
		want           string // the whole error message
	}{
		{"duplicate id", "f.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"a\",\"text\":\"y\"}",
			`f.jsonl:3: id "a" already used on line 1; ids must be unique`},
		{"missing text", "f.jsonl", `{"id":"a"}`, `f.jsonl:1: each line needs "id" and "text"`},
		{"missing id", "f.jsonl", `{"text":"a"}`, `f.jsonl:1: each line needs "id" and "text"`},
		{"blank id", "f.jsonl", `{"id":"  ","text":"a"}`, `f.jsonl:1: each line needs "id" and "text"`},
		{"bad json names the line", "f.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{bad",
			"f.jsonl:2: not a JSON object (invalid character 'b' looking for beginning of object key string); each line must be one article"},
		{"not an object", "f.jsonl", `["a"]`, "f.jsonl:1: not a JSON object (json: cannot unmarshal array into Go value of type text.jsonlArticle); each line must be one article"},
		{"bad lang", "f.jsonl", `{"id":"a","text":"x","lang":"fr"}`, `f.jsonl:1: "lang" is "fr"; use "ar" or "en", or leave it out to detect`},
		{"binary", "d/f.txt", "ab\x00c", "d/f.txt: binary file (it holds NUL bytes); give text, HTML or JSON lines"},
		{"invalid utf-8 ascii prefix", "d/f.txt", "abc\xffdef",
			"d/f.txt: not valid UTF-8 (first bad byte at offset 3); convert it to UTF-8 first, e.g. with iconv"},
		{"invalid utf-8 after arabic", "d/f.html", "مرحبا\xc3", "d/f.html: not valid UTF-8 (first bad byte at offset 10); convert it to UTF-8 first, e.g. with iconv"},
		{"truncated rune in the middle", "d/f.txt", "ab\xe2\x82z", "d/f.txt: not valid UTF-8 (first bad byte at offset 2); convert it to UTF-8 first, e.g. with iconv"},
		{"literal replacement char is valid, later byte is not", "f.txt", "\ufffdok\x80", "f.txt: not valid UTF-8 (first bad byte at offset 5); convert it to UTF-8 first, e.g. with iconv"},
		{"empty", "f.txt", "", "f.txt: empty input; nothing to build"},
		{"only space", "f.jsonl", " \n\t\r\n", "f.jsonl: empty input; nothing to build"},
		{"stdin empty", Stdin, "\n", "-: empty input; nothing to build"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse(tt.file, []byte(tt.in), ParseOptions{})
			if err == nil {
				t.Fatalf("Parse(%q, %q) = %d documents, want error %q", tt.file, tt.in, len(docs), tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error %q\n want %q", err, tt.want)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("error %T is not an *InputError", err)
			}
		})
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct {
		in   string
		want Lang
	}{
		{"قالت شركة مرسى كلاود إنها جمعت المال", Arabic},
		{"قالت شركة Alibaba و Tencent و MiniMax إن الشركات الصينية تتنافس", Arabic},
		{"قالت OpenAI", Arabic}, // 7 Arabic letters, 6 Latin
		{"MiniMax said on Tuesday it raised $600 million", English},
		{"Alibaba (علي بابا) said on Tuesday", English},
		{"", English},
		{"123 456", English},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.in); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExpandPaths(t *testing.T) {
	dir := t.TempDir()
	files := []string{"b.txt", "a.html", "sub/c.jsonl", "sub/deeper/d.htm", "sub/e.HTML", "notes.md", "sub/img.png"}
	for _, f := range files {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	empty := filepath.Join(dir, "empty")
	if err := os.MkdirAll(filepath.Join(empty, "nested"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(empty, "nested", "x.pdf"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	explicit := filepath.Join(dir, "notes.md")

	got, err := ExpandPaths([]string{explicit, Stdin, dir})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{explicit, Stdin}
	for _, f := range []string{"a.html", "b.txt", "sub/c.jsonl", "sub/deeper/d.htm", "sub/e.HTML"} {
		want = append(want, filepath.Join(dir, f))
	}
	if !slices.Equal(got, want) {
		t.Errorf("ExpandPaths:\n got  %q\n want %q", got, want)
	}

	for _, tt := range []struct {
		path, msg string
	}{
		{filepath.Join(dir, "missing.txt"), "no such file or directory"},
		{empty, "directory holds no .txt, .html, .htm or .jsonl files"},
	} {
		_, err := ExpandPaths([]string{filepath.Join(dir, "a.html"), tt.path})
		var ie *InputError
		if !errors.As(err, &ie) || ie.Input != tt.path || ie.Msg != tt.msg {
			t.Errorf("ExpandPaths(%q) error = %v, want %s: %s", tt.path, err, tt.path, tt.msg)
		}
	}
	if got, err := ExpandPaths(nil); err != nil || len(got) != 0 {
		t.Errorf("ExpandPaths(nil) = %q, %v", got, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		htmlPage, scrapedArabic, scrapedEnglish,
		"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"“قال. نعم”، قال علي.\\n11 فبراير 2026\"}",
		"<p>a &amp b</p><b>x</b>y<br>&#x1F600;&", "<title>t", "<script>x", "x\x00", "\xff", "", " ",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"x.txt", "x.html", "x.jsonl"} {
			docs, err := Parse(name, data, ParseOptions{})
			if err != nil {
				var ie *InputError
				var le *LineErrors
				if errors.As(err, &le) && len(docs) > 0 {
					continue
				}
				if !errors.As(err, &ie) || docs != nil {
					t.Fatalf("Parse(%s): error %T %v with %d documents", name, err, err, len(docs))
				}
				continue
			}
			if len(docs) == 0 {
				t.Fatalf("Parse(%s): no documents and no error", name)
			}
			for _, d := range docs {
				checkSegmentation(t, d)
				for _, sp := range d.Tokens {
					if o := d.Orig(sp.Span); o.Start < 0 || o.Start > o.End || o.End > len(data) {
						t.Fatalf("Parse(%s): token %q %v has Orig %v outside the %d-byte input", name, sp.Text, sp.Span, o, len(data))
					}
				}
				for _, s := range d.Sentences {
					if o := d.Orig(s.Span); o.Start < 0 || o.Start > o.End || o.End > len(data) {
						t.Fatalf("Parse(%s): sentence %v has Orig %v outside the %d-byte input", name, s.Span, o, len(data))
					}
				}
			}
		}
	})
}
