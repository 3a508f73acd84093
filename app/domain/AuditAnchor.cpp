#include "AuditAnchor.h"

#include "OperationError.h"

#include <QJsonDocument>

namespace {
void appendField(QByteArray& out, const QByteArray& value)
{
    out.append(QByteArray::number(value.size())).append(':').append(value).append(',');
}
} // namespace

QByteArray AuditAnchor::signedBytes() const
{
    QByteArray out;
    appendField(out, format.toUtf8());
    appendField(out, database.toUtf8());
    appendField(out, QByteArray::number(entries));
    appendField(out, head.toUtf8());
    appendField(out, writtenAt.toUtf8());
    appendField(out, writtenBy.toUtf8());
    appendField(out, keyFingerprint.toUtf8());
    appendField(out, publicKey);
    return out;
}

void AuditAnchor::sign(const AuditKey& key)
{
    keyFingerprint = key.fingerprint();
    publicKey = key.signingPublicKey();
    signature = key.sign(signedBytes());
}

bool AuditAnchor::signatureValid() const
{
    return AuditChain::verifySignature(publicKey, signedBytes(), signature);
}

QJsonObject AuditAnchor::toJson() const
{
    return QJsonObject{{QStringLiteral("format"), format},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("entries"), entries},
                       {QStringLiteral("head"), head},
                       {QStringLiteral("written_at"), writtenAt},
                       {QStringLiteral("written_by"), writtenBy},
                       {QStringLiteral("key"), keyFingerprint},
                       {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toHex())},
                       {QStringLiteral("signature"), QString::fromLatin1(signature.toHex())}};
}

AuditAnchor AuditAnchor::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        o.value(QStringLiteral("format")).toString() != format)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("This is not an audit checkpoint written by joldama-cli audit anchor. Give the file "
                                "the anchor was written to."));
    AuditAnchor a;
    a.database = o.value(QStringLiteral("database")).toString();
    a.entries = qint64(o.value(QStringLiteral("entries")).toDouble());
    a.head = o.value(QStringLiteral("head")).toString();
    a.writtenAt = o.value(QStringLiteral("written_at")).toString();
    a.writtenBy = o.value(QStringLiteral("written_by")).toString();
    a.keyFingerprint = o.value(QStringLiteral("key")).toString();
    a.publicKey = QByteArray::fromHex(o.value(QStringLiteral("public_key")).toString().toLatin1());
    a.signature = QByteArray::fromHex(o.value(QStringLiteral("signature")).toString().toLatin1());
    return a;
}
