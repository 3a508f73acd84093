#pragma once

#include "services/RecordExport.h"

#include <QIODevice>
#include <functional>

class CliRun;

namespace CliOutput {
// Writes to -o FILE through QSaveFile (the file appears only when complete, never half-written) or to
// standard output. write returns how many records it wrote.
int write(CliRun& run, const std::function<qint64(QIODevice*)>& write);
// --format csv|json (csv when absent); a usage error otherwise.
RecordExport::Format exportFormat(const CliRun& run);
} // namespace CliOutput
