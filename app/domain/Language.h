#pragma once

#include <QCoreApplication>
#include <QString>

// The three languages Joldama speaks. Reference data carries a name in each; the interface and every
// printout can be switched independently.
enum class Language { Kazakh, Russian, English };

namespace Languages {
QString code(Language language); // "kk", "ru", "en"
Language fromCode(const QString& code, bool* ok = nullptr);
QString nativeName(Language language); // "Қазақша", "Русский", "English"
// The interface language now (from QLocale's default, which the GUI sets when the clerk switches).
Language current();
// Picks the name in the wanted language and falls back to Russian, then to any non-empty one.
QString pick(Language language, const QString& kk, const QString& ru, const QString& en);
} // namespace Languages
