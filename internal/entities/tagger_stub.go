package entities

import "graphbuild/internal/text"

func Tagger(lang text.Lang) Recognizer { return nil }
