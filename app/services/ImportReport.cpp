#include "ImportReport.h"

namespace {
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};
} // namespace

QString ImportReport::summary() const
{
    if (cancelled)
        return ImportText::tr(
            "The import was cancelled: nothing was imported, and the database is as it was before it.");
    if (!committed)
        return ImportText::tr("Nothing was imported: %n row(s) have problems. Correct them and import the file again, "
                              "or import the good rows only.",
                              nullptr, int(badRows.size()));
    QString text = ImportText::tr("Imported %n row(s).", nullptr, int(imported));
    if (unchanged > 0)
        text += QLatin1Char(' ') + ImportText::tr("%n row(s) were already there unchanged.", nullptr, int(unchanged));
    if (!badRows.isEmpty())
        text += QLatin1Char(' ') + ImportText::tr("%n bad row(s) were skipped.", nullptr, int(badRows.size()));
    return text;
}
