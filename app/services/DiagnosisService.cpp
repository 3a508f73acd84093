#include "DiagnosisService.h"

#include "Authorization.h"
#include "domain/IcdCode.h"
#include "io/CsvReader.h"
#include "store/WriteTransaction.h"

#include <QRegularExpression>
#include <QSet>

DiagnosisService::DiagnosisService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

std::optional<IcdEntry> DiagnosisService::find(const QString& code) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return IcdStore(m_database).find(IcdCode::normalize(code));
}

QString DiagnosisService::displayName(const QString& code, const QString& recorded, Language language) const
{
    if (language != Language::Russian || recorded.isEmpty()) {
        if (const std::optional<IcdEntry> entry = find(code); entry && entry->inDictionary()) {
            const QString& named = language == Language::Kazakh    ? entry->nameKk
                                   : language == Language::English ? entry->nameEn
                                                                   : entry->nameRu;
            if (!named.isEmpty())
                return named;
        }
    }
    return recorded;
}

QList<IcdEntry> DiagnosisService::all() const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return IcdStore(m_database).all();
}

qint64 DiagnosisService::count() const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return IcdStore(m_database).count();
}

namespace {

enum class Role { Unknown, Code, NameRu, NameKk, NameEn, Name };

// What a header names, in Kazakh, Russian or English, with or without the language of the name.
Role headerRole(const QString& header)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = header.toLower().split(split, Qt::SkipEmptyParts);
    const auto has = [&](std::initializer_list<const char16_t*> any) {
        for (const char16_t* w : any) {
            if (words.contains(QString::fromUtf16(w)))
                return true;
        }
        return false;
    };
    const bool ru = has({u"ru", u"rus", u"russian", u"рус", u"русский", u"русском", u"орыс", u"орысша"});
    const bool kk =
        has({u"kk", u"kz", u"kaz", u"kazakh", u"каз", u"казахский", u"казахском", u"қаз", u"қазақ", u"қазақша"});
    const bool en = has({u"en", u"eng", u"english", u"англ", u"английский", u"английском", u"ағылшын", u"ағылшынша"});
    const bool name = has({u"name", u"title", u"description", u"diagnosis", u"наименование", u"название", u"диагноз",
                           u"описание", u"атауы", u"атау", u"диагноздың", u"text", u"текст"});
    const bool code = has({u"code", u"icd", u"icd10", u"mkb", u"mkb10", u"код", u"коды", u"кодтары", u"мкб", u"мкб10",
                           u"шифр", u"ахж", u"ахж10"});
    if (code && !name && !ru && !kk && !en)
        return Role::Code;
    if (kk)
        return Role::NameKk;
    if (en)
        return Role::NameEn;
    if (ru)
        return Role::NameRu;
    if (name)
        return Role::Name;
    return code ? Role::Code : Role::Unknown;
}

// The language of a column of names, from its letters: Kazakh has letters Russian has not.
Role languageOf(const QStringList& values)
{
    static const QString kazakhLetters = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    int kazakh = 0, cyrillic = 0, latin = 0, texts = 0;
    for (const QString& value : values) {
        bool k = false, c = false, l = false;
        for (const QChar ch : value) {
            if (kazakhLetters.contains(ch))
                k = true;
            else if (ch.script() == QChar::Script_Cyrillic)
                c = true;
            else if (ch.script() == QChar::Script_Latin && ch.isLetter())
                l = true;
        }
        if (!k && !c && !l)
            continue;
        ++texts;
        kazakh += k;
        cyrillic += c || k;
        latin += l && !c && !k;
    }
    if (texts == 0)
        return Role::Unknown;
    // A Kazakh name has at least one of its own letters more often than not; a Russian one never.
    if (kazakh * 5 >= texts)
        return Role::NameKk;
    if (cyrillic * 2 >= texts)
        return Role::NameRu;
    if (latin * 2 >= texts)
        return Role::NameEn;
    return Role::Unknown;
}

} // namespace

ImportReport DiagnosisService::importCsv(QIODevice* device, bool skipBad)
{
    Authorization::require(m_database, Permission::ImportRecords, m_clock);
    ImportReport report;
    CsvReader reader(device);
    if (!reader.readHeader()) {
        report.badRows << ImportReport::BadRow{1, tr("The file is empty.")};
        return report;
    }
    // The first line is a header unless it already holds a code.
    struct Row
    {
        qint64 line;
        QStringList fields;
        QString problem;
    };
    const QStringList first = reader.headerFields();
    bool hasHeader = true;
    for (const QString& field : first)
        hasHeader = hasHeader && !IcdCode::isValid(IcdCode::normalize(field));
    QList<Row> sample;
    if (!hasHeader)
        sample << Row{1, first, reader.problem()};
    else if (!reader.problem().isEmpty())
        report.badRows << ImportReport::BadRow{1, reader.problem()};
    // The columns are told by their header, or by what the first rows hold: codes, or names in Kazakh
    // (its own letters), Russian (Cyrillic) or English (Latin).
    QStringList fields;
    constexpr int SampleRows = 200;
    while (sample.size() < SampleRows && reader.readRecord(fields))
        sample << Row{reader.recordLine(), fields, reader.problem()};
    qsizetype width = first.size();
    for (const Row& row : std::as_const(sample))
        width = std::max(width, row.fields.size());
    QList<Role> roles(width, Role::Unknown);
    if (hasHeader) {
        for (qsizetype c = 0; c < first.size(); ++c)
            roles[c] = headerRole(first.at(c));
    }
    const auto column = [&](qsizetype c) {
        QStringList values;
        for (const Row& row : std::as_const(sample)) {
            if (row.problem.isEmpty() && c < row.fields.size() && !row.fields.at(c).trimmed().isEmpty())
                values << row.fields.at(c).trimmed();
        }
        return values;
    };
    if (!roles.contains(Role::Code)) {
        for (qsizetype c = 0; c < width; ++c) {
            const QStringList values = column(c);
            qsizetype codes = 0;
            for (const QString& v : values)
                codes += IcdCode::isValid(IcdCode::normalize(v));
            if (!values.isEmpty() && codes * 5 >= values.size() * 4 && roles.at(c) != Role::NameRu &&
                roles.at(c) != Role::NameKk && roles.at(c) != Role::NameEn) {
                roles[c] = Role::Code;
                break;
            }
        }
    }
    for (qsizetype c = 0; c < width; ++c) {
        if (roles.at(c) == Role::Name || (roles.at(c) == Role::Unknown && !hasHeader))
            roles[c] = languageOf(column(c));
    }
    int code = -1, ru = -1, kk = -1, en = -1;
    for (int c = 0; c < int(width); ++c) {
        int* slot = roles.at(c) == Role::Code     ? &code
                    : roles.at(c) == Role::NameRu ? &ru
                    : roles.at(c) == Role::NameKk ? &kk
                    : roles.at(c) == Role::NameEn ? &en
                                                  : nullptr;
        if (slot && *slot < 0)
            *slot = c;
    }
    if (code < 0 || (ru < 0 && kk < 0 && en < 0)) {
        report.badRows << ImportReport::BadRow{
            1, code < 0 ? tr("No column of ICD-10 codes was found. The file needs a column of codes (I25.1, K35.8) "
                             "and one of names in Russian, Kazakh or English, with a header such as code, name_ru, "
                             "name_kk, name_en (or код, наименование, атауы), or without a header.")
                        : tr("No column of diagnosis names was found next to the codes. Give the names in Russian, "
                             "Kazakh or English, with a header such as name_ru, name_kk, name_en (or "
                             "наименование, атауы), or without a header.")};
        return report;
    }

    WriteTransaction transaction(m_database, m_clock);
    const IcdStore store(m_database);
    QSet<QString> seen;
    const auto take = [&](const Row& row) {
        ++report.rowsRead;
        if (!row.problem.isEmpty()) {
            report.badRows << ImportReport::BadRow{row.line, row.problem};
            return;
        }
        const auto at = [&](int c) {
            return c >= 0 && c < row.fields.size() ? row.fields.at(c).simplified() : QString();
        };
        IcdEntry entry;
        entry.code = IcdCode::normalize(at(code));
        entry.nameRu = at(ru);
        entry.nameKk = at(kk);
        entry.nameEn = at(en);
        if (!IcdCode::isValid(entry.code)) {
            report.badRows << ImportReport::BadRow{row.line, IcdCode::problemText(at(code))};
            return;
        }
        if (entry.nameRu.isEmpty() && entry.nameKk.isEmpty() && entry.nameEn.isEmpty()) {
            report.badRows << ImportReport::BadRow{row.line, tr("The diagnosis %1 has no name.").arg(entry.code)};
            return;
        }
        if (seen.contains(entry.code)) {
            report.badRows << ImportReport::BadRow{row.line,
                                                   tr("The code %1 appears twice in the file.").arg(entry.code)};
            return;
        }
        seen.insert(entry.code);
        store.upsert(entry, transaction.now());
        ++report.imported;
    };
    for (const Row& row : std::as_const(sample))
        take(row);
    while (reader.readRecord(fields)) {
        take(Row{reader.recordLine(), fields, reader.problem()});
        if (reader.hadUnterminatedQuote())
            break;
    }
    if (!report.badRows.isEmpty() && !skipBad) {
        report.imported = 0;
        return report;
    }
    transaction.commit();
    report.committed = true;
    return report;
}
