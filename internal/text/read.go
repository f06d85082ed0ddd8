package text

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Extensions lists the file kinds graphbuild reads, by extension.
var Extensions = []string{".txt", ".html", ".htm", ".jsonl"}

// Stdin is the path that names standard input.
const Stdin = "-"

// InputError is an error a user caused with an input: it names the input and
// says what to do.
type InputError struct {
	Input string
	Msg   string
}

func (e *InputError) Error() string { return e.Input + ": " + e.Msg }

// ExpandPaths turns the command-line paths into the files to read:
// directories are walked recursively for files with a known extension, in
// lexical order; files and "-" are kept as given.
func ExpandPaths(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == Stdin {
			out = append(out, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, &InputError{p, "no such file or directory"}
			}
			return nil, &InputError{p, err.Error()}
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && knownExtension(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, &InputError{p, err.Error()}
		}
		if len(found) == 0 {
			return nil, &InputError{p, "directory holds no .txt, .html, .htm or .jsonl files"}
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// KnownExtension says whether path has the extension of a kind of file
// graphbuild reads.
func KnownExtension(path string) bool { return knownExtension(path) }

func knownExtension(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// ParseOptions control how an input becomes documents.
type ParseOptions struct {
	Lang        Lang  // force this language instead of detecting it; "" detects
	MaxDocBytes int64 // the largest document text; 0 is DefaultMaxDocBytes
}

// Parse turns the bytes of one input into its documents, segmented. name is
// the path (or "-"), used for the document id, the source and errors; the
// format follows its extension (stdin and unknown extensions: sniffed).
//
// A JSON lines input with bad lines returns the documents of its good lines
// and a *LineErrors naming the bad ones; every other error comes with no
// documents.
func Parse(name string, data []byte, opt ParseOptions) ([]*Document, error) {
	if opt.MaxDocBytes <= 0 {
		opt.MaxDocBytes = DefaultMaxDocBytes
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return nil, &InputError{name, "UTF-16 text; convert it to UTF-8 first, e.g. with iconv -f UTF-16 -t UTF-8"}
	}
	if bytes.HasPrefix(data, utf8BOM) {
		// A byte order mark is not text: blank it, keeping every offset.
		data = append([]byte("   "), data[len(utf8BOM):]...)
	}
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	format := strings.ToLower(filepath.Ext(name))
	if name == Stdin || !knownExtension(name) {
		format = sniff(data)
	}
	var docs []*Document
	var lineErr error
	switch format {
	case ".jsonl":
		docs, lineErr = parseJSONL(name, data, opt.MaxDocBytes)
		if len(docs) == 0 {
			return nil, lineErr
		}
	case ".html", ".htm":
		if int64(len(data)) > opt.MaxDocBytes {
			return nil, tooBig(name, int64(len(data)), opt.MaxDocBytes)
		}
		d := parseHTML(data)
		if strings.TrimSpace(d.Text) == "" {
			return nil, &InputError{name, "HTML page with no visible text; nothing to build"}
		}
		d.ID, d.Source = docID(name, data), name
		docs = []*Document{d}
	default:
		if int64(len(data)) > opt.MaxDocBytes {
			return nil, tooBig(name, int64(len(data)), opt.MaxDocBytes)
		}
		docs = []*Document{{ID: docID(name, data), Source: name, Text: string(data)}}
	}
	for _, d := range docs {
		finish(d, data, opt)
	}
	return docs, lineErr
}

// finish sets a document's hash (of data, unless its format gave one) and
// language, and segments it.
func finish(d *Document, data []byte, opt ParseOptions) {
	if d.SHA256 == "" {
		sum := sha256.Sum256(data)
		d.SHA256 = hex.EncodeToString(sum[:])
	}
	switch {
	case opt.Lang != "":
		d.Lang, d.LangGiven = opt.Lang, true
	case d.Lang == "":
		d.Lang = DetectLang(d.Text)
	default:
		d.LangGiven = true // the JSON line's "lang"
	}
	Segment(d)
}

var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// checkText refuses binary and invalid UTF-8 input with a line naming it.
func checkText(name string, data []byte) error {
	if bytes.IndexByte(data, 0) >= 0 {
		return &InputError{name, "binary file (it holds NUL bytes); give text, HTML or JSON lines"}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return &InputError{name, fmt.Sprintf("not valid UTF-8 (first bad byte at offset %d); convert it to UTF-8 first, e.g. with iconv", off)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return &InputError{name, "empty input; nothing to build"}
	}
	return nil
}

func sniff(data []byte) string {
	t := bytes.TrimSpace(data)
	switch {
	case bytes.HasPrefix(t, []byte("{")):
		return ".jsonl"
	case bytes.HasPrefix(t, []byte("<")):
		return ".html"
	}
	return ".txt"
}

// docID is the file name without directory and extension; for standard
// input, a prefix of the content hash so the same text gets the same id.
func docID(name string, data []byte) string {
	if name == Stdin {
		sum := sha256.Sum256(data)
		return "stdin-" + hex.EncodeToString(sum[:])[:12]
	}
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

type jsonlArticle struct {
	ID        *string `json:"id"`
	Text      *string `json:"text"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
	Lang      string  `json:"lang"`
}

func parseJSONL(name string, data []byte, maxDoc int64) ([]*Document, error) {
	var docs []*Document
	ids := map[string]int{}
	bad := &LineErrors{Input: name}
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM))
		if len(line) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, i+1)
		d, err := jsonlDoc(where, name, line, maxDoc)
		if err != nil {
			bad.add(err)
			continue
		}
		if prev, dup := ids[d.ID]; dup {
			bad.add(&InputError{where, fmt.Sprintf("id %q already used on line %d; ids must be unique", d.ID, prev)})
			continue
		}
		ids[d.ID] = i + 1
		docs = append(docs, d)
	}
	switch {
	case bad.Count() == 1 && len(docs) == 0:
		return nil, bad.Errs[0]
	case bad.Count() > 0:
		return docs, bad
	case len(docs) == 0:
		return nil, &InputError{name, "no articles in this JSON lines file"}
	}
	return docs, nil
}

// jsonlDoc reads one JSON lines article (line trimmed, not blank); where
// names the line in errors.
func jsonlDoc(where, name string, line []byte, maxDoc int64) (*Document, *InputError) {
	var a jsonlArticle
	if err := json.Unmarshal(line, &a); err != nil {
		why := "not a JSON object (" + err.Error() + "); each line must be one article"
		if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected end of JSON input") {
			why = "truncated JSON (the line ends inside the object); each line must be one whole article"
		}
		return nil, &InputError{where, why}
	}
	if a.ID == nil || strings.TrimSpace(*a.ID) == "" || a.Text == nil {
		return nil, &InputError{where, `each line needs "id" and "text"`}
	}
	if a.Lang != "" && a.Lang != string(Arabic) && a.Lang != string(English) {
		return nil, &InputError{where, fmt.Sprintf(`"lang" is %q; use "ar" or "en", or leave it out to detect`, a.Lang)}
	}
	if int64(len(*a.Text)) > maxDoc {
		return nil, tooBig(where, int64(len(*a.Text)), maxDoc)
	}
	sum := sha256.Sum256(line)
	source := name
	if a.URL != "" {
		source = a.URL
	}
	return &Document{
		ID: *a.ID, Source: source, Text: *a.Text, Title: a.Title, URL: a.URL,
		Published: a.Published, Lang: Lang(a.Lang), SHA256: hex.EncodeToString(sum[:]),
	}, nil
}

// ParseJSONLine parses line lineNo (counted from 1) of the JSON lines input
// name: one article, segmented, or an error naming name:lineNo. It lets a
// reader stream a large JSON lines file one article at a time; blank lines
// are the caller's to skip, and so are ids repeated on other lines. The
// document is the one Parse makes of that line.
func ParseJSONLine(name string, lineNo int, line []byte, opt ParseOptions) (*Document, error) {
	if opt.MaxDocBytes <= 0 {
		opt.MaxDocBytes = DefaultMaxDocBytes
	}
	where := fmt.Sprintf("%s:%d", name, lineNo)
	line = bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM))
	if err := checkText(where, line); err != nil {
		return nil, err
	}
	d, err := jsonlDoc(where, name, line, opt.MaxDocBytes)
	if err != nil {
		return nil, err
	}
	finish(d, line, opt)
	return d, nil
}

// DetectLang says whether s is Arabic or English by which script has more
// letters. Latin names inside Arabic text are common, so Arabic wins at a
// third of the letters.
func DetectLang(s string) Lang {
	ar, lat := 0, 0
	for _, r := range s {
		switch {
		case IsArabicLetter(r):
			ar++
		case IsLatinLetter(r):
			lat++
		}
	}
	if ar > 0 && ar*2 >= lat {
		return Arabic
	}
	return English
}
