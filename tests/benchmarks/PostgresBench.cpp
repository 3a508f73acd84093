// joldama_bench --db postgresql://…: the read operations of the SQLite benchmark measured on a PostgreSQL server,
// each against the very statements Joldama sent for it, sent again through libpq on the same connection; then
// workstations in processes of their own registering at a steady rate through the real ReferralService.
//
// "The same SQL" is taken, not rewritten: the database connection tells every statement it runs with its bound
// values (Database::setStatementTrace), and the libpq side prepares those statements once and executes them with
// the same values, reading every cell of every row. The ratio is then the cost of Joldama's own layers — values,
// domain objects, the services' checks — and not of a different query.

#include "PostgresBench.h"

#include "BenchReport.h"
#include "domain/OperationError.h"
#include "services/AccountService.h"
#include "services/DashboardService.h"
#include "services/DemoDataGenerator.h"
#include "services/PatientService.h"
#include "services/QuotaService.h"
#include "services/ReferralService.h"
#include "services/UsageService.h"
#include "services/WaitingListService.h"
#include "services/Workspace.h"
#include "store/BedProfileStore.h"
#include "store/HospitalStore.h"
#include "store/ListingReader.h"
#include "store/Listings.h"
#include "store/TallyStore.h"
#include "store/WriteTransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <libpq-fe.h>

#include <cmath>
#include <memory>
#include <optional>

namespace {

struct Statement
{
    QString sql;
    QVariantList values;
};
using Trace = QList<Statement>;

// Set-up and checking queries of the benchmark itself (what to look up, what the load left): not measured.
QList<QVariantList> select(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qFatal("bench query failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("bench query failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < q.record().count(); ++c)
            row << q.value(c);
        rows << row;
    }
    return rows;
}

void change(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("bench statement failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
}

// The same statements through libpq: each prepared once on the server, then executed with its values as text
// (the server infers their types from the statement, as it does for Joldama's), every cell of the result read.
// They go over Joldama's own connection, taking turns with it: a round trip's cost on this kind of machine
// depends on which cores the client and its server process happen to run on (a wake-up across virtual cores
// is slow), and two connections drew different luck — one run measured the lookup at 2.96 times libpq,
// the next at 0.47, with nothing changed. One connection, one server process: the same luck for both.
class Libpq
{
public:
    explicit Libpq(PGconn* connection)
        : m_conn(connection)
    {
        if (!m_conn)
            qFatal("libpq: the benchmark's database has no PostgreSQL connection");
    }
    Libpq(const Libpq&) = delete;
    Libpq& operator=(const Libpq&) = delete;

    void replay(const Trace& trace)
    {
        for (const Statement& s : trace)
            run(s);
    }

private:
    // QtSql numbers ? marks itself; libpq wants $1, $2 … (none of the statements has a ? inside a literal, but a
    // quoted text is passed over all the same).
    static QByteArray numbered(const QString& sql)
    {
        QString out;
        int n = 0;
        bool quoted = false;
        for (QChar c : sql) {
            if (c == QLatin1Char('\''))
                quoted = !quoted;
            if (c == QLatin1Char('?') && !quoted)
                out += QStringLiteral("$%1").arg(++n);
            else
                out += c;
        }
        return out.toUtf8();
    }
    static bool isControl(const QString& sql)
    {
        for (const char* word : {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "START", "SET"}) {
            if (sql.startsWith(QLatin1String(word), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    static QByteArray text(const QVariant& v)
    {
        switch (v.typeId()) {
        case QMetaType::LongLong:
            return QByteArray::number(v.toLongLong());
        case QMetaType::Double:
            return QByteArray::number(v.toDouble(), 'g', 17);
        case QMetaType::QByteArray:
            return "\\x" + v.toByteArray().toHex();
        default:
            return v.toString().toUtf8();
        }
    }

    void run(const Statement& s)
    {
        PGresult* r = nullptr;
        if (s.values.isEmpty() && isControl(s.sql)) {
            r = PQexec(m_conn, s.sql.toUtf8().constData());
        } else {
            auto it = m_prepared.constFind(s.sql);
            if (it == m_prepared.constEnd()) {
                const QByteArray name = "bench_" + QByteArray::number(m_prepared.size());
                PGresult* p = PQprepare(m_conn, name.constData(), numbered(s.sql).constData(), 0, nullptr);
                if (PQresultStatus(p) != PGRES_COMMAND_OK)
                    qFatal("libpq prepare failed: %s\n%s", PQresultErrorMessage(p), qPrintable(s.sql));
                PQclear(p);
                it = m_prepared.insert(s.sql, name);
            }
            QList<QByteArray> texts;
            std::vector<const char*> params;
            texts.reserve(s.values.size());
            for (const QVariant& v : s.values) {
                if (!v.isValid() || v.isNull()) {
                    params.push_back(nullptr);
                } else {
                    texts << text(v);
                    params.push_back(texts.last().constData());
                }
            }
            r = PQexecPrepared(m_conn, it->constData(), int(params.size()), params.data(), nullptr, nullptr, 0);
        }
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            qFatal("libpq failed: %s\n%s", PQresultErrorMessage(r), qPrintable(s.sql));
        // Every cell, as a reader does.
        qint64 bytes = 0;
        for (int row = 0; row < PQntuples(r); ++row) {
            for (int c = 0; c < PQnfields(r); ++c) {
                if (!PQgetisnull(r, row, c))
                    bytes += PQgetlength(r, row, c) + (PQgetvalue(r, row, c)[0] != 0);
            }
        }
        m_bytes += bytes;
        PQclear(r);
    }

    PGconn* m_conn = nullptr;
    QHash<QString, QByteArray> m_prepared;
    qint64 m_bytes = 0;
};

// Each operation's sample i is traced (after a first, untraced run: what a warm cache no longer asks is not
// sent again either), and the trace is what libpq sends for sample i. Then the two take turns.
void compareTraced(const QString& name, int iterations, Database& db, const std::function<void(int)>& joldama,
                   Libpq& raw, bool showSql)
{
    if (!wanted(name))
        return;
    QList<Trace> traces(iterations + 1);
    for (int i = 0; i <= iterations; ++i) {
        joldama(i);
        db.setStatementTrace([&](const QString& sql, const QVariantList& values) {
            traces[i] << Statement{sql, values};
        });
        joldama(i);
        db.setStatementTrace({});
    }
    qsizetype statements = 0;
    for (const Trace& t : std::as_const(traces))
        statements += t.size();
    if (showSql) {
        out << "\n" << name << ":\n";
        for (const Statement& s : std::as_const(traces.at(1)))
            out << "    " << s.sql << "   -- " << s.values.size() << " values\n";
    }
    QList<double> a, b;
    for (int i = 0; i <= iterations; ++i)
        raw.replay(traces.at(i));
    for (int i = 1; i <= iterations; ++i) {
        a << elapsedMs([&] { joldama(i); });
        b << elapsedMs([&] { raw.replay(traces.at(i)); });
    }
    report({QStringLiteral("%1 (%2 statements)")
                .arg(name)
                .arg(QString::number(double(statements) / double(iterations + 1), 'f', 1)),
            QStringLiteral("ms"), stats(a), stats(b), false, QStringLiteral("≤ 2")});
}

const QString loadNote = QStringLiteral("benchmark load");

// Removes the load's registrations (left by this run or an interrupted one) and counts the totals again.
void removeLoad(Workspace& workspace)
{
    const Database& db = workspace.database();
    static const char* const ids = "SELECT id FROM referral WHERE notes = 'benchmark load'";
    for (const char* table : {"referral_document", "referral_event"})
        change(
            db,
            QStringLiteral("DELETE FROM %1 WHERE referral_id IN (%2)").arg(QLatin1String(table), QLatin1String(ids)));
    change(db, QStringLiteral("DELETE FROM referral WHERE notes = 'benchmark load'"));
    WriteTransaction transaction(workspace.database());
    TallyStore(workspace.database()).rebuild();
    transaction.commit();
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(std::ceil(p * double(samples.size())) - 1)));
}

void load(Workspace& workspace, const QString& url, int clients, int seconds, int rate, bool oneQueue)
{
    const Database& db = workspace.database();
    removeLoad(workspace);
    // The patients the workstations register: grown-ups of the capital, as many as there are registrations in two
    // seconds.
    QStringList iins;
    for (const QVariantList& row :
         select(db, QStringLiteral("SELECT iin FROM patient WHERE region_code = '71' AND deleted = 0 AND birth_date < "
                                   "'2000-01-01' ORDER BY id LIMIT 400")))
        iins << row.at(0).toString();
    // Where they send them: as a bureau's clerks do, to the capital's hospitals and their adult profiles — or, with
    // --load-one-queue, all into one queue (7102 THR), every registration waiting for the one before to commit.
    QStringList places;
    if (oneQueue) {
        places << QStringLiteral("7102:THR");
    } else {
        QHash<QString, BedProfile> profiles;
        for (const BedProfile& p : BedProfileStore(db).all(true))
            profiles.insert(p.code, p);
        const HospitalStore hospitals(db);
        for (const Hospital& h : hospitals.all(true)) {
            if (h.regionCode != QLatin1String("71"))
                continue;
            for (const QString& code : hospitals.profileCodes(h.id)) {
                if (profiles.value(code).ageGroup != BedProfile::AgeGroup::Child)
                    places << h.code + QLatin1Char(':') + code;
            }
        }
    }
    // One registration in ten is funded by a high-technology quota of which 100 are left: the rest must be refused.
    const int year = QDate::currentDate().year();
    const int freeQuotas = 100;
    const std::optional<QuotaPlan> before = workspace.quotas().plan(year, QStringLiteral("71"), QStringLiteral("CSU"));
    const int allocated = (before ? before->used : 0) + freeQuotas;
    workspace.quotas().setAllocated(year, QStringLiteral("71"), QStringLiteral("CSU"), allocated);
    const qint64 heldBefore =
        select(db,
               QStringLiteral("SELECT count(*) FROM referral WHERE quota_year = ? AND quota_region = '71' AND "
                              "quota_profile = 'CSU' AND deleted = 0 AND status NOT IN ('cancelled', 'refused')"),
               {year})
            .at(0)
            .at(0)
            .toLongLong();

    out << QStringLiteral("\nLoad: %1 workstations (processes) × %2 registrations/s for %3 s into %4 queue(s) of the "
                          "capital; one in ten HTMC-funded (7102 THR) against %5 quotas left (%6 allocated)…\n")
               .arg(clients)
               .arg(rate)
               .arg(seconds)
               .arg(places.size())
               .arg(freeQuotas)
               .arg(allocated);
    out.flush();
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int c = 0; c < clients; ++c) {
        QStringList mine;
        for (int k = c; k < iins.size(); k += clients)
            mine << iins.at(k);
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--load-worker"), url, QString::number(c), QString::number(seconds),
                  QString::number(rate), mine.join(QLatin1Char(',')), places.join(QLatin1Char(','))});
        workers.push_back(std::move(p));
    }
    // Each workstation says when its workspace is open; then all start together, half a second later.
    for (auto& p : workers) {
        while (!p->canReadLine() && p->waitForReadyRead(60000)) {
        }
        if (p->readLine().trimmed() != "ready")
            qFatal("a load workstation did not start");
    }
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 500;
    for (auto& p : workers) {
        p->write(QByteArray::number(startAt) + '\n');
        p->waitForBytesWritten();
    }
    QList<double> latencies;
    QStringList codes, errors;
    int taken = 0, refused = 0, lateStarts = 0;
    qint64 lastFinish = startAt;
    for (auto& p : workers) {
        p->waitForFinished(1000 * (seconds * 4 + 120));
        for (const QByteArray& line : p->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() < 4)
                continue;
            // ok|quota|error LATENCY_MS FINISHED_AT_MS LATE(0/1) [CODE|MESSAGE]
            latencies << f.at(1).toDouble();
            lastFinish = std::max(lastFinish, f.at(2).toLongLong());
            lateStarts += f.at(3).toInt();
            if (f.at(0) == "ok") {
                codes << QString::fromUtf8(f.value(4));
                if (f.value(5) == "htmc")
                    ++taken;
            } else if (f.at(0) == "quota") {
                ++refused;
            } else {
                errors << QString::fromUtf8(f.mid(4).join(' '));
            }
        }
        if (p->exitCode() != 0)
            errors << QStringLiteral("a workstation's process ended with %1").arg(p->exitCode());
    }
    const qint64 attempts = latencies.size();
    const double wall = double(lastFinish - startAt) / 1000.0;
    const qint64 distinct = QSet<QString>(codes.cbegin(), codes.cend()).size();
    const qint64 duplicatesInDb =
        select(db,
               QStringLiteral("SELECT count(*) FROM (SELECT code FROM referral GROUP BY code HAVING count(*) > 1) d"))
            .at(0)
            .at(0)
            .toLongLong();
    const qint64 heldAfter =
        select(db,
               QStringLiteral("SELECT count(*) FROM referral WHERE quota_year = ? AND quota_region = '71' AND "
                              "quota_profile = 'CSU' AND deleted = 0 AND status NOT IN ('cancelled', 'refused')"),
               {year})
            .at(0)
            .at(0)
            .toLongLong();
    const std::optional<QuotaPlan> after = workspace.quotas().plan(year, QStringLiteral("71"), QStringLiteral("CSU"));
    const qint64 extraQuotas = std::max<qint64>(0, heldAfter - heldBefore - freeQuotas);

    out << "\n| Load on PostgreSQL | Measured | Target |\n|---|---|---|\n";
    out << QStringLiteral("| registrations answered (%1 attempted of %2 planned) | %3/s over %4 s | ≥ 200/s |\n")
               .arg(attempts)
               .arg(qint64(clients) * seconds * rate)
               .arg(double(attempts) / wall, 0, 'f', 1)
               .arg(wall, 0, 'f', 1);
    out << QStringLiteral("| latency from the planned moment, p50 / p99 / max | %1 / %2 / %3 ms | p99 < 500 ms |\n")
               .arg(percentile(latencies, 0.5), 0, 'f', 1)
               .arg(percentile(latencies, 0.99), 0, 'f', 1)
               .arg(percentile(latencies, 1.0), 0, 'f', 1);
    out << QStringLiteral("| registrations started late (the previous one still running) | %1 | — |\n").arg(lateStarts);
    out << QStringLiteral("| duplicate codes (answers / whole database) | %1 / %2 | 0 |\n")
               .arg(codes.size() - distinct)
               .arg(duplicatesInDb);
    out << QStringLiteral("| HTMC quotas: taken / refused / left before; held beyond the plan | %1 / %2 / %3; %4 "
                          "(plan: %5 used of %6) | 0 extra |\n")
               .arg(taken)
               .arg(refused)
               .arg(freeQuotas)
               .arg(extraQuotas)
               .arg(after ? after->used : -1)
               .arg(after ? after->allocated : -1);
    out << QStringLiteral("| errors shown to a clerk | %1 | 0 |\n").arg(errors.size());
    for (const QString& e : std::as_const(errors).mid(0, 5))
        out << "  error: " << e << '\n';
    out.flush();
    removeLoad(workspace);
    // The plan as it was.
    workspace.quotas().setAllocated(year, QStringLiteral("71"), QStringLiteral("CSU"), before ? before->allocated : 0);
}

} // namespace

int PostgresBench::loadWorker(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--load-worker")));
    if (at < 0 || args.size() < at + 7)
        qFatal("usage: --load-worker DB INDEX SECONDS RATE IINS PLACES, then the moment to start (ms) on stdin");
    const QString url = args.at(at + 1);
    const int seconds = args.at(at + 3).toInt();
    const int rate = args.at(at + 4).toInt();
    const int index = args.at(at + 2).toInt();
    const QStringList iins = args.at(at + 5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList places = args.at(at + 6).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QTextStream lines(stdout);
    auto workspace = Workspace::open(DatabaseLocation::fromArgument(url));
    lines << "ready" << Qt::endl;
    const qint64 startAt = QTextStream(stdin).readLine().toLongLong();
    ReferralService::Registration in;
    in.diagnosisCode = QStringLiteral("I10");
    in.notes = loadNote;
    // The same few hundred patients come back many times: a clerk registering a second place in a profile says why.
    in.secondReferralReason = QStringLiteral("benchmark: the patient chose a second hospital");
    const qint64 total = qint64(seconds) * rate;
    // Written at the end: the benchmark reads one workstation's answers after another, and a pipe left full
    // would hold a workstation up in the middle of the load.
    QStringList answers;
    for (qint64 k = 0; k < total; ++k) {
        // Open loop: registration k is due at its own moment, whether or not the previous one has finished; a
        // slow answer delays the next and that delay counts in the next one's latency.
        const qint64 due = startAt + k * 1000 / rate;
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        const bool late = now > due + 1;
        while (now < due) {
            QThread::usleep(std::min<qint64>(due - now, 50) * 1000);
            now = QDateTime::currentMSecsSinceEpoch();
        }
        in.iin = iins.at(int(k % iins.size()));
        const bool htmc = k % 10 == 9;
        in.funding = htmc ? QStringLiteral("htmc") : QStringLiteral("gobmp");
        in.quotaProfile = htmc ? QStringLiteral("CSU") : QString();
        const QString place = htmc ? QStringLiteral("7102:THR") : places.at(int((k * 7 + index) % places.size()));
        in.hospitalCode = place.section(QLatin1Char(':'), 0, 0);
        in.profileCode = place.section(QLatin1Char(':'), 1, 1);
        QString line;
        try {
            const QString code = workspace->referrals().registerReferral(in).code;
            const qint64 done = QDateTime::currentMSecsSinceEpoch();
            line = QStringLiteral("ok %1 %2 %3 %4 %5")
                       .arg(done - due)
                       .arg(done)
                       .arg(late ? 1 : 0)
                       .arg(code, htmc ? QStringLiteral("htmc") : QStringLiteral("gobmp"));
        } catch (const OperationError& e) {
            const qint64 done = QDateTime::currentMSecsSinceEpoch();
            line = QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(e.field() == QLatin1String("quota") ? QStringLiteral("quota") : QStringLiteral("error"))
                       .arg(done - due)
                       .arg(done)
                       .arg(late ? 1 : 0)
                       .arg(QString(e.message()).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        answers << line;
    }
    for (const QString& line : std::as_const(answers))
        lines << line << '\n';
    lines.flush();
    return 0;
}

int PostgresBench::run(const QCommandLineParser& parser)
{
    const QString url = parser.value(QStringLiteral("db"));
    const int iterations = parser.value(QStringLiteral("iterations")).toInt();
    const DatabaseLocation location = DatabaseLocation::fromArgument(url);
    qputenv("JOLDAMA_PASSWORD_COST", "t=1,m=8");
    auto workspace = Workspace::open(location);
    Database& db = workspace->database();
    if (workspace->accounts().hasAccounts())
        qFatal("The PostgreSQL benchmark runs on a database without user accounts (see the README)");
    const qint64 existing = select(db, QStringLiteral("SELECT count(*) FROM referral")).at(0).at(0).toLongLong();
    if (existing == 0) {
        out << "Generating " << parser.value(QStringLiteral("referrals")) << " referrals and "
            << parser.value(QStringLiteral("patients")) << " patients into " << location.describe() << " (seed 7)…\n";
        out.flush();
        DemoDataGenerator::Options options;
        options.patients = parser.value(QStringLiteral("patients")).toLongLong();
        options.referrals = parser.value(QStringLiteral("referrals")).toLongLong();
        options.seed = 7;
        QElapsedTimer t;
        t.start();
        DemoDataGenerator(db, workspace->clock(), options).run([&](qint64 done, qint64 total, const QString& stage) {
            QTextStream(stderr) << '\r' << stage << ' ' << done << '/' << total << " (" << t.elapsed() / 1000
                                << " s)   ";
        });
        out << "\nGenerated in " << t.elapsed() / 1000 << " s\n";
    }
    ensureBigQueue(*workspace);
    const qint64 referralCount = select(db, QStringLiteral("SELECT count(*) FROM referral")).at(0).at(0).toLongLong();
    const QString server =
        select(db, QStringLiteral("SELECT current_setting('server_version')")).at(0).at(0).toString();
    out << "\nDatabase: " << location.describe() << " (PostgreSQL " << server << "), " << referralCount
        << " referrals; no user accounts\n";
    Libpq raw(db.postgresHandle());
    out << "The raw side: the same statements with the same values through libpq " << PQlibVersion() / 10000 << ".\n\n";
    out << "| Operation (statements per run) | Joldama median | Joldama p95 | libpq median | libpq p95 | "
           "Joldama/libpq | Target |\n|---|---|---|---|---|---|---|\n";
    out.flush();
    const bool showSql = parser.isSet(QStringLiteral("show-sql"));

    QStringList codes;
    for (const QVariantList& row :
         select(db, QStringLiteral("SELECT code FROM referral WHERE id % 997 = 0 ORDER BY id LIMIT 2000")))
        codes << row.at(0).toString();
    auto code = [&](int i) { return codes.at(i % codes.size()); };

    compareTraced(
        QStringLiteral("lookup by code"), iterations, db,
        [&](int i) { (void)workspace->waitingList().lookup(code(i)); }, raw, showSql);
    compareTraced(
        QStringLiteral("position + preliminary date"), iterations, db,
        [&](int i) {
            const std::optional<Referral> r = workspace->referrals().find(code(i));
            if (r)
                (void)workspace->waitingList().position(*r);
        },
        raw, showSql);

    const Hospital big = *HospitalStore(db).findByCode(QStringLiteral("7101"));
    ListingRequest queueRequest;
    queueRequest.filters.insert(QStringLiteral("hospital_id"), big.id);
    queueRequest.filters.insert(QStringLiteral("profile_code"), QStringLiteral("ONC"));
    const ListingReader queueReader(db, Listings::waitingList(), queueRequest);
    qint64 queueLength = 0;
    QList<ListingCursor> boundaries;
    queueReader.scan(256, &queueLength, &boundaries, {});
    compareTraced(
        QStringLiteral("waiting list, first page"), iterations, db,
        [&](int) { (void)queueReader.fetch(std::nullopt, 256); }, raw, showSql);
    compareTraced(
        QStringLiteral("waiting list, deep page"), iterations, db,
        [&](int i) { (void)queueReader.fetch(boundaries.at(boundaries.size() - 1 - (i % 10)), 256); }, raw, showSql);
    compareTraced(
        QStringLiteral("waiting list, count and page keys (%1 rows)").arg(queueLength), std::max(10, iterations / 10),
        db,
        [&](int) {
            qint64 n = 0;
            QList<ListingCursor> b;
            queueReader.scan(256, &n, &b, {});
        },
        raw, showSql);

    const ListingReader referralReader(db, Listings::referrals(), ListingRequest{});
    compareTraced(
        QStringLiteral("referrals list, first page"), iterations, db,
        [&](int) { (void)referralReader.fetch(std::nullopt, 256); }, raw, showSql);

    for (const QString& term : {QStringLiteral("Әлихан"), QStringLiteral("Иванов")}) {
        compareTraced(
            QStringLiteral("name search «%1»").arg(term), std::max(10, iterations / 4), db,
            [&](int) { (void)workspace->patients().search(term, 50); }, raw, showSql);
    }
    compareTraced(
        QStringLiteral("dashboard counters"), iterations, db, [&](int) { (void)workspace->dashboard().summary(); }, raw,
        showSql);

    if (!parser.isSet(QStringLiteral("skip-load")) && wanted(QStringLiteral("load")))
        load(*workspace, url, parser.value(QStringLiteral("load-clients")).toInt(),
             parser.value(QStringLiteral("load-seconds")).toInt(), parser.value(QStringLiteral("load-rate")).toInt(),
             parser.isSet(QStringLiteral("load-one-queue")));
    return 0;
}
