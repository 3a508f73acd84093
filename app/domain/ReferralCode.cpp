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
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{2})\\.([0-9A-Z]{4})\\.([0-9A-Z]{2,3})\\.([0-9A-Z]{1,12})$"));
    ReferralCode code;
    code.m_text = text.trimmed().toUpper();
    const QRegularExpressionMatch match = pattern.match(code.m_text);
    if (!match.hasMatch())
        return code;
    bool ok = false;
    code.m_sequence = fromBase36(match.captured(4), &ok);
    if (!ok || code.m_sequence <= 0)
        return code;
    code.m_region = match.captured(1);
    code.m_hospital = match.captured(2);
    code.m_profile = match.captured(3);
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
