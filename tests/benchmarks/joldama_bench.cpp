// joldama_bench: every core operation of Joldama measured on a database of a million referrals, through
// Joldama's own code and through the raw SQLite C API doing the same work on the same file, in one run;
// then the window under the offscreen platform, in a child process that also reports its peak memory.
//
//   joldama_bench [--db PATH] [--patients N] [--referrals M] [--iterations K] [--skip-gui] [--no-accounts]
//
// A missing database is generated first (deterministic demo data, seed 7). It is measured as a bureau with user
// accounts runs it: signed in as a clerk, every check of the role made and every write sealed in the audit log in
// the same transaction (--no-accounts measures a database without accounts instead). The audit log's check is
// measured on a separate database of a million entries, generated the first time next to the other.

#include "BenchReport.h"
#include "LazyTableModel.h"
#include "PatientTableModel.h"
#include "PostgresBench.h"
#include "ReferralTableModel.h"
#include "documents/PdfExport.h"
#include "documents/PrintSetup.h"
#include "documents/QueuePrintout.h"
#include "documents/TableDocument.h"
#include "domain/NameText.h"
#include "domain/QueueKey.h"
#include "main/LanguageSwitcher.h"
#include "main/MainWindow.h"
#include "main/SearchPage.h"
#include "referrals/ReferralsPage.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/DashboardService.h"
#include "services/DemoDataGenerator.h"
#include "services/ListingAccess.h"
#include "services/OpenDataService.h"
#include "services/PatientService.h"
#include "services/ReferralService.h"
#include "services/UsageService.h"
#include "services/WaitingListService.h"
#include "services/Workspace.h"
#include "store/AuditStore.h"
#include "store/BulkStore.h"
#include "store/HospitalStore.h"
#include "store/ListingReader.h"
#include "store/Listings.h"
#include "store/Query.h"
#include "store/TallyStore.h"
#include "store/WriteTransaction.h"
#include "widgets/ListScrollBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <functional>

namespace {

// A thin wrapper over the C API for the raw side.
class Raw
{
public:
    explicit Raw(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA foreign_keys = ON");
        exec("PRAGMA busy_timeout = 5000");
        // The page cache Joldama's connections have (Database::cacheKiB).
        exec(QStringLiteral("PRAGMA cache_size = -%1").arg(Database::cacheKiB).toUtf8().constData());
    }
    ~Raw()
    {
        for (auto* s : std::as_const(m_statements))
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    // A failing raw side would look fast: every error stops the benchmark.
    void exec(const char* sql)
    {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK)
            qFatal("raw exec failed: %s\n%s", error, sql);
    }
    static int step(sqlite3_stmt* s)
    {
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            qFatal("raw step failed: %s\n%s", sqlite3_errmsg(sqlite3_db_handle(s)), sqlite3_sql(s));
        return rc;
    }
    sqlite3_stmt* prepare(const QString& sql)
    {
        auto it = m_statements.constFind(sql);
        if (it != m_statements.constEnd()) {
            sqlite3_reset(*it);
            sqlite3_clear_bindings(*it);
            return *it;
        }
        sqlite3_stmt* s = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &s, nullptr) != SQLITE_OK)
            qFatal("raw prepare failed: %s\n%s", sqlite3_errmsg(m_db), text.constData());
        m_statements.insert(sql, s);
        return s;
    }
    static void bind(sqlite3_stmt* s, int i, const QString& text)
    {
        const QByteArray b = text.toUtf8();
        sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    // Reads every column of the current row as its own type (what a real reader does).
    static void readRow(sqlite3_stmt* s)
    {
        for (int c = 0; c < sqlite3_column_count(s); ++c) {
            if (sqlite3_column_type(s, c) == SQLITE_TEXT)
                (void)sqlite3_column_text(s, c);
            else
                (void)sqlite3_column_int64(s, c);
        }
    }
    // Steps through every row, reading every column.
    static int drain(sqlite3_stmt* s)
    {
        int rows = 0;
        while (Raw::step(s) == SQLITE_ROW) {
            ++rows;
            readRow(s);
        }
        return rows;
    }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QHash<QString, sqlite3_stmt*> m_statements;
};

} // namespace

// Adds a queue of 10,000 referrals to one hospital × profile (the benchmark's "big queue").
void ensureBigQueue(Workspace& workspace)
{
    Database& db = workspace.database();
    const Hospital h = *HospitalStore(db).findByCode(QStringLiteral("7101"));
    const qint64 existing = workspace.waitingList().queueLength(h.id, QStringLiteral("ONC"));
    if (existing >= 10000)
        return;
    out << "Adding a queue of 10,000 referrals (7101, ONC)…\n";
    out.flush();
    BulkStore bulk(db);
    bulk.bufferRows();
    FixedClock clock(QDateTime::currentDateTime());
    WriteTransaction tx(db, clock);
    HospitalStore(db).setProfile(h.id, QStringLiteral("ONC"), true, tx.now());
    QRandomGenerator random(11);
    // Patients of the generated database (a small one, --patients 20000, has far fewer than a million's 400,000).
    const qint64 patients =
        std::max<qint64>(1, Query(db, QStringLiteral("SELECT max(id) FROM patient")).scalar().toLongLong());
    const QDateTime start = QDateTime::currentDateTime().addDays(-200);
    // The queue may have shrunk since it was added (referrals of the generated data in it left it): the codes it
    // was given then are skipped, whatever number they had.
    QSet<QString> taken;
    {
        Query q(db, QStringLiteral("SELECT code FROM referral WHERE hospital_id = ? AND profile_code = 'ONC' AND "
                                   "source = 'bench'"));
        q.bind(h.id).exec();
        while (q.next())
            taken.insert(q.text(0));
    }
    for (qint64 i = 1, added = existing; added < 10000; ++i) {
        const QString code = QStringLiteral("71.7101.ONC.%1").arg(QString::number(100000 + i, 36).toUpper());
        if (taken.contains(code))
            continue;
        ++added;
        const QString registered = Clock::stamp(start.addSecs(i * 1700));
        bulk.insert(BulkStore::Table::Referral, {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 code,
                                                 qint64(1 + random.bounded(patients)),
                                                 QStringLiteral("71"),
                                                 QStringLiteral("ГП № 4"),
                                                 QString(),
                                                 h.id,
                                                 QStringLiteral("ONC"),
                                                 QStringLiteral("round_the_clock"),
                                                 QStringLiteral("surgical"),
                                                 QStringLiteral("gobmp"),
                                                 QStringLiteral("city"),
                                                 0,
                                                 QStringLiteral("C50.9"),
                                                 QString(),
                                                 QStringLiteral("registered"),
                                                 registered,
                                                 QVariant(),
                                                 QVariant(),
                                                 QVariant(),
                                                 QVariant(),
                                                 QVariant(),
                                                 0,
                                                 QVariant(),
                                                 QVariant(),
                                                 QString(),
                                                 QStringLiteral("bench"),
                                                 registered,
                                                 registered,
                                                 QueueKey::make(0, registered, code)});
    }
    bulk.flush();
    tx.commit();
    workspace.waitingList().recompute(h.id, QStringLiteral("ONC"));
}

namespace {

// This program's peak resident memory so far, in MB. Not getrusage(): Linux carries ru_maxrss over
// exec, so a child started by the benchmark would report the benchmark's own peak (170 MB) instead of
// its own; VmHWM belongs to the address space of the running program only.
double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// The clerk the benchmark signs in as (made with an administrator the first time, on a database that has no
// accounts yet): a senior clerk, who may both register and import files. Signing in is not what is measured:
// hashes at the lowest cost.
const QString benchLogin = QStringLiteral("bench");
const QString benchPassword = QStringLiteral("a quiet night at the bureau"); // must not contain the login
bool useAccounts = true;

void prepareAccounts(const QString& path)
{
    if (qEnvironmentVariableIsEmpty("JOLDAMA_AUDIT_KEY_FILE"))
        qputenv("JOLDAMA_AUDIT_KEY_FILE", QFile::encodeName(path + QStringLiteral(".audit-key")));
    qputenv("JOLDAMA_PASSWORD_COST", "t=1,m=8");
    if (!useAccounts)
        return;
    auto workspace = Workspace::open(DatabaseLocation::sqliteFile(path));
    if (workspace->accounts().hasAccounts())
        return;
    out << "Adding the accounts the benchmark signs in with (bench-admin, bench)…\n";
    workspace->accounts().create(QStringLiteral("bench-admin"), Role::Admin, {}, benchPassword);
    workspace->accounts().create(benchLogin, Role::Senior, {}, benchPassword);
}

void signIn(Workspace& workspace)
{
    if (workspace.accounts().hasAccounts())
        workspace.accounts().signIn(benchLogin, benchPassword);
}

int guiChild(const QString& path)
{
    // Started as a separate process: the window's times and this process's peak memory.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "joldama_bench";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QJsonObject result;
    QElapsedTimer total;
    total.start();
    prepareAccounts(path);
    auto workspace = Workspace::open(DatabaseLocation::sqliteFile(path));
    signIn(*workspace);
    // As the application: lists allowed for the signed-in clerk, searches recorded before their rows show.
    LazyTableModel::setReadGuard(
        [&workspace](const Listing& listing, const ListingRequest& request, const QString& previous) {
            ListingAccess::check(workspace->database(), workspace->clock(), listing, request, previous);
        });
    LanguageSwitcher languages;
    languages.setLanguage(Language::English);
    // Waits as the application's event loop does: asleep until an event comes (a page from a loader
    // thread, or the heartbeat), not spinning on a core the loaders need.
    QTimer heartbeat;
    heartbeat.start(1);
    // What the window never showed within 20 s ends the measure with its name: a time up to the limit would
    // read as a measurement.
    auto wait = [](const std::function<bool()>& done, const char* what) {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!done()) {
            QTextStream(stderr) << "The window did not show " << what << " within 20 s.\n";
            std::exit(3);
        }
    };
    MainWindow window(*workspace, languages);
    window.resize(1366, 800);
    window.showSection(window.referralsPage());
    window.show();
    QTableView* view = window.referralsPage()->view();
    ReferralTableModel* referrals = window.referralsPage()->model();
    wait([&] { return referrals->rowCount() > 0 && referrals->index(0, 0).data().isValid(); }, "the referrals");
    view->viewport()->repaint();
    result.insert(QStringLiteral("first_rows_ms"), double(total.nsecsElapsed()) / 1e6);
    result.insert(QStringLiteral("peak_after_start_mb"), peakMb());
    wait([&] { return referrals->isCountKnown(); }, "the referrals' count");
    result.insert(QStringLiteral("count_known_ms"), double(total.nsecsElapsed()) / 1e6);
    result.insert(QStringLiteral("rows"), double(referrals->totalCount()));
    result.insert(QStringLiteral("peak_after_count_mb"), peakMb());
    // The count may come from the running totals at once; the scan that confirms it also finds every page's
    // position, and until it has, a page far down waits for it. The scrolls start after it, as they always did.
    wait([&] { return referrals->isCountExact(); }, "the referrals' exact count");
    result.insert(QStringLiteral("count_exact_ms"), double(total.nsecsElapsed()) / 1e6);
    result.insert(QStringLiteral("exact_rows"), double(referrals->totalCount()));

    QList<double> scrolls;
    QRandomGenerator random(5);
    // A random row of the whole list, put at the top by the page's scroll bar as the clerk's drag would: the
    // model's window moves there first when the row lies outside it.
    ListScrollBar* bar = window.referralsPage()->listScrollBar();
    for (int i = 0; i < 30; ++i) {
        const int row = int(random.bounded(quint32(std::max(1, referrals->allRows() - 40))));
        QElapsedTimer t;
        t.start();
        bar->scrollToRow(row);
        const auto shown = [&](int listRow) {
            return referrals->index(listRow - referrals->windowStart(), 0).data().isValid();
        };
        wait([&] { return shown(row) && shown(row + 25); }, "the rows scrolled to");
        view->viewport()->repaint();
        scrolls << double(t.nsecsElapsed()) / 1e6;
    }
    const Stats scroll = stats(scrolls);
    result.insert(QStringLiteral("scroll_median_ms"), scroll.median);
    result.insert(QStringLiteral("scroll_p95_ms"), scroll.p95);
    result.insert(QStringLiteral("peak_after_scroll_mb"), peakMb());

    QList<double> searches;
    QList<double> referralSearches;
    const QStringList terms{QStringLiteral("Әлихан"), QStringLiteral("Иванов"), QStringLiteral("Құдай"),
                            QStringLiteral("Петров"), QStringLiteral("Өтепов"), QStringLiteral("Смирнов"),
                            QStringLiteral("Ілияс"),  QStringLiteral("Ғабдулл")};
    for (int round = 0; round < 3; ++round) {
        for (const QString& term : terms) {
            QElapsedTimer t;
            t.start();
            window.search(term);
            PatientTableModel* patients = window.searchPage()->patients();
            wait([&] { return patients->rowCount() > 0 && patients->index(0, 0).data().isValid(); },
                 "the patients found");
            window.searchPage()->patientView()->viewport()->repaint();
            searches << double(t.nsecsElapsed()) / 1e6;
            // The referrals of those patients follow in the second list.
            ReferralTableModel* found = window.searchPage()->referrals();
            wait(
                [&] {
                    return (found->rowCount() > 0 && found->index(0, 0).data().isValid()) ||
                           (found->isCountKnown() && found->totalCount() == 0);
                },
                "the referrals of the patients found");
            window.searchPage()->referralView()->viewport()->repaint();
            referralSearches << double(t.nsecsElapsed()) / 1e6;
        }
    }
    const Stats search = stats(searches);
    result.insert(QStringLiteral("search_median_ms"), search.median);
    result.insert(QStringLiteral("search_p95_ms"), search.p95);
    const Stats referralSearch = stats(referralSearches);
    result.insert(QStringLiteral("search_referrals_median_ms"), referralSearch.median);
    result.insert(QStringLiteral("search_referrals_p95_ms"), referralSearch.p95);
    result.insert(QStringLiteral("peak_rss_mb"), peakMb());
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--no-accounts") == 0)
            useAccounts = false;
    }
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--gui-child") == 0)
            return guiChild(QString::fromLocal8Bit(argv[i + 1]));
        if (qstrcmp(argv[i], "--load-worker") == 0)
            return PostgresBench::loadWorker(argc, argv);
    }
    // Printouts lay out text with real fonts: a GUI application, on the offscreen platform.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("database file, or postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE"),
          QStringLiteral("PATH"), QStringLiteral("joldama-bench.sqlite")},
         {QStringLiteral("patients"), QStringLiteral("patients to generate"), QStringLiteral("N"),
          QStringLiteral("500000")},
         {QStringLiteral("referrals"), QStringLiteral("referrals to generate"), QStringLiteral("M"),
          QStringLiteral("1000000")},
         {QStringLiteral("iterations"), QStringLiteral("samples per operation"), QStringLiteral("K"),
          QStringLiteral("200")},
         {QStringLiteral("only"), QStringLiteral("measure only the operations whose name contains TEXT"),
          QStringLiteral("TEXT")},
         {QStringLiteral("skip-gui"), QStringLiteral("do not measure the window")},
         {QStringLiteral("no-accounts"),
          QStringLiteral("measure a database without user accounts (no sign-in, no audit log)")},
         {QStringLiteral("show-sql"), QStringLiteral("PostgreSQL: print the statements each operation sends")},
         {QStringLiteral("skip-load"), QStringLiteral("PostgreSQL: do not measure workstations registering")},
         {QStringLiteral("load-clients"), QStringLiteral("PostgreSQL: workstations registering at once"),
          QStringLiteral("N"), QStringLiteral("4")},
         {QStringLiteral("load-rate"), QStringLiteral("PostgreSQL: registrations per second of each workstation"),
          QStringLiteral("N"), QStringLiteral("50")},
         {QStringLiteral("load-one-queue"),
          QStringLiteral("PostgreSQL: every registration into one queue (7102 THR), the worst case")},
         {QStringLiteral("load-seconds"), QStringLiteral("PostgreSQL: how long they register"), QStringLiteral("S"),
          QStringLiteral("30")}});
    parser.process(app);
    onlyOperations = parser.value(QStringLiteral("only"));
    const QString path = parser.value(QStringLiteral("db"));
    const int iterations = parser.value(QStringLiteral("iterations")).toInt();
    if (path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://")))
        return PostgresBench::run(parser);

    if (!QFileInfo::exists(path)) {
        out << "Generating " << parser.value(QStringLiteral("referrals")) << " referrals into " << path
            << " (seed 7)…\n";
        out.flush();
        auto workspace = Workspace::open(DatabaseLocation::sqliteFile(path));
        DemoDataGenerator::Options options;
        options.patients = parser.value(QStringLiteral("patients")).toLongLong();
        options.referrals = parser.value(QStringLiteral("referrals")).toLongLong();
        options.seed = 7;
        QElapsedTimer t;
        t.start();
        DemoDataGenerator(workspace->database(), workspace->clock(), options)
            .run([&](qint64 done, qint64 total, const QString& stage) {
                QTextStream(stderr) << '\r' << stage << ' ' << done << '/' << total << "   ";
            });
        out << "\nGenerated in " << t.elapsed() / 1000 << " s\n";
    }
    prepareAccounts(path);
    auto workspace = Workspace::open(DatabaseLocation::sqliteFile(path));
    signIn(*workspace);
    out << (workspace->accounts().isSignedIn()
                ? QStringLiteral("Signed in as the clerk %1: role checks and the audit log in every measure.\n")
                      .arg(benchLogin)
                : QStringLiteral("Without user accounts: no sign-in, no audit log.\n"));
    ensureBigQueue(*workspace);
    Database& db = workspace->database();
    Raw raw(path);
    QRandomGenerator random(3);

    qint64 referralCount = 0;
    {
        sqlite3_stmt* s = raw.prepare(QStringLiteral("SELECT count(*) FROM referral"));
        Raw::step(s);
        referralCount = sqlite3_column_int64(s, 0);
        sqlite3_reset(s);
    }
    out << "\nDatabase: " << path << ", " << referralCount << " referrals\n\n";
    out << "| Operation | Joldama median | Joldama p95 | Raw median | Raw p95 | Joldama/raw | Target "
           "|\n|---|---|---|---|---|---|---|\n";

    // Codes to look up: a sample of all referrals.
    QStringList codes;
    {
        sqlite3_stmt* s = raw.prepare(QStringLiteral("SELECT code FROM referral WHERE id % 997 = 0 LIMIT 2000"));
        while (Raw::step(s) == SQLITE_ROW)
            codes << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    }
    auto code = [&](int i) { return codes.at(i % codes.size()); };

    // The raw side runs the statements Joldama's store runs, through the C API: the ratio is the cost of
    // Joldama's own layers (statement handling, values, domain objects), not of a different query plan.
    const QString referralByCode = QStringLiteral(
        "SELECT r.id, r.uid, r.code, r.patient_id, r.referring_region, r.referring_org, r.referring_doctor, "
        "r.hospital_id, "
        "h.code, h.name, r.profile_code, r.care_form, r.purpose, r.funding, r.territory, r.priority, r.diagnosis_code, "
        "r.diagnosis_name, r.status, r.registered_at, r.scheduled_date, r.preliminary_date, r.hospitalized_on, "
        "r.discharged_on, r.emergency, r.emergency_source, r.transferred_from_id, r.notes, r.source, r.quota_profile, "
        "r.quota_year, r.quota_region, r.queue_key FROM referral r JOIN hospital h ON h.id = r.hospital_id WHERE "
        "r.code = ?");

    // 1. Lookup by code: the referral, its place and date, the documents to bring, the bureau's phone.
    const auto rawLookup = [&](int i) {
        sqlite3_stmt* s = raw.prepare(referralByCode);
        Raw::bind(s, 1, code(i));
        QString status, region, key;
        qint64 hospital = 0;
        QString profile;
        if (Raw::step(s) == SQLITE_ROW) {
            Raw::readRow(s);
            status = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 18)));
            hospital = sqlite3_column_int64(s, 7);
            profile = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 10)));
            key = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 32)));
        }
        sqlite3_reset(s);
        if (status == QLatin1String("registered") || status == QLatin1String("scheduled")) {
            for (const char* sql :
                 {"SELECT count(*) FROM referral WHERE hospital_id = ? AND profile_code = ? AND status IN "
                  "('registered', 'scheduled') AND deleted = 0 AND queue_key < ?",
                  "SELECT count(*) FROM referral WHERE hospital_id = ? AND profile_code = ? AND status IN "
                  "('registered', 'scheduled') AND deleted = 0"}) {
                sqlite3_stmt* c = raw.prepare(QString::fromLatin1(sql));
                sqlite3_bind_int64(c, 1, hospital);
                Raw::bind(c, 2, profile);
                if (QByteArray(sql).contains("queue_key"))
                    Raw::bind(c, 3, key);
                Raw::drain(c);
            }
        }
        Raw::drain(
            raw.prepare(QStringLiteral("SELECT code, name_kk, name_ru, name_en, validity_days, required, active FROM "
                                       "document_type WHERE active = 1 ORDER BY sort_order, code")));
        sqlite3_stmt* h =
            raw.prepare(QStringLiteral("SELECT id, uid, code, name, region_code, address, phone, kind, active, demo "
                                       "FROM hospital WHERE id = ?"));
        sqlite3_bind_int64(h, 1, hospital);
        if (Raw::step(h) == SQLITE_ROW)
            region = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(h, 4)));
        sqlite3_reset(h);
        sqlite3_stmt* c =
            raw.prepare(QStringLiteral("SELECT id, uid, region_code, area_code, phone, note, updated_on FROM "
                                       "regional_contact WHERE deleted = 0 AND region_code = ? ORDER BY id"));
        Raw::bind(c, 1, region);
        Raw::drain(c);
    };
    compare(
        QStringLiteral("lookup by code"), iterations, [&](int i) { (void)workspace->waitingList().lookup(code(i)); },
        rawLookup, QStringLiteral("≤ 2"));
    // The same lookup counted for the usage counters as the CLI and the window count it (UsageService: in memory,
    // written in a short transaction at most every half minute); the raw side does not count at all.
    compare(
        QStringLiteral("lookup by code, counted"), iterations,
        [&](int i) {
            (void)workspace->waitingList().lookup(code(i));
            workspace->usage().countLookup();
        },
        rawLookup, QStringLiteral("≤ 2"));

    // 2. Queue position and preliminary date of one referral.
    compare(
        QStringLiteral("position + preliminary date"), iterations,
        [&](int i) {
            const std::optional<Referral> r = workspace->referrals().find(code(i));
            if (r)
                (void)workspace->waitingList().position(*r);
        },
        [&](int i) {
            sqlite3_stmt* s = raw.prepare(referralByCode);
            Raw::bind(s, 1, code(i));
            if (Raw::step(s) == SQLITE_ROW) {
                Raw::readRow(s);
                const qint64 hospital = sqlite3_column_int64(s, 7);
                const QString profile = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 10)));
                const QString key = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 32)));
                const QString status = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 18)));
                sqlite3_reset(s);
                if (status == QLatin1String("registered") || status == QLatin1String("scheduled")) {
                    sqlite3_stmt* c = raw.prepare(
                        QStringLiteral("SELECT count(*) FROM referral WHERE hospital_id = ? AND profile_code = "
                                       "? AND status IN ('registered', 'scheduled') AND deleted = 0 AND "
                                       "queue_key < ?"));
                    sqlite3_bind_int64(c, 1, hospital);
                    Raw::bind(c, 2, profile);
                    Raw::bind(c, 3, key);
                    Raw::drain(c);
                }
            } else {
                sqlite3_reset(s);
            }
        },
        QStringLiteral("≤ 2"));

    // 3–4. The big waiting list: first page and a deep page, by keyset.
    const Hospital big = *HospitalStore(db).findByCode(QStringLiteral("7101"));
    ListingRequest queueRequest;
    queueRequest.filters.insert(QStringLiteral("hospital_id"), big.id);
    queueRequest.filters.insert(QStringLiteral("profile_code"), QStringLiteral("ONC"));
    const ListingReader queueReader(db, Listings::waitingList(), queueRequest);
    qint64 queueLength = 0;
    QList<ListingCursor> boundaries;
    queueReader.scan(LazyTableModel::PageSize, &queueLength, &boundaries, {});
    const QString queueSql =
        QStringLiteral("SELECT r.id, r.queue_key, r.code, p.last_name || ' ' || p.first_name || CASE WHEN "
                       "p.middle_name = '' THEN '' ELSE ' ' || "
                       "p.middle_name END, p.iin, r.registered_at, r.preliminary_date, r.scheduled_date, r.status, "
                       "r.documents_ok, r.priority FROM "
                       "referral r LEFT JOIN patient p ON p.id = r.patient_id WHERE r.status IN ('registered', "
                       "'scheduled') AND r.deleted = 0 AND "
                       "r.hospital_id = ? AND r.profile_code = ? %1 ORDER BY r.queue_key, r.id LIMIT 256");
    compare(
        QStringLiteral("waiting list, first page"), iterations,
        [&](int) { (void)queueReader.fetch(std::nullopt, 256); },
        [&](int) {
            sqlite3_stmt* s = raw.prepare(queueSql.arg(QString()));
            sqlite3_bind_int64(s, 1, big.id);
            Raw::bind(s, 2, QStringLiteral("ONC"));
            Raw::drain(s);
        },
        QStringLiteral("≤ 2"));
    compare(
        QStringLiteral("waiting list, deep page"), iterations,
        [&](int i) { (void)queueReader.fetch(boundaries.at(boundaries.size() - 1 - (i % 10)), 256); },
        [&](int i) {
            const ListingCursor& c = boundaries.at(boundaries.size() - 1 - (i % 10));
            sqlite3_stmt* s = raw.prepare(queueSql.arg(QStringLiteral("AND (r.queue_key, r.id) > (?, ?)")));
            sqlite3_bind_int64(s, 1, big.id);
            Raw::bind(s, 2, QStringLiteral("ONC"));
            Raw::bind(s, 3, c.sortValue.toString());
            sqlite3_bind_int64(s, 4, c.id);
            Raw::drain(s);
        },
        QStringLiteral("≤ 2"));

    // 5. Name-prefix search, Kazakh and Russian: what the search box asks for. Both sides read as the store
    // does (PatientsByName): the word's distinct terms one index seek each, their runs of patient_term merged in
    // alphabetical order up to the page, then those patients' rows.
    for (const QString& term : {QStringLiteral("Әлихан"), QStringLiteral("Иванов")}) {
        const QString word = NameText::searchTerms(term).value(0);
        const QString end = NameText::prefixEnd(word);
        compare(
            QStringLiteral("name search «%1»").arg(term), iterations / 4,
            [&](int) { (void)workspace->patients().search(term, 50); },
            [&](int) {
                QStringList terms;
                sqlite3_stmt* first = raw.prepare(
                    QStringLiteral("SELECT term FROM patient_term WHERE term >= ? AND term < ? ORDER BY term LIMIT 1"));
                sqlite3_stmt* next = raw.prepare(
                    QStringLiteral("SELECT term FROM patient_term WHERE term > ? AND term < ? ORDER BY term LIMIT 1"));
                Raw::bind(first, 1, word);
                Raw::bind(first, 2, end);
                sqlite3_stmt* s = first;
                while (Raw::step(s) == SQLITE_ROW) {
                    terms << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
                    sqlite3_reset(s);
                    s = next;
                    sqlite3_reset(s);
                    Raw::bind(s, 1, terms.last());
                    Raw::bind(s, 2, end);
                }
                sqlite3_reset(s);
                QStringList arms;
                for (int i = 0; i < terms.size(); ++i)
                    arms << QStringLiteral("SELECT t.name_sort_key, t.patient_id FROM patient_term t WHERE t.term = ?");
                sqlite3_stmt* merged =
                    raw.prepare(arms.join(QStringLiteral(" UNION ALL ")) +
                                (terms.size() == 1 ? QStringLiteral(" ORDER BY t.name_sort_key, t.patient_id LIMIT 50")
                                                   : QStringLiteral(" ORDER BY 1, 2 LIMIT 50")));
                for (int i = 0; i < terms.size(); ++i)
                    Raw::bind(merged, i + 1, terms.at(i));
                QList<qint64> ids;
                while (Raw::step(merged) == SQLITE_ROW) {
                    const qint64 id = sqlite3_column_int64(merged, 1);
                    if (ids.isEmpty() || ids.last() != id)
                        ids << id;
                }
                QStringList marks;
                for (int i = 0; i < ids.size(); ++i)
                    marks << QStringLiteral("?");
                sqlite3_stmt* rows = raw.prepare(
                    QStringLiteral("SELECT p.id, p.uid, p.iin, p.last_name, p.first_name, p.middle_name, p.birth_date, "
                                   "p.sex, p.phone, p.address, p.region_code, p.clinic, p.insured, p.benefit FROM "
                                   "patient p WHERE p.deleted = 0 AND p.id IN (%1)")
                        .arg(marks.join(QStringLiteral(", "))));
                for (int i = 0; i < ids.size(); ++i)
                    sqlite3_bind_int64(rows, i + 1, ids.at(i));
                Raw::drain(rows);
            },
            QStringLiteral("≤ 2"));
    }

    // 6. Dashboard counters.
    compare(
        QStringLiteral("dashboard counters"), iterations, [&](int) { (void)workspace->dashboard().summary(); },
        [&](int) {
            Raw::drain(raw.prepare(QStringLiteral("SELECT status, n FROM tally_status WHERE n <> 0")));
            for (int k = 0; k < 2; ++k) {
                sqlite3_stmt* s = raw.prepare(
                    QStringLiteral("SELECT coalesce(sum(n), 0) FROM tally_registered_day WHERE day >= ? AND day <= ?"));
                Raw::bind(s, 1, QDate::currentDate().toString(Qt::ISODate));
                Raw::bind(s, 2, QDate::currentDate().toString(Qt::ISODate));
                Raw::drain(s);
            }
            Raw::drain(raw.prepare(
                QStringLiteral("SELECT profile_code, registered_day, n FROM tally_waiting WHERE n > 0 ORDER BY "
                               "profile_code, registered_day")));
            sqlite3_stmt* b = raw.prepare(
                QStringLiteral("SELECT b.hospital_id, b.profile_code, b.care_form, b.total, b.occupied, b.reserved, "
                               "b.for_date FROM (SELECT hospital_id, profile_code, care_form, max(for_date) AS latest "
                               "FROM bed_status WHERE for_date <= ? GROUP BY hospital_id, profile_code, care_form) m "
                               "JOIN bed_status b ON b.hospital_id = m.hospital_id AND b.profile_code = "
                               "m.profile_code AND b.care_form = m.care_form AND b.for_date = m.latest"));
            Raw::bind(b, 1, QDate::currentDate().toString(Qt::ISODate));
            Raw::drain(b);
            Raw::drain(raw.prepare(QStringLiteral("SELECT h.id, h.code, h.name, h.region_code, p.code, p.care_form "
                                                  "FROM hospital_profile hp JOIN hospital h ON h.id = "
                                                  "hp.hospital_id JOIN bed_profile p ON p.code = hp.profile_code WHERE "
                                                  "hp.active = 1 AND h.active = 1 AND h.deleted = 0 "
                                                  "ORDER BY h.region_code, h.name_sort_key, h.code, p.sort_order")));
        },
        QStringLiteral("≤ 20 ms"));

    // 7. One durable registration (synchronous=FULL): commits per second.
    if (wanted(QStringLiteral("durable registration"))) {
        const QString iin = [&] {
            sqlite3_stmt* s = raw.prepare(QStringLiteral("SELECT iin FROM patient WHERE region_code = '71' LIMIT 1"));
            Raw::step(s);
            const QString v = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
            sqlite3_reset(s);
            return v;
        }();
        const int n = std::max(20, iterations / 4);
        ReferralService::Registration in;
        in.iin = iin;
        in.hospitalCode = QStringLiteral("7102");
        in.profileCode = QStringLiteral("THR");
        in.diagnosisCode = QStringLiteral("I10");
        in.notes = QStringLiteral("benchmark registration");
        // The same patient is registered again and again: each after the first is a second place in the profile,
        // which Joldama accepts only with a reason.
        in.secondReferralReason = QStringLiteral("benchmark registration");
        QList<double> ours, theirs;
        const qint64 hospital = HospitalStore(db).findByCode(QStringLiteral("7102"))->id;
        // Both sides' registrations are removed before (an interrupted run may have left some) and after:
        // queues that grew by every run would time a different queue each run. The raw rows go to another
        // profile's queue, so that rows without planned dates do not make Joldama plan its queue anew.
        const auto removeRegistered = [&] {
            static const char* const ids =
                "SELECT id FROM referral WHERE hospital_id = (SELECT id FROM hospital WHERE code = '7102') AND "
                "((profile_code = 'CAR' AND source = 'bench-raw') OR (profile_code = 'THR' AND notes = "
                "'benchmark registration'))";
            for (const char* table : {"referral_document", "referral_event"})
                raw.exec(QStringLiteral("DELETE FROM %1 WHERE referral_id IN (%2)")
                             .arg(QLatin1String(table), QLatin1String(ids))
                             .toUtf8()
                             .constData());
            raw.exec(
                QStringLiteral("DELETE FROM referral WHERE id IN (%1)").arg(QLatin1String(ids)).toUtf8().constData());
            workspace->waitingList().recompute(hospital, QStringLiteral("THR"));
        };
        removeRegistered();
        // Alternate the two: the disk's flush time drifts over seconds, and both must see the same disk.
        for (int i = 0; i < n; ++i) {
            ours << elapsedMs([&] { workspace->referrals().registerReferral(in); });
            theirs << elapsedMs([&] {
                raw.exec("BEGIN IMMEDIATE");
                const QString now = Clock::stamp(QDateTime::currentDateTime());
                const QString codeText =
                    QStringLiteral("71.7102.CAR.R%1")
                        .arg(QString::number(QRandomGenerator::global()->generate64() % 3656158440062976ULL, 36)
                                 .toUpper());
                sqlite3_stmt* s =
                    raw.prepare(QStringLiteral("INSERT INTO referral (uid, code, patient_id, referring_region, "
                                               "hospital_id, profile_code, care_form, purpose, funding, "
                                               "territory, priority, diagnosis_code, diagnosis_name, status, "
                                               "registered_at, created_at, updated_at, queue_key, source) "
                                               "VALUES (?, ?, 1, '71', ?, 'CAR', 'round_the_clock', 'conservative', "
                                               "'gobmp', 'city', 0, 'I10', '', 'registered', ?, ?, ?, "
                                               "?, 'bench-raw')"));
                Raw::bind(s, 1, QUuid::createUuid().toString(QUuid::WithoutBraces));
                Raw::bind(s, 2, codeText);
                sqlite3_bind_int64(s, 3, hospital);
                Raw::bind(s, 4, now);
                Raw::bind(s, 5, now);
                Raw::bind(s, 6, now);
                Raw::bind(s, 7, QueueKey::make(0, now, codeText));
                Raw::step(s);
                sqlite3_reset(s);
                sqlite3_stmt* e = raw.prepare(
                    QStringLiteral("INSERT INTO referral_event (uid, referral_id, happened_at, actor, to_status) "
                                   "VALUES (?, ?, ?, 'bench', 'registered')"));
                Raw::bind(e, 1, QUuid::createUuid().toString(QUuid::WithoutBraces));
                sqlite3_bind_int64(e, 2, sqlite3_last_insert_rowid(raw.handle()));
                Raw::bind(e, 3, now);
                Raw::step(e);
                sqlite3_reset(e);
                raw.exec("COMMIT");
            });
        }
        auto perSecond = [](const Stats& s) {
            return Stats{s.median > 0 ? 1000.0 / s.median : 0, s.p95 > 0 ? 1000.0 / s.p95 : 0};
        };
        report({QStringLiteral("durable registration"), QStringLiteral("commits/s"), perSecond(stats(ours)),
                perSecond(stats(theirs)), true, QStringLiteral("≥ 0.5 of raw")});
        removeRegistered();
    }

    // 8. Import of the open data: rows per second, through the importer and through raw inserts.
    if (wanted(QStringLiteral("open-data import"))) {
        // Codes ZZZ… and ZZY… are far beyond any demo sequence. The rows both sides import, removed before (an
        // interrupted run may have left them) and after.
        const auto removeImported = [&] {
            raw.exec("DELETE FROM referral_event WHERE referral_id IN (SELECT id FROM referral WHERE source IN "
                     "('bench-raw', 'opendata') "
                     "AND hospital_id = (SELECT id FROM hospital WHERE code = '7103'))");
            raw.exec("DELETE FROM referral WHERE source IN ('bench-raw', 'opendata') AND hospital_id = (SELECT id FROM "
                     "hospital WHERE "
                     "code = '7103')");
        };
        removeImported();
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("opendata.csv"));
        // Large enough that the fastest side's time is not lost in the noise of starting it.
        const int rows = 100000;
        {
            QFile f(csv);
            f.open(QIODevice::WriteOnly);
            f.write("hospitalization_code,referring_mo,hospital_mo,icd10_ref_diag_code,diagnosis_name,bed_profile,"
                    "registration_dt,"
                    "planned_dt,polyclinic_dt,hospitalization_dt,refusal_dt,territorial_type,referral_purpose,finance_"
                    "source,sdu_load_date\n");
            for (int i = 0; i < rows; ++i)
                f.write(
                    QStringLiteral(
                        "71.7103.PED.ZZZ%1,\"ГП \"\"№4\"\"\",Городская детская больница,J35.0,Хронический тонзиллит,"
                        "Педиатрические,2026-10-%2 09:%3:00,,,,,Город,Консервативное лечение,ГОБМП,2026-11-01\n")
                        .arg(QString::number(i, 36).toUpper())
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                        .toUtf8());
        }
        const auto importOurs = [&] {
            QFile in(csv);
            in.open(QIODevice::ReadOnly);
            OpenDataService(db).importReferrals(&in);
        };
        // Raw: the same file parsed line by line into the same rows (referral and its first event), in one
        // transaction as Joldama's import.
        const qint64 hospital = HospitalStore(db).findByCode(QStringLiteral("7103"))->id;
        const auto importRaw = [&] {
            QFile f(csv);
            f.open(QIODevice::ReadOnly);
            f.readLine();
            raw.exec("BEGIN IMMEDIATE");
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine());
                const QString codeText =
                    line.section(QLatin1Char(','), 0, 0).replace(QStringLiteral(".ZZZ"), QStringLiteral(".ZZY"));
                const QString registered = Clock::stamp(
                    QDateTime::fromString(line.section(QLatin1Char(','), 6, 6), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
                sqlite3_stmt* s =
                    raw.prepare(QStringLiteral("INSERT INTO referral (uid, code, referring_region, referring_org, "
                                               "hospital_id, profile_code, care_form, purpose, "
                                               "funding, territory, priority, diagnosis_code, diagnosis_name, status, "
                                               "registered_at, created_at, updated_at, "
                                               "queue_key, source) VALUES (?, ?, '71', ?, ?, 'PED', 'round_the_clock', "
                                               "'conservative', 'gobmp', 'city', 0, "
                                               "'J35.0', ?, 'registered', ?, ?, ?, ?, 'bench-raw')"));
                Raw::bind(s, 1, QUuid::createUuid().toString(QUuid::WithoutBraces));
                Raw::bind(s, 2, codeText);
                Raw::bind(s, 3, QStringLiteral("ГП \"№4\""));
                sqlite3_bind_int64(s, 4, hospital);
                Raw::bind(s, 5, QStringLiteral("Хронический тонзиллит"));
                Raw::bind(s, 6, registered);
                Raw::bind(s, 7, registered);
                Raw::bind(s, 8, registered);
                Raw::bind(s, 9, QueueKey::make(0, registered, codeText));
                Raw::step(s);
                sqlite3_reset(s);
                sqlite3_stmt* e = raw.prepare(
                    QStringLiteral("INSERT INTO referral_event (uid, referral_id, happened_at, actor, to_status) "
                                   "VALUES (?, ?, ?, 'bench', 'registered')"));
                Raw::bind(e, 1, QUuid::createUuid().toString(QUuid::WithoutBraces));
                sqlite3_bind_int64(e, 2, sqlite3_last_insert_rowid(raw.handle()));
                Raw::bind(e, 3, registered);
                Raw::step(e);
                sqlite3_reset(e);
            }
            raw.exec("COMMIT");
        };
        // The limit the issue measures against: what `sqlite3 FILE ".import --csv CSV t"` does, a new table of
        // the file's columns as text in an empty database, one transaction, through the C API (the shell's own
        // loop: read a field, bind it, step). And the shell itself when it is installed (apt install sqlite3).
        const auto importCsvApi = [&] {
            QTemporaryDir target;
            sqlite3* t = nullptr;
            sqlite3_open_v2(target.filePath(QStringLiteral("import.sqlite")).toUtf8().constData(), &t,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
            QFile f(csv);
            f.open(QIODevice::ReadOnly);
            const QByteArray data = f.readAll();
            // RFC 4180 fields of one record from position p; false at the end.
            qsizetype p = 0;
            QList<QByteArray> fields;
            const auto record = [&] {
                fields.clear();
                if (p >= data.size())
                    return false;
                QByteArray field;
                bool quoted = false;
                while (p < data.size()) {
                    const char c = data.at(p++);
                    if (quoted) {
                        if (c == '"' && p < data.size() && data.at(p) == '"') {
                            field += '"';
                            ++p;
                        } else if (c == '"') {
                            quoted = false;
                        } else {
                            field += c;
                        }
                    } else if (c == '"') {
                        quoted = true;
                    } else if (c == ',') {
                        fields << field;
                        field.clear();
                    } else if (c == '\n') {
                        break;
                    } else if (c != '\r') {
                        field += c;
                    }
                }
                fields << field;
                return true;
            };
            record();
            QStringList columns;
            for (const QByteArray& name : std::as_const(fields))
                columns << QStringLiteral("\"%1\" TEXT").arg(QString::fromUtf8(name));
            const QByteArray create =
                QStringLiteral("CREATE TABLE t (%1)").arg(columns.join(QStringLiteral(", "))).toUtf8();
            sqlite3_exec(t, create.constData(), nullptr, nullptr, nullptr);
            QStringList marks;
            for (qsizetype i = 0; i < fields.size(); ++i)
                marks << QStringLiteral("?");
            const QByteArray insert =
                QStringLiteral("INSERT INTO t VALUES (%1)").arg(marks.join(QStringLiteral(", "))).toUtf8();
            sqlite3_stmt* s = nullptr;
            sqlite3_prepare_v2(t, insert.constData(), -1, &s, nullptr);
            sqlite3_exec(t, "BEGIN", nullptr, nullptr, nullptr);
            while (record()) {
                for (qsizetype i = 0; i < fields.size(); ++i)
                    sqlite3_bind_text(s, int(i + 1), fields.at(i).constData(), int(fields.at(i).size()),
                                      SQLITE_TRANSIENT);
                Raw::step(s);
                sqlite3_reset(s);
            }
            sqlite3_exec(t, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_finalize(s);
            sqlite3_close(t);
        };
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        const auto importCsvShell = [&] {
            QTemporaryDir target;
            QProcess sqlite;
            sqlite.start(shell, {target.filePath(QStringLiteral("import.sqlite")),
                                 QStringLiteral(".import --csv %1 t").arg(csv)});
            sqlite.waitForFinished(120000);
        };
        // A bureau's first day: the same file into a new database (its schema and reference data made first,
        // not timed), where the import builds the referral indexes once after the rows instead of row by row.
        const auto importOursIntoNew = [&] {
            QTemporaryDir target;
            auto fresh = Workspace::open(DatabaseLocation::sqliteFile(target.filePath(QStringLiteral("new.sqlite"))));
            QFile in(csv);
            in.open(QIODevice::ReadOnly);
            ::sync();
            QElapsedTimer timer;
            timer.start();
            OpenDataService(fresh->database()).importReferrals(&in);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            fresh->database().waitForCheckpoint();
            return ms;
        };
        // Three rounds, the sides taking turns to go first: a single import is at the mercy of a WAL checkpoint
        // falling inside it. Each run starts with the disk written out (sync, not timed): a commit's fsync on ext4
        // also writes what earlier runs left in the page cache, up to three times the run's own commit.
        QList<double> ours, oursNew, theirs, csvApi, csvShell;
        const auto timed = [](const std::function<void()>& work) {
            ::sync();
            return elapsedMs(work);
        };
        for (int round = 0; round < 3; ++round) {
            removeImported();
            // The import is over once it is durable; the copy of its WAL into the file that follows on a thread of
            // its own is waited for before anything else is measured.
            if (round % 2) {
                theirs << timed(importRaw);
                ours << timed(importOurs);
                db.waitForCheckpoint();
            } else {
                ours << timed(importOurs);
                db.waitForCheckpoint();
                theirs << timed(importRaw);
            }
            oursNew << importOursIntoNew();
            csvApi << timed(importCsvApi);
            if (!shell.isEmpty())
                csvShell << timed(importCsvShell);
        }
        const auto perSecond = [rows](const Stats& s) {
            // Rows per second of the median and of the slowest round (the "p95" of three).
            return Stats{rows / (s.median / 1000.0), rows / (s.p95 / 1000.0)};
        };
        report({QStringLiteral("open-data import (%1 rows, 3 rounds)").arg(rows), QStringLiteral("rows/s"),
                perSecond(stats(ours)), perSecond(stats(theirs)), true, QStringLiteral("≥ 0.5 of raw")});
        // Against the limit: the raw side of these rows is the file loaded as text into an empty table.
        report({QStringLiteral("open-data import vs sqlite3 .import, C API (empty table)"), QStringLiteral("rows/s"),
                perSecond(stats(ours)), perSecond(stats(csvApi)), true, QStringLiteral("≥ 0.15 of .import")});
        if (!shell.isEmpty())
            report({QStringLiteral("open-data import vs the sqlite3 shell's .import (empty table)"),
                    QStringLiteral("rows/s"), perSecond(stats(ours)), perSecond(stats(csvShell)), true,
                    QStringLiteral("≥ 0.15 of .import")});
        report({QStringLiteral("open-data import into a new database vs sqlite3 .import, C API"),
                QStringLiteral("rows/s"), perSecond(stats(oursNew)), perSecond(stats(csvApi)), true,
                QStringLiteral("≥ 0.15 of .import")});
        if (!shell.isEmpty())
            report({QStringLiteral("open-data import into a new database vs the sqlite3 shell's .import"),
                    QStringLiteral("rows/s"), perSecond(stats(oursNew)), perSecond(stats(csvShell)), true,
                    QStringLiteral("≥ 0.15 of .import")});
        // Leave the database as it was for the next run.
        removeImported();
    }

    // 9. The 10,000-row waiting list to PDF, internal version (names and IIN): laid out, paginated and
    // written with its fonts. The raw side reads the same rows in the same order (the part SQLite can do).
    if (wanted(QStringLiteral("queue list to PDF"))) {
        QTemporaryDir dir;
        QList<double> ours, theirs;
        int pages = 0;
        for (int i = 0; i < 3; ++i) {
            ours << elapsedMs([&] {
                const std::unique_ptr<TableDocument> list =
                    QueuePrintout::build(*workspace, QStringLiteral("7101"), QStringLiteral("ONC"),
                                         QueuePrintout::Version::Internal, Language::Russian);
                pages = PdfExport::write(*list, PrintSetup().pageLayout(), dir.filePath(QStringLiteral("queue.pdf")));
            });
            theirs << elapsedMs([&] {
                sqlite3_stmt* s = raw.prepare(queueSql.arg(QString()).replace(QStringLiteral(" LIMIT 256"), QString()));
                sqlite3_bind_int64(s, 1, big.id);
                Raw::bind(s, 2, QStringLiteral("ONC"));
                Raw::drain(s);
            });
        }
        report({QStringLiteral("queue list to PDF (%1 rows, %2 pages)").arg(queueLength).arg(pages),
                QStringLiteral("ms"), stats(ours), stats(theirs), false, QStringLiteral("≤ 3000 ms")});
    }

    // The raw side's registrations and the removed import rows went round Joldama's running totals: count
    // them again, or every run would leave the dashboard further off.
    {
        WriteTransaction transaction(workspace->database());
        TallyStore(workspace->database()).rebuild();
        transaction.commit();
    }

    // 10. The audit log's check: a million entries, on a database of their own made the first time.
    if (wanted(QStringLiteral("audit verify"))) {
        const QString auditPath = path + QStringLiteral(".audit-1m.sqlite");
        const qint64 wantedEntries = 1000000;
        if (!QFileInfo::exists(auditPath)) {
            out << "Generating an audit log of " << wantedEntries << " entries into " << auditPath << "…\n";
            out.flush();
            auto audit = Workspace::open(DatabaseLocation::sqliteFile(auditPath));
            audit->accounts().create(QStringLiteral("bench-admin"), Role::Admin, {}, benchPassword);
            Database& auditDb = audit->database();
            QElapsedTimer t;
            t.start();
            const QDateTime start = QDateTime::currentDateTime();
            for (qint64 done = AuditStore(auditDb).count(); done < wantedEntries;) {
                WriteTransaction transaction(auditDb);
                for (int i = 0; i < 20000 && done < wantedEntries; ++i, ++done) {
                    AuditEntry e;
                    e.at = Clock::stamp(start.addMSecs(done * 10));
                    e.action = done % 5 == 0 ? QStringLiteral("search") : QStringLiteral("view");
                    e.objectType = QStringLiteral("patient");
                    e.objectId = QStringLiteral("9001153%1").arg(done % 100000, 5, 10, QLatin1Char('0'));
                    e.patientIin = e.objectId;
                    e.details =
                        done % 5 == 0 ? QStringLiteral("{\"text\":\"Сейтқали\",\"limit\":200}") : QStringLiteral("{}");
                    AuditStore(auditDb).append(e);
                }
                transaction.commit();
                QTextStream(stderr) << '\r' << done << '/' << wantedEntries << "   ";
            }
            out << "\nGenerated in " << t.elapsed() / 1000 << " s\n";
        }
        auto audit = Workspace::open(DatabaseLocation::sqliteFile(auditPath));
        audit->accounts().signIn(QStringLiteral("bench-admin"), benchPassword);
        QList<double> seconds;
        qint64 entries = 0;
        for (int i = 0; i < 3; ++i) {
            const AuditService::Result r = audit->audit().verify();
            if (!r.intact)
                qFatal("the benchmark's audit log does not verify: %s", qPrintable(r.message));
            seconds << r.seconds;
            entries = r.entries;
        }
        report({QStringLiteral("audit verify (%1 entries)").arg(entries),
                QStringLiteral("s"),
                stats(seconds),
                {},
                false,
                QStringLiteral("< 10 s")});
    }

    // 11. The window, in a child process of its own: times to paint, and peak memory.
    if (!parser.isSet(QStringLiteral("skip-gui")) && wanted(QStringLiteral("window"))) {
        workspace.reset();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    QStringList{QStringLiteral("--gui-child"), path} +
                        (useAccounts ? QStringList{} : QStringList{QStringLiteral("--no-accounts")}));
        const bool finished = child.waitForFinished(300000);
        const QJsonObject gui =
            QJsonDocument::fromJson(child.readAllStandardOutput().trimmed().split('\n').last()).object();
        if (!finished || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || gui.isEmpty()) {
            out << "\nThe window's measures failed: " << QString::fromLocal8Bit(child.readAllStandardError()).trimmed()
                << (finished ? QString() : QStringLiteral(" (no answer within 5 minutes)")) << "\n";
            out.flush();
            return 1;
        }
        out << "\n| Window (offscreen) | Measured | Target |\n|---|---|---|\n";
        out << QStringLiteral("| start to first painted referrals | %1 ms | ≤ 300 ms |\n")
                   .arg(gui.value(QStringLiteral("first_rows_ms")).toDouble(), 0, 'f', 0);
        out << QStringLiteral("| row count known (%2 rows) | %1 ms | — |\n")
                   .arg(gui.value(QStringLiteral("count_known_ms")).toDouble(), 0, 'f', 0)
                   .arg(qint64(gui.value(QStringLiteral("rows")).toDouble()));
        out << QStringLiteral("| … confirmed by the scan, every page's position known (%2 rows) | %1 ms | — |\n")
                   .arg(gui.value(QStringLiteral("count_exact_ms")).toDouble(), 0, 'f', 0)
                   .arg(qint64(gui.value(QStringLiteral("exact_rows")).toDouble()));
        out << QStringLiteral("| scroll to a random row and paint | median %1 ms, p95 %2 ms | ≤ 50 ms |\n")
                   .arg(gui.value(QStringLiteral("scroll_median_ms")).toDouble(), 0, 'f', 1)
                   .arg(gui.value(QStringLiteral("scroll_p95_ms")).toDouble(), 0, 'f', 1);
        out << QStringLiteral("| search to painted result (patients) | median %1 ms, p95 %2 ms | ≤ 50 ms |\n")
                   .arg(gui.value(QStringLiteral("search_median_ms")).toDouble(), 0, 'f', 1)
                   .arg(gui.value(QStringLiteral("search_p95_ms")).toDouble(), 0, 'f', 1);
        out << QStringLiteral("| … and the found referrals painted | median %1 ms, p95 %2 ms | — |\n")
                   .arg(gui.value(QStringLiteral("search_referrals_median_ms")).toDouble(), 0, 'f', 1)
                   .arg(gui.value(QStringLiteral("search_referrals_p95_ms")).toDouble(), 0, 'f', 1);
        out << QStringLiteral("| peak memory while browsing | %1 MB | ≤ 150 MB |\n")
                   .arg(gui.value(QStringLiteral("peak_rss_mb")).toDouble(), 0, 'f', 0);
        out << QStringLiteral("| … the peak after start, count, scrolling | %1 / %2 / %3 MB | — |\n")
                   .arg(gui.value(QStringLiteral("peak_after_start_mb")).toDouble(), 0, 'f', 0)
                   .arg(gui.value(QStringLiteral("peak_after_count_mb")).toDouble(), 0, 'f', 0)
                   .arg(gui.value(QStringLiteral("peak_after_scroll_mb")).toDouble(), 0, 'f', 0);
    }
    return 0;
}
