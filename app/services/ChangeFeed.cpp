#include "ChangeFeed.h"

#include "store/ChangeLogStore.h"

#include <QSqlDriver>
#include <QVariant>

namespace {
const QString channel = QStringLiteral("joldama_changes");
}

ChangeFeed::ChangeFeed(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    m_poll.setInterval(pollMs);
    m_heartbeat.setInterval(heartbeatMs);
    m_reconnect.setInterval(reconnectMs);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    connect(&m_heartbeat, &QTimer::timeout, this, &ChangeFeed::heartbeat);
    connect(&m_reconnect, &QTimer::timeout, this, &ChangeFeed::tryReconnect);
}

ChangeFeed::~ChangeFeed()
{
    m_database.setCommitObserver({});
}

bool ChangeFeed::touches(const QSet<QString>& changed, std::initializer_list<const char*> entities)
{
    if (changed.isEmpty())
        return true;
    for (const char* entity : entities) {
        if (changed.contains(QLatin1String(entity)))
            return true;
    }
    return false;
}

void ChangeFeed::start()
{
    try {
        const ChangeLogStore log(m_database);
        m_lastSeen = log.latestId();
        m_dataVersion = log.dataVersion();
    } catch (const OperationError&) {
        setOnline(false);
        m_reconnect.start();
        return;
    }
    // This connection's own commits are not reported: whoever saved refreshes what it shows itself, at the
    // moment it chooses (a refresh in between would drop the row it is about to select, or an open editor).
    if (m_database.dialect().isSqlite()) {
        m_poll.start();
    } else {
        listen();
        m_heartbeat.start();
    }
}

void ChangeFeed::listen()
{
    QSqlDriver* driver = m_database.connection().driver();
    if (!driver->subscribedToNotifications().contains(channel))
        driver->subscribeToNotification(channel);
    // (Qt::UniqueConnection does not work with a lambda: the connection is replaced by hand, e.g. after a reconnect.)
    disconnect(m_notifications);
    m_notifications =
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                    if (source != QSqlDriver::SelfSource)
                        onNotification(name, payload);
                });
}

void ChangeFeed::onNotification(const QString& name, const QVariant& payload)
{
    if (name != channel)
        return;
    // Several tables of one commit arrive one after the other: gathered and reported once.
    m_pending.insert(payload.toString());
    if (!m_checkQueued) {
        m_checkQueued = true;
        QMetaObject::invokeMethod(this, &ChangeFeed::checkLog, Qt::QueuedConnection);
    }
}

void ChangeFeed::checkLog()
{
    m_checkQueued = false;
    QSet<QString> entities;
    if (m_database.dialect().isSqlite()) {
        try {
            qint64 latest = m_lastSeen;
            entities = ChangeLogStore(m_database).entitiesAfter(m_lastSeen, &latest);
            if (latest == m_lastSeen)
                return; // a commit that changed no tracked record (a replan is reported by data_version)
            m_lastSeen = latest;
        } catch (const OperationError&) {
            return;
        }
    } else {
        entities = std::exchange(m_pending, {});
        if (entities.isEmpty())
            return;
    }
    emit changed(entities);
}

void ChangeFeed::poll()
{
    try {
        const ChangeLogStore log(m_database);
        const qint64 version = log.dataVersion();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        qint64 latest = m_lastSeen;
        QSet<QString> entities = log.entitiesAfter(m_lastSeen, &latest);
        m_lastSeen = latest;
        // Another connection committed without changing a tracked record: the planner's dates, say.
        emit changed(entities);
    } catch (const OperationError&) {
        // The file is busy or gone for a moment: the next poll tries again.
    }
}

void ChangeFeed::heartbeat()
{
    if (m_database.writeDepth() > 0)
        return;
    if (!m_database.ping()) {
        m_heartbeat.stop();
        setOnline(false);
        m_reconnect.start();
    }
}

void ChangeFeed::tryReconnect()
{
    if (m_database.writeDepth() > 0 || !m_database.reconnect())
        return;
    m_reconnect.stop();
    if (!m_database.dialect().isSqlite()) {
        listen();
        m_heartbeat.start();
    } else if (!m_poll.isActive()) {
        m_poll.start();
    }
    setOnline(true);
    // What happened while away is unknown: everything is read again.
    try {
        m_lastSeen = ChangeLogStore(m_database).latestId();
    } catch (const OperationError&) {
    }
    emit changed({});
}

void ChangeFeed::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}
