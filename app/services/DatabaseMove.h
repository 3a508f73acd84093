#pragma once

#include "store/DatabaseLocation.h"
#include "store/DatabaseTransfer.h"

#include <QCoreApplication>

#include <functional>

class Workspace;

// `joldama-cli --db postgresql://… import database FILE.sqlite`: a single desk's database moves onto the
// bureau's new server database whole — every patient, referral, event, document, bed report, quota, the
// reference lists, the change log and the audit log, with their ids — in one transaction that first checks
// the server holds no clerk's work, and ends by comparing every table record by record on both sides. Any
// difference, and nothing was moved.
class DatabaseMove
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseMove)

public:
    struct Report
    {
        QList<DatabaseTransfer::Table> tables;
        qint64 rows(const QString& table) const;
        qint64 milliseconds = 0;
    };

    explicit DatabaseMove(Workspace& target);
    Report from(const QString& sqliteFile, const std::function<void(const QString&, qint64)>& progress = {});

private:
    Workspace& m_target;
};
