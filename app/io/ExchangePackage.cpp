#include "ExchangePackage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace {
const QByteArray shaPrefix = QByteArrayLiteral("SHA-256 ");
const QByteArray hmacPrefix = QByteArrayLiteral("HMAC-SHA256 ");

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isHex64(const QByteArray& text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

// Compares in time independent of where the first difference lies, so timing does not reveal a signature.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool isWholeNumber(const QJsonValue& value, double minimum)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return d >= minimum && d <= 9007199254740992.0 && d == double(qint64(d));
}

bool isName(const QString& text)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return name.match(text).hasMatch();
}

Q_DECL_COLD_FUNCTION ExchangePackage::Reading refused(ExchangePackage::Problem problem, const QString& reason = {})
{
    ExchangePackage::Reading reading;
    reading.problem = problem;
    reading.reason = reason.isEmpty() ? ExchangePackage::problemText(problem) : reason;
    return reading;
}
} // namespace

const QByteArray& ExchangePackage::header()
{
    static const QByteArray text = QByteArrayLiteral("JOLDAMA-PACKAGE 1");
    return text;
}

QString ExchangePackage::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("The file is empty.");
    case Problem::NotAPackage:
        return tr("The file is not a Joldama exchange package.");
    case Problem::NewerFormat:
        return tr("The package was made by a newer Joldama. Update Joldama on this computer, then import it again.");
    case Problem::Damaged:
        return tr("The package is incomplete or damaged (its checksum does not match): it was cut short or changed on "
                  "the way. Ask for the package again.");
    case Problem::Malformed:
        return tr("The package's content does not follow the exchange format. Ask for the package again.");
    case Problem::WrongKey:
        return tr("The package's signature does not match the key of the workstation it claims to come from: it "
                  "was signed with another key or altered. Nothing was imported.");
    }
    return {};
}

QByteArray ExchangePackage::write(const Content& content, const QByteArray& key)
{
    QJsonObject manifest = content.manifest;
    QJsonObject counts = manifest.value(QStringLiteral("counts")).toObject();
    counts.insert(QStringLiteral("changes"), qint64(content.changes.size()));
    counts.insert(QStringLiteral("standing"), qint64(content.standing.size()));
    counts.insert(QStringLiteral("conflicts"), qint64(content.conflicts.size()));
    manifest.insert(QStringLiteral("counts"), counts);
    manifest.insert(QStringLiteral("format_version"), formatVersion);

    QByteArray out = header() + '\n';
    out += "M " + compact(manifest) + '\n';
    for (const QJsonObject& change : content.changes)
        out += "C " + compact(change) + '\n';
    for (const QJsonObject& standing : content.standing)
        out += "S " + compact(standing) + '\n';
    for (const QJsonObject& conflict : content.conflicts)
        out += "X " + compact(conflict) + '\n';
    const QByteArray sha = QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex();
    const QByteArray hmac = QMessageAuthenticationCode::hash(out, key, QCryptographicHash::Sha256).toHex();
    out += shaPrefix + sha + '\n';
    out += hmacPrefix + hmac + '\n';
    return out;
}

ExchangePackage::Reading ExchangePackage::read(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return refused(Problem::Empty);
    const QByteArray versionPrefix = QByteArrayLiteral("JOLDAMA-PACKAGE ");
    if (!bytes.startsWith(versionPrefix))
        return refused(Problem::NotAPackage);
    const qsizetype firstEnd = bytes.indexOf('\n');
    const QByteArray headerLine = bytes.left(firstEnd < 0 ? bytes.size() : firstEnd);
    if (headerLine != header()) {
        bool ok = false;
        const int version = headerLine.mid(versionPrefix.size()).toInt(&ok);
        if (ok && version > formatVersion)
            return refused(Problem::NewerFormat);
        return refused(Problem::NotAPackage);
    }
    // The trailer: the last two lines, hash then signature. A file cut anywhere loses or breaks them.
    if (!bytes.endsWith('\n'))
        return refused(Problem::Damaged);
    const QByteArray shaMarker = QByteArray(1, '\n') + shaPrefix;
    const qsizetype shaStart = bytes.lastIndexOf(shaMarker);
    if (shaStart < firstEnd)
        return refused(Problem::Damaged);
    Reading reading;
    reading.signedPart = bytes.left(shaStart + 1);
    const QList<QByteArray> trailer = bytes.mid(shaStart + 1).split('\n');
    if (trailer.size() != 3 || !trailer.at(2).isEmpty() || !trailer.at(0).startsWith(shaPrefix) ||
        !trailer.at(1).startsWith(hmacPrefix))
        return refused(Problem::Damaged);
    reading.sha256 = trailer.at(0).mid(shaPrefix.size());
    reading.hmac = trailer.at(1).mid(hmacPrefix.size());
    if (!isHex64(reading.sha256) || !isHex64(reading.hmac))
        return refused(Problem::Damaged);
    if (!sameBytes(QCryptographicHash::hash(reading.signedPart, QCryptographicHash::Sha256).toHex(), reading.sha256))
        return refused(Problem::Damaged);

    // Sound bytes: now every line must parse and agree with the manifest.
    const QList<QByteArray> lines = reading.signedPart.split('\n');
    bool haveManifest = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.isEmpty()) {
            if (i == lines.size() - 1)
                break; // the newline ending the last line
            return refused(Problem::Malformed);
        }
        if (line.size() < 3 || line.at(1) != ' ')
            return refused(Problem::Malformed);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.mid(2), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return refused(Problem::Malformed);
        const QJsonObject object = document.object();
        const char tag = line.at(0);
        if (!haveManifest) {
            if (tag != 'M')
                return refused(Problem::Malformed);
            reading.content.manifest = object;
            haveManifest = true;
            continue;
        }
        switch (tag) {
        case 'C':
            if (!changeProblem(object).isEmpty())
                return refused(Problem::Malformed);
            reading.content.changes << object;
            break;
        case 'S':
            reading.content.standing << object;
            break;
        case 'X':
            reading.content.conflicts << object;
            break;
        default:
            return refused(Problem::Malformed);
        }
    }
    if (!haveManifest)
        return refused(Problem::Malformed);
    const QJsonObject& manifest = reading.content.manifest;
    const int version = manifest.value(QStringLiteral("format_version")).toInt(-1);
    if (version > formatVersion)
        return refused(Problem::NewerFormat);
    const QJsonObject counts = manifest.value(QStringLiteral("counts")).toObject();
    for (const QString& key : {QStringLiteral("package"), QStringLiteral("kind"), QStringLiteral("bureau")}) {
        if (manifest.value(key).toString().isEmpty())
            return refused(Problem::Malformed);
    }
    if (version != formatVersion || !manifest.value(QStringLiteral("source")).isObject() ||
        !manifest.value(QStringLiteral("target")).isObject() ||
        counts.value(QStringLiteral("changes")).toInteger(-1) != reading.content.changes.size() ||
        counts.value(QStringLiteral("standing")).toInteger(-1) != reading.content.standing.size() ||
        counts.value(QStringLiteral("conflicts")).toInteger(-1) != reading.content.conflicts.size())
        return refused(Problem::Malformed);
    reading.problem = Problem::None;
    return reading;
}

bool ExchangePackage::verify(Reading& reading, const QByteArray& key)
{
    if (!reading.ok())
        return false;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(reading.signedPart, key, QCryptographicHash::Sha256).toHex();
    if (sameBytes(expected, reading.hmac))
        return true;
    reading.problem = Problem::WrongKey;
    reading.reason = problemText(Problem::WrongKey);
    return false;
}

QString ExchangePackage::changeProblem(const QJsonObject& change)
{
    if (!isName(change.value(QStringLiteral("entity")).toString()))
        return QStringLiteral("entity");
    const QString key = change.value(QStringLiteral("key")).toString();
    if (key.isEmpty() || key.size() > 400)
        return QStringLiteral("key");
    const QString op = change.value(QStringLiteral("op")).toString();
    if (op != QLatin1String("insert") && op != QLatin1String("update") && op != QLatin1String("delete"))
        return QStringLiteral("op");
    if (!isWholeNumber(change.value(QStringLiteral("seq")), 1) ||
        !isWholeNumber(change.value(QStringLiteral("version")), 0))
        return QStringLiteral("seq");
    const QJsonValue fields = change.value(QStringLiteral("fields"));
    if (!fields.isObject())
        return QStringLiteral("fields");
    const QJsonObject fieldObject = fields.toObject();
    for (auto it = fieldObject.constBegin(); it != fieldObject.constEnd(); ++it) {
        if (!isName(it.key()) || !it.value().isObject())
            return QStringLiteral("fields");
        const QJsonObject about = it.value().toObject();
        for (auto a = about.constBegin(); a != about.constEnd(); ++a) {
            if (!isWholeNumber(a.value(), 0))
                return QStringLiteral("fields");
        }
    }
    const QJsonValue row = change.value(QStringLiteral("row"));
    if (!row.isObject())
        return QStringLiteral("row");
    const QJsonObject rowObject = row.toObject();
    for (auto it = rowObject.constBegin(); it != rowObject.constEnd(); ++it) {
        if (!isName(it.key()))
            return QStringLiteral("row");
        const QJsonValue value = it.value();
        if (value.isArray() || value.isBool() || value.isUndefined())
            return QStringLiteral("row");
        if (value.isObject()) {
            // A reference to another record by its global key.
            const QJsonObject reference = value.toObject();
            if (reference.value(QStringLiteral("uid")).toString().isEmpty())
                return QStringLiteral("row");
            for (auto r = reference.constBegin(); r != reference.constEnd(); ++r) {
                if (!r.value().isString())
                    return QStringLiteral("row");
            }
        }
    }
    return {};
}

int ExchangePackage::fuzzRead(const char* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(data, qsizetype(size));
    Reading reading = read(bytes);
    if (reading.ok())
        verify(reading, QByteArrayLiteral("fuzzing key"));
    return 0;
}
