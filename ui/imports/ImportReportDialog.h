#pragma once

#include <QCoreApplication>

struct ImportReport;
class QWidget;

// Shows what an import did: the summary, and every refused row with its line and reason.
class ImportReportDialog
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportDialog)

public:
    static void show(QWidget* parent, const QString& title, const ImportReport& report);
};
