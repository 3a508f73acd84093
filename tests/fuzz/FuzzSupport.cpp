#include "FuzzSupport.h"

#include "services/Workspace.h"
#include "store/BedProfileStore.h"
#include "store/HospitalStore.h"
#include "store/IcdStore.h"
#include "store/ListingReader.h"
#include "store/Listings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

void startQt()
{
    static int argc = 1;
    static char name[] = "joldama-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* application = nullptr;
    if (!application) {
        // Keep the user's settings and data folder out of it, as the tests do.
        QStandardPaths::setTestModeEnabled(true);
        application = new QCoreApplication(argc, argv); // lives as long as the process
    }
}

QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

namespace {
qint64 countOf(const Database& database, const Listing& listing)
{
    qint64 count = 0;
    QList<ListingCursor> boundaries;
    ListingReader(database, listing, ListingRequest{}).scan(1000, &count, &boundaries, [] { return false; });
    return count;
}
} // namespace

Contents contents(const Database& database)
{
    Contents c;
    c.referrals = countOf(database, Listings::referrals());
    c.patients = countOf(database, Listings::patients());
    c.hospitals = HospitalStore(database).all().size();
    c.profiles = BedProfileStore(database).all().size();
    c.diagnoses = IcdStore(database).count();
    return c;
}

void fail(const char* rule, const QString& details)
{
    std::fprintf(stderr, "joldama fuzz: broken rule: %s\n%s\n", rule, qPrintable(details));
    std::abort();
}

const Clock& fixedClock()
{
    static const FixedClock clock(QDateTime(QDate(2026, 11, 16), QTime(10, 0)));
    return clock;
}

TemplateDatabase& TemplateDatabase::instance()
{
    static TemplateDatabase database;
    return database;
}

TemplateDatabase::TemplateDatabase()
{
    const QString base =
        QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static QTemporaryDir folder(base + QStringLiteral("/joldama-fuzz-XXXXXX"));
    if (!folder.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder under %s\n", qPrintable(base));
        std::abort();
    }
    m_folder = folder.path();
    m_template = folder.filePath(QStringLiteral("template.sqlite"));
    m_working = folder.filePath(QStringLiteral("working.sqlite"));
    // Opening migrates and loads the shipped reference data; closing checkpoints the WAL into the file.
    const std::unique_ptr<Workspace> seeded = Workspace::open(DatabaseLocation::sqliteFile(m_template), fixedClock());
}

std::unique_ptr<Database> TemplateDatabase::fresh()
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_working + QLatin1String(suffix));
    if (!QFile::copy(m_template, m_working)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(m_template));
        std::abort();
    }
    auto database = std::make_unique<Database>(DatabaseLocation::sqliteFile(m_working));
    database->open();
    return database;
}

} // namespace FuzzSupport
