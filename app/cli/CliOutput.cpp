#include "CliOutput.h"

#include "Cli.h"
#include "CliText.h"

#include <QFile>
#include <QSaveFile>

namespace CliOutput {

int write(CliRun& run, const std::function<qint64(QIODevice*)>& write)
{
    if (run.isSet(QStringLiteral("output"))) {
        QSaveFile file(run.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly)) {
            run.err()
                << CliText::tr("Cannot write %1: %2. Choose another path.").arg(file.fileName(), file.errorString())
                << '\n';
            return Cli::Failure;
        }
        const qint64 count = write(&file);
        if (!file.commit()) {
            run.err()
                << CliText::tr("Cannot finish %1: %2. Nothing was written.").arg(file.fileName(), file.errorString())
                << '\n';
            return Cli::Failure;
        }
        run.err() << CliText::tr("%n record(s) written to %1", nullptr, int(count)).arg(file.fileName()) << '\n';
        return Cli::Success;
    }
    run.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Cli::Failure;
    write(&out);
    out.flush();
    return Cli::Success;
}

RecordExport::Format exportFormat(const CliRun& run)
{
    const QString format =
        run.isSet(QStringLiteral("format")) ? run.value(QStringLiteral("format")) : QStringLiteral("csv");
    if (format == QLatin1String("csv"))
        return RecordExport::Format::Csv;
    if (format == QLatin1String("json"))
        return RecordExport::Format::Json;
    throw CliUsageError(QStringLiteral("--format is csv or json, not \"%1\".").arg(format));
}

} // namespace CliOutput
