#include "AuditCommands.h"

#include "Cli.h"
#include "CliOptions.h"
#include "domain/DisplayFormat.h"
#include "domain/Iin.h"
#include "services/AuditService.h"
#include "services/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// A day given as YYYY-MM-DD or dd.MM.yyyy, as the instant its local midnight begins (stored UTC form).
QString dayStart(const CliRun& run, const QString& option, int addDays)
{
    const QString text = run.value(option);
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        day = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
    if (!day.isValid())
        throw CliUsageError(QStringLiteral("--%1 needs a date such as 2026-11-16, not \"%2\".").arg(option, text));
    return Clock::stamp(QDateTime(day.addDays(addDays), QTime(0, 0)));
}

QJsonValue jsonOrText(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return text;
}

QJsonObject entryJson(const AuditEntry& e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("at"), e.at},
                       {QStringLiteral("user"), e.login},
                       {QStringLiteral("role"), e.role},
                       {QStringLiteral("workstation"), e.workstation},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("outcome"), e.outcome},
                       {QStringLiteral("patient"), e.patientIin},
                       {QStringLiteral("object_type"), e.objectType},
                       {QStringLiteral("object_id"), e.objectId},
                       {QStringLiteral("details"), jsonOrText(e.details)}};
}

int runAuditList(CliRun& run)
{
    AuditStore::Filter filter;
    filter.login = run.value(QStringLiteral("user")).trimmed().toLower();
    if (run.isSet(QStringLiteral("patient"))) {
        const Iin iin = Iin::parse(run.value(QStringLiteral("patient")));
        if (!iin.isValid())
            throw CliUsageError(QStringLiteral("--patient needs a valid IIN: %1").arg(iin.problemText()));
        filter.patientIin = iin.digits();
    }
    filter.action = run.value(QStringLiteral("action"));
    if (run.isSet(QStringLiteral("since")))
        filter.since = dayStart(run, QStringLiteral("since"), 0);
    if (run.isSet(QStringLiteral("until")))
        filter.until = dayStart(run, QStringLiteral("until"), 1);
    filter.limit = run.intValue(QStringLiteral("limit"), 1000);
    AuditService& audit = run.workspace().audit();
    const QList<AuditEntry> entries = audit.list(filter);
    if (run.json()) {
        QJsonArray array;
        for (const AuditEntry& e : entries) {
            QJsonObject o = entryJson(e);
            if (e.changeFrom <= e.changeTo) {
                QJsonArray changes;
                for (const AuditStore::ChangeRow& c : audit.changesOf(e))
                    changes.append(QJsonObject{{QStringLiteral("id"), c.id},
                                               {QStringLiteral("entity"), c.entity},
                                               {QStringLiteral("uid"), c.uid},
                                               {QStringLiteral("change"), c.change},
                                               {QStringLiteral("row_version"), c.rowVersion},
                                               {QStringLiteral("actor"), c.actor},
                                               {QStringLiteral("fields"), jsonOrText(c.fields)}});
                o.insert(QStringLiteral("changes"), changes);
            }
            array.append(o);
        }
        run.printJson(array);
        return Cli::Success;
    }
    QList<QStringList> rows;
    for (const AuditEntry& e : entries) {
        QString what = e.objectType.isEmpty() ? QString() : e.objectType + QLatin1Char(' ') + e.objectId;
        if (e.action == AuditActions::Change) {
            QStringList parts;
            for (const AuditStore::ChangeRow& c : audit.changesOf(e))
                parts << c.entity + QLatin1Char(' ') + c.change;
            parts.removeDuplicates();
            what = parts.join(QStringLiteral(", "));
        } else if (e.details != QLatin1String("{}")) {
            what += (what.isEmpty() ? QString() : QStringLiteral(" ")) + e.details;
        }
        rows << QStringList{QString::number(e.seq),
                            DisplayFormat::dateTimeFromStored(e.at),
                            e.login.isEmpty() ? QStringLiteral("—") : e.login,
                            e.workstation,
                            e.action,
                            e.outcome,
                            e.patientIin.isEmpty() ? QStringLiteral("—") : e.patientIin,
                            what.trimmed()};
    }
    run.printTable({QStringLiteral("SEQ"), QStringLiteral("WHEN"), QStringLiteral("USER"),
                    QStringLiteral("WORKSTATION"), QStringLiteral("ACTION"), QStringLiteral("OUTCOME"),
                    QStringLiteral("PATIENT"), QStringLiteral("WHAT")},
                   rows);
    return Cli::Success;
}

int runAuditVerify(CliRun& run)
{
    std::optional<AuditAnchor> anchor;
    if (run.isSet(QStringLiteral("anchor"))) {
        QFile file(run.value(QStringLiteral("anchor")));
        if (!file.open(QIODevice::ReadOnly))
            throw OperationError(OperationError::Kind::NotFound,
                                 QStringLiteral("Cannot read the checkpoint %1: %2. Check the path.")
                                     .arg(file.fileName(), file.errorString()));
        anchor = AuditAnchor::fromJson(file.readAll());
    }
    const AuditService::Result r = run.workspace().audit().verify(anchor);
    if (run.json()) {
        QJsonObject o{{QStringLiteral("intact"), r.intact},
                      {QStringLiteral("entries"), r.entries},
                      {QStringLiteral("verified"), r.verified},
                      {QStringLiteral("first_bad"), r.firstBad > 0 ? QJsonValue(r.firstBad) : QJsonValue()},
                      {QStringLiteral("problem"), r.problem.isEmpty() ? QJsonValue() : QJsonValue(r.problem)},
                      {QStringLiteral("message"), r.message},
                      {QStringLiteral("unsealed_changes"), r.unsealedChanges},
                      {QStringLiteral("seconds"), r.seconds}};
        if (r.anchor)
            o.insert(QStringLiteral("anchor"), QJsonObject{{QStringLiteral("entries"), r.anchor->entries},
                                                           {QStringLiteral("written_at"), r.anchor->writtenAt},
                                                           {QStringLiteral("written_by"), r.anchor->writtenBy}});
        run.printJson(o);
    } else {
        (r.intact ? run.out() : run.err()) << r.message << '\n';
        if (r.unsealedChanges > 0)
            run.out() << r.unsealedChanges
                      << " change(s) after the last entry were written outside Joldama; the next change made in "
                         "Joldama seals them.\n";
    }
    return r.intact ? Cli::Success : Cli::Failure;
}

int runAuditAnchor(CliRun& run)
{
    if (!run.isSet(QStringLiteral("output")))
        throw CliUsageError(QStringLiteral("audit anchor needs -o FILE: the checkpoint is meant to be kept apart."));
    const AuditAnchor anchor = run.workspace().audit().anchor();
    QSaveFile file(run.value(QStringLiteral("output")));
    const QByteArray json = QJsonDocument(anchor.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        throw OperationError(OperationError::Kind::Storage,
                             QStringLiteral("Cannot write the checkpoint to %1: %2. Choose another file.")
                                 .arg(file.fileName(), file.errorString()));
    run.out() << "Checkpoint of " << anchor.entries << " entries written to " << file.fileName() << " (key "
              << anchor.keyFingerprint << "). Keep it away from this computer.\n";
    return Cli::Success;
}

} // namespace

void addAuditCommands(Cli& cli)
{
    cli.add({QStringLiteral("audit list"),
             QString(),
             QStringLiteral("the audit log, oldest first (seq, at, user, role, workstation, action, outcome, patient, "
                            "object_type, object_id, details, changes)"),
             {QCommandLineOption(QStringLiteral("user"), QStringLiteral("only this account's entries"),
                                 QStringLiteral("LOGIN")),
              QCommandLineOption(QStringLiteral("patient"),
                                 QStringLiteral("only what concerns this patient, changes included"),
                                 QStringLiteral("IIN")),
              QCommandLineOption(QStringLiteral("action"), QStringLiteral("only this action (view, search, change …)"),
                                 QStringLiteral("ACTION")),
              QCommandLineOption(QStringLiteral("since"), QStringLiteral("from this day"), QStringLiteral("DATE")),
              QCommandLineOption(QStringLiteral("until"), QStringLiteral("up to this day, inclusive"),
                                 QStringLiteral("DATE")),
              QCommandLineOption(QStringLiteral("limit"), QStringLiteral("at most the N latest entries (default 1000)"),
                                 QStringLiteral("N")),
              CliOptions::json()},
             0,
             0,
             true,
             runAuditList});
    cli.add({QStringLiteral("audit verify"),
             QString(),
             QStringLiteral("check the audit chain; exit 0 when intact, 1 naming the first bad entry"),
             {QCommandLineOption(QStringLiteral("anchor"),
                                 QStringLiteral("a checkpoint from audit anchor: also tells a cut-off tail"),
                                 QStringLiteral("FILE")),
              CliOptions::json()},
             0,
             0,
             true,
             runAuditVerify});
    cli.add({QStringLiteral("audit anchor"),
             QString(),
             QStringLiteral("write a signed checkpoint of the audit log (entries and head) to keep elsewhere"),
             {CliOptions::output()},
             0,
             0,
             true,
             runAuditAnchor});
}
