#include "imports/ImportReportDialog.h"

#include "services/ImportReport.h"
#include "widgets/MessageBox.h"

void ImportReportDialog::show(QWidget* parent, const QString& title, const ImportReport& report)
{
    QString text = report.summary();
    if (!report.badRows.isEmpty()) {
        QStringList lines;
        for (const ImportReport::BadRow& bad : report.badRows.mid(0, 30))
            lines << tr("line %1: %2").arg(bad.line).arg(bad.reason);
        if (report.badRows.size() > 30)
            lines << tr("… and %n more.", nullptr, int(report.badRows.size() - 30));
        text += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    }
    if (report.committed)
        MessageBox::information(parent, title, text);
    else
        MessageBox::warning(parent, title, text);
}
