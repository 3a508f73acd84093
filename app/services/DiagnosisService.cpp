#include "DiagnosisService.h"

#include "Authorization.h"
#include "domain/IcdCode.h"
#include "io/CsvReader.h"
#include "store/WriteTransaction.h"

DiagnosisService::DiagnosisService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

std::optional<IcdEntry> DiagnosisService::find(const QString& code) const
{
    Authorization::require(m_database, Permission::ViewLists, m_clock);
    return IcdStore(m_database).find(IcdCode::normalize(code));
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

ImportReport DiagnosisService::importCsv(QIODevice* device, bool skipBad)
{
    Authorization::require(m_database, Permission::ImportRecords, m_clock);
    ImportReport report;
    CsvReader reader(device);
    if (!reader.readHeader() || reader.column(QStringLiteral("code")) < 0 ||
        (reader.column(QStringLiteral("name_ru")) < 0 && reader.column(QStringLiteral("name")) < 0)) {
        report.badRows << ImportReport::BadRow{1, tr("The first line must name the columns code and name_ru (or name); "
                                                     "name_kk and name_en may follow.")};
        return report;
    }
    const int code = reader.column(QStringLiteral("code"));
    const int ru = reader.column(QStringLiteral("name_ru")) >= 0 ? reader.column(QStringLiteral("name_ru"))
                                                                 : reader.column(QStringLiteral("name"));
    const int kk = reader.column(QStringLiteral("name_kk"));
    const int en = reader.column(QStringLiteral("name_en"));
    WriteTransaction transaction(m_database, m_clock);
    const IcdStore store(m_database);
    QStringList fields;
    while (reader.readRecord(fields)) {
        ++report.rowsRead;
        IcdEntry entry;
        entry.code = IcdCode::normalize(fields.value(code));
        entry.nameRu = fields.value(ru).trimmed();
        entry.nameKk = kk >= 0 ? fields.value(kk).trimmed() : QString();
        entry.nameEn = en >= 0 ? fields.value(en).trimmed() : QString();
        if (!IcdCode::isValid(entry.code)) {
            report.badRows << ImportReport::BadRow{reader.recordLine(), IcdCode::problemText(fields.value(code))};
            continue;
        }
        if (entry.nameRu.isEmpty()) {
            report.badRows << ImportReport::BadRow{reader.recordLine(),
                                                   tr("The diagnosis %1 has no name.").arg(entry.code)};
            continue;
        }
        store.upsert(entry, transaction.now());
        ++report.imported;
    }
    if (!report.badRows.isEmpty() && !skipBad) {
        report.imported = 0;
        return report;
    }
    transaction.commit();
    report.committed = true;
    return report;
}
