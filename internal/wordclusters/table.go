// Package wordclusters holds word clusters learnt from unlabelled news: a
// binary path per frequent word (words with similar contexts share long path
// prefixes, as with Brown clusters), the tables embedded, and Build, which
// computes them (cmd/train-clusters runs it over ../shared/corpus).
package wordclusters

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"

	"graphbuild/internal/text"
)

// Path is a word's position in the cluster tree: Len bits, the first one
// the most significant of Bits.
type Path struct {
	Bits uint32
	Len  uint8
}

// Prefix returns the first n bits of p (all of them when p is shorter) and
// their number.
func (p Path) Prefix(n int) Path {
	if n >= int(p.Len) {
		return p
	}
	return Path{Bits: p.Bits >> (int(p.Len) - n), Len: uint8(n)}
}

// String returns the path as '0' and '1' characters.
func (p Path) String() string {
	b := make([]byte, p.Len)
	for i := range b {
		b[i] = '0' + byte(p.Bits>>(int(p.Len)-1-i)&1)
	}
	return string(b)
}

// Table maps folded words to paths. It is safe for concurrent reads.
type Table struct {
	paths  map[string]Path
	arabic bool
}

// Len returns the number of words in the table.
func (t *Table) Len() int { return len(t.paths) }

// Lookup returns the path of a folded word (text.Fold). In Arabic a word
// not in the table is looked up by its clitic-stripped forms
// (text.StripFolded), first hit wins, as Build counted it.
func (t *Table) Lookup(folded string) (Path, bool) {
	if t == nil {
		return Path{}, false
	}
	if p, ok := t.paths[folded]; ok {
		return p, true
	}
	if t.arabic {
		for _, f := range stripForms(folded) {
			if p, ok := t.paths[f]; ok {
				return p, true
			}
		}
	}
	return Path{}, false
}

// LookupForms is Lookup of a word whose clitic-stripped forms are known:
// forms is text.StripFolded of the folded word (the word first), as the
// tagger has it for every token. It spares Lookup's stripping where the word
// itself has no path.
func (t *Table) LookupForms(forms []string) (Path, bool) {
	if t == nil || len(forms) == 0 {
		return Path{}, false
	}
	if p, ok := t.paths[forms[0]]; ok || !t.arabic {
		return p, ok
	}
	for _, f := range forms[1:] {
		if p, ok := t.paths[f]; ok {
			return p, true
		}
	}
	return Path{}, false
}

// stripForms returns the clitic-stripped forms of a folded word, without
// the word itself.
func stripForms(w string) []string {
	return text.StripFolded(w)[1:]
}

// File format: gzip of "GBCLU1\n", a flag byte (1: Arabic), the word count,
// then the words sorted, front-coded (shared prefix length, suffix), each
// followed by its path length and bits as varints.
const magic = "GBCLU1\n"

// Save writes t.
func (t *Table) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var scratch [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(scratch[:binary.PutUvarint(scratch[:], x)]) }
	bw.WriteString(magic)
	if t.arabic {
		bw.WriteByte(1)
	} else {
		bw.WriteByte(0)
	}
	words := make([]string, 0, len(t.paths))
	for w := range t.paths {
		words = append(words, w)
	}
	WriteSortedWords(bw, words, func(w string) {
		p := t.paths[w]
		uv(uint64(p.Len))
		uv(uint64(p.Bits))
	})
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a table written by Save.
func Load(r io.Reader) (*Table, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("wordclusters: %w", err)
	}
	br := bufio.NewReader(zr)
	t, err := decode(br)
	if err != nil {
		return nil, fmt.Errorf("wordclusters: %w", err)
	}
	return t, nil
}

func decode(br *bufio.Reader) (*Table, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a cluster table")
	}
	flag, err := br.ReadByte()
	if err != nil {
		return nil, err
	}
	t := &Table{paths: map[string]Path{}, arabic: flag == 1}
	_, err = ReadSortedWords(br, 1<<10, func(w string) error {
		l, err := binary.ReadUvarint(br)
		if err != nil {
			return err
		}
		bits, err := binary.ReadUvarint(br)
		if err != nil {
			return err
		}
		if l > 32 {
			return errors.New("bad path")
		}
		t.paths[w] = Path{Bits: uint32(bits), Len: uint8(l)}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

//go:embed tables
var tables embed.FS

var loaded = map[string]func() *Table{
	"ar": sync.OnceValue(func() *Table { return loadEmbedded("ar") }),
	"en": sync.OnceValue(func() *Table { return loadEmbedded("en") }),
}

func loadEmbedded(lang string) *Table {
	b, err := tables.ReadFile("tables/" + lang + ".clusters.gz")
	if err != nil {
		return nil
	}
	t, err := Load(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	return t
}

// ForLang returns the embedded table of a language ("ar" or "en"), loaded
// on first use, or nil when there is none. A nil table finds nothing.
func ForLang(lang string) *Table {
	if f, ok := loaded[lang]; ok {
		return f()
	}
	return nil
}

// Each calls f for every word of t and its path, in no fixed order.
func Each(t *Table, f func(word string, p Path)) {
	for w, p := range t.paths {
		f(w, p)
	}
}
