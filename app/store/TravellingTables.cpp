#include "TravellingTables.h"

namespace {
using D = TravellingTable::Direction;

TravellingTable byCode(const char* name, const char* column = "code")
{
    TravellingTable t;
    t.name = QLatin1String(name);
    t.identity = {QLatin1String(column)};
    return t;
}

TravellingTable byUid(const char* name, D direction, QHash<QString, QString> references = {},
                      const QString& ownerColumn = {})
{
    TravellingTable t;
    t.name = QLatin1String(name);
    t.direction = direction;
    t.identity = {QStringLiteral("uid")};
    t.references = std::move(references);
    t.ownerColumn = ownerColumn;
    return t;
}

QList<TravellingTable> build()
{
    const QString hospital = QStringLiteral("hospital");
    const QString patient = QStringLiteral("patient");
    const QString referral = QStringLiteral("referral");
    const QString application = QStringLiteral("abroad_application");
    QList<TravellingTable> list;
    // Reference lists, which the bureau keeps.
    list << byCode("region") << byCode("bed_profile") << byCode("refusal_reason") << byCode("document_type")
         << byCode("icd10") << byCode("calendar_day", "day") << byCode("htmc_profile") << byCode("abroad_disease")
         << byCode("abroad_category");
    TravellingTable contact = byUid("regional_contact", D::Down);
    // Each database was seeded with its own copy of the shipped contacts: the bureau's replace them.
    contact.naturalKey = {QStringLiteral("region_code"), QStringLiteral("area_code")};
    list << contact;
    TravellingTable h = byUid("hospital", D::Down);
    h.naturalKey = {QStringLiteral("code")};
    h.derived = {QStringLiteral("name_sort_key")};
    list << h;
    TravellingTable hp;
    hp.name = QStringLiteral("hospital_profile");
    hp.identity = {QStringLiteral("hospital_id"), QStringLiteral("profile_code")};
    hp.references = {{QStringLiteral("hospital_id"), hospital}};
    list << hp;
    // A clinic's work.
    TravellingTable p = byUid("patient", D::Both);
    p.naturalKey = {QStringLiteral("iin")};
    p.derived = {QStringLiteral("name_sort_key")};
    list << p;
    TravellingTable r = byUid("referral", D::Both,
                              {{QStringLiteral("patient_id"), patient},
                               {QStringLiteral("hospital_id"), hospital},
                               {QStringLiteral("transferred_from_id"), referral}});
    r.derived = {QStringLiteral("preliminary_date"), QStringLiteral("documents_ok"), QStringLiteral("queue_key")};
    list << r;
    list << byUid("referral_event", D::Both, {{QStringLiteral("referral_id"), referral}},
                  QStringLiteral("referral_id"));
    TravellingTable document;
    document.name = QStringLiteral("referral_document");
    document.direction = D::Both;
    document.identity = {QStringLiteral("referral_id"), QStringLiteral("document_code")};
    document.references = {{QStringLiteral("referral_id"), referral}};
    document.ownerColumn = QStringLiteral("referral_id");
    list << document;
    TravellingTable beds;
    beds.name = QStringLiteral("bed_status");
    beds.direction = D::Up;
    beds.identity = {QStringLiteral("hospital_id"), QStringLiteral("profile_code"), QStringLiteral("care_form"),
                     QStringLiteral("for_date")};
    beds.references = {{QStringLiteral("hospital_id"), hospital}};
    list << beds;
    list << byUid("abroad_application", D::Both, {{QStringLiteral("patient_id"), patient}});
    list << byUid("abroad_event", D::Both, {{QStringLiteral("application_id"), application}},
                  QStringLiteral("application_id"));
    list << byUid("abroad_document", D::Both, {{QStringLiteral("application_id"), application}},
                  QStringLiteral("application_id"));
    // Problem reports (the operations work, migrations 020–024) travel to the bureau and its answer comes back.
    // Until that table is tracked by ChangeTracking on this branch it simply has no change entries to send.
    list << byUid("problem_report", D::Both);
    return list;
}
} // namespace

namespace TravellingTables {

const QList<TravellingTable>& all()
{
    static const QList<TravellingTable> list = build();
    return list;
}

const TravellingTable* find(const QString& name)
{
    for (const TravellingTable& t : all()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

int rank(const QString& name)
{
    for (int i = 0; i < all().size(); ++i) {
        if (all().at(i).name == name)
            return i;
    }
    return int(all().size());
}

const QStringList& localColumns()
{
    static const QStringList columns = {QStringLiteral("id"), QStringLiteral("row_version"),
                                        QStringLiteral("updated_at")};
    return columns;
}

} // namespace TravellingTables
