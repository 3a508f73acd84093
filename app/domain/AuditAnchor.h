#pragma once

#include "AuditChain.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A signed checkpoint of the audit log: how many entries it had and the mac of the last one, signed with
// Ed25519 (the key pair derived from the audit key). Kept away from the database — printed, at the bureau, on
// a USB archive — it tells a log whose last entries were cut off (the chain alone cannot), and, since the head
// is fixed, a chain rewritten even by someone holding the key. Anyone can check its signature with the public
// key it names; `audit verify --anchor` also checks that the key is this database's.
struct AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    static inline const QString format = QStringLiteral("joldama-audit-anchor-1");

    QString database; // the database's audit id
    qint64 entries = 0;
    QString head; // the mac of entry `entries`
    QString writtenAt;
    QString writtenBy;
    QString keyFingerprint;
    QByteArray publicKey;
    QByteArray signature;

    void sign(const AuditKey& key);
    bool signatureValid() const;
    QJsonObject toJson() const;
    // Throws OperationError(Invalid) naming what is wrong with the file's contents.
    static AuditAnchor fromJson(const QByteArray& json);

private:
    QByteArray signedBytes() const;
};
