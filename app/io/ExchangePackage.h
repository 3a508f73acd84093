#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// The file a workstation and its bureau exchange (.jpkg): one self-contained text file that can travel on a USB
// stick, by e-mail or through a shared folder. Line by line:
//
//     JOLDAMA-PACKAGE 1
//     M {manifest}          who made it for whom, the range of change entries, schema version, counts
//     C {change}            one per record that changed
//     S {standing}          bureau's answer: where a referral stands in the waiting list
//     X {conflict}          bureau's answer: a conflict found in the workstation's changes
//     SHA-256 <hex>         of every line above
//     HMAC-SHA256 <hex>     of the same lines, keyed with the workstation's secret
//
// JSON is written compact, so no line holds a raw line break. A package is read and checked here without any
// database: the SHA-256 finds a truncated or damaged file, the HMAC a package signed with another key, and every
// line must parse and agree with the manifest's counts, before anything is written anywhere.
//
// read() is the entry point for fuzzing: it accepts any bytes and never crashes, throws or allocates beyond the
// input's size (see fuzzRead()).
class ExchangePackage
{
    Q_DECLARE_TR_FUNCTIONS(ExchangePackage)

public:
    static constexpr int formatVersion = 1;
    static const QByteArray& header();
    static QString fileSuffix() { return QStringLiteral("jpkg"); }

    // Why a package is refused before anything is written.
    enum class Problem {
        None,
        Empty,
        NotAPackage, // another kind of file
        NewerFormat, // written by a newer Joldama
        Damaged,     // truncated or altered: the SHA-256 does not match
        Malformed,   // the hash matches but the content breaks the format
        WrongKey,    // the HMAC does not match the key of the workstation it claims to come from
    };

    struct Content
    {
        QJsonObject manifest;
        QList<QJsonObject> changes;
        QList<QJsonObject> standing;
        QList<QJsonObject> conflicts;
    };

    struct Reading
    {
        Problem problem = Problem::Empty;
        QString reason; // for the clerk, without the file's name
        Content content;
        QByteArray signedPart; // the bytes the hash and signature cover
        QByteArray sha256;     // as written (hex)
        QByteArray hmac;       // as written (hex)

        bool ok() const { return problem == Problem::None; }
    };

    // The file's bytes, signed with key.
    static QByteArray write(const Content& content, const QByteArray& key);
    // Checks the structure and the SHA-256 and parses every line; the signature is checked by verify().
    static Reading read(const QByteArray& bytes);
    // Whether the package was signed with key (constant-time comparison). Sets the problem when not.
    static bool verify(Reading& reading, const QByteArray& key);

    // Checks one change line's shape (entity, key, op, fields, row) without a database; empty when it is sound.
    static QString changeProblem(const QJsonObject& change);

    // For fuzz targets: reads and checks bytes as an import would before touching a database, with a fixed key.
    // Returns 0 always (libFuzzer's convention).
    static int fuzzRead(const char* data, size_t size);

    static QString problemText(Problem problem);
};
