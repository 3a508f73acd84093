// Fuzzes the exchange package reader (app/io/ExchangePackage), which checks a package that arrived on a USB stick,
// by e-mail or through a shared folder before anything is written: any bytes at all must be read without a crash,
// a hang or undefined behaviour, and what it accepts must be a package Joldama itself could have written: written
// again with the same key, it reads back the same and its signature holds.
#include "FuzzSupport.h"
#include "io/ExchangePackage.h"

namespace {
const QByteArray key = QByteArrayLiteral("fuzzing key");
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    ExchangePackage::Reading reading = ExchangePackage::read(bytes);
    if (!reading.ok()) {
        if (reading.reason.isEmpty())
            FuzzSupport::fail("a refused package says why");
        return 0;
    }
    if (!ExchangePackage::verify(reading, key))
        return 0;
    ExchangePackage::Reading again = ExchangePackage::read(ExchangePackage::write(reading.content, key));
    if (!again.ok() || !ExchangePackage::verify(again, key))
        FuzzSupport::fail("an accepted package written again is accepted", again.reason);
    if (again.content.changes != reading.content.changes || again.content.standing != reading.content.standing ||
        again.content.conflicts != reading.content.conflicts)
        FuzzSupport::fail("an accepted package written again holds the same changes");
    return 0;
}
