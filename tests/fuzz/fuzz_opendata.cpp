// Fuzzes the import of the Bureau's open data through OpenDataService, the service the window's import job and
// `joldama-cli import opendata-*` call: fuzz_opendata_referrals with the referrals export, fuzz_opendata_waiting
// with the waiting-list export (JOLDAMA_FUZZ_WAITING_LIST). Every input is imported into the same fresh
// database. Beyond no crash, hang or undefined behaviour, the rules the README promises are checked:
// a failed import leaves the database as it was, and a second import of the same file changes nothing.
#include "FuzzSupport.h"
#include "domain/OperationError.h"
#include "services/OpenDataService.h"

#include <QBuffer>

namespace {
ImportReport import(OpenDataService& service, QByteArray& bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
#ifdef JOLDAMA_FUZZ_WAITING_LIST
    return service.importWaitingList(&buffer, QStringLiteral("fuzz.csv"));
#else
    return service.importReferrals(&buffer, QStringLiteral("fuzz.csv"));
#endif
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::startQt();
    FuzzSupport::TemplateDatabase::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes = FuzzSupport::bytes(data, size);
    const std::unique_ptr<Database> database = FuzzSupport::TemplateDatabase::instance().fresh();
    OpenDataService service(*database, FuzzSupport::fixedClock());
    const FuzzSupport::Contents before = FuzzSupport::contents(*database);
    ImportReport first;
    try {
        first = import(service, bytes);
    } catch (const OperationError&) {
        // Refused with a message for the clerk: then nothing of the file may stay behind.
        if (FuzzSupport::contents(*database) != before)
            FuzzSupport::fail("a failed import leaves the database as it was");
        return 0;
    }
    if (first.imported + first.unchanged > first.rowsRead)
        FuzzSupport::fail("no more rows imported or found present than read");
    if (!first.committed && FuzzSupport::contents(*database) != before)
        FuzzSupport::fail("an import that did not commit leaves the database as it was");
    if (first.imported > 0 && FuzzSupport::contents(*database).referrals != before.referrals + first.imported)
        FuzzSupport::fail("every referral reported imported is in the database");
    if (!first.committed)
        return 0;
    const FuzzSupport::Contents after = FuzzSupport::contents(*database);
    const ImportReport second = import(service, bytes);
    if (second.imported != 0 || FuzzSupport::contents(*database) != after)
        FuzzSupport::fail("a second import of the same file changes nothing");
    return 0;
}
