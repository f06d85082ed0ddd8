package wordclusters

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"sort"
)

// WriteSortedWords writes words (sorted here) front-coded: their count,
// then for each word the length of the prefix it shares with the one
// before, the length of the rest and the rest, then whatever after writes
// for it (nothing when after is nil). The cluster tables and the tagger's
// frequent-word list share this format.
func WriteSortedWords(bw *bufio.Writer, words []string, after func(w string)) {
	sort.Strings(words)
	putUvarint(bw, uint64(len(words)))
	prev := ""
	for _, w := range words {
		k := 0
		for k < len(w) && k < len(prev) && w[k] == prev[k] {
			k++
		}
		putUvarint(bw, uint64(k))
		putUvarint(bw, uint64(len(w)-k))
		bw.WriteString(w[k:])
		if after != nil {
			after(w)
		}
		prev = w
	}
}

// ReadSortedWords reads what WriteSortedWords wrote, calling each for every
// word in turn (each reads the word's payload, if any, from br). Words
// longer than maxLen bytes, or more than 1<<24 of them, are an error.
func ReadSortedWords(br *bufio.Reader, maxLen int, each func(w string) error) (int, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return 0, err
	}
	if n > 1<<24 {
		return 0, errors.New("too many words")
	}
	prev := ""
	for range n {
		k, err := binary.ReadUvarint(br)
		if err != nil {
			return 0, err
		}
		m, err := binary.ReadUvarint(br)
		if err != nil {
			return 0, err
		}
		if k > uint64(len(prev)) || m > uint64(maxLen) {
			return 0, errors.New("bad word")
		}
		b := make([]byte, m)
		if _, err := io.ReadFull(br, b); err != nil {
			return 0, err
		}
		prev = prev[:k] + string(b)
		if err := each(prev); err != nil {
			return 0, err
		}
	}
	return int(n), nil
}

func putUvarint(bw *bufio.Writer, x uint64) {
	var scratch [binary.MaxVarintLen64]byte
	bw.Write(scratch[:binary.PutUvarint(scratch[:], x)])
}
