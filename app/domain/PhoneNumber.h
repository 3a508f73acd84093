#pragma once

#include <QCoreApplication>
#include <QString>

// A Kazakhstan phone number, stored as +7XXXXXXXXXX. Clerks type it in whatever form the patient says
// it (87011234567, 8 701 123 45 67, +7 (701) 123-45-67); an input mask would turn the common local
// form with a leading 8 into a wrong number, so the text is normalised instead.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // Returns the normalised number, or an empty string and a message in *problem.
    static QString normalize(const QString& text, QString* problem = nullptr);
    // +7 701 123 45 67, for reading aloud and printing.
    static QString display(const QString& normalized);
};
