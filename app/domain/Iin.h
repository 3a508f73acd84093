#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Individual identification number (ИИН / ЖСН): twelve digits that carry the birth date, the century
// and sex, a serial and a check digit. Birth date and sex are always derived from it, never typed.
class Iin
{
    Q_DECLARE_TR_FUNCTIONS(Iin)

public:
    enum class Sex { Unknown, Male, Female };
    enum class Problem {
        None,
        Empty,
        NotTwelveDigits,
        BadCenturyDigit,
        NotACalendarDate,
        NeverIssued, // both weight sets give 10: such a number is never issued
        CheckDigitMismatch,
    };

    static Iin parse(const QString& text);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    QString digits() const { return m_digits; }
    QDate birthDate() const { return m_birthDate; }
    Sex sex() const { return m_sex; }

    // A sentence for the clerk that says what is wrong and what to do.
    QString problemText() const;
    // Machine-readable reason for scripts (CLI JSON): "ok", "length", "century", "date", ...
    QString problemCode() const;

    static QString sexCode(Sex sex); // "male" / "female"
    // The check digit the first eleven digits require, or -1 when the number can never be issued.
    static int checkDigit(const QString& firstEleven);

private:
    QString m_digits;
    QDate m_birthDate;
    Sex m_sex = Sex::Unknown;
    Problem m_problem = Problem::Empty;
};
