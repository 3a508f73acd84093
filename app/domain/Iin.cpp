#include "Iin.h"

#include <array>

int Iin::checkDigit(const QString& firstEleven)
{
    if (firstEleven.size() < 11)
        return -1;
    static constexpr std::array<int, 11> secondWeights{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += firstEleven.at(i).digitValue() * (i + 1);
    int c = sum % 11;
    if (c != 10)
        return c;
    sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += firstEleven.at(i).digitValue() * secondWeights[size_t(i)];
    c = sum % 11;
    return c == 10 ? -1 : c;
}

Iin Iin::parse(const QString& text)
{
    Iin iin;
    // Clerks paste numbers with spaces; anything else is a typing error worth reporting.
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    iin.m_digits = digits;
    if (digits.isEmpty()) {
        iin.m_problem = Problem::Empty;
        return iin;
    }
    if (digits.size() != 12) {
        iin.m_problem = Problem::NotTwelveDigits;
        return iin;
    }
    for (const QChar ch : digits) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9')) {
            iin.m_problem = Problem::NotTwelveDigits;
            return iin;
        }
    }
    const int centuryDigit = digits.at(6).digitValue();
    int century = 0;
    switch (centuryDigit) {
    case 1:
    case 2:
        century = 1800;
        break;
    case 3:
    case 4:
        century = 1900;
        break;
    case 5:
    case 6:
        century = 2000;
        break;
    default:
        iin.m_problem = Problem::BadCenturyDigit;
        return iin;
    }
    const int yy = digits.left(2).toInt();
    const int mm = digits.mid(2, 2).toInt();
    const int dd = digits.mid(4, 2).toInt();
    const QDate date(century + yy, mm, dd);
    if (!date.isValid()) {
        iin.m_problem = Problem::NotACalendarDate;
        return iin;
    }
    const int expected = checkDigit(digits.left(11));
    if (expected < 0) {
        iin.m_problem = Problem::NeverIssued;
        return iin;
    }
    if (expected != digits.at(11).digitValue()) {
        iin.m_problem = Problem::CheckDigitMismatch;
        return iin;
    }
    iin.m_birthDate = date;
    iin.m_sex = (centuryDigit % 2 == 1) ? Sex::Male : Sex::Female;
    iin.m_problem = Problem::None;
    return iin;
}

QString Iin::problemText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter the patient's IIN: 12 digits from the identity document.");
    case Problem::NotTwelveDigits:
        return tr("An IIN has exactly 12 digits; this one has %n character(s). Check it against the identity document.",
                  nullptr, int(m_digits.size()));
    case Problem::BadCenturyDigit:
        return tr("The 7th digit of an IIN must be 1 to 6 (century and sex). Check the number against the identity "
                  "document.");
    case Problem::NotACalendarDate:
        return tr("The first six digits of an IIN are the birth date (YYMMDD), and this is not a real date. Check the "
                  "number against the identity document.");
    case Problem::NeverIssued:
        return tr("No IIN is ever issued with these first eleven digits. Check the number against the identity "
                  "document.");
    case Problem::CheckDigitMismatch:
        return tr("The last digit of this IIN does not match the others: a digit is probably mistyped. Check the "
                  "number against the identity document.");
    }
    return {};
}

QString Iin::problemCode() const
{
    switch (m_problem) {
    case Problem::None:
        return QStringLiteral("ok");
    case Problem::Empty:
        return QStringLiteral("empty");
    case Problem::NotTwelveDigits:
        return QStringLiteral("length");
    case Problem::BadCenturyDigit:
        return QStringLiteral("century_digit");
    case Problem::NotACalendarDate:
        return QStringLiteral("birth_date");
    case Problem::NeverIssued:
        return QStringLiteral("never_issued");
    case Problem::CheckDigitMismatch:
        return QStringLiteral("check_digit");
    }
    return {};
}

QString Iin::sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unknown:
        break;
    }
    return {};
}
