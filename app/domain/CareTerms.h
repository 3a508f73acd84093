#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The bureau's words for how care is given and paid: stored as codes, shown as labels.
class CareTerms
{
    Q_DECLARE_TR_FUNCTIONS(CareTerms)

public:
    static QStringList fundingCodes()
    {
        return {QStringLiteral("gobmp"), QStringLiteral("osms"), QStringLiteral("htmc"), QStringLiteral("paid")};
    }
    static QStringList purposeCodes()
    {
        return {QStringLiteral("surgical"), QStringLiteral("conservative"), QStringLiteral("diagnostics"),
                QStringLiteral("rehabilitation")};
    }
    static QStringList careFormCodes() { return {QStringLiteral("round_the_clock"), QStringLiteral("day")}; }
    static QStringList territoryCodes() { return {QStringLiteral("city"), QStringLiteral("village")}; }
    static QStringList emergencySourceCodes()
    {
        return {QStringLiteral("ambulance"), QStringLiteral("self"), QStringLiteral("transfer")};
    }

    static QString fundingLabel(const QString& code);
    static QString purposeLabel(const QString& code);
    static QString careFormLabel(const QString& code);
    static QString territoryLabel(const QString& code);
    static QString emergencySourceLabel(const QString& code);
    static QString sexLabel(const QString& code);
    static QString yesNo(bool value);
};
