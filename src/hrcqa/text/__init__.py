"""Shared text helpers, one copy each: tokenizing, sentences, markup, figures, number words,
dates, plural agreement, names' initials, `[n]` markers, file digests and atomic writes. No stage logic."""
