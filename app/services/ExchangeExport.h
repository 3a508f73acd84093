#pragma once

#include "domain/Clock.h"
#include "io/ExchangePackage.h"
#include "store/Database.h"

#include <QCoreApplication>

// Makes the content of an exchange package from the change log, read at one moment (ChangeSnapshot):
//   - a workstation's package for its bureau: every record it changed whose entries the bureau has not
//     acknowledged, as it is now, with the fields changed, the entry that last changed each, and the bureau version
//     each change is based on;
//   - the bureau's answer to one workstation: the reference lists and the workstation's own records changed since
//     the workstation last acknowledged an answer (and whole, those new to it), each with the bureau version
//     that last changed every field; where its referrals stand in the waiting lists; the conflicts found in its
//     changes.
// A package is cumulative: a lost one is covered by the next, an older one arriving late changes nothing.
// Nothing is written here.
class ExchangeExport
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeExport)

public:
    ExchangeExport(Database& database, const Clock& clock);

    struct Result
    {
        ExchangePackage::Content content;
        QByteArray key; // the secret it is signed with
        int targetCode = 0;
        qint64 answerNumber = 0; // bureau: the number of this answer
        QString packageUid;
        QString targetName;
    };

    // Throws OperationError(Invalid) when this database has not joined a bureau.
    Result forBureau();
    // Throws OperationError when this database is not a bureau or the workstation is unknown or retired.
    Result forWorkstation(const QString& nameOrCode);

private:
    QJsonObject baseManifest(const QString& kind) const;

    Database& m_database;
    const Clock& m_clock;
};
