#include "PasswordHash.h"

#include "OperationError.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sodium.h>

namespace PasswordHash {

namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw OperationError(
            OperationError::Kind::Storage,
            QCoreApplication::translate("PasswordHash", "The cryptography library (libsodium) could not start."));
}

// The UTF-8 bytes of a password, wiped when it goes.
class Secret
{
public:
    explicit Secret(const QString& text)
        : m_bytes(text.toUtf8())
    {}
    ~Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

QString Cost::text() const
{
    return QStringLiteral("t=%1,m=%2").arg(iterations).arg(memoryBytes / 1024);
}

bool Cost::fromText(const QString& text, Cost* cost)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*t\\s*=\\s*(\\d+)\\s*,\\s*m\\s*=\\s*(\\d+)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    Cost c;
    c.iterations = m.captured(1).toULongLong();
    c.memoryBytes = m.captured(2).toULongLong() * 1024;
    if (c.iterations < crypto_pwhash_OPSLIMIT_MIN || c.memoryBytes < crypto_pwhash_MEMLIMIT_MIN ||
        c.iterations > crypto_pwhash_OPSLIMIT_MAX)
        return false;
    *cost = c;
    return true;
}

Cost configuredCost()
{
    Cost cost;
    const QString text = qEnvironmentVariable("JOLDAMA_PASSWORD_COST");
    if (!text.isEmpty() && !Cost::fromText(text, &cost))
        qWarning("JOLDAMA_PASSWORD_COST=\"%s\" is not t=N,m=KiB; using the recommended cost", qPrintable(text));
    return cost;
}

QString hash(const QString& password, const Cost& cost)
{
    ensureSodium();
    const Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), cost.iterations, size_t(cost.memoryBytes),
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw OperationError(OperationError::Kind::Storage,
                             QCoreApplication::translate("PasswordHash",
                                                         "There is not enough memory to protect the password (%1 MiB "
                                                         "needed). Close other programs and try again.")
                                 .arg(cost.memoryBytes >> 20));
    return QString::fromLatin1(out);
}

bool verify(const QString& stored, const QString& password)
{
    ensureSodium();
    const QByteArray hashText = stored.toLatin1();
    if (hashText.isEmpty() || hashText.size() >= crypto_pwhash_STRBYTES)
        return false;
    const Secret secret(password);
    return crypto_pwhash_str_verify(hashText.constData(), secret.data(), secret.size()) == 0;
}

bool needsRehash(const QString& stored, const Cost& cost)
{
    ensureSodium();
    const QByteArray hashText = stored.toLatin1();
    return crypto_pwhash_str_needs_rehash(hashText.constData(), cost.iterations, size_t(cost.memoryBytes)) != 0;
}

void spendVerifyTime(const QString& password)
{
    static const QString decoy = hash(QStringLiteral("no such account"), configuredCost());
    (void)verify(decoy, password);
}

} // namespace PasswordHash
