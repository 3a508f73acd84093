#pragma once

#include <QString>
#include <QStringList>

// Search and alphabetical order for Kazakh and Russian names.
//
// SQLite's LIKE, lower() and NOCASE fold ASCII only, and a Windows Qt may come without ICU, so Joldama
// computes both keys itself and stores them beside the name: a folded search term (indexed, searched by
// range for prefixes) and a sort key whose binary order is the Kazakh alphabet (А Ә Б … Қ … У Ұ Ү … Ы І …).
// Binary order works the same in SQLite and in PostgreSQL (COLLATE "C"), so no collation needs registering.
namespace NameText {

// Lower case, NFC, ё→е, trimmed: "ЁЛКИН" and "елкин" give the same term.
QString fold(const QString& text);

// The folded terms a name is found by: each part separated by spaces or hyphens, plus a hyphenated
// name as a whole ("Мухамед-Али" → "мухамед", "али", "мухамед-али").
QStringList searchTerms(const QString& text);

// Upper bound for a prefix range query: every term starting with prefix p lies in [p, prefixEnd(p)).
QString prefixEnd(const QString& prefix);

// Key whose code-point order is Kazakh/Russian alphabetical order, case-insensitive.
QString sortKey(const QString& text);

// Alphabetical comparison of two names, the same order as sortKey.
bool lessThan(const QString& a, const QString& b);

} // namespace NameText
