package tagger

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"

	"graphbuild/internal/wordclusters"
)

// Model file: gzip of
//
//	"GBTAG1\n" lang decoder
//	nfeat, then features sorted, front-coded (shared prefix length, suffix),
//	each followed by a 9-bit mask of non-zero tags and their weights as
//	zig-zag varints of weight/scale
//	transitions as float64
//	entity names: count, then label and folded phrase for each.
//
// GBTAG2 adds, after the decoder, the optional feature groups as a varint
// (GBTAG1 models have none); GBTAG3 adds, at the end, the words frequent in
// training (count, then the sorted words front-coded). A model with
// FeatHistory is followed by its first-pass model, written the same way.
const (
	magic1 = "GBTAG1\n"
	magic2 = "GBTAG2\n"
	magic  = "GBTAG3\n"
)

// Save writes the model, gzipped.
func (t *Tagger) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	t.encode(bw)
	if t.feats&historyFeats != 0 {
		if t.first == nil {
			return errors.New("tagger: a FeatHistory model without its first pass")
		}
		t.first.encode(bw)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func (t *Tagger) encode(bw *bufio.Writer) {
	var scratch [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(scratch[:binary.PutUvarint(scratch[:], x)]) }
	sv := func(x int64) { bw.Write(scratch[:binary.PutVarint(scratch[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }

	bw.WriteString(magic)
	str(t.lang)
	str(t.decoder)
	uv(uint64(t.feats))
	feats := make([]string, 0, len(t.index))
	for f := range t.index {
		feats = append(feats, f)
	}
	sort.Strings(feats)
	maxAbs := 0.0
	for _, x := range t.w {
		maxAbs = math.Max(maxAbs, math.Abs(float64(x)))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, scale)
	uv(uint64(len(feats)))
	prev := ""
	for _, f := range feats {
		k := 0
		for k < len(f) && k < len(prev) && f[k] == prev[k] {
			k++
		}
		uv(uint64(k))
		str(f[k:])
		prev = f
		ws := t.w[int(t.index[f])*numTags : int(t.index[f])*numTags+numTags]
		var mask uint64
		var q [numTags]int64
		for j, x := range ws {
			q[j] = int64(math.Round(float64(x) / scale))
			if q[j] != 0 {
				mask |= 1 << j
			}
		}
		uv(mask)
		for j := range numTags {
			if q[j] != 0 {
				sv(q[j])
			}
		}
	}
	binary.Write(bw, binary.LittleEndian, t.trans)
	var names [][2]string
	if t.names != nil {
		t.names.Each(func(words []string, label string) {
			names = append(names, [2]string{label, strings.Join(words, " ")})
		})
	}
	uv(uint64(len(names)))
	for _, n := range names {
		str(n[0])
		str(n[1])
	}
	writeWords(bw, t.common)
}

// Load reads a model written by Save. The tagger reads the schema lists of
// its language at use time (see SchemaGazetteer, WithGazetteer).
func Load(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tagger: model: %w", err)
	}
	br := bufio.NewReader(zr)
	t, err := decodeModel(br)
	if err != nil {
		return nil, fmt.Errorf("tagger: model: %w", err)
	}
	if t.feats&historyFeats != 0 {
		if t.first, err = decodeModel(br); err != nil {
			return nil, fmt.Errorf("tagger: first-pass model: %w", err)
		}
	}
	for m := t; m != nil; m = m.first {
		if !exactSums(m.w) {
			m.foldExact() // a bag of models: see foldExact
		}
		m.extra = SchemaGazetteer(m.lang)
		if m.feats&FeatClusters != 0 {
			m.clu = wordclusters.ForLang(m.lang)
		}
		m.hidx = newHashIndex(m.index)
	}
	return t, nil
}

func decodeModel(br *bufio.Reader) (*Tagger, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != magic && string(head) != magic2 && string(head) != magic1) {
		return nil, errors.New("not a tagger model")
	}
	const maxLen = 1 << 20
	str := func() (string, error) {
		n, err := binary.ReadUvarint(br)
		if err != nil {
			return "", err
		}
		if n > maxLen {
			return "", errors.New("string too long")
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return string(b), err
	}
	t := &Tagger{hidxOnce: new(sync.Once)}
	var err error
	if t.lang, err = str(); err != nil {
		return nil, err
	}
	if t.decoder, err = str(); err != nil {
		return nil, err
	}
	if t.decoder != Viterbi && t.decoder != Greedy {
		return nil, fmt.Errorf("unknown decoder %q", t.decoder)
	}
	if string(head) != magic1 {
		fs, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		t.feats = FeatureSet(fs)
	}
	var scale float64
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > 1<<26 {
		return nil, errors.New("too many features")
	}
	t.index = make(map[string]int32, n)
	t.w = make([]float32, 0, int(n)*numTags)
	adviseHuge(t.w)
	prev := ""
	for i := 0; i < int(n); i++ {
		k, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if k > uint64(len(prev)) {
			return nil, errors.New("bad feature prefix")
		}
		s, err := str()
		if err != nil {
			return nil, err
		}
		f := prev[:k] + s
		prev = f
		mask, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		var ws [numTags]float32
		for j := range numTags {
			if mask&(1<<j) != 0 {
				q, err := binary.ReadVarint(br)
				if err != nil {
					return nil, err
				}
				ws[j] = float32(float64(q) * scale)
			}
		}
		t.index[f] = int32(i)
		t.w = append(t.w, ws[:]...)
	}
	if err := binary.Read(br, binary.LittleEndian, &t.trans); err != nil {
		return nil, err
	}
	nn, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	t.names = NewPhrases(hasClitics(t.lang))
	for i := uint64(0); i < nn; i++ {
		label, err := str()
		if err != nil {
			return nil, err
		}
		name, err := str()
		if err != nil {
			return nil, err
		}
		t.names.Add(name, label)
	}
	if string(head) == magic {
		if t.common, err = readWords(br); err != nil {
			return nil, err
		}
	}
	return t, nil
}
