#pragma once

#include "AuditEntry.h"

#include <QByteArray>
#include <QString>

#include <memory>

// The keyed hash chain that makes the audit log tamper-evident: mac(n) = HMAC-SHA256(K, mac(n-1) ‖ entry n),
// over a canonical encoding of every field of the entry (each field's length, then its UTF-8 bytes, so no
// two different entries encode alike). A plain hash chain could be recomputed by anyone who can write the
// database; the key K lives outside it (AuditKeyFile), so editing, removing or reordering entries breaks the
// chain for anyone without the key. A cut-off tail leaves a shorter but consistent chain: the signed
// checkpoint (AuditAnchor) kept elsewhere tells it.
class AuditKey
{
public:
    static constexpr int size = 32;

    // A new random key.
    static AuditKey generate();
    // Null when the bytes are not a key.
    static std::unique_ptr<AuditKey> fromBytes(const QByteArray& bytes);

    AuditKey(const AuditKey& other);
    AuditKey& operator=(const AuditKey& other);
    ~AuditKey();

    const QByteArray& bytes() const { return m_bytes; }
    // Names the key without revealing it (the first 16 hex digits of its SHA-256): anchors and messages.
    QString fingerprint() const;
    // The Ed25519 key pair anchors are signed with, derived from K so that the key file is the one secret.
    QByteArray signingPublicKey() const;
    QByteArray sign(const QByteArray& message) const;

private:
    explicit AuditKey(QByteArray bytes);
    QByteArray signingSecretKey() const;

    QByteArray m_bytes;
};

namespace AuditChain {

QByteArray canonical(const AuditEntry& entry);

// HMAC-SHA256 keyed once, for many entries (a million are checked in a few seconds).
class Mac
{
public:
    explicit Mac(const AuditKey& key);
    ~Mac();
    Mac(const Mac&) = delete;
    Mac& operator=(const Mac&) = delete;
    // Hex of HMAC(K, previous ‖ canonical(entry)); previous is the previous entry's mac in hex (empty for
    // the first entry).
    QString of(const QString& previousHex, const AuditEntry& entry) const;

private:
    struct State;
    std::unique_ptr<State> m_keyed;
};

// SHA-256 over the change_log rows an entry seals, in id order, each row's fields encoded like an entry's.
class ChangeDigest
{
public:
    ChangeDigest();
    ~ChangeDigest();
    ChangeDigest(const ChangeDigest&) = delete;
    ChangeDigest& operator=(const ChangeDigest&) = delete;
    void add(const QStringList& rowFields);
    bool isEmpty() const { return m_rows == 0; }
    QString hex(); // ends the digest

private:
    struct State;
    std::unique_ptr<State> m_state;
    qint64 m_rows = 0;
};

// Checks an Ed25519 signature (anchors).
bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

} // namespace AuditChain
