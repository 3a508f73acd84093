#include "ExchangeReport.h"

#include <QJsonArray>

QString ExchangeReport::summary() const
{
    if (repeated)
        return tr("%1: this package was imported before; nothing changed (changes already applied: %2).")
            .arg(from)
            .arg(alreadyApplied);
    QString text = tr("%1: changes in the package: %2; applied %3, already applied %4, merged %5, in conflict %6, "
                      "parked %7.")
                       .arg(from)
                       .arg(changes)
                       .arg(applied)
                       .arg(alreadyApplied)
                       .arg(merged)
                       .arg(conflicts)
                       .arg(parked);
    if (parkedApplied > 0)
        text += QLatin1Char(' ') + tr("Changes parked earlier and applied now: %1.").arg(parkedApplied);
    return text;
}

QJsonObject ExchangeReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("package"), packageUid},
        {QStringLiteral("from"), from},
        {QStringLiteral("written"), written},
        {QStringLiteral("already_imported"), repeated},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("applied"), applied},
        {QStringLiteral("already_applied"), alreadyApplied},
        {QStringLiteral("merged"), merged},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("parked"), parked},
        {QStringLiteral("parked_applied"), parkedApplied},
        {QStringLiteral("clock_skew_seconds"), clockSkewSecs},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    };
}
