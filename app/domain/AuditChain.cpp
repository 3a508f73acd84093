#include "AuditChain.h"

#include "OperationError.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw OperationError(
            OperationError::Kind::Storage,
            QCoreApplication::translate("AuditChain", "The cryptography library (libsodium) could not start."));
}

void appendField(QByteArray& out, const QByteArray& value)
{
    char length[4];
    qToBigEndian<quint32>(quint32(value.size()), length);
    out.append(length, 4);
    out.append(value);
}

void appendField(QByteArray& out, const QString& value)
{
    appendField(out, value.toUtf8());
}

void appendField(QByteArray& out, qint64 value)
{
    appendField(out, QByteArray::number(value));
}

} // namespace

AuditKey::AuditKey(QByteArray bytes)
    : m_bytes(std::move(bytes))
{}

AuditKey::AuditKey(const AuditKey& other)
    : m_bytes(other.m_bytes)
{
    m_bytes.detach();
}

AuditKey& AuditKey::operator=(const AuditKey& other)
{
    if (this != &other) {
        if (m_bytes.isDetached())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
        m_bytes = other.m_bytes;
        m_bytes.detach();
    }
    return *this;
}

AuditKey::~AuditKey()
{
    // Only a buffer no copy shares is wiped (a copy taken through bytes() keeps its value).
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
}

AuditKey AuditKey::generate()
{
    ensureSodium();
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(size));
    return AuditKey(std::move(bytes));
}

std::unique_ptr<AuditKey> AuditKey::fromBytes(const QByteArray& bytes)
{
    if (bytes.size() != size)
        return nullptr;
    QByteArray copy = bytes;
    copy.detach();
    return std::unique_ptr<AuditKey>(new AuditKey(std::move(copy)));
}

QString AuditKey::fingerprint() const
{
    ensureSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(m_bytes.constData()),
                       static_cast<unsigned long long>(m_bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), 8).toHex());
}

QByteArray AuditKey::signingSecretKey() const
{
    ensureSodium();
    // A separate key for signing, derived from K with a label: a signature never reveals K, and the MACs
    // of the chain and the signature of anchors never use the same key.
    static const QByteArray label("joldama audit anchor signing key 1");
    unsigned char seed[crypto_sign_SEEDBYTES];
    crypto_auth_hmacsha256(seed, reinterpret_cast<const unsigned char*>(label.constData()),
                           static_cast<unsigned long long>(label.size()),
                           reinterpret_cast<const unsigned char*>(m_bytes.constData()));
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(publicKey, reinterpret_cast<unsigned char*>(secret.data()), seed);
    sodium_memzero(seed, sizeof seed);
    return secret;
}

QByteArray AuditKey::signingPublicKey() const
{
    QByteArray secret = signingSecretKey();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(publicKey.data()),
                                 reinterpret_cast<const unsigned char*>(secret.constData()));
    sodium_memzero(secret.data(), size_t(secret.size()));
    return publicKey;
}

QByteArray AuditKey::sign(const QByteArray& message) const
{
    QByteArray secret = signingSecretKey();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(secret.constData()));
    sodium_memzero(secret.data(), size_t(secret.size()));
    return signature;
}

namespace AuditChain {

QByteArray canonical(const AuditEntry& e)
{
    QByteArray out;
    out.reserve(256 + e.details.size());
    appendField(out, QByteArrayLiteral("joldama-audit-1"));
    appendField(out, e.seq);
    appendField(out, e.at);
    appendField(out, e.login);
    appendField(out, e.role);
    appendField(out, e.workstation);
    appendField(out, e.action);
    appendField(out, e.outcome);
    appendField(out, e.patientIin);
    appendField(out, e.objectType);
    appendField(out, e.objectId);
    appendField(out, e.details);
    appendField(out, e.changeFrom);
    appendField(out, e.changeTo);
    appendField(out, e.changeDigest);
    return out;
}

struct Mac::State
{
    crypto_auth_hmacsha256_state state;
};

Mac::Mac(const AuditKey& key)
    : m_keyed(std::make_unique<State>())
{
    ensureSodium();
    crypto_auth_hmacsha256_init(&m_keyed->state, reinterpret_cast<const unsigned char*>(key.bytes().constData()),
                                size_t(key.bytes().size()));
}

Mac::~Mac()
{
    sodium_memzero(m_keyed.get(), sizeof(State));
}

QString Mac::of(const QString& previousHex, const AuditEntry& entry) const
{
    // The keyed state is copied for each entry: keying HMAC costs two compressions we need not repeat.
    State s = *m_keyed;
    const QByteArray previous = QByteArray::fromHex(previousHex.toLatin1());
    const QByteArray body = canonical(entry);
    char length[4];
    qToBigEndian<quint32>(quint32(previous.size()), length);
    crypto_auth_hmacsha256_update(&s.state, reinterpret_cast<const unsigned char*>(length), 4);
    crypto_auth_hmacsha256_update(&s.state, reinterpret_cast<const unsigned char*>(previous.constData()),
                                  static_cast<unsigned long long>(previous.size()));
    crypto_auth_hmacsha256_update(&s.state, reinterpret_cast<const unsigned char*>(body.constData()),
                                  static_cast<unsigned long long>(body.size()));
    unsigned char out[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&s.state, out);
    sodium_memzero(&s, sizeof s);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

struct ChangeDigest::State
{
    crypto_hash_sha256_state state;
};

ChangeDigest::ChangeDigest()
    : m_state(std::make_unique<State>())
{
    ensureSodium();
    crypto_hash_sha256_init(&m_state->state);
}

ChangeDigest::~ChangeDigest() = default;

void ChangeDigest::add(const QStringList& rowFields)
{
    QByteArray row;
    row.reserve(256);
    appendField(row, qint64(rowFields.size()));
    for (const QString& field : rowFields)
        appendField(row, field);
    crypto_hash_sha256_update(&m_state->state, reinterpret_cast<const unsigned char*>(row.constData()),
                              static_cast<unsigned long long>(row.size()));
    ++m_rows;
}

QString ChangeDigest::hex()
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&m_state->state, out);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace AuditChain
