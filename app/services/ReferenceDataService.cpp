#include "ReferenceDataService.h"

#include "Authorization.h"
#include "domain/NameText.h"
#include "io/CsvReader.h"
#include "store/BedProfileStore.h"
#include "store/CalendarStore.h"
#include "store/ChecklistStore.h"
#include "store/EligibleListStore.h"
#include "store/HospitalStore.h"
#include "store/HtmcProfileStore.h"
#include "store/IcdStore.h"
#include "store/RegionStore.h"
#include "store/RegionalContactStore.h"
#include "store/SettingStore.h"
#include "store/WriteTransaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QUuid>

namespace {
QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

[[noreturn]] void invalid(const QString& message, const char* field)
{
    throw OperationError(OperationError::Kind::Invalid, message, QLatin1String(field));
}

// The names of an entry in the three languages, trimmed and each required: a list shown in Kazakh or Russian
// must not fall back to an empty cell.
void checkNames(QString& nameKk, QString& nameRu, QString& nameEn)
{
    nameKk = nameKk.trimmed();
    nameRu = nameRu.trimmed();
    nameEn = nameEn.trimmed();
    if (nameKk.isEmpty())
        invalid(ReferenceDataService::tr("Give the name in Kazakh."), "name_kk");
    if (nameRu.isEmpty())
        invalid(ReferenceDataService::tr("Give the name in Russian."), "name_ru");
    if (nameEn.isEmpty())
        invalid(ReferenceDataService::tr("Give the name in English."), "name_en");
}

// Document and refusal codes are stored on referrals and in events and exported: plain Latin keeps them
// the same in every language and file.
QString checkListCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
    const QString code = text.trimmed().toLower();
    if (!pattern.match(code).hasMatch())
        invalid(ReferenceDataService::tr("The code is 2 to 40 small Latin letters, digits or underscores, starting "
                                         "with a letter, for example blood_count."),
                "code");
    return code;
}

// A bed profile's code is part of every referral code (RR.MMMM.PPP.N), so it has that part's shape.
QString checkProfileCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,2}$"));
    const QString code = text.trimmed().toUpper();
    if (!pattern.match(code).hasMatch())
        invalid(
            ReferenceDataService::tr("The code of a bed profile is 2 or 3 capital Latin letters or digits, starting "
                                     "with a letter, as it appears in referral codes (for example CAR, or DH for "
                                     "the day hospital)."),
            "code");
    return code;
}

[[noreturn]] void duplicateCode(const QString& code, const QString& name)
{
    throw OperationError(
        OperationError::Kind::Conflict,
        ReferenceDataService::tr("The code %1 is already taken by \"%2\". Choose another code, or edit "
                                 "that entry.")
            .arg(code, name),
        QStringLiteral("code"));
}

[[noreturn]] void unknownCode(const QString& code)
{
    throw OperationError(OperationError::Kind::NotFound,
                         ReferenceDataService::tr("No entry of the list has the code %1. It may have been changed on "
                                                  "another workstation: close the list and open it again.")
                             .arg(code),
                         QStringLiteral("code"));
}

DocumentType checkedDocumentType(const DocumentType& in)
{
    DocumentType type = in;
    checkNames(type.nameKk, type.nameRu, type.nameEn);
    if (type.validityDays < 0 || type.validityDays > ReferenceDataService::maxValidityDays)
        invalid(ReferenceDataService::tr("The validity is 0 to %1 days; 0 means the document does not expire.")
                    .arg(ReferenceDataService::maxValidityDays),
                "validity_days");
    return type;
}
} // namespace

ReferenceDataService::ReferenceDataService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<QHash<QString, QString>> ReferenceDataService::readShippedCsv(const QString& name)
{
    QFile file(QStringLiteral(":/reference/%1.csv").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(OperationError::Kind::Storage,
                             tr("The shipped reference list %1 is missing from this build of Joldama.").arg(name));
    CsvReader reader(&file);
    QList<QHash<QString, QString>> records;
    if (!reader.readHeader())
        return records;
    QStringList fields;
    while (reader.readRecord(fields)) {
        QHash<QString, QString> record;
        for (int i = 0; i < reader.header().size(); ++i)
            record.insert(reader.header().at(i), i < fields.size() ? fields.at(i) : QString());
        records << record;
    }
    return records;
}

QStringList ReferenceDataService::loadShippedData()
{
    struct Set
    {
        const char* name;
        void (ReferenceDataService::*load)();
    };
    // Order matters: contacts and hospitals refer to regions and profiles.
    static const Set sets[] = {
        {"regions", &ReferenceDataService::loadRegions},
        {"regional_contacts", &ReferenceDataService::loadContacts},
        {"bed_profiles", &ReferenceDataService::loadProfiles},
        {"demo_hospitals", &ReferenceDataService::loadDemoHospitals},
        {"document_types", &ReferenceDataService::loadDocumentTypes},
        {"refusal_reasons", &ReferenceDataService::loadRefusalReasons},
        {"icd10_common", &ReferenceDataService::loadCommonDiagnoses},
        {"icd10_common_kk_emergency", &ReferenceDataService::completeCommonDiagnoses},
        {"calendar_2026_2027", &ReferenceDataService::loadCalendar},
        {"htmc_profiles", &ReferenceDataService::loadHtmcProfiles},
        {"abroad_diseases_starter", &ReferenceDataService::loadAbroadDiseases},
        {"abroad_categories_starter", &ReferenceDataService::loadAbroadCategories},
    };
    QStringList loaded;
    const SettingStore settings(m_database);
    for (const Set& set : sets) {
        const QString marker = QStringLiteral("reference.%1").arg(QLatin1String(set.name));
        WriteTransaction transaction(m_database, m_clock);
        if (!settings.value(marker).isEmpty())
            continue;
        (this->*set.load)();
        settings.setValue(marker, transaction.now());
        transaction.commit();
        loaded << QLatin1String(set.name);
    }
    return loaded;
}

void ReferenceDataService::loadRegions()
{
    const RegionStore store(m_database);
    const QString now = m_clock.nowStamp();
    for (const auto& record : readShippedCsv(QStringLiteral("regions"))) {
        Region region;
        region.code = record.value(QStringLiteral("code"));
        region.nameKk = record.value(QStringLiteral("name_kk"));
        region.nameRu = record.value(QStringLiteral("name_ru"));
        region.nameEn = record.value(QStringLiteral("name_en"));
        region.population = record.value(QStringLiteral("population")).toInt();
        region.populationYear = record.value(QStringLiteral("population_year")).toInt();
        store.upsert(region, now);
        QStringList names{region.nameKk, region.nameRu, region.nameEn};
        names += record.value(QStringLiteral("aliases")).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString& name : std::as_const(names))
            store.addAlias(NameText::fold(name), region.code);
    }
}

void ReferenceDataService::loadContacts()
{
    const RegionalContactStore store(m_database);
    const QString now = m_clock.nowStamp();
    for (const auto& record : readShippedCsv(QStringLiteral("regional_contacts"))) {
        RegionalContact contact;
        contact.uid = newUid();
        contact.regionCode = record.value(QStringLiteral("region_code"));
        contact.areaCode = record.value(QStringLiteral("area_code"));
        contact.phone = record.value(QStringLiteral("phone"));
        // The date the Bureau's portal gives as its last update, not the day this workstation started.
        contact.updatedOn = Clock::dateFromText(record.value(QStringLiteral("updated_on")));
        store.insert(contact, now);
    }
}

void ReferenceDataService::loadProfiles()
{
    const BedProfileStore store(m_database);
    const QString now = m_clock.nowStamp();
    int order = 0;
    for (const auto& record : readShippedCsv(QStringLiteral("bed_profiles"))) {
        BedProfile profile;
        profile.code = record.value(QStringLiteral("code"));
        profile.nameKk = record.value(QStringLiteral("name_kk"));
        profile.nameRu = record.value(QStringLiteral("name_ru"));
        profile.nameEn = record.value(QStringLiteral("name_en"));
        profile.ageGroup = BedProfile::ageGroupFromCode(record.value(QStringLiteral("age_group")));
        profile.careForm = BedProfile::careFormFromCode(record.value(QStringLiteral("care_form")));
        store.upsert(profile, order += 10, now);
    }
}

void ReferenceDataService::loadDemoHospitals()
{
    const HospitalStore store(m_database);
    const QList<BedProfile> profiles = BedProfileStore(m_database).all();
    const QString now = m_clock.nowStamp();
    for (const auto& record : readShippedCsv(QStringLiteral("demo_hospitals"))) {
        Hospital hospital;
        hospital.uid = newUid();
        hospital.code = record.value(QStringLiteral("code"));
        hospital.name = record.value(QStringLiteral("name"));
        hospital.regionCode = record.value(QStringLiteral("region_code"));
        hospital.address = record.value(QStringLiteral("address"));
        hospital.phone = record.value(QStringLiteral("phone"));
        hospital.kind = record.value(QStringLiteral("kind"));
        hospital.demo = true;
        const qint64 id = store.upsert(hospital, now);
        // A demo hospital admits what its kind suggests: children's hospitals the children's profiles, the
        // others the adult ones; every hospital runs a day hospital.
        const bool children = hospital.kind == QLatin1String("children");
        const bool cardiac = hospital.kind == QLatin1String("republican");
        for (const BedProfile& profile : profiles) {
            bool offers = false;
            if (cardiac)
                offers = profile.code == QLatin1String("CSU") || profile.code == QLatin1String("CAR");
            else if (profile.careForm == BedProfile::CareForm::Day)
                offers = true;
            else if (children)
                offers = profile.ageGroup != BedProfile::AgeGroup::Adult;
            else
                offers = profile.ageGroup != BedProfile::AgeGroup::Child;
            if (offers)
                store.setProfile(id, profile.code, true, now);
        }
    }
}

void ReferenceDataService::loadDocumentTypes()
{
    const ChecklistStore store(m_database);
    const QString now = m_clock.nowStamp();
    int order = 0;
    for (const auto& record : readShippedCsv(QStringLiteral("document_types"))) {
        DocumentType type;
        type.code = record.value(QStringLiteral("code"));
        type.nameKk = record.value(QStringLiteral("name_kk"));
        type.nameRu = record.value(QStringLiteral("name_ru"));
        type.nameEn = record.value(QStringLiteral("name_en"));
        type.validityDays = record.value(QStringLiteral("validity_days")).toInt();
        type.required = record.value(QStringLiteral("required")).toInt() != 0;
        store.upsertDocumentType(type, order += 10, now);
    }
}

void ReferenceDataService::loadRefusalReasons()
{
    const ChecklistStore store(m_database);
    const QString now = m_clock.nowStamp();
    int order = 0;
    for (const auto& record : readShippedCsv(QStringLiteral("refusal_reasons"))) {
        RefusalReason reason{record.value(QStringLiteral("code")), record.value(QStringLiteral("name_kk")),
                             record.value(QStringLiteral("name_ru")), record.value(QStringLiteral("name_en")), true};
        store.upsertRefusalReason(reason, order += 10, now);
    }
}

void ReferenceDataService::loadCommonDiagnoses()
{
    const IcdStore store(m_database);
    const QString now = m_clock.nowStamp();
    for (const auto& record : readShippedCsv(QStringLiteral("icd10_common"))) {
        store.upsert(IcdEntry{record.value(QStringLiteral("code")), record.value(QStringLiteral("name_ru")),
                              record.value(QStringLiteral("name_kk")), record.value(QStringLiteral("name_en")), true},
                     now);
    }
}

void ReferenceDataService::completeCommonDiagnoses()
{
    // The starter list grew Kazakh names and the common emergency diagnoses. A database loaded before keeps
    // what its bureau imported; only what is missing is added.
    const IcdStore store(m_database);
    const QString now = m_clock.nowStamp();
    for (const auto& record : readShippedCsv(QStringLiteral("icd10_common"))) {
        IcdEntry entry;
        entry.code = record.value(QStringLiteral("code"));
        entry.nameRu = record.value(QStringLiteral("name_ru"));
        entry.nameKk = record.value(QStringLiteral("name_kk"));
        entry.nameEn = record.value(QStringLiteral("name_en"));
        entry.common = true;
        store.complete(entry, now);
    }
}

void ReferenceDataService::loadCalendar()
{
    // Public holidays of Kazakhstan and the days off the law carries over from weekends. Days off the
    // Government moves by decree each year are entered by the bureau.
    const CalendarStore store(m_database);
    const QString now = m_clock.nowStamp();
    for (const auto& record : readShippedCsv(QStringLiteral("calendar"))) {
        store.upsert(CalendarDay{Clock::dateFromText(record.value(QStringLiteral("day"))),
                                 record.value(QStringLiteral("kind")), record.value(QStringLiteral("name_kk")),
                                 record.value(QStringLiteral("name_ru")), record.value(QStringLiteral("name_en"))},
                     now);
    }
}

void ReferenceDataService::loadHtmcProfiles()
{
    const HtmcProfileStore store(m_database);
    const QString now = m_clock.nowStamp();
    int order = 0;
    for (const auto& record : readShippedCsv(QStringLiteral("htmc_profiles"))) {
        store.upsert(HtmcProfile{record.value(QStringLiteral("code")), record.value(QStringLiteral("name_kk")),
                                 record.value(QStringLiteral("name_ru")), record.value(QStringLiteral("name_en")),
                                 true},
                     order += 10, now);
    }
}

namespace {
// The shipped lists for treatment abroad are starter lists, marked so in every row of their files, until a
// clerk checks each entry against the Ministry of Health's current order.
void loadEligibleList(const Database& database, EligibleList list, const QString& name, const QString& now)
{
    const EligibleListStore store(database);
    int order = 0;
    for (const auto& record : ReferenceDataService::readShippedCsv(name)) {
        EligibleEntry entry;
        entry.code = record.value(QStringLiteral("code"));
        entry.nameKk = record.value(QStringLiteral("name_kk"));
        entry.nameRu = record.value(QStringLiteral("name_ru"));
        entry.nameEn = record.value(QStringLiteral("name_en"));
        entry.icd10 = record.value(QStringLiteral("icd10"));
        bool ok = false;
        if (const int age = record.value(QStringLiteral("min_age")).toInt(&ok); ok)
            entry.minAge = age;
        if (const int age = record.value(QStringLiteral("max_age")).toInt(&ok); ok)
            entry.maxAge = age;
        entry.starter = record.value(QStringLiteral("source")).startsWith(QLatin1String("STARTER LIST"));
        store.upsert(list, entry, order += 10, now);
    }
}
} // namespace

void ReferenceDataService::loadAbroadDiseases()
{
    loadEligibleList(m_database, EligibleList::Diseases, QStringLiteral("abroad_diseases_starter"), m_clock.nowStamp());
}

void ReferenceDataService::loadAbroadCategories()
{
    loadEligibleList(m_database, EligibleList::Categories, QStringLiteral("abroad_categories_starter"),
                     m_clock.nowStamp());
}

QList<Region> ReferenceDataService::regions() const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return RegionStore(m_database).all();
}

QList<BedProfile> ReferenceDataService::profiles(bool activeOnly) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return BedProfileStore(m_database).all(activeOnly);
}

QList<Hospital> ReferenceDataService::hospitals(bool activeOnly) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return HospitalStore(m_database).all(activeOnly);
}

QList<Hospital> ReferenceDataService::hospitalsOffering(const QString& regionCode, const QString& profileCode) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return HospitalStore(m_database).offering(regionCode, profileCode);
}

QString ReferenceDataService::resolveRegion(const QString& codeOrName) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return RegionStore(m_database).resolve(codeOrName);
}

QList<DocumentType> ReferenceDataService::documentTypes(bool activeOnly) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return ChecklistStore(m_database).documentTypes(activeOnly);
}

QList<RefusalReason> ReferenceDataService::refusalReasons(bool activeOnly) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return ChecklistStore(m_database).refusalReasons(activeOnly);
}

namespace {
// The bureau's three editable lists differ only in how an entry is checked, found and written; adding, editing
// and retiring follow the same rules for each (addEntry, updateEntry and setEntryActive below).
template<typename Entry>
Entry withNamesChecked(const Entry& in)
{
    Entry entry = in;
    checkNames(entry.nameKk, entry.nameRu, entry.nameEn);
    return entry;
}

struct DocumentTypeList
{
    using Entry = DocumentType;
    using Store = ChecklistStore;
    static Entry checked(const Entry& in) { return checkedDocumentType(in); }
    static QString checkedCode(const QString& code) { return checkListCode(code); }
    static std::optional<Entry> find(const Store& store, const QString& code) { return store.findDocumentType(code); }
    static void insert(const Store& store, const Entry& entry, const QString& now)
    {
        store.upsertDocumentType(entry, -1, now);
    }
    static void update(const Store& store, const Entry& entry, const QString& now)
    {
        store.updateDocumentType(entry, now);
    }
};

struct RefusalReasonList
{
    using Entry = RefusalReason;
    using Store = ChecklistStore;
    static Entry checked(const Entry& in) { return withNamesChecked(in); }
    static QString checkedCode(const QString& code) { return checkListCode(code); }
    static std::optional<Entry> find(const Store& store, const QString& code) { return store.findRefusalReason(code); }
    static void insert(const Store& store, const Entry& entry, const QString& now)
    {
        store.upsertRefusalReason(entry, -1, now);
    }
    static void update(const Store& store, const Entry& entry, const QString& now)
    {
        store.updateRefusalReason(entry, now);
    }
};

struct BedProfileList
{
    using Entry = BedProfile;
    using Store = BedProfileStore;
    static Entry checked(const Entry& in) { return withNamesChecked(in); }
    static QString checkedCode(const QString& code) { return checkProfileCode(code); }
    static std::optional<Entry> find(const Store& store, const QString& code) { return store.find(code); }
    static void insert(const Store& store, const Entry& entry, const QString& now) { store.upsert(entry, -1, now); }
    static void update(const Store& store, const Entry& entry, const QString& now) { store.update(entry, now); }
};

// Who may, then the whole entry checked, then one transaction; `changed` runs inside it, so what depends on the
// list (the waiting lists' "documents complete" flags) changes with it or not at all.
template<typename List>
typename List::Entry addEntry(Database& database, const Clock& clock, const typename List::Entry& in,
                              const std::function<void()>& changed)
{
    Authorization::require(database, Permission::ManageReferenceLists, clock);
    typename List::Entry entry = List::checked(in);
    entry.code = List::checkedCode(in.code);
    WriteTransaction transaction(database, clock);
    const typename List::Store store(database);
    if (const std::optional<typename List::Entry> taken = List::find(store, entry.code))
        duplicateCode(entry.code, taken->name(Languages::current()));
    List::insert(store, entry, transaction.now());
    if (changed)
        changed();
    transaction.commit();
    return *List::find(store, entry.code);
}

// Codes never change once given: the entry is found by its code and everything else is replaced.
template<typename List>
typename List::Entry updateEntry(Database& database, const Clock& clock, const typename List::Entry& in,
                                 const std::function<void()>& changed)
{
    Authorization::require(database, Permission::ManageReferenceLists, clock);
    const typename List::Entry entry = List::checked(in);
    WriteTransaction transaction(database, clock);
    const typename List::Store store(database);
    if (!List::find(store, entry.code))
        unknownCode(entry.code);
    List::update(store, entry, transaction.now());
    if (changed)
        changed();
    transaction.commit();
    return *List::find(store, entry.code);
}

// Retiring (or bringing back) an entry: never deleted, since referrals keep the code they were given.
template<typename List>
typename List::Entry setEntryActive(Database& database, const Clock& clock, const QString& code, bool active,
                                    const std::function<void()>& changed)
{
    Authorization::require(database, Permission::ManageReferenceLists, clock);
    WriteTransaction transaction(database, clock);
    const typename List::Store store(database);
    std::optional<typename List::Entry> entry = List::find(store, code);
    if (!entry)
        unknownCode(code);
    entry->active = active;
    List::update(store, *entry, transaction.now());
    if (changed)
        changed();
    transaction.commit();
    return *entry;
}
} // namespace

DocumentType ReferenceDataService::addDocumentType(const DocumentType& type)
{
    return addEntry<DocumentTypeList>(m_database, m_clock, type, m_checklistChanged);
}

DocumentType ReferenceDataService::updateDocumentType(const DocumentType& type)
{
    return updateEntry<DocumentTypeList>(m_database, m_clock, type, m_checklistChanged);
}

DocumentType ReferenceDataService::setDocumentTypeActive(const QString& code, bool active)
{
    return setEntryActive<DocumentTypeList>(m_database, m_clock, code, active, m_checklistChanged);
}

RefusalReason ReferenceDataService::addRefusalReason(const RefusalReason& reason)
{
    return addEntry<RefusalReasonList>(m_database, m_clock, reason, {});
}

RefusalReason ReferenceDataService::updateRefusalReason(const RefusalReason& reason)
{
    return updateEntry<RefusalReasonList>(m_database, m_clock, reason, {});
}

RefusalReason ReferenceDataService::setRefusalReasonActive(const QString& code, bool active)
{
    return setEntryActive<RefusalReasonList>(m_database, m_clock, code, active, {});
}

BedProfile ReferenceDataService::addProfile(const BedProfile& profile)
{
    return addEntry<BedProfileList>(m_database, m_clock, profile, {});
}

BedProfile ReferenceDataService::updateProfile(const BedProfile& profile)
{
    return updateEntry<BedProfileList>(m_database, m_clock, profile, {});
}

BedProfile ReferenceDataService::setProfileActive(const QString& code, bool active)
{
    return setEntryActive<BedProfileList>(m_database, m_clock, code, active, {});
}
