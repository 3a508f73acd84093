#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How dates and times read on screen and paper: dd.MM.yyyy and a 24-hour clock, in every language.
// Kazakh's short locale format has a two-digit year, and QLocale(English, Kazakhstan) silently becomes
// en_US, so the formats are fixed here instead of taken from a locale.
namespace DisplayFormat {
QString date(const QDate& date);
QString dateFromStored(const QString& isoDate);   // "2026-11-22" → "22.11.2026"
QString dateTime(const QDateTime& time);          // local, "22.11.2026 14:05"
QString dateTimeFromStored(const QString& stamp); // stored UTC stamp → local
} // namespace DisplayFormat
