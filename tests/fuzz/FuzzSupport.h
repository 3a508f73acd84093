#pragma once

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/Listing.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

// What the fuzz targets share (tests/fuzz/README.md): Qt started once, the input as bytes, and a database that
// is the same for every input, so that a crash found once replays from its file alone.
namespace FuzzSupport {

// A QCoreApplication for the SQL driver and the catalogues; call from LLVMFuzzerInitialize.
void startQt();

// The fuzzer's input, copied (libFuzzer's buffer is read-only and may not outlive the call).
QByteArray bytes(const std::uint8_t* data, std::size_t size);

// What a database holds, counted through the stores: a failed or cancelled import must leave it as it was.
struct Contents
{
    qint64 referrals = 0;
    qint64 patients = 0;
    qint64 hospitals = 0;
    qint64 profiles = 0;
    qint64 diagnoses = 0;
    bool operator==(const Contents&) const = default;
};
Contents contents(const Database& database);

// Stops the run with a message libFuzzer keeps next to the input that broke the rule.
[[noreturn]] void fail(const char* rule, const QString& details = {});

// The moment every fuzz run happens at, so that nothing depends on the day it runs.
const Clock& fixedClock();

// A migrated and seeded SQLite file, made once per process in a temporary folder (in memory under /dev/shm
// where there is one: every commit is synced to disk); fresh() copies it to a working file and opens that,
// so an input never sees what an earlier input imported.
class TemplateDatabase
{
public:
    static TemplateDatabase& instance();
    std::unique_ptr<Database> fresh();

private:
    TemplateDatabase();

    QString m_folder;
    QString m_template;
    QString m_working;
};

} // namespace FuzzSupport
