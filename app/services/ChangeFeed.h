#pragma once

#include "store/Database.h"

#include <QObject>
#include <QSet>
#include <QTimer>

// Tells whoever shows data what changed in the database, by this workstation or by any other, shortly after
// the change was committed — so every open list, count and dashboard refreshes by itself, without F5.
//
// On PostgreSQL the change-tracking triggers NOTIFY the channel joldama_changes with the table's name and the
// feed LISTENs on the workspace's connection: a notification arrives when the writing transaction commits
// (never for one rolled back). On SQLite another process's commit moves the file's data_version, which the
// feed polls twice a second, and the change log says which entities it touched. This workstation's own
// commits are not reported: the window refreshes what it saved itself.
//
// The feed also watches the server: when it stops answering, online() turns false and the feed tries to
// reconnect every two seconds; when it is back the feed listens again and reports that everything may have
// changed (notifications sent during the outage are lost: NOTIFY is not durable).
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Database& database, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // Starts watching (needs an event loop on the connection's thread).
    void start();
    bool online() const { return m_online; }

    // Entity names as the change log has them (the tables: "referral", "patient", "hospital", …).
    static bool touches(const QSet<QString>& changed, std::initializer_list<const char*> entities);

    static constexpr int pollMs = 500;
    static constexpr int heartbeatMs = 3000;
    static constexpr int reconnectMs = 2000;

signals:
    // What changed; an empty set means anything may have changed (refresh everything).
    void changed(const QSet<QString>& entities);
    void onlineChanged(bool online);

private:
    void checkLog();
    void poll();
    void heartbeat();
    void tryReconnect();
    void listen();
    void setOnline(bool online);
    void onNotification(const QString& name, const QVariant& payload);

    Database& m_database;
    QTimer m_poll;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    qint64 m_lastSeen = 0;
    qint64 m_dataVersion = 0;
    bool m_online = true;
    bool m_checkQueued = false;
    QSet<QString> m_pending;
    QMetaObject::Connection m_notifications;
};
