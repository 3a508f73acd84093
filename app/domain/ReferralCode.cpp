#include "ReferralCode.h"

#include <QRegularExpression>

QString ReferralCode::toBase36(qint64 value)
{
    return QString::number(value, 36).toUpper();
}

qint64 ReferralCode::fromBase36(const QString& text, bool* ok)
{
    return text.toLongLong(ok, 36);
}

ReferralCode ReferralCode::make(const QString& region, const QString& hospital, const QString& profile, qint64 sequence)
{
    return parse(QStringLiteral("%1.%2.%3.%4").arg(region, hospital, profile, toBase36(sequence)));
}

ReferralCode ReferralCode::parse(const QString& text)
{
    // RR.MMMM.PPP.N: two digits, four digits or Latin capitals, two or three, then one to twelve (the number in
    // base 36). Read character by character rather than by a regular expression: an import reads a million.
    ReferralCode code;
    code.m_text = text.trimmed().toUpper();
    const QStringView t(code.m_text);
    qsizetype dots[3];
    int dotCount = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (c == u'.') {
            if (dotCount == 3)
                return code;
            dots[dotCount++] = i;
        } else if (!(c >= u'0' && c <= u'9') && !(c >= u'A' && c <= u'Z')) {
            return code;
        }
    }
    if (dotCount != 3)
        return code;
    const QStringView region = t.first(dots[0]);
    const QStringView hospital = t.sliced(dots[0] + 1, dots[1] - dots[0] - 1);
    const QStringView profile = t.sliced(dots[1] + 1, dots[2] - dots[1] - 1);
    const QStringView number = t.sliced(dots[2] + 1);
    const auto digit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (region.size() != 2 || !digit(region[0]) || !digit(region[1]) || hospital.size() != 4 || profile.size() < 2 ||
        profile.size() > 3 || number.isEmpty() || number.size() > 12)
        return code;
    bool ok = false;
    code.m_sequence = number.toLongLong(&ok, 36);
    if (!ok || code.m_sequence <= 0)
        return code;
    code.m_region = region.toString();
    code.m_hospital = hospital.toString();
    code.m_profile = profile.toString();
    code.m_valid = true;
    return code;
}

QChar ReferralCode::digitOnKazakhKey(QChar ch)
{
    // Number row of the Kazakh layout, keys 1 … 0.
    static const QString kazakhDigits = QStringLiteral("\"әіңғ,.үұқ");
    const qsizetype digit = kazakhDigits.indexOf(ch.toLower());
    return digit >= 0 ? QChar(u'0' + char16_t((digit + 1) % 10)) : QChar();
}

ReferralCode ReferralCode::parseScanned(const QString& text)
{
    const ReferralCode direct = parse(text);
    if (direct.isValid())
        return direct;
    // Letter keys of the Russian (and Kazakh) layout → the Latin letter or sign on the same key.
    static const QString cyrillic = QStringLiteral("йцукенгшщзхъфывапролджэячсмитьбюё");
    static const QString latin = QStringLiteral("qwertyuiop[]asdfghjkl;'zxcvbnm,.`");
    bool kazakhLayout = false;
    for (const QChar ch : text) {
        const QChar lower = ch.toLower();
        if (lower == QChar(0x0259) || lower == QChar(0x04D9) || lower == QChar(0x0456) || lower == QChar(0x04A3) ||
            lower == QChar(0x0493) || lower == QChar(0x04AF) || lower == QChar(0x04B1) || lower == QChar(0x049B) ||
            ch == QLatin1Char('"'))
            kazakhLayout = true;
    }
    QString decoded;
    for (const QChar ch : text.trimmed()) {
        const QChar digit = digitOnKazakhKey(ch);
        if (kazakhLayout && !digit.isNull()) {
            decoded += digit;
            continue;
        }
        const qsizetype key = cyrillic.indexOf(ch.toLower());
        if (key >= 0) {
            const QChar mapped = latin.at(key);
            decoded += ch.isUpper() ? mapped.toUpper() : mapped;
            continue;
        }
        decoded += ch;
    }
    return parse(decoded);
}

QString ReferralCode::problemText() const
{
    if (m_valid)
        return {};
    if (m_text.isEmpty())
        return tr("Enter the referral code, for example 71.7101.CAR.1F.");
    return tr("\"%1\" is not a referral code. A code looks like 71.7101.CAR.1F: region, hospital, bed profile and "
              "number, separated by dots.")
        .arg(m_text);
}
