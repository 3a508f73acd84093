// Fuzzes `import patients` through PatientService::importCsv on a fresh database for every input. Beyond no
// crash, hang or undefined behaviour: a file with a bad row and without skipping bad rows imports nothing, and
// importing the same file again (skipping bad rows) adds no patient twice.
#include "FuzzSupport.h"
#include "domain/OperationError.h"
#include "services/PatientService.h"

#include <QBuffer>

namespace {
ImportReport import(PatientService& service, QByteArray& bytes, bool skipBad)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return service.importCsv(&buffer, skipBad);
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
    PatientService service(*database, FuzzSupport::fixedClock());
    const FuzzSupport::Contents before = FuzzSupport::contents(*database);
    try {
        const ImportReport strict = import(service, bytes, false);
        const FuzzSupport::Contents afterStrict = FuzzSupport::contents(*database);
        if (!strict.badRows.isEmpty() && afterStrict != before)
            FuzzSupport::fail("a file with a bad row imports nothing");
        if (afterStrict.patients != before.patients + strict.imported)
            FuzzSupport::fail("every patient reported imported is in the database");
        const ImportReport lenient = import(service, bytes, true);
        const FuzzSupport::Contents afterLenient = FuzzSupport::contents(*database);
        if (afterLenient.patients != afterStrict.patients + lenient.imported)
            FuzzSupport::fail("every patient reported imported is in the database");
        if (strict.committed && lenient.imported != 0)
            FuzzSupport::fail("a second import of the same file adds nobody");
        const ImportReport again = import(service, bytes, true);
        if (again.imported != 0)
            FuzzSupport::fail("a second import of the same file adds nobody");
    } catch (const OperationError&) {
        // Refused with a message for the clerk (an unreadable header, a locked database): nothing half-written.
        if (FuzzSupport::contents(*database).patients < before.patients)
            FuzzSupport::fail("an import never removes a patient");
    }
    return 0;
}
