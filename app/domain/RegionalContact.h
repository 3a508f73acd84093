#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The telephone of a regional hospitalization bureau, as the Bureau's portal publishes it: an area code
// and a local number. A number the portal does not give stays empty and is shown as missing.
class RegionalContact
{
    Q_DECLARE_TR_FUNCTIONS(RegionalContact)

public:
    qint64 id = 0;
    QString uid;
    QString regionCode;
    QString areaCode; // digits only, e.g. "7172" or "72533"
    QString phone;    // digits, spaces and dashes as published, e.g. "557-290"; may be empty
    QString note;
    QDate updatedOn; // "last update": stamped whenever the row changes

    bool hasPhone() const { return !phone.trimmed().isEmpty(); }
    // "8 (7172) 557-290" — how a patient dials it inside Kazakhstan.
    QString dialString() const;

    // Empty when valid; otherwise a sentence saying what to correct.
    static QString checkAreaCode(const QString& areaCode);
    static QString checkPhone(const QString& phone);
};
