#include "ExchangeHarness.h"

#include "TestSupport.h"
#include "domain/Iin.h"
#include "services/ExchangeService.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "store/ExchangeRecordStore.h"
#include "store/Query.h"
#include "store/TravellingTables.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ExchangeHarness {

QString iin(int n)
{
    // Born on a day from 1 January 1960, century digit 3 (1900s, male) or 4 (female), serial from n.
    for (int serial = n * 3;; ++serial) {
        const QDate born = QDate(1960, 1, 1).addDays(n % 15000);
        const QString first = born.toString(QStringLiteral("yyMMdd")) + QString::number(3 + (n % 2)) +
                              QStringLiteral("%1").arg(serial % 10000, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(first);
        if (check >= 0)
            return first + QString::number(check);
    }
}

namespace {
Node openAt(const DatabaseLocation& location, const QString& fileName, const QDateTime& now)
{
    Node node;
    node.clock = std::make_unique<FixedClock>(now);
    node.location = location;
    node.path = location.kind == SqlDialect::Kind::Sqlite ? location.path : QString();
    node.name = QFileInfo(fileName).baseName();
    node.workspace = Workspace::open(location, *node.clock);
    return node;
}
} // namespace

Node openNode(const QTemporaryDir& dir, const QString& fileName, const QDateTime& now)
{
    return openAt(DatabaseLocation::sqliteFile(dir.filePath(fileName)), fileName, now);
}

Node openBureau(const QTemporaryDir& dir, const QString& fileName, const QDateTime& now)
{
    return openAt(TestSupport::location(dir, fileName), fileName, now);
}

void reopen(Node& node)
{
    node.workspace.reset();
    node.workspace = Workspace::open(node.location, *node.clock);
}

Node enrolAndJoin(Node& bureau, const QTemporaryDir& dir, const QString& name, const QString& region)
{
    ExchangeService service(bureau.db(), *bureau.clock);
    const EnrolmentFile file = service.enroll(name, region);
    const QString enrolment = dir.filePath(name + QStringLiteral(".enrol"));
    service.writeEnrolment(file, enrolment);
    Node node = openNode(dir, name + QStringLiteral(".sqlite"), bureau.clock->now());
    node.name = name;
    ExchangeService(node.db(), *node.clock).join(enrolment);
    return node;
}

Patient registerPatient(Workspace& workspace, const QString& iin, const QString& lastName, const QString& region)
{
    Patient p;
    p.iin = iin;
    p.lastName = lastName;
    p.firstName = QStringLiteral("Айгүл");
    p.regionCode = region;
    return workspace.patients().registerPatient(p);
}

Referral registerReferral(Workspace& workspace, const QString& iin, const QString& hospital, const QString& profile)
{
    ReferralService::Registration in;
    in.iin = iin;
    in.hospitalCode = hospital;
    in.profileCode = profile;
    in.diagnosisCode = QStringLiteral("I25.1");
    // The tests put one patient into the same queue more than once; the reason is kept only when it is needed.
    in.secondReferralReason = QStringLiteral("exchange test");
    return workspace.referrals().registerReferral(in);
}

QString exportPackage(Node& from, const QTemporaryDir& dir, const QString& to)
{
    static int counter = 0;
    const QString path = dir.filePath(QStringLiteral("%1-%2.jpkg").arg(from.name).arg(++counter));
    ExchangeService(from.db(), *from.clock).exportPackage(path, to);
    return path;
}

ExchangeReport importPackage(Node& into, const QString& path)
{
    return ExchangeService(into.db(), *into.clock).importPackage(path);
}

void roundTrip(Node& bureau, Node& workstation, const QTemporaryDir& dir)
{
    importPackage(bureau, exportPackage(workstation, dir));
    importPackage(workstation, exportPackage(bureau, dir, workstation.name));
}

namespace {
struct Row
{
    QString table;
    QJsonObject values;
    QString ownerUid; // referral/application it belongs to
};

QList<Row> rows(Database& database, const QStringList& only)
{
    const ExchangeRecordStore records(database);
    QList<Row> out;
    QHash<QString, QHash<qint64, QString>> uids; // table → id → uid
    auto uidOf = [&](const QString& table, qint64 id) {
        auto& cache = uids[table];
        if (!cache.contains(id))
            cache.insert(id, records.referenceTo(table, id).value(QStringLiteral("uid")).toString());
        return cache.value(id);
    };
    for (const TravellingTable& table : TravellingTables::all()) {
        if (!records.isPresent(table) || (!only.isEmpty() && !only.contains(table.name)))
            continue;
        QStringList columns = records.travellingColumns(table);
        columns.removeAll(QStringLiteral("created_at"));
        Query q(database, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table.name));
        q.exec();
        while (q.next()) {
            Row row;
            row.table = table.name;
            for (int i = 0; i < columns.size(); ++i) {
                const QString& c = columns.at(i);
                const QVariant v = q.value(i);
                if (table.references.contains(c) && !v.isNull()) {
                    const QString uid = uidOf(table.references.value(c), v.toLongLong());
                    row.values.insert(c, uid);
                    if (c == table.ownerColumn)
                        row.ownerUid = uid;
                } else {
                    row.values.insert(c, ExchangeRecordStore::toJson(v));
                }
            }
            out << row;
        }
    }
    return out;
}

QByteArray serialize(QList<Row> list)
{
    QStringList lines;
    for (const Row& r : list)
        lines << r.table + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(r.values).toJson(QJsonDocument::Compact));
    lines.sort();
    return lines.join(QLatin1Char('\n')).toUtf8();
}
} // namespace

QByteArray canonicalDump(Database& database, const QStringList& tables)
{
    return serialize(rows(database, tables));
}

QByteArray scopedDump(Database& database, const QStringList& referralUids, const QStringList& patientUids)
{
    const QSet<QString> referrals(referralUids.cbegin(), referralUids.cend());
    const QSet<QString> patients(patientUids.cbegin(), patientUids.cend());
    QList<Row> kept;
    for (const Row& r : rows(database, {})) {
        const TravellingTable& table = *TravellingTables::find(r.table);
        const QString uid = r.values.value(QStringLiteral("uid")).toString();
        if (table.direction == TravellingTable::Direction::Down)
            kept << r;
        else if (r.table == QLatin1String("patient") && patients.contains(uid))
            kept << r;
        else if (r.table == QLatin1String("referral") && referrals.contains(uid))
            kept << r;
        else if (table.ownerTable() == QLatin1String("referral") && referrals.contains(r.ownerUid))
            kept << r;
    }
    return serialize(kept);
}

QByteArray fullDump(Database& database)
{
    QByteArray out;
    // On SQLite with its own bookkeeping tables (sqlite_sequence: the ids given), which a write would move too.
    Query tables(database, database.dialect().isSqlite()
                               ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                               : database.dialect().tablesQuery());
    tables.exec();
    QStringList names;
    while (tables.next())
        names << tables.text(0);
    tables.finish();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        Query q(database, QStringLiteral("SELECT * FROM %1").arg(name));
        q.exec();
        QStringList lines;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.columnCount(); ++i)
                cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            lines << cells.join(QLatin1Char('|'));
        }
        lines.sort();
        out += name.toUtf8() + '\n' + lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    }
    return out;
}

} // namespace ExchangeHarness
