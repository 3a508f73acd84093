#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// A patient, keyed by IIN. Birth date and sex are derived from the IIN and never typed.
struct Patient
{
    qint64 id = 0;
    QString uid;
    QString iin;
    QString lastName;
    QString firstName;
    QString middleName;
    QDate birthDate;
    QString sex;   // male / female
    QString phone; // +7XXXXXXXXXX or empty
    QString address;
    QString regionCode;
    QString clinic;
    bool insured = false; // OSMS
    QString benefit;      // benefit category code, empty for none

    QString fullName() const;
};

// Checks the fields a clerk types; each problem names its field so the form can show it beside it.
class PatientRules
{
    Q_DECLARE_TR_FUNCTIONS(PatientRules)

public:
    struct Problem
    {
        QString field;
        QString message;
    };
    static constexpr int MaxNameLength = 60;
    static constexpr int MaxAddressLength = 300;
    static constexpr int MaxClinicLength = 200;
    // Normalises (trims, phone to +7…, derives birth date and sex) and returns what is wrong.
    static QList<Problem> normalizeAndCheck(Patient& patient);
    // field: last_name, first_name or middle_name (the only optional one).
    static QString checkName(const QString& name, const QString& field);
    static QStringList benefitCodes();
    static QString benefitLabel(const QString& code);
};
