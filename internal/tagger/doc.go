// Package tagger is a statistical named-entity tagger: a structured averaged
// perceptron over BIO tags (PER, ORG, LOC, MISC) with first-order Viterbi
// decoding, trained on ANERcorp (Arabic) and CoNLL-2003 (English). The
// trained models are embedded (models/*.model.gz); ForLang loads one once.
//
// Features are read from the tokens of one sentence: the word, its folded
// form (text.Fold), clitic-stripped forms (text.StripProclitics), affixes,
// word shape, script, neighbouring words, and gazetteer matches (see
// Gazetteer) — entity names kept from training and the schema lexicon and
// word lists (triggers, titles, speech verbs, nationalities) read when the
// tagger is used, so entries added after training are used too.
//
// README.md gives the commands that train the shipped models and their
// held-out scores. The package neither prints nor reads flags.
package tagger
