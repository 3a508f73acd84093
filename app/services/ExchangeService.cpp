#include "ExchangeService.h"

#include "AuditService.h"
#include "Authorization.h"
#include "BureauService.h"
#include "ExchangeExport.h"
#include "ExchangeImport.h"
#include "domain/ReferralNumbers.h"
#include "io/ExchangePackage.h"
#include "store/ExchangeRecordStore.h"
#include "store/ExchangeStore.h"
#include "store/PatientStore.h"
#include "store/ReferralStore.h"
#include "store/RegionStore.h"
#include "store/Retry.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace {
QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// 32 random bytes from the operating system's generator, as hex.
QByteArray newSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toHex();
}

void writeWhole(const QString& path, const QByteArray& bytes, bool privateFile)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw OperationError(OperationError::Kind::Storage,
                             ExchangeService::tr("Cannot write %1: %2. Choose another folder.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()),
                             QStringLiteral("file"));
    if (privateFile)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // QSaveFile writes a temporary file beside the target, syncs it and renames it: a package is never seen
    // under its name half-written, whatever happens to the program or the computer meanwhile.
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw OperationError(OperationError::Kind::Storage,
                             ExchangeService::tr("Cannot finish writing %1: %2. Nothing was written; check the disk "
                                                 "and try again.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()),
                             QStringLiteral("file"));
}
} // namespace

ExchangeService::ExchangeService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

ExchangeIdentity ExchangeService::identity() const
{
    return ExchangeStore(m_database).identity();
}

EnrolmentFile ExchangeService::enroll(const QString& nameText, const QString& regionText, bool again)
{
    // Enrolling, joining and retiring set up the bureau's workstations: the administrator's, like the settings.
    Authorization::require(m_database, Permission::ManageSettings, m_clock);
    return Retry::transient(m_database, [&] { return enrollOnce(nameText, regionText, again); });
}

EnrolmentFile ExchangeService::enrollOnce(const QString& nameText, const QString& regionText, bool again)
{
    const QString name = nameText.simplified();
    if (name.isEmpty() || name.size() > 120)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("Give the workstation a name of up to 120 characters, for example the clinic's "
                                "name."),
                             QStringLiteral("name"));
    WriteTransaction transaction(m_database, m_clock);
    const ExchangeStore store(m_database);
    ExchangeIdentity identity = store.identity();
    if (identity.isWorkstation())
        throw OperationError(OperationError::Kind::Conflict,
                             tr("This database is a workstation of the bureau \"%1\"; only the bureau enrols "
                                "workstations.")
                                 .arg(identity.bureauName),
                             QStringLiteral("role"));
    QString region;
    if (!regionText.trimmed().isEmpty()) {
        region = RegionStore(m_database).resolve(regionText);
        if (region.isEmpty() || !RegionStore(m_database).find(region))
            throw OperationError(
                OperationError::Kind::Invalid,
                tr("\"%1\" is not a region. Give its two-digit KATO code, for example 71 for Astana.").arg(regionText),
                QStringLiteral("region"));
    }
    if (identity.role == ExchangeIdentity::Role::None) {
        // The first enrolment makes this database the bureau, keeping the low part of every queue's numbers.
        identity.role = ExchangeIdentity::Role::Bureau;
        identity.nodeUid = newUid();
        identity.bureauUid = identity.nodeUid;
        identity.workstationCode = 0;
        identity.codeFloor = ReferralNumbers::floorOf(0);
        identity.codeCeiling = ReferralNumbers::ceilingOf(0);
        identity.joinedAt = transaction.now();
    }
    // The name the workstations know the bureau by: its printed name, or its region's.
    const BureauService::Info info = BureauService(m_database, m_clock).info();
    identity.bureauName = info.name.isEmpty() ? tr("Bureau of Hospitalization") : info.name;
    if (identity.regionCode.isEmpty())
        identity.regionCode = info.regionCode;
    store.setIdentity(identity);

    EnrolmentFile file;
    file.bureauUid = identity.bureauUid;
    file.bureauName = identity.bureauName;
    file.workstationName = name;
    file.issuedAt = transaction.now();
    file.secret = newSecret();
    const std::optional<ExchangePeer> existing = store.peerByName(name);
    if (existing) {
        if (!again)
            throw OperationError(OperationError::Kind::Conflict,
                                 tr("A workstation named \"%1\" is already enrolled (%2). To set up its computer "
                                    "again, issue its file anew (exchange enroll \"%1\" --again); otherwise choose "
                                    "another name.")
                                     .arg(name, ExchangeIdentity::label(existing->workstationCode)),
                                 QStringLiteral("name"));
        // A reinstalled computer: the same code, a new secret, and numbers above any the bureau has seen from it
        // (with a block to spare for tickets it printed after its last package).
        file.workstationCode = existing->workstationCode;
        file.regionCode = region.isEmpty() ? existing->regionCode : region;
        file.issue = existing->issues + 1;
        file.codeFloor = ReferralNumbers::floorAfterReinstall(file.workstationCode, existing->codeHighWater);
        store.reissuePeer(file.workstationCode, file.secret, file.issue);
    } else {
        if (again)
            throw OperationError(
                OperationError::Kind::NotFound,
                tr("No workstation named \"%1\" is enrolled, so there is no file to issue again.").arg(name),
                QStringLiteral("name"));
        file.workstationCode = store.nextWorkstationCode();
        if (file.workstationCode > ReferralNumbers::maxWorkstationCode)
            throw OperationError(OperationError::Kind::Conflict,
                                 tr("This bureau has enrolled as many workstations as referral codes allow."));
        file.regionCode = region;
        file.codeFloor = ReferralNumbers::floorOf(file.workstationCode);
        ExchangePeer peer;
        peer.workstationCode = file.workstationCode;
        peer.name = name;
        peer.regionCode = region;
        peer.secret = file.secret;
        peer.enrolledAt = transaction.now();
        store.insertPeer(peer);
    }
    transaction.commit();
    return file;
}

void ExchangeService::writeEnrolment(const EnrolmentFile& file, const QString& path) const
{
    writeWhole(path, file.toBytes(), true);
}

ExchangeIdentity ExchangeService::join(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(
            OperationError::Kind::NotFound,
            tr("Cannot read %1: %2. Check the path.").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("file"));
    return join(EnrolmentFile::fromBytes(file.read(64 * 1024)));
}

ExchangeIdentity ExchangeService::join(const EnrolmentFile& file)
{
    Authorization::require(m_database, Permission::ManageSettings, m_clock);
    return Retry::transient(m_database, [&] { return joinOnce(file); });
}

ExchangeIdentity ExchangeService::joinOnce(const EnrolmentFile& file)
{
    WriteTransaction transaction(m_database, m_clock);
    const ExchangeStore store(m_database);
    const ExchangeIdentity current = store.identity();
    if (current.isBureau())
        throw OperationError(OperationError::Kind::Conflict,
                             tr("This database is a bureau with enrolled workstations; a bureau does not join "
                                "another."),
                             QStringLiteral("role"));
    if (current.isWorkstation()) {
        if (current.bureauUid != file.bureauUid)
            throw OperationError(OperationError::Kind::Conflict,
                                 tr("This database has already joined the bureau \"%1\" as %2. A database joins one "
                                    "bureau only; use a new database for another bureau.")
                                     .arg(current.bureauName, ExchangeIdentity::label(current.workstationCode)),
                                 QStringLiteral("role"));
        throw OperationError(OperationError::Kind::Conflict,
                             tr("This database has already joined the bureau \"%1\" as %2.")
                                 .arg(current.bureauName, ExchangeIdentity::label(current.workstationCode)),
                             QStringLiteral("role"));
    }
    ExchangeIdentity identity;
    identity.role = ExchangeIdentity::Role::Workstation;
    identity.nodeUid = newUid(); // this installation: a reinstalled computer is another one
    identity.bureauUid = file.bureauUid;
    identity.bureauName = file.bureauName;
    identity.workstationCode = file.workstationCode;
    identity.workstationName = file.workstationName;
    identity.regionCode = file.regionCode;
    identity.codeFloor = file.codeFloor;
    identity.codeCeiling = ReferralNumbers::ceilingOf(file.workstationCode);
    identity.joinedAt = transaction.now();
    store.setIdentity(identity);
    ExchangePeer bureau;
    bureau.workstationCode = 0;
    bureau.name = file.bureauName;
    bureau.secret = file.secret;
    bureau.enrolledAt = file.issuedAt;
    bureau.issues = file.issue;
    store.insertPeer(bureau);
    transaction.commit();
    // From now on this database's changes carry its enrolled code.
    m_database.setWorkstation(ExchangeIdentity::label(identity.workstationCode));
    return identity;
}

QList<ExchangePeer> ExchangeService::workstations() const
{
    QList<ExchangePeer> list;
    for (const ExchangePeer& p : ExchangeStore(m_database).peers()) {
        if (p.workstationCode > 0)
            list << p;
    }
    return list;
}

void ExchangeService::retire(const QString& nameOrCode)
{
    Authorization::require(m_database, Permission::ManageSettings, m_clock);
    Retry::transient(m_database, [&] { retireOnce(nameOrCode); });
}

void ExchangeService::retireOnce(const QString& nameOrCode)
{
    WriteTransaction transaction(m_database, m_clock);
    const ExchangeStore store(m_database);
    std::optional<ExchangePeer> peer = store.peerByName(nameOrCode);
    if (!peer) {
        QString code = nameOrCode.trimmed().toUpper();
        if (code.startsWith(QLatin1String("WS-")))
            code = code.mid(3);
        if (const int number = code.toInt(); number > 0)
            peer = store.peer(number);
    }
    if (!peer || peer->workstationCode == 0)
        throw OperationError(OperationError::Kind::NotFound,
                             tr("No workstation \"%1\" is enrolled with this bureau.").arg(nameOrCode),
                             QStringLiteral("workstation"));
    store.setRetired(peer->workstationCode, true);
    transaction.commit();
}

ExchangeService::Export ExchangeService::exportPackage(const QString& path, const QString& to)
{
    // A package carries patients and referrals: exported as records are (a senior clerk; never the administrator,
    // who is refused patient data), and recorded in the audit log.
    Authorization::require(m_database, Permission::ExportRecords, m_clock);
    // Made again from the start when the database asks for that: the file is replaced whole either way.
    return Retry::transient(m_database, [&] { return exportPackageOnce(path, to); });
}

ExchangeService::Export ExchangeService::exportPackageOnce(const QString& path, const QString& to)
{
    const ExchangeIdentity identity = this->identity();
    ExchangeExport exporter(m_database, m_clock);
    ExchangeExport::Result made;
    if (identity.isBureau()) {
        if (to.trimmed().isEmpty())
            throw OperationError(OperationError::Kind::Invalid,
                                 tr("Say which workstation the answer is for (--to NAME)."), QStringLiteral("to"));
        made = exporter.forWorkstation(to);
    } else {
        if (!to.trimmed().isEmpty() && identity.isWorkstation())
            throw OperationError(OperationError::Kind::Invalid,
                                 tr("A workstation's package always goes to its bureau; leave out --to."),
                                 QStringLiteral("to"));
        made = exporter.forBureau();
    }
    writeWhole(path, ExchangePackage::write(made.content, made.key), false);
    // Noted only once the file is complete.
    {
        WriteTransaction transaction(m_database, m_clock);
        ExchangeStore(m_database).noteOut(made.targetCode, transaction.now(), made.packageUid, made.answerNumber);
        AuditService(m_database, m_clock)
            .recordExport(QStringLiteral("exchange_package"), path,
                          QJsonObject{{QStringLiteral("package"), made.packageUid},
                                      {QStringLiteral("to"), made.targetName},
                                      {QStringLiteral("changes"), qint64(made.content.changes.size())}});
        transaction.commit();
    }
    Export result;
    result.path = path;
    result.packageUid = made.packageUid;
    result.target = made.targetName;
    result.changes = int(made.content.changes.size());
    result.standing = int(made.content.standing.size());
    result.conflicts = int(made.content.conflicts.size());
    const QJsonObject ranges = made.content.manifest.value(QStringLiteral("ranges")).toObject();
    result.fromSeq = ranges.value(QStringLiteral("from_seq")).toInteger();
    result.toSeq = ranges.value(QStringLiteral("to_seq")).toInteger();
    return result;
}

ExchangeReport ExchangeService::importPackage(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OperationError(
            OperationError::Kind::NotFound,
            tr("Cannot read %1: %2. Check the path.").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("file"));
    return importBytes(file.readAll(), path);
}

ExchangeReport ExchangeService::importBytes(const QByteArray& bytes, const QString& fileName)
{
    Authorization::require(m_database, Permission::ImportRecords, m_clock);
    return Retry::transient(m_database, [&] { return ExchangeImport(m_database, m_clock).run(bytes, fileName); });
}

QString ExchangeService::packageFileName(const ExchangeIdentity& from, int targetCode)
{
    return QStringLiteral("%1-to-%2-%3.%4")
        .arg(ExchangeIdentity::label(from.workstationCode), ExchangeIdentity::label(targetCode),
             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")),
             ExchangePackage::fileSuffix());
}

ExchangeService::FolderRound ExchangeService::exchangeFolder(const QString& folderPath)
{
    Authorization::require(m_database, Permission::ImportRecords, m_clock);
    Authorization::require(m_database, Permission::ExportRecords, m_clock);
    FolderRound round;
    const QDir folder(folderPath);
    if (!folder.exists())
        throw OperationError(OperationError::Kind::NotFound,
                             tr("The exchange folder %1 does not exist. Create it or choose another.")
                                 .arg(QDir::toNativeSeparators(folderPath)),
                             QStringLiteral("folder"));
    const ExchangeIdentity identity = this->identity();
    if (identity.role == ExchangeIdentity::Role::None)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("This database exchanges with no bureau yet: join one, or enrol a workstation."));
    const QString pattern = QStringLiteral("*.") + ExchangePackage::fileSuffix();
    auto packagesFor = [&](int from, int to) {
        // Only complete packages: QSaveFile's temporary files do not end in .jpkg.
        QStringList names;
        const QString prefix = from < 0 ? QString() : ExchangeIdentity::label(from) + QStringLiteral("-to-");
        const QString infix = QStringLiteral("-to-") + ExchangeIdentity::label(to) + QLatin1Char('-');
        for (const QString& name : folder.entryList({pattern}, QDir::Files, QDir::Name)) {
            if (name.contains(infix) && name.startsWith(prefix))
                names << name;
        }
        return names;
    };
    QSet<int> answered; // workstations whose packages brought changes: they get an answer now
    bool answerWithChanges = false;
    for (const QString& name : packagesFor(-1, identity.workstationCode)) {
        const QString path = folder.filePath(name);
        try {
            const ExchangeReport report = importPackage(path);
            round.imported << report;
            if (report.written && report.changes > 0) {
                answerWithChanges = true;
                answered.insert(name.section(QStringLiteral("-to-"), 0, 0).mid(3).toInt());
            }
            // Out of the way once applied (or found applied before): the folder holds only what is still to do.
            if (folder.mkpath(QStringLiteral("imported"))) {
                const QString kept = folder.filePath(QStringLiteral("imported/") + name);
                QFile::remove(kept);
                QFile::rename(path, kept);
            }
        } catch (const OperationError& e) {
            round.refused << e.message();
        }
    }
    auto leave = [&](int target, const QString& to) {
        const QStringList older = packagesFor(identity.workstationCode, target);
        round.exported << exportPackage(folder.filePath(packageFileName(identity, target)), to);
        // A package is cumulative: the new one carries all an older one not yet picked up would.
        for (const QString& name : older)
            QFile::remove(folder.filePath(name));
    };
    if (identity.isWorkstation()) {
        // Something to send, or an answer to acknowledge; nothing otherwise, so two sides never ping-pong.
        if (status().waitingChanges > 0 || answerWithChanges)
            leave(0, {});
    } else {
        for (const WorkstationStatus& w : workstationStatus()) {
            const int code = w.peer.workstationCode;
            if (w.peer.retired)
                continue;
            if (answered.contains(code) || (w.waitingForIt > 0 && packagesFor(0, code).isEmpty()))
                leave(code, QString::number(code));
        }
    }
    return round;
}

QList<ExchangeConflict> ExchangeService::conflicts(bool openOnly) const
{
    return ExchangeStore(m_database).conflicts(openOnly);
}

void ExchangeService::resolveConflict(qint64 id, const QString& resolution)
{
    Retry::transient(m_database, [&] { resolveConflictOnce(id, resolution); });
}

void ExchangeService::resolveConflictOnce(qint64 id, const QString& resolution)
{
    WriteTransaction transaction(m_database, m_clock);
    const ExchangeStore store(m_database);
    const std::optional<ExchangeConflict> c = store.conflict(id);
    if (!c)
        throw OperationError(OperationError::Kind::NotFound, tr("There is no conflict number %1.").arg(id));
    store.resolveConflict(id, m_database.actor(), resolution.trimmed(), transaction.now());
    transaction.commit();
}

QList<ParkedChange> ExchangeService::parked() const
{
    return ExchangeStore(m_database).waitingParked();
}

QList<ExchangeService::PendingReferral> ExchangeService::referralsNotAtBureau() const
{
    QList<PendingReferral> list;
    const ExchangeStore store(m_database);
    const ExchangeIdentity identity = store.identity();
    if (!identity.isWorkstation())
        return list;
    const std::optional<ExchangePeer> bureau = store.peer(0);
    const qint64 acked = bureau ? bureau->ackedSeq : 0;
    const ExchangeRecordStore records(m_database);
    const TravellingTable& table = *TravellingTables::find(QStringLiteral("referral"));
    const QStringList uids = records.ownInsertsAfter(table.name, acked);
    const QDateTime lastOut = bureau ? bureau->lastOutAt : QDateTime();
    const ReferralStore referrals(m_database);
    const PatientStore patients(m_database);
    for (const QString& uid : uids) {
        const std::optional<ExchangeRecordStore::Located> located = records.locate(table, uid);
        if (!located)
            continue;
        const std::optional<Referral> r = referrals.find(located->id);
        if (!r)
            continue;
        PendingReferral p;
        p.code = r->code;
        if (const std::optional<Patient> patient = patients.find(r->patientId))
            p.patient = patient->fullName();
        p.registeredAt = r->registeredAt;
        // Sent in a package made after it was registered, but not yet acknowledged by an answer.
        p.neverSent = !lastOut.isValid() || lastOut < r->registeredAt;
        p.quotaAwaiting = !r->quotaProfile.isEmpty() && r->quotaYear == 0;
        list << p;
    }
    return list;
}

ExchangeService::Status ExchangeService::status() const
{
    Status s;
    const ExchangeStore store(m_database);
    s.identity = store.identity();
    s.openConflicts = store.openConflictCount();
    s.parked = store.parkedCount();
    if (s.identity.isWorkstation()) {
        if (const std::optional<ExchangePeer> bureau = store.peer(0)) {
            s.lastIn = bureau->lastInAt;
            s.lastOut = bureau->lastOutAt;
            QStringList tables;
            const ExchangeRecordStore records(m_database);
            for (const TravellingTable& t : TravellingTables::all()) {
                if (t.travelsUp() && records.isPresent(t))
                    tables << t.name;
            }
            QSet<QString> changed;
            records.forEachOwnEntry(bureau->ackedSeq, tables, [&](const ExchangeRecordStore::Entry& e) {
                changed.insert(e.entity + QLatin1Char('\n') + e.uid);
            });
            s.waitingChanges = int(changed.size());
        }
    }
    return s;
}

QList<ExchangeService::WorkstationStatus> ExchangeService::workstationStatus() const
{
    QList<WorkstationStatus> list;
    const ExchangeStore store(m_database);
    const ExchangeRecordStore records(m_database);
    QStringList tables;
    for (const TravellingTable& t : TravellingTables::all()) {
        if (t.travelsDown() && records.isPresent(t))
            tables << t.name;
    }
    for (const ExchangePeer& peer : workstations()) {
        WorkstationStatus w;
        w.peer = peer;
        w.openConflicts = store.openConflictCount(peer.workstationCode);
        w.parked = store.parkedCount(peer.workstationCode);
        // What its next answer brings: reference lists and its own records changed since its last acknowledged
        // answer (records of other workstations do not travel to it), and records new to it.
        QHash<QString, QSet<QString>> scope;
        for (const QString& root : {QStringLiteral("patient"), QStringLiteral("referral"),
                                    QStringLiteral("abroad_application"), QStringLiteral("problem_report")})
            scope.insert(root, store.scope(peer.workstationCode, root));
        for (const ExchangeRecordStore::Changed& c : records.changedSince(peer.ackedSeq, tables)) {
            const TravellingTable& table = *TravellingTables::find(c.entity);
            if (table.direction == TravellingTable::Direction::Down || scope.value(c.entity).contains(c.uid))
                ++w.waitingForIt;
        }
        w.waitingForIt += int(store.scopeAddedAfter(peer.workstationCode, peer.ackedAnswer).size());
        list << w;
    }
    return list;
}

std::optional<ReferralStanding> ExchangeService::standing(const QString& referralUid) const
{
    return ExchangeStore(m_database).standing(referralUid);
}
