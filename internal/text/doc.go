// Package text reads news articles (plain text, HTML, JSON lines) into
// documents — the normalised text with its paragraphs, sentences and tokens,
// each located by byte spans — and holds the script-level steps every stage
// shares: folding, proclitics, transliteration, dates.
package text
