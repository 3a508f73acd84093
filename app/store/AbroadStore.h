#pragma once

#include "Database.h"
#include "domain/AbroadApplication.h"

#include <QHash>
#include <QList>
#include <optional>

// Applications for treatment abroad, their events and documents. Callers hold a WriteTransaction around
// every write.
class AbroadStore
{
public:
    explicit AbroadStore(const Database& database)
        : m_database(database)
    {}

    qint64 insert(const AbroadApplication& application, const QString& now) const;
    // Writes everything but the patient and the creation time.
    void update(const AbroadApplication& application, const QString& now) const;
    std::optional<AbroadApplication> find(qint64 id) const;
    // Newest first; only one status when given.
    QList<AbroadApplication> all(const std::optional<AbroadStatus>& status = std::nullopt) const;
    QList<AbroadApplication> forPatient(qint64 patientId) const;
    // Applications per status code.
    QHash<QString, int> countByStatus() const;

    void insertEvent(qint64 applicationId, const AbroadEvent& event, const QString& uid) const;
    QList<AbroadEvent> events(qint64 applicationId) const;

    qint64 addDocument(qint64 applicationId, const AbroadDocument& document, const QString& uid,
                       const QString& now) const;
    QList<AbroadDocument> documents(qint64 applicationId) const;

private:
    const Database& m_database;
};
