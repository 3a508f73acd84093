#include "Patient.h"

#include "Iin.h"
#include "PhoneNumber.h"

#include <QRegularExpression>

QString Patient::fullName() const
{
    QString name = lastName + QLatin1Char(' ') + firstName;
    if (!middleName.isEmpty())
        name += QLatin1Char(' ') + middleName;
    return name;
}

QString PatientRules::checkName(const QString& name, const QString& field)
{
    const QString trimmed = name.trimmed();
    const bool last = field == QLatin1String("last_name");
    const bool first = field == QLatin1String("first_name");
    if (trimmed.isEmpty()) {
        if (last)
            return tr("Enter the last name.");
        if (first)
            return tr("Enter the first name.");
        return {}; // a middle name is optional
    }
    // Said apart from a wrong letter: a name pasted with the rest of a row ("Иванов900115300013…") is too long
    // more often than wrongly spelled.
    if (trimmed.size() > MaxNameLength) {
        if (last)
            return tr("The last name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.")
                .arg(trimmed.size())
                .arg(MaxNameLength);
        if (first)
            return tr("The first name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.")
                .arg(trimmed.size())
                .arg(MaxNameLength);
        return tr("The middle name has %1 characters; at most %2 fit. Check that nothing else was pasted with it.")
            .arg(trimmed.size())
            .arg(MaxNameLength);
    }
    // Kazakh and Russian letters (and Latin ones, for foreign citizens), joined by a hyphen, apostrophe or space.
    static const QRegularExpression letters(QStringLiteral("^[\\p{L}]+(?:[ '’\\-][\\p{L}]+)*$"));
    if (!letters.match(trimmed).hasMatch()) {
        if (last)
            return tr("The last name may hold only letters, with a hyphen, apostrophe or space between its parts.");
        if (first)
            return tr("The first name may hold only letters, with a hyphen, apostrophe or space between its parts.");
        return tr("The middle name may hold only letters, with a hyphen, apostrophe or space between its parts.");
    }
    return {};
}

QList<PatientRules::Problem> PatientRules::normalizeAndCheck(Patient& p)
{
    QList<Problem> problems;
    const Iin iin = Iin::parse(p.iin);
    p.iin = iin.digits();
    if (!iin.isValid()) {
        problems << Problem{QStringLiteral("iin"), iin.problemText()};
    } else {
        p.birthDate = iin.birthDate();
        p.sex = Iin::sexCode(iin.sex());
    }
    p.lastName = p.lastName.simplified();
    p.firstName = p.firstName.simplified();
    p.middleName = p.middleName.simplified();
    for (const auto& [field, value] :
         {std::pair{QStringLiteral("last_name"), p.lastName}, std::pair{QStringLiteral("first_name"), p.firstName},
          std::pair{QStringLiteral("middle_name"), p.middleName}}) {
        if (const QString m = checkName(value, field); !m.isEmpty())
            problems << Problem{field, m};
    }
    if (!p.phone.trimmed().isEmpty()) {
        QString problem;
        const QString normalized = PhoneNumber::normalize(p.phone, &problem);
        if (normalized.isEmpty())
            problems << Problem{QStringLiteral("phone"), problem};
        else
            p.phone = normalized;
    } else {
        p.phone.clear();
    }
    p.address = p.address.trimmed();
    p.clinic = p.clinic.trimmed();
    if (p.address.size() > MaxAddressLength)
        problems << Problem{
            QStringLiteral("address"),
            tr("The address has %1 characters; at most %2 fit.").arg(p.address.size()).arg(MaxAddressLength)};
    if (p.clinic.size() > MaxClinicLength)
        problems << Problem{
            QStringLiteral("clinic"),
            tr("The clinic's name has %1 characters; at most %2 fit.").arg(p.clinic.size()).arg(MaxClinicLength)};
    p.regionCode = p.regionCode.trimmed();
    if (!p.benefit.isEmpty() && !benefitCodes().contains(p.benefit))
        problems << Problem{QStringLiteral("benefit"), tr("Choose the benefit category from the list.")};
    return problems;
}

QStringList PatientRules::benefitCodes()
{
    return {QStringLiteral("disability_1"),   QStringLiteral("disability_2"), QStringLiteral("disability_3"),
            QStringLiteral("disabled_child"), QStringLiteral("war_veteran"),  QStringLiteral("large_family"),
            QStringLiteral("low_income"),     QStringLiteral("pensioner"),    QStringLiteral("other")};
}

QString PatientRules::benefitLabel(const QString& code)
{
    if (code.isEmpty())
        return tr("None");
    if (code == QLatin1String("disability_1"))
        return tr("Disability, group I");
    if (code == QLatin1String("disability_2"))
        return tr("Disability, group II");
    if (code == QLatin1String("disability_3"))
        return tr("Disability, group III");
    if (code == QLatin1String("disabled_child"))
        return tr("Child with a disability");
    if (code == QLatin1String("war_veteran"))
        return tr("War veteran");
    if (code == QLatin1String("large_family"))
        return tr("Large family");
    if (code == QLatin1String("low_income"))
        return tr("Low-income family");
    if (code == QLatin1String("pensioner"))
        return tr("Pensioner");
    if (code == QLatin1String("other"))
        return tr("Other category");
    return code;
}
