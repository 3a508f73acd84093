#include "CliOutput.h"

#include "Cli.h"

#include <QFile>
#include <QSaveFile>

namespace CliOutput {

int write(CliRun& run, const std::function<qint64(QIODevice*)>& write)
{
    if (run.isSet(QStringLiteral("output"))) {
        QSaveFile file(run.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly)) {
            run.err() << "Cannot write " << file.fileName() << ": " << file.errorString() << ". Choose another path.\n";
            return Cli::Failure;
        }
        const qint64 count = write(&file);
        if (!file.commit()) {
            run.err() << "Cannot finish " << file.fileName() << ": " << file.errorString()
                      << ". Nothing was written.\n";
            return Cli::Failure;
        }
        run.err() << count << " record(s) written to " << file.fileName() << '\n';
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
