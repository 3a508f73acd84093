#include "DatabaseMove.h"

#include "Workspace.h"
#include "domain/OperationError.h"
#include "store/WriteTransaction.h"

#include <QElapsedTimer>
#include <QFileInfo>

qint64 DatabaseMove::Report::rows(const QString& table) const
{
    for (const DatabaseTransfer::Table& t : tables) {
        if (t.name == table)
            return t.rows;
    }
    return 0;
}

DatabaseMove::DatabaseMove(Workspace& target)
    : m_target(target)
{}

DatabaseMove::Report DatabaseMove::from(const QString& sqliteFile,
                                        const std::function<void(const QString&, qint64)>& progress)
{
    Database& target = m_target.database();
    if (target.dialect().isSqlite())
        throw OperationError(OperationError::Kind::Invalid,
                             tr("A database moves onto a server: give the server's database with --db "
                                "postgresql://…. To copy a database file, make a backup of it or copy the file."),
                             QStringLiteral("db"));
    if (!QFileInfo(sqliteFile).isFile())
        throw OperationError(OperationError::Kind::NotFound,
                             tr("There is no database file %1. Check the path.").arg(sqliteFile),
                             QStringLiteral("file"));
    QElapsedTimer timer;
    timer.start();
    // Opening brings the file to this version of the schema, as the window would.
    std::unique_ptr<Workspace> source = Workspace::open(DatabaseLocation::sqliteFile(sqliteFile), m_target.clock());
    DatabaseTransfer transfer(source->database(), target);
    Report report;
    WriteTransaction transaction(target, m_target.clock());
    if (transfer.targetHasWork())
        throw OperationError(OperationError::Kind::Conflict,
                             tr("The server's database already holds patients, referrals or user accounts: a database "
                                "is moved only into a new one. Create an empty database on the server, run "
                                "joldama-cli --db postgresql://… init on it, and move into that."));
    report.tables = transfer.tables();
    transfer.copy(report.tables, progress);
    for (const DatabaseTransfer::Table& table : std::as_const(report.tables)) {
        qint64 there = 0;
        qint64 here = 0;
        const QByteArray moved = DatabaseTransfer::digest(target, table, &there);
        const QByteArray original = DatabaseTransfer::digest(source->database(), table, &here);
        if (there != here || moved != original)
            throw OperationError(OperationError::Kind::Storage,
                                 tr("The table %1 differs on the server after the move (%2 rows in the file, %3 on the "
                                    "server). Nothing was moved; report the problem.")
                                     .arg(table.name)
                                     .arg(here)
                                     .arg(there));
    }
    transaction.commit();
    report.milliseconds = timer.elapsed();
    return report;
}
