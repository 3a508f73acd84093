#pragma once

#include <QDateTime>
#include <QString>

// How the Bureau's published open data says things, mapped to Joldama's codes. The export writes
// words ("Хирургическое лечение", "ГОБМП", "Село") and dates in a few shapes; unknown words fall back to
// the most common value, and the importer reports dates it cannot read.
namespace OpenDataTerms {
QString territory(const QString& text); // city / village
QString purpose(const QString& text);   // surgical / conservative / diagnostics / rehabilitation
QString funding(const QString& text);   // gobmp / osms / htmc / paid
// "2023-05-01 10:20:30", "2023-05-01T10:20:30(.zzz)", "01.05.2023 10:20(:30)", "01.05.2023", "2023-05-01";
// invalid for an empty text or one it cannot read.
QDateTime dateTime(const QString& text);
} // namespace OpenDataTerms
