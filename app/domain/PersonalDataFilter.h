#pragma once

#include <QString>

// Takes personal data out of text that goes to the application log or into a problem report: numbers of seven
// digits or more (IINs, telephone numbers; a date stays), two or more capitalised words in a row
// (a person's name, "Әлиханов Нұрлан"), e-mail addresses, and the user's name in home folder paths. A rule of
// thumb that errs towards masking: the log is for finding faults, never for finding people.
namespace PersonalDataFilter {
QString scrub(const QString& text);
} // namespace PersonalDataFilter
